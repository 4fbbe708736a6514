"""End-to-end on real data with the smoke budget: what a sweep stores, resume, bad input."""

from __future__ import annotations

from pathlib import Path

import optuna
import pytest
from mlflow.tracking import MlflowClient
from optuna.trial import TrialState

from fblbench.cli import main

SMOKE = ["--dataset", "eurosat", "--budget", "smoke", "--quiet"]


def _sweep(runs: Path, trials: int, *extra: str) -> int:
    return main(["sweep", *SMOKE, "--trials", str(trials), "--runs-dir", str(runs), *extra])


@pytest.fixture(scope="module")
def swept(tmp_path_factory: pytest.TempPathFactory, data_dir: Path) -> Path:
    runs = tmp_path_factory.mktemp("runs")
    assert _sweep(runs, 2) == 0
    return runs


def test_sweep_writes_trials_to_optuna(swept: Path) -> None:
    study = optuna.load_study(study_name="eurosat-dir0.1-fedavg", storage=f"sqlite:///{swept / 'optuna.db'}")
    trials = study.get_trials()
    assert [t.state for t in trials] == [TrialState.COMPLETE] * 2
    assert set(trials[0].params) == {"lr", "local_epochs", "batch_size"}
    # trial 0 is the defaults; its resolved config is stored with it
    assert trials[0].params["lr"] == 0.01 and trials[0].user_attrs["fblbench_default"]
    cfg = trials[1].user_attrs["config"]
    assert cfg["train.lr"] == trials[1].params["lr"] and cfg["data.dataset"] == "eurosat"


def test_sweep_logs_nested_runs_with_metrics_and_artifacts(swept: Path) -> None:
    client = MlflowClient(f"sqlite:///{swept / 'mlflow.db'}")
    exp = client.get_experiment_by_name("fblbench/eurosat-dir0.1")
    assert exp is not None
    runs = client.search_runs([exp.experiment_id])
    parents = [r for r in runs if r.data.tags.get("fblbench.kind") == "sweep"]
    trials = [r for r in runs if r.data.tags.get("fblbench.kind") == "trial"]
    assert len(parents) == 1 and len(trials) == 2
    for run in trials:
        assert run.data.tags["mlflow.parentRunId"] == parents[0].info.run_id
        assert run.info.status == "FINISHED" and run.data.tags["fblbench.state"] == "complete"
        assert {"train.lr", "data.alpha", "data.num_clients", "method.name"} <= set(run.data.params)
        history = client.get_metric_history(run.info.run_id, "val_acc")
        assert [m.step for m in history] == [1, 2]
        for key in ("train_loss", "round_seconds"):
            assert len(client.get_metric_history(run.info.run_id, key)) == 2
        # the test split: at the last round at least (and every --test-every rounds)
        assert [m.step for m in client.get_metric_history(run.info.run_id, "test_acc")][-1:] == [2]
        names = {a.path for a in client.list_artifacts(run.info.run_id)}
        assert {"accuracy_curve.png", "rounds.json"} <= names
        assert "partition_heatmap.png" not in names  # the study's: on the parent run
        png = Path(client.download_artifacts(run.info.run_id, "accuracy_curve.png"))
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "partition_heatmap.png" in {a.path for a in client.list_artifacts(parents[0].info.run_id)}


def test_resume_adds_trials_to_same_study(swept: Path) -> None:
    assert _sweep(swept, 3) == 0
    study = optuna.load_study(study_name="eurosat-dir0.1-fedavg", storage=f"sqlite:///{swept / 'optuna.db'}")
    assert len(study.get_trials(states=(TrialState.COMPLETE,))) == 3
    client = MlflowClient(f"sqlite:///{swept / 'mlflow.db'}")
    exp = client.get_experiment_by_name("fblbench/eurosat-dir0.1")
    runs = client.search_runs([exp.experiment_id])
    assert sum(r.data.tags.get("fblbench.kind") == "sweep" for r in runs) == 1
    assert sum(r.data.tags.get("fblbench.kind") == "trial" for r in runs) == 3


def test_run_prints_per_round_accuracy(tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc = main(["run", "--dataset", "cifar10", "--budget", "smoke", "--partition", "dirichlet", "--alpha", "0.1",
               "--clients", "3", "--rounds", "2", "--runs-dir", str(tmp_path)])
    out = capsys.readouterr().out
    assert rc == 0
    assert "round   1/2  val_acc" in out and "round   2/2  val_acc" in out and "final: val_acc" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--alpha", "0"], "alpha must be > 0"),
        (["--alpha", "-1"], "alpha must be > 0"),
        (["--clients", "1000", "--min-client-size", "5"], "--clients"),
    ],
)
def test_bad_input_gets_clear_error(tmp_path: Path, data_dir: Path, argv: list[str], message: str,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    rc = main(["run", *SMOKE[:-1], "--runs-dir", str(tmp_path), "--no-mlflow", *argv])
    assert rc == 2
    assert message in capsys.readouterr().err


def test_unknown_dataset_is_rejected(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(["run", "--dataset", "mnist"])
    assert e.value.code == 2
    assert "invalid choice: 'mnist'" in capsys.readouterr().err


def test_missing_data_folder_names_path_and_fix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere"
    rc = main(["run", "--dataset", "eurosat", "--budget", "smoke", "--data-dir", str(missing), "--no-mlflow",
               "--cache-dir", str(tmp_path / "c")])
    err = capsys.readouterr().err
    assert rc == 2 and str(missing) in err and "FBLBENCH_DATA_DIR" in err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("lr: {type: float, low: 0.1, high: 0.01}\n", "low <= high must hold"),
        ("lr: [oops\n", "not valid YAML"),
        ("learning_rate: {type: float, low: 0.1, high: 1}\n", "'learning_rate'"),
        ("lr: {type: gaussian, low: 0.1, high: 1}\n", "type must be one of"),
        ("batch_size: {type: categorical, choices: []}\n", "non-empty list"),
    ],
)
def test_malformed_search_space_fails_before_any_trial(tmp_path: Path, content: str, message: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    spaces = tmp_path / "spaces"
    spaces.mkdir()
    (spaces / "common.yaml").write_text(content)
    (spaces / "fedavg.yaml").write_text("{}\n")
    rc = _sweep(tmp_path / "runs", 1, "--spaces-dir", str(spaces))
    err = capsys.readouterr().err
    assert rc == 2 and message in err and str(spaces / "common.yaml") in err
    assert not (tmp_path / "runs" / "optuna.db").exists()
