"""`fblbench ui` in a real browser: the trial runs of a sweep are listed on the page a
user opens, in the UI's model-training mode with the accuracy columns first (the MLflow UI
is a React app, so this checks rendered DOM, not the API)."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fblbench.cli import main
from tests.study_helpers import TINY, cli_env, spaces

CHROMIUM = "/usr/bin/chromium"
pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _chromium(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                           "--disable-background-networking", "--virtual-time-budget=20000", *args],
                          capture_output=True, text=True, timeout=180, check=False)


def test_ui_lists_the_trial_runs(tmp_path: Path, data_dir: Path) -> None:
    if not (os.path.exists(CHROMIUM) or shutil.which("chromium")):
        pytest.skip(f"{CHROMIUM} not found: install Debian's chromium (.ci/run does)")
    runs = tmp_path / "runs"
    assert main(["sweep", *TINY, "--trials", "2", "--runs-dir", str(runs),
                 "--spaces-dir", str(spaces(tmp_path / "sp", fedavg="{}\n"))]) == 0

    port = _free_port()
    log = tmp_path / "ui.log"
    with log.open("w") as out:
        ui = subprocess.Popen([sys.executable, "-m", "fblbench", "ui", "--runs-dir", str(runs), "--port", str(port)],
                              env=cli_env(), stdout=out, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 240
        url = None
        while time.monotonic() < deadline and ui.poll() is None:
            m = re.search(r"fblbench/eurosat-dir0\.1: trials, best first: (\S+)", log.read_text())
            if m:
                url = m.group(1)
                break
            time.sleep(0.5)
        text = log.read_text()
        assert url is not None, f"fblbench ui printed no trials URL:\n{text}"
        assert f"MLflow UI: http://127.0.0.1:{port}" in text  # printed once the server answers

        page = _chromium("--dump-dom", url)
        dom = page.stdout
        assert "<html" in dom and 'id="root"' in dom, page.stderr[-2000:]  # the React app, not a JSON API
        assert "fedavg-trial-0" in dom and "fedavg-trial-1" in dom, dom[-3000:]
        assert "<strong>2</strong> matching runs" in dom
        # The trials view, in model-training mode (GenAI mode titles the table "Training runs").
        assert "viewing a shared view" in dom and "does not exist" not in dom and "Training runs" not in dom
        # The view's columns replace the default Source/Models/Dataset ones (which pushed the
        # metrics off screen). Their order is not in the DOM (the grid positions cells by CSS).
        headers = set(re.findall(r'col-id="([^"]+)"', dom))
        assert {"metrics.`final_val_acc`", "metrics.`final_test_acc`"} <= headers, headers  # rendered: on screen
        assert not {"attributes.`Source`", "attributes.`Models`", "attributes.`Dataset`"} & headers, headers
    finally:
        if ui.poll() is None:
            os.killpg(ui.pid, signal.SIGTERM)  # the ui and the mlflow server it started
            try:
                ui.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(ui.pid, signal.SIGKILL)
                ui.wait(timeout=30)
