"""Bad inputs and broken machines end in one line and an exit status, never a traceback.

Issue 10, items 3 and 4. The input checks run before any data is loaded: the sweeps
below point --data-dir at a folder that does not exist, so a check that came after
data loading would report the missing data instead of the message asserted here.
"""

from __future__ import annotations

import errno
import math
from pathlib import Path
from typing import Any

import optuna
import psycopg2
import pytest
import sqlalchemy.exc
from mlflow.exceptions import MlflowException
from optuna.trial import TrialState

from fblbench.cli import main
from fblbench.config import DataConfig, TrainConfig
from fblbench.errors import EXIT_DATABASE_LOST, EXIT_DISK_FULL, ConfigError
from fblbench.outage import describe
from fblbench.registry import get_method
from fblbench.validate import coerce_hparams, is_ephemeral
from tests.study_helpers import TINY, spaces, storage_url

NO_DATA = ["--dataset", "eurosat", "--budget", "smoke", "--data-dir", "/nonexistent/fblbench-data"]


def _error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = [ln for ln in err.splitlines() if ln.startswith("error:")]
    assert len(lines) == 1, err
    return lines[0]


# ---- search spaces: checked against what training accepts, before any data or trial ----------


@pytest.mark.parametrize(("files", "expected"), [
    ({"common": "lr: {type: float, low: -0.1, high: 0.1}\n"},
     "common.yaml: key 'lr': low -0.1 is refused by the common training settings (lr must be > 0"),
    ({"common": "batch_size: {type: categorical, choices: [0, 32]}\n"},
     "common.yaml: key 'batch_size': choice 0 is refused by the common training settings (batch_size must be >= 1"),
    ({"common": "local_epochs: {type: int, low: 0, high: 5}\n"},
     "common.yaml: key 'local_epochs': low 0 is refused by the common training settings (local_epochs must be >= 1"),
    ({"common": "momentum: {type: float, low: 0.5, high: 1.0}\n"},
     "common.yaml: key 'momentum': high 1.0 is refused by the common training settings (momentum must lie in [0, 1)"),
    ({"common": "local_epochs: {type: float, low: 1, high: 5}\n"},
     "common.yaml: key 'local_epochs': takes a whole number in the common training settings: use type: int"),
    ({"fedprox": "mu: {type: float, low: -1, high: 1}\n"},
     "fedprox.yaml: key 'mu': low -1.0 is refused by method 'fedprox' (fedprox: mu must be >= 0"),
    ({"fedprox": "mu: {type: categorical, choices: [0.01, fast]}\n"},
     "fedprox.yaml: key 'mu': takes a float in method 'fedprox', but the choices include ['fast']"),
    ({"fbl": "p_drop: {type: float, low: 0.0, high: 1.5}\n"},
     "fbl.yaml: key 'p_drop': high 1.5 is refused by method 'fbl+fedprox' (fbl: p_drop must lie in [0, 1]"),
])
def test_search_space_ranges_training_refuses_fail_before_any_work(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], expected: str) -> None:
    texts = {"common": "lr: {type: float, low: 0.001, high: 0.1, log: true}\n", "fedavg": "{}\n",
             "fedprox": "{}\n", "fbl": "{}\n", **files}
    sp = spaces(tmp_path / "sp", texts.pop("common"), **texts)
    runs = tmp_path / "runs"
    assert main(["sweep", "--quiet", *NO_DATA, "--methods", "fedavg,fedprox,fbl+fedprox", "--spaces-dir", str(sp),
                 "--runs-dir", str(runs)]) == 2
    assert expected in _error(capsys)
    assert not runs.exists()  # no store, no study, no trial


def test_the_bundled_search_spaces_pass_the_range_check() -> None:
    from fblbench.registry import available_methods
    from fblbench.tuning.space import bundled_spaces_dir, common_space, method_space

    repo_spaces = bundled_spaces_dir()
    assert common_space(repo_spaces)
    for m in sorted(available_methods()):
        method_space(m, get_method(m), repo_spaces)
        if m != "fbl":
            method_space(f"fbl+{m}", get_method(f"fbl+{m}"), repo_spaces)


@pytest.mark.parametrize("case", ["latin1", "folder", "spaces_is_file"])
def test_unreadable_search_space_files(tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str) -> None:
    sp = tmp_path / "sp"
    sp.mkdir()
    (sp / "fedavg.yaml").write_text("{}\n")
    if case == "latin1":
        (sp / "common.yaml").write_bytes("lr: {type: float, low: 0.001, high: 0.1}  # café\n".encode("latin-1"))
        expected = "common.yaml: not UTF-8 text (byte 0xe9 at offset 47): save it as UTF-8"
    elif case == "folder":
        (sp / "common.yaml").mkdir()
        expected = "common.yaml is a folder: it must be a YAML file"
    else:
        sp = tmp_path / "spaces.yaml"
        sp.write_text("lr: {type: float, low: 0.001, high: 0.1}\n")
        expected = f"--spaces-dir {sp} is a file: pass a folder of search-space YAML files"
    assert main(["sweep", "--quiet", *NO_DATA, "--spaces-dir", str(sp), "--runs-dir", str(tmp_path / "runs")]) == 2
    assert expected in _error(capsys)


# ---- --hp values, non-finite numbers, folders that are files, in-memory stores ---------------


@pytest.mark.parametrize(("hp", "expected"), [
    ("mu=abc", "--hp mu='abc': expected a number for fedprox's float hyperparameter 'mu'"),
    ("mu=", "--hp mu=: expected a number for fedprox's float hyperparameter 'mu'"),
    ("mu=[0.1, 1]", "--hp mu=[0.1, 1]: expected a number"),
    ("mu=.inf", "--hp mu=inf: expected a finite number"),
    ("mu=.nan", "--hp mu=nan: expected a finite number"),
])
def test_hp_values_of_the_wrong_type(tmp_path: Path, capsys: pytest.CaptureFixture[str], hp: str,
                                     expected: str) -> None:
    assert main(["run", *NO_DATA, "--method", "fedprox", "--hp", hp, "--no-mlflow"]) == 2
    assert expected in _error(capsys)


def test_hp_kinds_follow_the_fields() -> None:
    prox, fbl = get_method("fedprox").Hparams, get_method("fbl+fedprox").Hparams
    assert coerce_hparams("fedprox", prox, [("mu", "1e-3")]) == {"mu": 0.001}  # YAML reads 1e-3 as text
    assert coerce_hparams("fedprox", prox, [("mu", 1)]) == {"mu": 1.0}
    got = coerce_hparams("fbl+fedprox", fbl, [("replay_period", 2), ("alignment", False), ("sampling", "loss")])
    assert got == {"replay_period": 2, "alignment": False, "sampling": "loss"}
    for key, value in (("replay_period", 2.5), ("alignment", "maybe"), ("generator", 3)):
        with pytest.raises(ConfigError, match=f"--hp {key}="):
            coerce_hparams("fbl+fedprox", fbl, [(key, value)])


def test_hp_value_that_is_not_yaml(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(["run", *NO_DATA, "--method", "fedprox", "--hp", "mu={a", "--no-mlflow"])
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert "argument --hp: cannot parse the value of 'mu={a'" in err and "Traceback" not in err


@pytest.mark.parametrize("argv", [
    ["sweep", "--alphas", "0.1,inf"], ["sweep", "--alphas", "nan"], ["run", "--alpha", "inf"],
    ["run", "--lr", "inf"], ["run", "--weight-decay", "inf"], ["sweep", "--momentum", "inf"],
    ["run", "--public-fraction=-inf"], ["compare", "--alpha", "inf"], ["leaderboard", "--alpha", "inf"],
    ["sweep", "--clip-grad-norm", "nan"],
])
def test_non_finite_numbers_are_refused(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(argv)
    assert e.value.code == 2
    assert "finite number" in capsys.readouterr().err


def test_configs_refuse_non_finite_values() -> None:
    for kw in ({"lr": math.inf}, {"weight_decay": math.inf}, {"lr": math.nan}, {"clip_grad_norm": math.nan},
               {"clip_grad_norm": -1.0}):
        with pytest.raises(ConfigError, match="finite"):
            TrainConfig(**kw)  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="alpha must be > 0 and finite"):
        DataConfig(alpha=math.inf)


@pytest.mark.parametrize(("flag", "sub", "expected"), [
    ("--runs-dir", "", "--runs-dir {p} is a file, not a folder"),
    ("--runs-dir", "/sub", "--runs-dir {p}/sub cannot be created: {p} is a file"),
    ("--cache-dir", "", "--cache-dir {p} is a file, not a folder"),
])
def test_folders_that_are_files(tmp_path: Path, capsys: pytest.CaptureFixture[str], flag: str, sub: str,
                                expected: str) -> None:
    p = tmp_path / "afile"
    p.write_text("")
    for cmd in (["run", *NO_DATA, "--no-mlflow"], ["sweep", "--quiet", *NO_DATA]):
        assert main([*cmd, flag, f"{p}{sub}"]) == 2
        assert expected.format(p=p) in _error(capsys)


def test_compare_leaderboard_dir_that_is_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "afile"
    p.write_text("")
    assert main(["compare", "--runs-dir", str(tmp_path / "runs"), "--leaderboard-dir", str(p)]) == 2
    assert f"--leaderboard-dir {p} is a file, not a folder" in _error(capsys)


def test_leaderboard_names_the_mlflow_store_it_looked_for(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "elsewhere" / "board.db"
    assert main(["leaderboard", "--source", "mlflow", "--runs-dir", str(tmp_path / "runs"),
                 "--mlflow-uri", f"sqlite:///{db}"]) == 2
    assert f"no MLflow store at {db}: pass --runs-dir or --mlflow-uri" in _error(capsys)
    assert main(["leaderboard", "--source", "mlflow", "--runs-dir", str(tmp_path / "runs")]) == 2
    assert f"no MLflow store at {(tmp_path / 'runs' / 'mlflow.db').resolve()}" in _error(capsys)


@pytest.mark.parametrize(("flag", "url"), [
    ("--mlflow-uri", "sqlite:///:memory:"), ("--mlflow-uri", "sqlite://"), ("--storage", "sqlite:///:memory:"),
    ("--mlflow-uri", "sqlite:///file::memory:?cache=shared"),
])
def test_in_memory_stores_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str], flag: str,
                                      url: str) -> None:
    assert main(["sweep", "--quiet", *NO_DATA, "--runs-dir", str(tmp_path / "runs"), flag, url]) == 2
    assert f"{flag} {url!r} is an in-memory database that vanishes when this command exits" in _error(capsys)
    assert not is_ephemeral(f"sqlite:///{tmp_path / 'mlflow.db'}")
    assert not is_ephemeral("postgresql://u@h/db")


# ---- a database lost or a disk full mid-run: one line, a distinct status, resumable ----------


def _lost_connection() -> BaseException:
    """What Optuna raises when PostgreSQL goes away: StorageInternalError from SQLAlchemy's
    OperationalError, from psycopg2's."""
    orig = psycopg2.OperationalError("server closed the connection unexpectedly\n\tThis probably means ...")
    sa = sqlalchemy.exc.OperationalError("UPDATE trials SET ...", {}, orig)
    try:
        try:
            raise sa
        except sqlalchemy.exc.OperationalError as e:
            raise optuna.exceptions.StorageInternalError("An exception is raised during the commit.") from e
    except optuna.exceptions.StorageInternalError as e:
        return e


def test_describe_finds_the_cause_in_the_chain() -> None:
    code, msg = describe(_lost_connection()) or (0, "")
    assert code == EXIT_DATABASE_LOST
    assert msg.startswith("lost the connection to the database (OperationalError: server closed the connection "
                          "unexpectedly); the Optuna and MLflow stores stay consistent")
    assert "rerun the same command to resume" in msg and "\n" not in msg
    try:
        raise MlflowException("(sqlalchemy.exc.OperationalError) ...") from sqlalchemy.exc.OperationalError(
            "INSERT", {}, psycopg2.OperationalError("terminating connection due to administrator command"))
    except MlflowException as e:
        assert describe(e) == (EXIT_DATABASE_LOST, describe(e.__cause__)[1])  # type: ignore[arg-type,index]
    full = OSError(errno.ENOSPC, "No space left on device", "/runs/mlartifacts/x.png")
    code, msg = describe(full) or (0, "")
    assert code == EXIT_DISK_FULL and msg.startswith("no space left on device writing /runs/mlartifacts/x.png")
    assert describe(OSError(errno.EDQUOT, "Disk quota exceeded"))[0] == EXIT_DISK_FULL  # type: ignore[index]
    sqlite_full = sqlalchemy.exc.OperationalError("INSERT", {}, Exception("database or disk is full"))
    assert describe(sqlite_full)[0] == EXIT_DISK_FULL  # type: ignore[index]
    assert describe(ValueError("a bug")) is None
    assert describe(sqlalchemy.exc.IntegrityError("INSERT", {}, Exception("UNIQUE"))) is None


@pytest.mark.parametrize(("failure", "status", "expected"), [
    (_lost_connection, EXIT_DATABASE_LOST, "error: lost the connection to the database (OperationalError: server "
                                           "closed the connection unexpectedly); the Optuna and MLflow stores stay "
                                           "consistent"),
    (lambda: OSError(errno.ENOSPC, "No space left on device", "/runs/optuna.db"), EXIT_DISK_FULL,
     "error: no space left on device writing /runs/optuna.db; the Optuna and MLflow stores stay consistent"),
])
def test_mid_sweep_failure_is_one_line_and_the_rerun_resumes(
        tmp_path: Path, data_dir: Path, cache_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, failure: Any, status: int, expected: str) -> None:
    import fblbench.tuning.study as study_mod

    monkeypatch.setenv("FBLBENCH_HEARTBEAT_INTERVAL", "1")
    monkeypatch.setenv("FBLBENCH_HEARTBEAT_GRACE", "3")
    real = study_mod.run_claimed
    calls = []

    def fails_on_the_second_trial(*a: Any, **kw: Any) -> Any:
        calls.append(1)
        if len(calls) == 2:
            raise failure()
        return real(*a, **kw)

    monkeypatch.setattr(study_mod, "run_claimed", fails_on_the_second_trial)
    runs = tmp_path / "runs"
    argv = ["sweep", *TINY, "--trials", "2", "--runs-dir", str(runs), "--cache-dir", str(cache_dir),
            "--spaces-dir", str(spaces(tmp_path / "sp", fedavg="{}\n"))]
    assert main(argv) == status
    err = capsys.readouterr().err
    assert "Traceback" not in err
    (line,) = [ln for ln in err.splitlines() if ln.startswith("error:")]
    assert line.startswith(expected) and line.endswith("rerun the same command to resume")
    monkeypatch.setattr(study_mod, "run_claimed", real)
    assert main(argv) == 0  # the same command finishes the sweep
    trials = optuna.load_study(study_name="eurosat-dir0.1-fedavg", storage=storage_url(runs)).get_trials()
    assert sum(t.state == TrialState.COMPLETE for t in trials) == 2


def test_mlflow_logs_no_traceback_for_an_outage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """MLflow logs a database error with its traceback before raising it (a full disk printed
    80 lines before the CLI's one); the CLI drops those records, and only those."""
    import logging

    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    assert main(["leaderboard", "--source", "files", "--runs-dir", str(tmp_path)]) == 2  # any command
    capsys.readouterr()
    logger = logging.getLogger("mlflow.store.db.utils")
    handler = Keep()
    logger.addHandler(handler)
    try:
        for exc in (sqlalchemy.exc.OperationalError("INSERT", {}, Exception("database or disk is full")),
                    sqlalchemy.exc.IntegrityError("INSERT", {}, Exception("UNIQUE constraint failed"))):
            try:
                raise exc
            except sqlalchemy.exc.SQLAlchemyError:
                logger.exception("SQLAlchemy database error. The following exception is caught.")
    finally:
        logger.removeHandler(handler)
    assert [type(r.exc_info[1]).__name__ for r in records if r.exc_info] == ["IntegrityError"]


def test_an_outage_error_keeps_its_exit_status(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """What the sweep's parent raises when its worker processes died of an outage."""
    import fblbench.tuning.study as study_mod
    from fblbench.errors import OutageError

    def workers_lost_the_database(*a: Any, **kw: Any) -> Any:
        raise OutageError("worker process(es) 0, 1 lost the connection to the database", EXIT_DATABASE_LOST)

    monkeypatch.setattr(study_mod, "run_sweep", workers_lost_the_database)
    assert main(["sweep", "--quiet", *NO_DATA, "--runs-dir", str(tmp_path / "runs")]) == EXIT_DATABASE_LOST
    assert _error(capsys) == "error: worker process(es) 0, 1 lost the connection to the database"
