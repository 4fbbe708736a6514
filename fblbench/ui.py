"""``fblbench ui``: the MLflow UI on a sweep store, in as few processes as MLflow allows,
opened on the view a user wants, and stopped whole by one Ctrl-C.

- Processes: ``mlflow server`` (a launcher) and its one uvicorn worker (``--workers 1``).
  MLflow 3's job execution (a job runner and seven huey consumers, ~0.4 GB and busy CPUs,
  for GenAI scorers this UI never runs) is switched off with
  ``MLFLOW_SERVER_ENABLE_JOB_EXECUTION=false``.
- The server runs in its own process group (session): Ctrl-C in the terminal reaches only
  ``fblbench ui``, which then stops the whole group (SIGTERM, then SIGKILL after a grace
  period) and waits until every process in it is gone. If ``fblbench ui`` itself is killed,
  the launcher gets SIGTERM (``PR_SET_PDEATHSIG``) and takes its worker with it.
- The printed URLs: see ``fblbench.tracking.mlflow_log.trials_url``.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

from fblbench.errors import ConfigError

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
STARTUP_SECONDS = 180.0
STOP_GRACE_SECONDS = 20.0


class Stop(Exception):
    """SIGINT or SIGTERM arrived: stop the server."""


def server_command(uri: str, host: str, port: int, artifact_root: Path | None) -> list[str]:
    cmd = [sys.executable, "-m", "mlflow", "server", "--backend-store-uri", uri,
           "--host", host, "--port", str(port), "--workers", "1"]
    if artifact_root is not None:
        cmd += ["--default-artifact-root", artifact_root.resolve().as_uri()]
    return cmd


def server_env() -> dict[str, str]:
    env = dict(os.environ)
    env["MLFLOW_SERVER_ENABLE_JOB_EXECUTION"] = "false"  # no job runner, no huey consumers
    return env


def _die_with_parent() -> None:
    """In the launcher, before exec: SIGTERM when ``fblbench ui`` dies, even by SIGKILL."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)


def start_server(cmd: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    """The server in a new session: its own process group, out of the terminal's reach."""
    return subprocess.Popen(cmd, env=env, start_new_session=True, preexec_fn=_die_with_parent)


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def group_members(pgid: int) -> list[int]:
    """Live (not zombie) processes of process group ``pgid`` (from /proc)."""
    found = []
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            stat = Path(f"/proc/{d}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()  # state ppid pgrp ...
        if int(fields[2]) == pgid and fields[0] != "Z":
            found.append(int(d))
    return found


def stop_group(server: subprocess.Popen[bytes], grace: float = STOP_GRACE_SECONDS) -> None:
    """SIGTERM to the server's whole process group, SIGKILL to what is left after ``grace``
    seconds; returns once no process of the group is left."""
    pgid = server.pid  # start_new_session: the launcher leads its group
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 30.0)):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pgid, sig)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            server.poll()  # reap the launcher (its own children are reaped by it or by init)
            if server.returncode is not None and not group_members(pgid):
                return
            time.sleep(0.1)
    server.poll()


@contextlib.contextmanager
def stop_on_signals() -> Iterator[None]:
    """SIGINT and SIGTERM raise Stop in the body (even when the shell started this process
    with SIGINT ignored); while stopping, further signals are ignored (one Ctrl-C is enough)."""
    def handler(signum: int, frame: FrameType | None) -> None:
        for s in (signal.SIGINT, signal.SIGTERM):
            signal.signal(s, signal.SIG_IGN)
        raise Stop(signal.Signals(signum).name)

    saved = {s: signal.signal(s, handler) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, h in saved.items():
            signal.signal(s, h)


def check_port(host: str, port: int) -> None:
    with socket.socket() as s:
        if s.connect_ex((host if host not in ("0.0.0.0", "::") else "127.0.0.1", port)) == 0:
            raise ConfigError(f"port {port} on {host} is already in use: pass another --port")


def wait_until_up(server: subprocess.Popen[bytes], base: str, timeout: float = STARTUP_SECONDS) -> None:
    deadline = time.monotonic() + timeout
    while True:
        if server.poll() is not None:
            raise ConfigError(f"mlflow server exited with code {server.returncode} (see its messages above)")
        try:
            with urllib.request.urlopen(f"{base}/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise ConfigError(f"mlflow server did not answer on {base} within {timeout:.0f} s: see its messages above")
        time.sleep(0.5)


def serve(uri: str, host: str, port: int, artifact_root: Path | None, tracker: Any) -> int:
    """Start the server, print the UI's URLs, run until Ctrl-C / SIGTERM, stop it whole."""
    from fblbench.tracking.mlflow_log import (
        EXPERIMENT_PREFIX,
        experiments_url,
        mark_model_training,
        trials_url,
    )
    from fblbench.tuning.database import redact

    check_port(host, port)
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    base = f"http://{shown}:{port}"
    print(f"starting the MLflow UI on {redact(uri)} ...", flush=True)
    with stop_on_signals():
        server = start_server(server_command(uri, host, port, artifact_root), server_env())
        try:
            wait_until_up(server, base)
            print(f"\nMLflow UI: {experiments_url(base)}  (Ctrl-C to stop)", flush=True)
            for exp in tracker.client.search_experiments(max_results=1000, order_by=["name ASC"]):
                if exp.name.startswith(EXPERIMENT_PREFIX):
                    mark_model_training(tracker.client, exp)  # stores made before the tag existed
                    print(f"  {exp.name}: trials, best first: {trials_url(base, exp.experiment_id)}", flush=True)
            server.wait()
            return 0 if server.returncode == 0 else 1
        except Stop:
            print("\nstopping the MLflow UI ...", file=sys.stderr, flush=True)
            return 0
        finally:
            for s in (signal.SIGINT, signal.SIGTERM):  # a second Ctrl-C cannot cut the stop short
                signal.signal(s, signal.SIG_IGN)
            stop_group(server)
