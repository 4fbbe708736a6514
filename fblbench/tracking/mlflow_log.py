"""MLflow logging: one experiment per (dataset, heterogeneity level), a parent run per
sweep (study), one nested run per trial with every resolved parameter, per-round
metrics and artifacts. Uses ``MlflowClient`` directly (no fluent global state), so
several worker processes can log to one store.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from fblbench.errors import TrackingError
from fblbench.outage import describe
from fblbench.tracking.owner import TAG_OWNER, owner_gone, owner_tag
from fblbench.tracking.store import ensure_sqlite_store, sqlite_store_path

if TYPE_CHECKING:
    from fblbench.engine.loop import RoundReport

SEARCH_PAGE = 1000  # runs per MLflow search call (its cap); Tracker.find_runs pages through all
TAG_KIND = "fblbench.kind"  # "sweep" (parent), "trial", "run", "leaderboard"
TAG_STUDY = "fblbench.study"
TAG_TRIAL = "fblbench.trial_number"
TAG_STATE = "fblbench.state"  # complete | pruned | diverged | failed
TAG_FAILURE = "fblbench.failure"
TAG_ARTIFACTS_ERROR = "fblbench.artifacts_error"  # a finished run whose plots/files could not be logged
TAG_METHOD = "fblbench.method"
TAG_PROVENANCE = "fblbench.provenance"  # JSON of Method.provenance(): what besides the settings decided the run
PARENT_TAG = "mlflow.parentRunId"
# Round metrics are written at most this often (each write is a database transaction,
# ~20-50 ms on SQLite); the UI's live curves lag by at most this much.
ROUND_FLUSH_SECONDS = 5.0


def param_text(value: Any) -> str:
    """A parameter as MLflow stores it (text, at most 6,000 characters): how logged runs are matched."""
    return str(value)[:6000]


def sqlite_uri(path: Path) -> str:
    return f"sqlite:///{path.resolve()}"


EXPERIMENT_PREFIX = "fblbench/"  # every experiment fblbench creates for sweeps and runs
# MLflow 3 shows an experiment without this tag in its GenAI mode (traces, judges, prompts).
EXPERIMENT_KIND_TAG = "mlflow.experimentKind"
MODEL_TRAINING = "custom_model_development"  # the UI's "Machine learning" / "Model training"
# The MLflow UI's saved views: the experiment tag ``mlflow.sharedViewState.<key>`` holds a JSON
# view (search facets + table state) that ``#/experiments/<id>/runs?viewStateShareKey=<key>``
# opens. (The table's column choice and order cannot be given in the URL itself.)
VIEW_TAG_PREFIX = "mlflow.sharedViewState."
TRIALS_VIEW_KEY = "fblbench-trials"
# Shown first, in this order; the run name is pinned left of them.
TRIALS_VIEW_COLUMNS = ("metrics.`final_val_acc`", "metrics.`final_test_acc`", "metrics.`best_val_acc`",
                       "tags.`fblbench.method`", "tags.`fblbench.state`", "metrics.`train_seconds`",
                       "tags.`fblbench.study`")


def trials_view() -> dict[str, Any]:
    """The trials view: the trial runs listed flat (a search filter plus a sort other than by
    start time makes the UI list matching runs themselves instead of nesting them, collapsed,
    under their sweep run), best final validation accuracy first, accuracy columns first."""
    return {"searchFilter": f"tags.`{TAG_KIND}` = 'trial'", "orderByKey": "metrics.`final_val_acc`",
            "orderByAsc": False, "selectedColumns": list(TRIALS_VIEW_COLUMNS),
            "columnOrder": list(TRIALS_VIEW_COLUMNS)}


def experiment_tags() -> dict[str, str]:
    """Tags every fblbench experiment carries: model training, and the trials view."""
    return {EXPERIMENT_KIND_TAG: MODEL_TRAINING,
            VIEW_TAG_PREFIX + TRIALS_VIEW_KEY: json.dumps(trials_view(), sort_keys=True)}


def mark_model_training(client: Any, experiment: Any) -> None:
    """Give an experiment (made by an older fblbench) the tags it lacks."""
    have = dict(getattr(experiment, "tags", None) or {})
    for key, value in experiment_tags().items():
        if have.get(key) != value:
            client.set_experiment_tag(experiment.experiment_id, key, value)


def trials_url(base: str, experiment_id: str) -> str:
    """The MLflow UI page a user wants for an experiment: its model-training mode (the UI
    opens in GenAI mode otherwise, whatever the experiment's tag), the runs table, the trials
    view (``trials_view``, stored on the experiment by ``experiment_tags``)."""
    from urllib.parse import urlencode

    query = urlencode({"viewStateShareKey": TRIALS_VIEW_KEY, "compareRunsMode": "TABLE",
                       "workflowType": "machine_learning"}, quote_via=quote)
    return f"{base}/#/experiments/{experiment_id}/runs?{query}"


def experiments_url(base: str) -> str:
    """The UI's experiment list in its model-training mode."""
    return f"{base}/#/experiments?workflowType=machine_learning"


def _reason(e: Exception) -> str:
    """The gist of a connection failure (MLflow wraps it in a paragraph of urllib3 text)."""
    import re

    text = str(e)
    m = re.search(r"\[Errno -?\d+\] [^\"')]+", text)
    if m:
        return m.group(0).strip()
    first = text.strip().splitlines()[0] if text.strip() else ""
    return f"{type(e).__name__}: {first[:300]}"


def _redact(uri: str) -> str:
    if "://" not in uri or "@" not in uri:
        return uri
    scheme, rest = uri.split("://", 1)
    cred, host = rest.rsplit("@", 1)
    return f"{scheme}://{cred.split(':', 1)[0]}:***@{host}" if ":" in cred else uri


def _client(uri: str) -> Any:
    import logging

    from mlflow.tracking import MlflowClient

    # MLflow's INFO lines (schema migrations) would drown the progress output.
    logging.getLogger("mlflow").setLevel(logging.WARNING)

    from fblbench.tuning.signals import WholeCalls

    # Each call runs whole: an interrupt inside a SQLite write could leave the store locked.
    return WholeCalls(MlflowClient(tracking_uri=uri))


class RunLog:
    """One MLflow run being written."""

    def __init__(self, client: Any, run_id: str, created: bool = True) -> None:
        self.client = client
        self.run_id = run_id
        # False for a run found again (a resumed sweep's parent run): its params are set.
        self.created = created
        self._pending: list[Any] = []  # round metrics not written yet
        self._flushed = time.monotonic()
        self.ended = False  # set_terminated was called (by ``end``)

    def flush(self) -> None:
        """Write the buffered round metrics (every other write and ``end`` do it first)."""
        items, self._pending = self._pending, []
        for i in range(0, len(items), 1000):  # MLflow's batch limit
            self.client.log_batch(self.run_id, metrics=items[i : i + 1000])
        self._flushed = time.monotonic()

    def log_params(self, params: Mapping[str, Any]) -> None:
        from mlflow.entities import Param

        items = [Param(k, param_text(v)) for k, v in sorted(params.items())]
        for i in range(0, len(items), 100):
            self.client.log_batch(self.run_id, params=items[i : i + 100])

    def log_metrics(self, metrics: Mapping[str, float], step: int | None = None) -> None:
        from mlflow.entities import Metric

        ts = int(time.time() * 1000)
        items = [Metric(k, float(v), ts, step or 0) for k, v in sorted(metrics.items())]
        self._pending += items
        self.flush()

    def log_round(self, report: RoundReport) -> None:
        """A round's metrics at step ``report.round``; written every ROUND_FLUSH_SECONDS."""
        from mlflow.entities import Metric

        ts = int(time.time() * 1000)
        self._pending += [Metric(k, float(v), ts, report.round) for k, v in sorted(report.as_metrics().items())]
        if time.monotonic() - self._flushed >= ROUND_FLUSH_SECONDS or len(self._pending) >= 1000:
            self.flush()

    def set_tags(self, tags: Mapping[str, Any]) -> None:
        from mlflow.entities import RunTag

        self.flush()
        self.client.log_batch(self.run_id, tags=[RunTag(k, str(v)) for k, v in tags.items()])

    def log_artifact(self, path: Path, artifact_path: str | None = None) -> None:
        self.client.log_artifact(self.run_id, str(path), artifact_path)

    def log_dict(self, obj: Any, name: str) -> None:
        with tempfile.TemporaryDirectory() as d:
            p = Path(d) / name
            p.write_text(json.dumps(obj, indent=2, sort_keys=True, default=str))
            self.log_artifact(p)

    def end(self, status: str = "FINISHED") -> None:
        try:
            self.flush()
        finally:  # a run whose last metrics failed to write still ends
            self.client.set_terminated(self.run_id, status=status)
            self.ended = True


class Tracker:
    """An MLflow tracking store (``sqlite:///...``, ``postgresql://...`` or ``http://...``)."""

    def __init__(self, uri: str, artifact_root: Path | None = None) -> None:
        self.uri = uri
        self.artifact_root = artifact_root
        path = sqlite_store_path(uri)
        if path is not None:  # MLflow would create it in place; a kill then bricks it
            ensure_sqlite_store(path)
        self.client = _client(uri)

    def check(self) -> None:
        """Fail fast, before any trial, when the store cannot be reached."""
        saved = {k: os.environ.get(k) for k in ("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "MLFLOW_HTTP_REQUEST_TIMEOUT")}
        os.environ["MLFLOW_HTTP_REQUEST_MAX_RETRIES"] = "0"
        os.environ["MLFLOW_HTTP_REQUEST_TIMEOUT"] = "10"
        try:
            self.client.search_experiments(max_results=1)
        except Exception as e:  # any failure here means the store is unusable
            raise TrackingError(
                f"cannot reach the MLflow tracking store {_redact(self.uri)!r}: {_reason(e)}. "
                "Start the server (mlflow server --workers 1 ...) or fix --mlflow-uri"
            ) from e
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v

    def experiment(self, name: str) -> str:
        """The experiment ``name``, created when missing, with ``experiment_tags``."""
        exp = self.client.get_experiment_by_name(name)
        if exp is not None:
            mark_model_training(self.client, exp)
            self.end_orphaned_runs(str(exp.experiment_id))
            return str(exp.experiment_id)
        location = None
        # A tracking server stores (or proxies) artifacts itself: a local folder of the
        # machine that happened to create the experiment would strand other machines' files.
        if self.artifact_root is not None and not self.uri.startswith(("http:", "https:", "databricks")):
            location = (self.artifact_root / name.replace("/", "_")).resolve().as_uri()
        try:
            return str(self.client.create_experiment(name, artifact_location=location, tags=experiment_tags()))
        except Exception:
            # Another worker created it first.
            exp = self.client.get_experiment_by_name(name)
            if exp is None:
                raise
            return str(exp.experiment_id)

    def find_runs(self, experiment_id: str, filter_string: str) -> list[Any]:
        """Every run of the experiment that matches, newest first: all pages (MLflow returns at
        most ``SEARCH_PAGE`` a call; a 100-trial sweep's orphans or a study's runs may be more)."""
        out: list[Any] = []
        token = None
        while True:
            page = self.client.search_runs([experiment_id], filter_string, max_results=SEARCH_PAGE, page_token=token)
            out.extend(page)
            token = page.token
            if not token:
                return out

    def artifact_text(self, run_id: str, path: str) -> str | None:
        """The text of the run's artifact ``path`` (e.g. ``method/fbl_generator.json``); None
        when the run has no such file (a lost database or a full disk still raises)."""
        from mlflow.exceptions import MlflowException

        os.environ.setdefault("MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR", "false")
        with tempfile.TemporaryDirectory() as d:
            try:
                local = self.client.download_artifacts(run_id, path, d)
                return Path(local).read_text()
            except (MlflowException, OSError) as e:
                if describe(e) is not None:  # a lost store or a full disk is not "no such file"
                    raise
                return None

    def start_run(
        self,
        experiment_id: str,
        name: str,
        tags: Mapping[str, Any],
        parent: str | None = None,
    ) -> RunLog:
        all_tags = {k: str(v) for k, v in tags.items()}
        all_tags[TAG_OWNER] = owner_tag()
        if parent is not None:
            all_tags[PARENT_TAG] = parent
        run = self.client.create_run(experiment_id, run_name=name, tags=all_tags)
        return RunLog(self.client, run.info.run_id)

    def parent_run(self, experiment_id: str, study_name: str, tags: Mapping[str, Any]) -> RunLog:
        """The sweep's parent run: reused when the sweep is resumed, created otherwise."""
        found = self.find_runs(
            experiment_id, f"tags.`{TAG_KIND}` = 'sweep' and tags.`{TAG_STUDY}` = '{study_name}'"
        )
        if found:
            run_id = found[0].info.run_id
            self.client.set_tag(run_id, TAG_OWNER, owner_tag())  # this process's now
            if found[0].info.status != "RUNNING":
                self.client.update_run(run_id, status="RUNNING")
            return RunLog(self.client, run_id, created=False)
        return self.start_run(experiment_id, study_name, {**tags, TAG_KIND: "sweep", TAG_STUDY: study_name})

    def fail_stale_runs(self, experiment_id: str, study_name: str, is_stale: Callable[[int], bool]) -> int:
        """Mark RUNNING trial runs for which ``is_stale(trial_number)`` holds as FAILED
        (the study manager passes "its Optuna trial failed": the worker died)."""
        n = 0
        runs: Iterable[Any] = self.find_runs(
            experiment_id,
            f"tags.`{TAG_KIND}` = 'trial' and tags.`{TAG_STUDY}` = '{study_name}' "
            "and attributes.status = 'RUNNING'",
        )
        for run in runs:
            number = int(run.data.tags.get(TAG_TRIAL, -1))
            if is_stale(number):
                self._end_failed(run.info.run_id, "worker died (heartbeat expired)", "FAILED")
                n += 1
        return n

    def end_orphaned_runs(self, experiment_id: str) -> int:
        """End the RUNNING runs (not sweep trials: ``fail_stale_runs``) whose process is
        certainly gone (``owner.owner_gone``) as KILLED, tagged failed with the reason."""
        n = 0
        for run in self.find_runs(experiment_id, "attributes.status = 'RUNNING'"):
            tags = run.data.tags
            why = None if tags.get(TAG_KIND) == "trial" else owner_gone(tags.get(TAG_OWNER, ""))
            if why is not None:
                self._end_failed(run.info.run_id, why, "KILLED")
                n += 1
        return n

    def _end_failed(self, run_id: str, why: str, status: str) -> None:
        """End a run its own process can no longer end: tagged failed, with the reason."""
        self.client.set_tag(run_id, TAG_STATE, "failed")
        self.client.set_tag(run_id, TAG_FAILURE, why)
        self.client.set_terminated(run_id, status=status)
