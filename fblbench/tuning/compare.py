"""``fblbench compare``: the best configuration of every method, N seeds, the test split.

For one dataset and heterogeneity level, the stored studies of a sweep give each
method's best configuration (highest validation accuracy). Each is re-run with seeds
``seed, seed+1, ...``: seed ``s`` fixes the model initialisation and the client
sampling and is the same for every method, on the same partition (the study's
``partition_seed``), so results pair by seed. The leaderboard (Markdown + CSV, with
the command, the machine, the search effort and the convergence rule) is written to ``--leaderboard-dir`` and logged to MLflow
as a run tagged ``fblbench.kind=leaderboard``, with one nested run per (method, seed).

Before any rerun, the methods' search efforts must be equal (:mod:`fblbench.tuning.effort`:
the same counted trials, the same shared-settings ranges), else it refuses unless
``allow_unequal_effort`` (the table is then flagged). Every row carries the mean slope of
its reruns' validation accuracy over the last fifth of the rounds (at least 5:
``slope_window``) and its validation curve (window means over the run's second half), flagged
still rising above ``RISING_SLOPE`` or when the curve gains more than ``CURVE_GAIN``
(:mod:`fblbench.tracking.convergence`, the rule of every table). With ``protocol`` the table
also says whether its fixed settings are that protocol's (:mod:`fblbench.tuning.candidates`).
Under a decaying lr that slope is flat by construction: ``budget_check`` F re-runs the checked
methods (FedAvg) at F times the rounds and flags a table whose budget has not converged
(:mod:`fblbench.tracking.budget`).

The reruns (:mod:`fblbench.tuning.reruns`) run here or in ``n_jobs`` processes; one whose
identical run is already stored (the best trial's own run, an earlier compare rerun) is
read back instead of trained again, and the table's notes say which.
"""

from __future__ import annotations

import dataclasses
import datetime
import math
import os
import tempfile
from pathlib import Path
from typing import Any

from fblbench.errors import ConfigError, FblbenchError, TrackingError
from fblbench.registry import get_method
from fblbench.runtime import note
from fblbench.tracking import leaderboard as lb
from fblbench.tracking.board_view import StoredTable, read_csv
from fblbench.tracking.budget import BudgetCheck
from fblbench.tracking.convergence import (
    RISING_SLOPE,
    curve_rule_applies,
    curve_windows,
    is_rising,
    schedule_caveat,
    slope_window,
    window_means,
)
from fblbench.tracking.mlflow_log import TAG_KIND, Tracker
from fblbench.tracking.stats import paired_tests
from fblbench.tuning import provenance, reruns
from fblbench.tuning.candidates import configs_from_trial, find_candidates, fixed_settings, off_protocol
from fblbench.tuning.database import StorageLock
from fblbench.tuning.effort import check_effort
from fblbench.tuning.factories import make_storage
from fblbench.tuning.objective import FederationCache
from fblbench.tuning.plan import experiment_name
from fblbench.tuning.progress import Reporter
from fblbench.tuning.settings import CompareConfig

TAG_DATASET = "fblbench.dataset"
TAG_PARTITION = "fblbench.partition"


def run_compare(cfg: CompareConfig) -> tuple[lb.Leaderboard, tuple[Path, Path]]:
    """Re-run every method's best configuration with ``cfg.seeds`` seeds and write the leaderboard."""
    reporter = Reporter(cfg.progress)
    url = cfg.storage_url()
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists():
        raise ConfigError(f"no Optuna storage at {url.removeprefix('sqlite:///')}: run `fblbench sweep` first, "
                          "or pass the sweep's --runs-dir / --storage")
    StorageLock(url).check()
    storage = make_storage(url)
    candidates, missing = find_candidates(cfg, storage)
    if missing:
        note(f"compare: left out {', '.join(missing)}; comparing {', '.join(c.method for c in candidates)}")
    unequal = check_effort([c.effort for c in candidates if c.effort is not None], cfg.allow_unequal_effort)
    if unequal:
        note(f"compare: unequal search effort, compared anyway (--allow-unequal-effort): {unequal}")
    tracker = None
    if cfg.log_mlflow:
        tracker = Tracker(cfg.tracking_uri(), artifact_root=cfg.runs_dir / "mlartifacts")
        tracker.check()
    # Validate everything before the first run: configs, methods, data.
    resolved = []
    for c in candidates:
        data_cfg, train_cfg, hp = configs_from_trial(c.trial, cfg.local, cfg.n_jobs)
        get_method(c.spec).from_dict(hp)
        resolved.append((c, data_cfg, train_cfg, hp))
    checked = []  # the (candidate, configs) the budget check re-runs longer
    if cfg.budget_check:
        absent = [m for m in cfg.budget_check_methods if m not in {c.method for c in candidates}]
        if absent:
            raise ConfigError(f"--budget-check: {', '.join(absent)} not in this comparison (methods: "
                              f"{', '.join(c.method for c in candidates)}); name the methods to check with "
                              "--budget-check-methods")
        checked = [r for r in resolved if r[0].method in cfg.budget_check_methods]
    levels = {d.partition_tag() for _, d, *_ in resolved}
    if len(levels) != 1:
        raise ConfigError(f"the studies disagree on the heterogeneity level: {sorted(levels)}")
    row_rounds = {t.rounds for _, _, t, _ in resolved}
    fixed, differ = fixed_settings(resolved)
    if differ:  # one convergence window for the table, and a like-for-like comparison
        raise ConfigError(f"the studies' best trials trained under different settings ({'; '.join(differ)}); compare "
                          "studies swept with the same budget, protocol and flags")
    off = [] if cfg.protocol is None else off_protocol(cfg.protocol, fixed, resolved[0][1])
    if off:  # a rerun of an earlier budget (--rounds 200) is legitimate: the table says so, it is not refused
        note(f"warning: the studies did not train under protocol {cfg.protocol} as it stands: {'; '.join(off)} "
             "(the table says so)")
    feds = FederationCache()
    device = ""
    for _, data_cfg, train_cfg, _ in resolved:
        device = str(feds.get(data_cfg, train_cfg).device)  # a missing dataset fails here
    import torch

    torch.set_num_threads(resolved[0][2].threads)  # each rerun's threads, as the table's machine line says
    seeds = list(range(cfg.seed, cfg.seed + cfg.seeds))
    reference = cfg.reference if any(c.method == cfg.reference for c in candidates) else None
    notes = list(cfg.notes)
    if missing:
        notes.append(f"left out: {', '.join(missing)}")
    if reference is None:
        notes.append(f"reference method {cfg.reference!r} has no complete trial here; no significance tests")
    notes += sorted({text for _, _, t, _ in resolved if (text := schedule_caveat(t.lr_schedule))})

    first_data = resolved[0][1]

    def done(job: reruns.Rerun, o: reruns.Outcome) -> None:
        how = "" if o.source == "rerun" else f" (read back: {o.source})"
        got = f"diverged ({o.diverged})" if o.diverged else f"test {o.test_acc:.4f} val {o.val_acc:.4f}"
        reporter.line(f"[compare {job.data_cfg.dataset}-{job.data_cfg.partition_tag()}] {job.row} seed {job.seed}: "
                      f"{got}{how}")

    board_run = None
    exp_id = ""
    if tracker is not None:
        exp_id = tracker.experiment(experiment_name(first_data))
        board_run = tracker.start_run(exp_id, f"leaderboard-{first_data.dataset}-{first_data.partition_tag()}", {
            TAG_KIND: "leaderboard", TAG_DATASET: first_data.dataset, TAG_PARTITION: first_data.partition_tag(),
            "fblbench.command": cfg.command[:5000], "fblbench.objective": cfg.objective,
        })
        board_run.log_params({"seeds": cfg.seeds, "first_seed": cfg.seed, "reference": reference or "",
                              "methods": ",".join(c.method for c in candidates), "objective": cfg.objective,
                              "protocol": cfg.protocol or ""})
    reader, read_exp = tracker, exp_id  # where earlier identical reruns are read back from
    if tracker is None and cfg.reuse:  # --no-mlflow logs nothing, but still reads them back
        reader, read_exp = reruns.store_reader(cfg.tracking_uri(), experiment_name(first_data))
    entries = []
    windows = curve_windows(next(iter(row_rounds)))  # one budget per table (the fixed-settings check)
    curve_rule = curve_rule_applies(next(iter(row_rounds)), resolved[0][2].lr_schedule)
    try:
        trackers = {} if tracker is None else {cfg.tracking_uri(): tracker}
        jobs, outcomes, elsewhere = [], {}, []  # elsewhere: stored, but from another machine
        other = cfg.reuse_other_machines
        checks: dict[str, list[reruns.Rerun]] = {c.method: [] for c, *_ in checked}  # the budget-check reruns
        # The budget check's reruns first: they are the longest, and bound the wall time of n_jobs workers.
        plan = [(r, cfg.budget_check) for r in checked] + [(r, 1) for r in resolved]
        for (c, data_cfg, train_cfg, hp), factor in plan:
            rounds = train_cfg.rounds * factor
            for s in seeds:
                # The test split is only needed at the end of each run.
                logged = tracker is not None and board_run is not None
                job = reruns.Rerun(c.method, c.study, c.trial.number, c.spec, hp, data_cfg,
                                   dataclasses.replace(train_cfg, seed=s, rounds=rounds, test_every=rounds),
                                   cfg.tracking_uri() if logged else None, cfg.runs_dir / "mlartifacts", exp_id,
                                   board_run.run_id if board_run is not None else None, factor)
                if factor > 1:
                    checks[c.method].append(job)
                found = None
                if cfg.reuse:
                    found = reruns.from_trial(job, c.trial, other, reader, read_exp)
                    if found is None and reader is not None:
                        found = reruns.from_store(job, reader, read_exp, other)
                    if found is None and not other and reruns.elsewhere(job, c.trial, reader, read_exp):
                        elsewhere.append(f"{job.row} seed {job.seed}")
                if found is None:
                    jobs.append(job)
                else:
                    outcomes[job.key] = found
                    done(job, found)
        if elsewhere:
            note(f"compare: {len(elsewhere)} run(s) to train are stored from another machine ({', '.join(elsewhere)}): "
                 "--reuse-other-machines reads them back instead (the table then names each run's machine)")
        reused = dict(outcomes)
        if reused:
            notes.append(reruns.reuse_text(reused))
        if reused or (cfg.n_jobs > 1 and len(jobs) > 1):
            note(f"compare: {len(reused)} of {len(reused) + len(jobs)} runs read back (identical runs already "
                 f"stored), {len(jobs)} to train"
                 + (f" in {min(cfg.n_jobs, len(jobs))} processes" if cfg.n_jobs > 1 and len(jobs) > 1 else ""))
        outcomes.update(reruns.run_jobs(jobs, cfg.n_jobs, done, feds, trackers))
        for c, *_ in resolved:
            got = [outcomes[(c.method, s)] for s in seeds]
            entries.append(lb.Entry(
                method=c.method, study=c.study, best_trial=c.trial.number,
                best_trial_val_acc=float(c.trial.values[0]),
                hyperparameters={**c.trial.params}, seeds=seeds, test_acc=[o.test_acc for o in got],
                val_acc=[o.val_acc for o in got],
                trials=None if c.effort is None else c.effort.trials,
                dims=None if c.effort is None else c.effort.dims, val_slopes=[o.slope for o in got],
                diverged={s: o.diverged for s, o in zip(seeds, got, strict=True) if o.diverged},
                val_windows=[window_means(o.curve, windows) for o in got], kernels=[o.kernels for o in got],
            ))
            gain = entries[-1].gain if curve_rule else math.nan
            entries[-1].rising = is_rising(entries[-1].slope, gain)  # NaN (under 2 rounds): not flagged
        # row -> seed -> the kernels its run came from, for the table's machines note
        runs_at = {e.method: dict(zip(e.seeds, e.kernels, strict=True)) for e in entries}
        budget = None
        if checked:
            budget = BudgetCheck(cfg.budget_check, checked[0][2].rounds, seeds)
            for m, long_jobs in checks.items():
                budget.short[m] = [outcomes[(m, s)].test_acc for s in seeds]
                budget.long[m] = [outcomes[j.key].test_acc for j in long_jobs]
                if long_jobs:  # their row in the machines' note: "fedavg x2 rounds"
                    runs_at[long_jobs[0].row] = {j.seed: outcomes[j.key].kernels for j in long_jobs}
        ref_entry = next((e for e in entries if e.method == reference), None)
        if ref_entry is not None:
            for e in entries:
                if e is not ref_entry:  # over the seeds both finished (a diverged seed has no accuracy)
                    both = [s for s in seeds if s not in ref_entry.diverged and s not in e.diverged]
                    e.test = paired_tests(ref_entry.at_finished(ref_entry.test_acc, both), e.at_finished(e.test_acc, both))
        for e in entries:
            notes += [f"diverged: {e.method} seed {s}: {why}" for s, why in sorted(e.diverged.items())]
        origin = provenance.table_note(
            {c.method: {s: outcomes[(c.method, s)].provenance for s in seeds} for c, *_ in resolved}
            | {jobs_[0].row: {j.seed: outcomes[j.key].provenance for j in jobs_} for jobs_ in checks.values() if jobs_})
        if origin:
            notes.append(origin)
        machine = lb.machine_info(device)
        where, line = reruns.machines_text(runs_at, reruns.kernels_here(device))
        if where:
            notes.append(where)
            machine["runs"] = line
        board = lb.Leaderboard(
            dataset=first_data.dataset, partition=first_data.partition_tag(), reference=reference, entries=entries,
            command=cfg.command, machine=machine,
            created=datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            objective=cfg.objective, notes=notes, effort_warning=unequal,
            convergence=(slope_window(next(iter(row_rounds))), RISING_SLOPE),
            budget=budget, fixed=fixed, protocol=cfg.protocol or "", off_protocol=off, windows=windows,
            curve_rule=curve_rule,
        )
        md, cs, kept = lb.write_files(board, cfg.board_dir())
        paths = (md, cs)
        if kept:
            note(f"kept the note written by hand above the table in {md} ({kept.count(chr(10))} lines): "
                 "check that it still holds for the new numbers, or delete it")
        if tracker is not None and board_run is not None:
            metrics: dict[str, float] = {}
            for e in entries:
                k = lb.metric_key(e.method)
                metrics[f"test_acc_mean/{k}"] = e.mean
                metrics[f"test_acc_std/{k}"] = e.std
                metrics[f"val_slope_last/{k}"] = e.slope
                if budget is not None and e.method in budget.long:
                    metrics[f"budget_gain/{k}"] = budget.gain(e.method)
                if e.test is not None:
                    metrics[f"p_ttest/{k}"] = e.test.p_ttest
                    metrics[f"p_wilcoxon/{k}"] = e.test.p_wilcoxon
            board_run.log_metrics({k: v for k, v in metrics.items() if v == v})  # NaN is not stored
            board_run.set_tags({"fblbench.machine": "; ".join(f"{k}: {v}" for k, v in board.machine.items()),
                                "fblbench.effort": (f"unequal: {unequal}" if unequal else "equal")[:5000]})
            with tempfile.TemporaryDirectory() as d:
                for name, text in ((lb.LEADERBOARD_MD, lb.to_markdown(board)), (lb.LEADERBOARD_CSV,
                                                                                lb.to_csv(board))):
                    p = Path(d) / name
                    p.write_text(text)
                    board_run.log_artifact(p)
            board_run.end()
    except BaseException:
        if board_run is not None:
            board_run.end("KILLED")
        raise
    return board, paths


def stored_leaderboards(tracking_uri: str, dataset: str | None = None,
                        partition: str | None = None) -> list[StoredTable]:
    """The latest leaderboard run of every (dataset, level) in the MLflow store."""
    tracker = Tracker(tracking_uri)
    tracker.check()
    client = tracker.client
    try:
        exps = client.search_experiments(max_results=1000)
    except Exception as e:
        raise TrackingError(f"cannot list MLflow experiments at {tracking_uri!r}: {e}") from e
    ids = [e.experiment_id for e in exps]
    if not ids:
        return []
    flt = f"tags.`{TAG_KIND}` = 'leaderboard' and attributes.status = 'FINISHED'"
    if dataset:
        flt += f" and tags.`{TAG_DATASET}` = '{dataset}'"
    if partition:
        flt += f" and tags.`{TAG_PARTITION}` = '{partition}'"
    runs = client.search_runs(ids, flt, order_by=["attributes.start_time DESC"], max_results=1000)
    latest: dict[tuple[str, str, str], Any] = {}
    for r in runs:
        key = (r.data.tags.get(TAG_DATASET, ""), r.data.tags.get(TAG_PARTITION, ""),
               r.data.tags.get("fblbench.objective", "accuracy"))
        latest.setdefault(key, r)
    out = []
    for key in sorted(latest):
        run = latest[key]
        os.environ.setdefault("MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR", "false")
        try:
            local = client.download_artifacts(run.info.run_id, lb.LEADERBOARD_CSV)
        except Exception as e:
            raise FblbenchError(f"leaderboard run {run.info.run_id} has no readable {lb.LEADERBOARD_CSV}: {e}") from e
        out.append(read_csv(Path(local).read_text(), f"MLflow run {run.info.run_id} ({tracking_uri})"))
    return out
