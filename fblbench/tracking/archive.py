"""Text archives of a runs dir's stores (``fblbench archive save|load``).

A sweep keeps its Optuna study and its MLflow runs in two SQLite files of the runs dir
(``optuna.db``, ``mlflow.db``). An archive is a folder holding each as an SQL text dump
(``optuna.sql``, ``mlflow.sql``): it can be committed beside the leaderboard it produced,
diffed, and loaded into a new runs dir elsewhere, where ``sweep`` and ``compare`` read the
finished trials and reruns back instead of training them again (that is how a leaderboard
grows over several sessions on machines that keep nothing between them).

Saving copies each store through SQLite's backup API, so a sweep may be writing meanwhile
(the archive holds its state at that moment; runs still going are marked stale when the
study resumes). The MLflow artifact locations inside the runs dir are saved relative to it
and re-rooted at the runs dir they are loaded into. Artifact files (partition heatmaps,
FBL's sample grids) are not archived: their runs load without them. Loading never writes
over a store: it refuses a runs dir that already has one.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from fblbench.errors import ConfigError
from fblbench.runtime import atomic_write_text  # a reader never sees half an archive file
from fblbench.tracking.store import schema_revision

STORES = ("optuna", "mlflow")
RUNS_DIR_TOKEN = "@FBLBENCH_RUNS_DIR@"  # the runs dir, in the artifact locations of an archive
_HEADER = "-- fblbench archive of {name}.db (`fblbench archive load` rebuilds it); MLflow schema {schema}\n"
# The columns that hold paths inside the runs dir (MLflow's artifact locations).
_PATH_COLUMNS = (("experiments", "artifact_location"), ("runs", "artifact_uri"))


def _dump(path: Path, name: str, runs_dir: Path) -> str:
    """One store as SQL text, its artifact paths relative to ``runs_dir``."""
    src = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=120)
    mem = sqlite3.connect(":memory:")
    try:
        try:
            src.backup(mem)
        except sqlite3.DatabaseError as e:
            raise ConfigError(f"{path} is not a readable SQLite store ({e}): move it away or pass another "
                              "--runs-dir") from e
        if name == "mlflow":
            root = str(runs_dir.resolve())
            for table, column in _PATH_COLUMNS:
                mem.execute(f"UPDATE {table} SET {column} = replace({column}, ?, ?)", (root, RUNS_DIR_TOKEN))
            mem.commit()
        return _HEADER.format(name=name, schema=schema_revision(mem) or "none") + "\n".join(mem.iterdump()) + "\n"
    finally:
        src.close()
        mem.close()


def save(runs_dir: Path, folder: Path) -> list[Path]:
    """Write ``folder/<store>.sql`` for each store of ``runs_dir``; the files written."""
    found = [name for name in STORES if (runs_dir / f"{name}.db").is_file()]
    if not found:
        raise ConfigError(f"no stores in {runs_dir} (optuna.db, mlflow.db): pass the --runs-dir of a sweep")
    written = []
    for name in found:
        out = folder / f"{name}.sql"
        atomic_write_text(_dump(runs_dir / f"{name}.db", name, runs_dir), out)
        written.append(out)
    for name in STORES:  # a store the runs dir no longer has must not come back on load
        if name not in found:
            with contextlib.suppress(FileNotFoundError):
                (folder / f"{name}.sql").unlink()
    return written


def load(folder: Path, runs_dir: Path) -> list[Path]:
    """Rebuild ``runs_dir``'s stores from the archive ``folder``; the stores made.

    Every check runs before anything is written; each store is built aside and linked into
    place, so an interrupted load leaves no half-made store under a store's name."""
    from fblbench.tracking.store import head_revision, install

    dumps = [name for name in STORES if (folder / f"{name}.sql").is_file()]
    if not dumps:
        raise ConfigError(f"{folder} holds no fblbench archive (optuna.sql, mlflow.sql): pass the folder "
                          "`fblbench archive save` wrote")
    there = [name for name in STORES if (runs_dir / f"{name}.db").exists()]
    if there:
        raise ConfigError(f"--runs-dir {runs_dir} already has {' and '.join(f'{n}.db' for n in there)}: load "
                          "the archive into a new --runs-dir (loading never writes over a store)")
    runs_dir.mkdir(parents=True, exist_ok=True)
    root = str(runs_dir.resolve())
    temps: list[tuple[Path, Path]] = []
    try:
        for name in dumps:
            temp = runs_dir / f".{name}.db.loading-{os.getpid()}"
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
            temps.append((temp, runs_dir / f"{name}.db"))
            db = sqlite3.connect(temp)
            try:
                db.executescript((folder / f"{name}.sql").read_text().replace(RUNS_DIR_TOKEN, root))
                schema = schema_revision(db)
            except sqlite3.DatabaseError as e:
                raise ConfigError(f"{folder / f'{name}.sql'} is not a valid archive ({e}): save it again with "
                                  "`fblbench archive save`") from e
            finally:
                db.close()
            if name == "mlflow" and schema != (head := head_revision()):
                raise ConfigError(f"{folder / 'mlflow.sql'} holds an MLflow store of schema {schema}, but this "
                                  f"MLflow expects {head}: load it with the MLflow version that saved "
                                  "it, then run `mlflow db upgrade sqlite:///<runs-dir>/mlflow.db`")
        for temp, path in temps:
            install(temp, path)
    finally:
        for temp, _ in temps:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
    (runs_dir / "mlartifacts").mkdir(exist_ok=True)
    return [path for _, path in temps]


__all__ = ["RUNS_DIR_TOKEN", "STORES", "load", "save"]
