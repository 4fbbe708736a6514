"""`fblbench ui` (issue 10, item 7): fblbench's experiments are model-training experiments,
the printed URL opens the trials view, the server runs in as few processes as MLflow
allows, and one SIGINT stops every process `fblbench ui` started."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from mlflow.tracking import MlflowClient

from fblbench.tracking.mlflow_log import (
    EXPERIMENT_KIND_TAG,
    MODEL_TRAINING,
    TRIALS_VIEW_KEY,
    VIEW_TAG_PREFIX,
    Tracker,
    sqlite_uri,
    trials_url,
)
from tests.study_helpers import cli_env


def _tiny_store(runs: Path) -> str:
    tracker = Tracker(sqlite_uri(runs / "mlflow.db"), runs / "mlartifacts")
    exp = tracker.experiment("fblbench/tiny-iid")
    parent = tracker.parent_run(exp, "study", {})
    for i in range(2):
        run = tracker.start_run(exp, f"fedavg-trial-{i}", {"fblbench.kind": "trial"}, parent=parent.run_id)
        run.log_metrics({"final_val_acc": 0.5 + i / 10, "final_test_acc": 0.4 + i / 10})
        run.end()
    parent.end()
    return exp


def test_experiments_are_model_training_with_the_trials_view(tmp_path: Path) -> None:
    exp = _tiny_store(tmp_path)
    client = MlflowClient(sqlite_uri(tmp_path / "mlflow.db"))
    tags = client.get_experiment(exp).tags
    assert tags[EXPERIMENT_KIND_TAG] == MODEL_TRAINING == "custom_model_development"
    view = json.loads(tags[VIEW_TAG_PREFIX + TRIALS_VIEW_KEY])
    assert view["searchFilter"] == "tags.`fblbench.kind` = 'trial'"
    assert view["orderByKey"] == "metrics.`final_val_acc`" and view["orderByAsc"] is False
    assert view["columnOrder"][:2] == ["metrics.`final_val_acc`", "metrics.`final_test_acc`"]
    assert view["selectedColumns"][:2] == view["columnOrder"][:2]

    # An experiment made by an older fblbench (no tags) gets them the next time it is used.
    old = client.create_experiment("fblbench/old-iid")
    assert EXPERIMENT_KIND_TAG not in client.get_experiment(old).tags
    Tracker(sqlite_uri(tmp_path / "mlflow.db")).experiment("fblbench/old-iid")
    assert client.get_experiment(old).tags[EXPERIMENT_KIND_TAG] == MODEL_TRAINING


def test_trials_url_opens_the_trials_view_in_model_training_mode() -> None:
    url = trials_url("http://127.0.0.1:5000", "7")
    parts = urlsplit(url)
    assert parts.fragment.startswith("/experiments/7/runs?")
    query = parse_qs(parts.fragment.split("?", 1)[1])
    assert query == {"viewStateShareKey": [TRIALS_VIEW_KEY], "compareRunsMode": ["TABLE"],
                     "workflowType": ["machine_learning"]}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _stat(pid: int) -> tuple[str, int, int, int] | None:
    """(state, ppid, pgrp, start time) of a process, None once it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    f = text[text.rindex(")") + 2:].split()
    return f[0], int(f[1]), int(f[2]), int(f[19])


def _started_by(root: int) -> dict[int, int]:
    """Every live process descending from ``root`` or in a process group one of them leads,
    with its start time (so a reused pid is not mistaken for a survivor)."""
    table = {int(d): s for d in os.listdir("/proc") if d.isdigit() and (s := _stat(int(d))) is not None}
    found = {root}
    grew = True
    while grew:
        grew = False
        for pid, (state, ppid, pgrp, _) in table.items():
            if pid not in found and state != "Z" and (ppid in found or pgrp in found):
                found.add(pid)
                grew = True
    return {pid: table[pid][3] for pid in found if pid in table}


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def test_one_sigint_stops_every_process_ui_started(tmp_path: Path) -> None:
    runs = tmp_path / "runs"
    _tiny_store(runs)
    port = _free_port()
    log = tmp_path / "ui.log"
    with log.open("w") as out:
        # SIGINT ignored on entry, as a shell's background job has it: `fblbench ui` still stops.
        ui = subprocess.Popen([sys.executable, "-m", "fblbench", "ui", "--runs-dir", str(runs), "--port", str(port)],
                              env=cli_env(), stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
                              preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    started: dict[int, int] = {}
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and ui.poll() is None and "trials, best first:" not in log.read_text():
            time.sleep(0.5)
        text = log.read_text()
        assert "trials, best first:" in text, text
        assert f"MLflow UI: http://127.0.0.1:{port}/#/experiments?workflowType=machine_learning" in text
        url = re.search(r"fblbench/tiny-iid: trials, best first: (\S+)", text)
        assert url is not None and url.group(1) == trials_url(f"http://127.0.0.1:{port}", "1")

        started = _started_by(ui.pid)
        commands = {pid: _cmdline(pid) for pid in started}
        # fblbench ui, the mlflow server launcher and its one uvicorn worker: no job runner, no huey.
        assert len(started) == 3, commands
        assert not any("huey" in c or "_job_runner" in c for c in commands.values()), commands

        os.kill(ui.pid, signal.SIGINT)  # once
        assert ui.wait(timeout=120) == 0, log.read_text()[-3000:]
        alive = {pid: commands[pid] for pid, t in started.items() if (s := _stat(pid)) and s[3] == t and s[0] != "Z"}
        assert alive == {}, alive
    finally:
        for pid, t in started.items():  # whatever survived a failed assertion
            s = _stat(pid)
            if s is not None and s[3] == t:
                os.kill(pid, signal.SIGKILL)
        if ui.poll() is None:
            ui.kill()
            ui.wait(timeout=30)
