"""Which process owns a RUNNING MLflow run (fblbench/tracking/owner.py)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fblbench.tracking import owner
from fblbench.tracking.mlflow_log import Tracker, sqlite_uri


def _tag(**changes: object) -> str:
    return json.dumps({**json.loads(owner.owner_tag()), **changes})


def _dead_pid() -> int:
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                           check=True)
    return int(child.stdout)


def test_a_process_is_gone_only_when_this_host_can_tell() -> None:
    assert owner.owner_gone(owner.owner_tag()) is None  # this process, alive
    dead = _dead_pid()
    assert "ended without ending the run" in (owner.owner_gone(_tag(pid=dead, start="1")) or "")
    assert owner.owner_gone(_tag(pid=dead, host="another-host")) is None  # cannot tell from here
    assert "its pid now belongs to another process" in (owner.owner_gone(_tag(start="1")) or "")
    if owner._boot_id():
        assert "restarted" in (owner.owner_gone(_tag(boot="another-boot")) or "")
    assert owner.owner_gone("") is None and owner.owner_gone("{}") is None and owner.owner_gone("[1]") is None


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_a_killed_process_not_yet_reaped_is_gone() -> None:
    zombie = subprocess.Popen([sys.executable, "-c", "pass"])  # ends, and stays a zombie until waited for
    deadline = time.monotonic() + 60
    while owner._start_ticks(zombie.pid) is not None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert (owner._PROC / str(zombie.pid)).exists()  # still in the process table
    assert "ended without ending the run" in (owner.owner_gone(_tag(pid=zombie.pid, start="")) or "")
    zombie.wait()


def test_opening_an_experiment_ends_only_the_runs_whose_process_is_gone(tmp_path: Path) -> None:
    tracker = Tracker(sqlite_uri(tmp_path / "mlflow.db"))
    exp = tracker.experiment("fblbench/e")
    dead = _tag(pid=_dead_pid(), start="1")

    def run(kind: str, who: str) -> str:
        r = tracker.start_run(exp, kind, {"fblbench.kind": kind})
        tracker.client.set_tag(r.run_id, owner.TAG_OWNER, who)
        return r.run_id

    orphan, live, elsewhere, trial = (run("compare", dead), run("compare", owner.owner_tag()),
                                      run("compare", _tag(host="another-host", pid=_dead_pid())), run("trial", dead))
    finished = run("run", dead)
    tracker.client.set_terminated(finished, status="FINISHED")
    untagged = tracker.client.create_run(exp, run_name="by hand").info.run_id

    assert tracker.experiment("fblbench/e") == exp  # opening it again ends the orphan
    status = {r: tracker.client.get_run(r).info.status for r in (orphan, live, elsewhere, trial, finished, untagged)}
    assert status == {orphan: "KILLED", live: "RUNNING", elsewhere: "RUNNING", trial: "RUNNING",
                      finished: "FINISHED", untagged: "RUNNING"}
    tags = tracker.client.get_run(orphan).data.tags
    assert tags["fblbench.state"] == "failed" and str(json.loads(dead)["pid"]) in tags["fblbench.failure"]
