"""Stopping a sweep cleanly: SIGTERM and SIGINT, in the parent and in every worker.

Python turns only SIGINT into an exception; SIGTERM killed a sweep outright, leaving
its trials and MLflow runs RUNNING, and ``--n-jobs`` workers lived on without their
parent (one would finish its trial and claim the next). Here:

- ``handling()`` makes SIGTERM and SIGINT raise :class:`Interrupted` (a KeyboardInterrupt,
  so every Ctrl-C path applies: the running trial ends as FAIL with a retry queued, its
  MLflow run and the sweep's parent runs end KILLED). Later signals are ignored while
  that is recorded, so a second Ctrl-C or the parent's forwarded SIGTERM cannot cut
  the bookkeeping short.
- A worker calls ``watch_parent``: on Linux the kernel sends it SIGTERM when its parent
  dies (``PR_SET_PDEATHSIG``, even after SIGKILL), and everywhere a thread checks every
  second that the parent is still there and sends the same SIGTERM otherwise.
  ``parent_gone`` is also checked between trials.
- Database calls run whole (``whole``, ``WholeCalls``: the Optuna storage and the MLflow
  client): an interrupt is raised when the call returns, never inside a transaction.
- The parent, interrupted, forwards SIGTERM to its workers, waits for them to record
  their trials and kills those that do not stop (``stop_workers``).
"""

from __future__ import annotations

import contextlib
import functools
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from types import FrameType
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

HANDLED = (signal.SIGTERM, signal.SIGINT)
PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


class Interrupted(KeyboardInterrupt):
    """SIGTERM or SIGINT arrived; handled like Ctrl-C."""

    def __init__(self, signum: int) -> None:
        super().__init__(f"interrupted by {signal.Signals(signum).name}")
        self.signum = signum


_received: list[int] = []
_state = {"defer": 0, "raised": 0}
_parent_pid: int | None = None


def _handler(signum: int, frame: FrameType | None) -> None:
    if _received:  # already stopping: let the trial's bookkeeping finish
        return
    _received.append(signum)
    if _state["defer"]:
        return  # raised when the deferred block ends
    _state["raised"] = 1
    raise Interrupted(signum)


@contextlib.contextmanager
def deferred() -> Iterator[None]:
    """A signal arriving inside the block is raised when it ends (e.g. around a claim, so
    that the caller always knows which trial it holds). Only the main thread, where Python
    runs signal handlers, defers: elsewhere (a heartbeat thread) the block runs unchanged."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _state["defer"] += 1
    try:
        yield
    finally:
        _state["defer"] -= 1
    if not _state["defer"]:
        raise_received()


def raise_received() -> None:
    """Inside a deferred block: raise a received interrupt now. For a long wait in a whole
    call that can stop cleanly (a lock not yet taken), so Ctrl-C does not wait it out."""
    if _received and not _state["raised"] and threading.current_thread() is threading.main_thread():
        _state["raised"] = 1
        raise Interrupted(_received[0])


def whole(fn: F) -> F:
    """``fn`` with every call run whole: an interrupt arriving inside it is raised when it
    returns. For database calls: a KeyboardInterrupt raised inside SQLAlchemy between a write
    and its commit can leave the SQLite database locked by a connection that is never
    released, so the bookkeeping that follows (the trial set FAIL, its retry queued, the MLflow
    run ended KILLED) waited out the lock timeout and failed, leaving the trial RUNNING."""

    @functools.wraps(fn)
    def call(*args: Any, **kwargs: Any) -> Any:
        with deferred():
            return fn(*args, **kwargs)

    return call  # type: ignore[return-value]


class WholeCalls:
    """A proxy of ``target`` whose method calls run whole (:func:`whole`): e.g. an MLflow client."""

    def __init__(self, target: Any) -> None:
        self._target = target

    def __getattr__(self, name: str) -> Any:
        if name == "_target" or name.startswith("__"):  # copy/pickle probing a half-built proxy
            raise AttributeError(name)
        value = getattr(self._target, name)
        return whole(value) if callable(value) else value


def received() -> int | None:
    """The signal that is stopping this process, if any."""
    return _received[0] if _received else None


@contextlib.contextmanager
def handling() -> Iterator[None]:
    """SIGTERM and SIGINT raise :class:`Interrupted` inside the block (main thread only;
    elsewhere, e.g. a sweep run from a thread, the block runs unchanged)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {s: signal.getsignal(s) for s in HANDLED}
    _received.clear()
    _state["raised"] = 0
    for s in HANDLED:
        signal.signal(s, _handler)
    try:
        yield
    finally:
        for s, h in previous.items():
            signal.signal(s, h)
        _received.clear()
        _state["raised"] = 0


def parent_gone() -> bool:
    """True when the process that started this worker has exited (``watch_parent`` ran)."""
    return _parent_pid is not None and os.getppid() != _parent_pid


def watch_parent(parent_pid: int, interval: float = 1.0) -> None:
    """Make this worker receive SIGTERM when ``parent_pid`` (its parent) dies."""
    global _parent_pid
    _parent_pid = parent_pid
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)

    def watch() -> None:
        while not parent_gone():
            threading.Event().wait(interval)
        os.kill(os.getpid(), signal.SIGTERM)

    if parent_gone():  # died before prctl took effect
        os.kill(os.getpid(), signal.SIGTERM)
    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def stop_workers(procs: Sequence[Any], timeout: float = 60.0) -> None:
    """SIGTERM to every live worker, wait up to ``timeout`` seconds in all for them to record
    their trials, then SIGKILL the rest (their trials are retried via the heartbeat)."""
    import time

    for p in procs:
        if p.is_alive() and p.pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(p.pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    for p in procs:
        p.join(timeout=max(0.0, deadline - time.monotonic()))
    for p in procs:
        if p.is_alive():
            p.kill()
            p.join(timeout=10)


__all__ = ["Interrupted", "WholeCalls", "deferred", "handling", "parent_gone", "raise_received", "received",
           "stop_workers", "watch_parent", "whole"]
