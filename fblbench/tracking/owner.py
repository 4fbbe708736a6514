"""Which process a RUNNING MLflow run belongs to, and whether that process is gone.

A run ends itself on every exit Python sees (``runlog.run_and_log``: FINISHED, FAILED or
KILLED), but not on SIGKILL, the OOM killer or a machine that stops: those left compare
reruns, single runs and parent runs RUNNING in the store for good (the MLflow UI showed
them as live, days later). Every run fblbench starts is tagged with its process
(``fblbench.process``: host, boot id, pid and the pid's start time, so that a reused pid
is told apart); opening an experiment ends the RUNNING runs whose process is certainly
gone on this host (``Tracker.end_orphaned_runs``). A run of another host, or one that
carries no tag, is left alone. Sweep trials also have Optuna's heartbeat
(``workers.fail_stale_runs``), which covers every host; they are left to it.
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

TAG_OWNER = "fblbench.process"
_PROC = Path("/proc")


def _boot_id() -> str:
    try:
        return (_PROC / "sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return ""


def _start_ticks(pid: int) -> str | None:
    """The process's start time since boot (Linux), or None when there is no such process
    (or only its zombie: killed, not yet reaped by its parent)."""
    try:
        stat = (_PROC / str(pid) / "stat").read_text()
    except FileNotFoundError:
        return None
    except OSError:
        return ""
    fields = stat.rsplit(")", 1)[-1].split()  # the name in (...) may hold spaces
    return None if fields[0] in ("Z", "X") else fields[19]  # fields 3 (state) and 22 (start time)


def owner_tag() -> str:
    """This process, as the tag records it (not cached: a forked worker is another process)."""
    pid = os.getpid()
    return json.dumps({"host": socket.gethostname(), "boot": _boot_id(), "pid": pid,
                       "start": _start_ticks(pid) or ""}, sort_keys=True)


def _owner(tag: str) -> tuple[str, str, int, str] | None:
    """``(host, boot, pid, start)`` of a tag :func:`owner_tag` wrote, or None for any other text."""
    try:
        owner = json.loads(tag)
        return owner["host"], owner["boot"], int(owner["pid"]), owner["start"]
    except (ValueError, KeyError, TypeError):
        return None


def owner_text(tag: str) -> str | None:
    """``process <pid> on <host>`` for a tag :func:`owner_tag` wrote, or None for any other text."""
    owner = _owner(tag)
    return None if owner is None else _where(owner)


def _where(owner: tuple[str, str, int, str]) -> str:
    return f"process {owner[2]} on {owner[0]}"


def owner_gone(tag: str) -> str | None:
    """Why the process of ``tag`` has certainly ended, or None (alive, another host, or unknown)."""
    owner = _owner(tag)
    if owner is None:
        return None
    host, boot, pid, start = owner
    if host != socket.gethostname():
        return None
    where = _where(owner)
    now_boot = _boot_id()
    if boot and now_boot and boot != now_boot:
        return f"{where} ended: the machine has restarted since"
    if _PROC.joinpath("self").exists():
        ticks = _start_ticks(pid)
        if ticks is None:
            return f"{where} ended without ending the run (killed, e.g. SIGKILL or out of memory)"
        if start and ticks and ticks != start:
            return f"{where} ended without ending the run (its pid now belongs to another process)"
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return f"{where} ended without ending the run (killed, e.g. SIGKILL or out of memory)"
    except OSError:
        return None
    return None
