"""``fblbench generators-table``: FedAvg against FBL with each filler, N seeds, one protocol.

For every alpha: one federation (the same clients for every method; the public pool is
held out for all of them), then per seed ``s`` FedAvg and FBL with ``generator=<filler>``
for each filler, every method at its defaults and seed ``s`` (paired by seed). The table
(Markdown, ``<leaderboard_dir>/fbl_generators_<dataset>.md``) gives per method the final
test accuracy (mean ± std over seeds), the slope of the validation accuracy over the last
fifth of the rounds (has the run stopped rising? :mod:`fblbench.tracking.convergence`), the
oracle gap (FBL+filler − FedAvg) / (FBL+real − FedAvg) per seed, and the filler's CAS next
to the real-image CAS. Each (alpha, method, seed) run and a summary run per alpha are logged to MLflow (``fblbench.kind=generators``).
"""

from __future__ import annotations

import dataclasses
import datetime
import math
import platform
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
import yaml

from fblbench.config import DataConfig, TrainConfig, build_configs, default_runs_dir, to_flat_dict
from fblbench.engine.loop import build_federation, run_federated
from fblbench.errors import ConfigError, DivergedError
from fblbench.fbl.generators import GENERATOR_KINDS, oracle_gap
from fblbench.fbl.generators.ddpm import CODE_VERSION as DDPM_CODE_VERSION
from fblbench.fbl.method import FBL, FBLHparams
from fblbench.method import FedAvg, Method
from fblbench.tracking.convergence import (
    CURVE_GAIN,
    CURVE_WINDOWS,
    RISING_SLOPE,
    SLOPE_ROUNDS,
    SLOPE_TEXT,
    curve_gain,
    curve_rule_applies,
    is_rising,
    last_rounds_slope,
    mean_slope,
    schedule_caveat,
    seeds_curve,
    slope_window,
)
from fblbench.tracking.mlflow_log import TAG_KIND, TAG_METHOD, Tracker, param_text
from fblbench.tracking.stats import IDENTICAL, paired_tests
from fblbench.tuning.settings import store_url
from fblbench.validate import coerce_hparams

KIND = "generators"


@dataclass(frozen=True)
class GeneratorsTableConfig:
    dataset: str = "eurosat"
    alphas: tuple[float, ...] = (0.1, 0.5)
    fillers: tuple[str, ...] = ("real", "ddpm", "augment")
    seeds: int = 3
    seed: int = 0
    budget: str = "cpu"
    overrides: dict[str, Any] = field(default_factory=dict)  # build_configs settings
    leaderboard_dir: Path = Path("leaderboards")
    runs_dir: Path = field(default_factory=default_runs_dir)
    mlflow_uri: str | None = None
    log_mlflow: bool = True
    command: str = "fblbench generators-table"

    def __post_init__(self) -> None:
        if self.seeds < 1:
            raise ConfigError(f"--seeds must be >= 1, but got {self.seeds}")
        if not self.alphas:
            raise ConfigError("--alphas must name at least one value")
        if not self.fillers:
            raise ConfigError(f"--fillers must name some of {', '.join(GENERATOR_KINDS)}")
        for entry in self.fillers:
            FBL.from_dict(parse_filler(entry))  # a bad generator or hyperparameter fails here, before any work
        if "real" not in self.fillers:
            raise ConfigError("--fillers must include real: the oracle gap divides by FBL+real's gain")

    def configs(self, alpha: float, seed: int) -> tuple[DataConfig, TrainConfig]:
        return build_configs(self.budget, dataset=self.dataset, alpha=alpha, seed=seed, **self.overrides)


@dataclass
class MethodRuns:
    """One row of the table: per seed the final test accuracy and the val-accuracy curve."""

    label: str
    test_acc: list[float] = field(default_factory=list)
    curves: list[list[float]] = field(default_factory=list)
    metrics: dict[str, float] = field(default_factory=dict)  # the generator's one-time metrics
    diverged: int = 0  # seeds whose training loss became non-finite (test_acc NaN)


def _window(rows: Mapping[str, MethodRuns]) -> int | str:
    """The slope window of a level's rows (their curves' length), or "rounds" without curves."""
    lengths = {len(c) for row in rows.values() for c in row.curves}
    return slope_window(max(lengths)) if lengths else "rounds"


def _mean_std(values: Sequence[float]) -> str:
    v = np.asarray([x for x in values if math.isfinite(x)], dtype=np.float64)
    if len(v) == 0:
        return "n/a"
    return f"{v.mean():.3f} ± {v.std(ddof=1) if len(v) > 1 else 0.0:.3f}"


def parse_filler(entry: str) -> dict[str, Any]:
    """``ddpm`` or ``ddpm:redraw_synthetic=true:align_shared=false`` -> FBL's hyperparameters.

    A variant is a filler with some of FBL's other hyperparameters set, so a switch's effect is
    measured in the same table, on the same clients and seeds, as the filler at its defaults."""
    generator, *pairs = entry.split(":")
    if generator not in GENERATOR_KINDS:
        raise ConfigError(f"--fillers: {generator!r} is not a generator; choose from {', '.join(GENERATOR_KINDS)}")
    values: list[tuple[str, Any]] = []
    for pair in pairs:
        key, eq, text = pair.partition("=")
        if not eq or not key.strip() or key.strip() == "generator":
            raise ConfigError(f"--fillers {entry!r}: write a variant as {generator}:<fbl hyperparameter>=<value>"
                              "[:...], e.g. ddpm:redraw_synthetic=true")
        values.append((key.strip(), yaml.safe_load(text)))
    return {"generator": generator, **coerce_hparams("fbl", FBLHparams, values)}


def _methods(fillers: Sequence[str]) -> list[tuple[str, Callable[[], Method]]]:
    out: list[tuple[str, Callable[[], Method]]] = [("fedavg", FedAvg)]
    for f in fillers:
        hp = parse_filler(f)
        label = ",".join(f"{k}={v}" for k, v in hp.items())
        out.append((f"fbl[{label}]", lambda hp=hp: FBL.from_dict(hp)))  # type: ignore[misc]
    return out


REAL_ROW = "fbl[generator=real]"  # the row of the real filler, the upper bound (--fillers must name it)


def _label(name: str) -> str:
    return f"{name} (upper bound: real public images)" if name == REAL_ROW else name


# Fillers whose images come from a sized, trained or sampled model: their runs depend on the
# resolved GeneratorSpec (and the ddpm code), so a change of its defaults must not resume.
SIZED_FILLERS = ("ddpm", "gaussian", "pretrained")


def generator_params(method: Method, data_cfg: DataConfig) -> dict[str, Any]:
    """``{"generator.spec": ...}``: the sized GeneratorSpec (and ddpm's code version) of an FBL
    method whose filler is a model; empty for FedAvg, ``real``, ``augment`` and ``none``, whose
    runs do not depend on it. Part of the resume match: new generator defaults re-run those rows."""
    hp = getattr(method, "hp", None)
    if not isinstance(hp, FBLHparams) or hp.generator not in SIZED_FILLERS:
        return {}
    spec = dataclasses.asdict(hp.generator_spec().sized(data_cfg.generator_size))
    del spec["pool_scale"]  # in the sized pool_size
    if hp.generator == "ddpm":
        spec["code_version"] = DDPM_CODE_VERSION
    return {"generator.spec": ",".join(f"{k}={v}" for k, v in sorted(spec.items()))}


def _stored_run(tracker: Tracker, exp: str, run_name: str, params: dict[str, Any],
                rounds: int) -> tuple[float, list[float], dict[str, float]] | None:
    """(test acc, val curve, generator metrics) of a finished run of this table logged with
    exactly ``params``, or None. Lets a table that did not fit one session resume."""
    found = tracker.find_runs(exp, f"attributes.run_name = '{run_name}' and attributes.status = 'FINISHED' "
                                   f"and tags.`{TAG_KIND}` = '{KIND}'")
    want = {k: param_text(v) for k, v in params.items()}
    for run in found:
        if any(run.data.params.get(k) != v for k, v in want.items()):
            continue
        history = tracker.client.get_metric_history(run.info.run_id, "val_acc")
        curve = [m.value for m in sorted(history, key=lambda m: m.step)]
        test = run.data.metrics.get("test_acc")
        if len(curve) == rounds and test is not None:
            extra = {k: v for k, v in run.data.metrics.items() if k.startswith("generator_")}
            return float(test), curve, extra
    return None


def run_level(cfg: GeneratorsTableConfig, alpha: float, tracker: Tracker | None,
              say: Callable[[str], None]) -> dict[str, MethodRuns]:
    """Every method x seed at one alpha; runs already in the MLflow store are read back."""
    rows: dict[str, MethodRuns] = {}
    data_cfg, _ = cfg.configs(alpha, cfg.seed)
    exp = tracker.experiment(f"fblbench/{data_cfg.dataset}-{data_cfg.partition_tag()}") if tracker else ""
    for s in range(cfg.seed, cfg.seed + cfg.seeds):
        data_cfg, train_cfg = cfg.configs(alpha, s)
        fed = None
        for name, make in _methods(cfg.fillers):
            row = rows.setdefault(name, MethodRuns(_label(name)))
            method = make()
            params = {**to_flat_dict(data_cfg, train_cfg, prefix=True), "method.name": name,
                      **generator_params(method, data_cfg)}
            stored = _stored_run(tracker, exp, f"{name}-seed-{s}", params, train_cfg.rounds) if tracker else None
            if stored is not None:
                row.test_acc.append(stored[0])
                row.curves.append(stored[1])
                row.metrics.update(stored[2])
                say(f"alpha {alpha:g} seed {s} {name}: test {stored[0]:.3f} (read back from the MLflow store)")
                continue
            fed = fed or build_federation(data_cfg, train_cfg)
            try:
                reports = run_federated(fed, train_cfg, method).reports
            except DivergedError as e:  # reported in the table (NaN, counted), the others go on
                row.test_acc.append(float("nan"))
                row.diverged += 1
                say(f"alpha {alpha:g} seed {s} {name}: diverged ({e})")
                continue
            final = reports[-1].test_acc
            row.test_acc.append(float("nan") if final is None else final)
            row.curves.append([r.val_acc for r in reports])
            row.metrics.update(method.run_metrics())
            say(f"alpha {alpha:g} seed {s} {name}: test {row.test_acc[-1]:.3f} "
                f"(slope {last_rounds_slope(row.curves[-1]):+.4f}/round)")
            if tracker is not None:
                run = tracker.start_run(exp, f"{name}-seed-{s}", {TAG_KIND: KIND, TAG_METHOD: name})
                run.log_params(params)
                for r in reports:
                    run.log_round(r)
                run.log_metrics(method.run_metrics())
                run.end()
    if tracker is not None:
        summary = tracker.start_run(exp, f"generators-table-alpha{alpha:g}", {TAG_KIND: KIND})
        summary.log_metrics(level_metrics(rows))
        summary.end()
    return rows


def _gaps(rows: dict[str, MethodRuns], name: str) -> list[float]:
    real, base = rows[REAL_ROW].test_acc, rows["fedavg"].test_acc
    return [oracle_gap(g, b, r) for g, b, r in zip(rows[name].test_acc, base, real, strict=True)]


def level_metrics(rows: dict[str, MethodRuns]) -> dict[str, float]:
    """Mean test accuracy and oracle gap per method (for MLflow)."""
    out: dict[str, float] = {}
    for name, row in rows.items():
        key = re.sub(r"[^A-Za-z0-9_.-]+", "_", name.replace("]", ""))  # MLflow's metric-name alphabet
        out[f"{key}.test_acc"] = float(np.nanmean(row.test_acc))
        if name.startswith("fbl"):
            gaps = [g for g in _gaps(rows, name) if math.isfinite(g)]
            if gaps:
                out[f"{key}.oracle_gap"] = float(np.mean(gaps))
    return out


SECTION = "## Dirichlet "


def reference_row(rows: dict[str, MethodRuns]) -> str | None:
    """The row every other is tested against: FBL with the first filler at FBL's defaults (a
    label without switches), the real upper bound excepted; None when there is none."""
    for name in rows:
        if name.startswith("fbl[generator=") and "," not in name and name != REAL_ROW:
            return name
    return None


def paired_cell(reference: Sequence[float], other: Sequence[float]) -> str:
    """Other minus reference, paired by seed: mean [95% CI], paired t-test p."""
    t = paired_tests(reference, other)
    if not math.isfinite(t.mean_diff):
        return ""
    diff, low, high = 0.0 - t.mean_diff, 0.0 - t.ci95[1], 0.0 - t.ci95[0]  # 0.0 - x: never "-0.000"
    if not math.isfinite(t.p_ttest):
        return f"{diff:+.3f}" + (f" ({IDENTICAL})" if t.degenerate else "")
    p = "p < 0.001" if t.p_ttest < 0.001 else f"p {t.p_ttest:.3f}"
    return f"{diff:+.3f} [{low:+.3f}, {high:+.3f}], {p}"


def _section_alpha(section: str) -> float:
    return float(section[len(SECTION):].split("\n", 1)[0].strip())


def _about(cfg: GeneratorsTableConfig, alpha: float) -> list[str]:
    """A level's command, protocol (its own values: a protocol's can differ by level) and machine."""
    data_cfg, train_cfg = cfg.configs(alpha, cfg.seed)
    threads = train_cfg.threads or torch.get_num_threads()
    caveat = schedule_caveat(train_cfg.lr_schedule)
    return [
        "",
        f"Command: `{cfg.command}`",
        "",
        f"Protocol: budget {cfg.budget}, {data_cfg.num_clients} clients, "
        f"{train_cfg.rounds} rounds x {train_cfg.local_epochs} local epochs, lr {train_cfg.lr} "
        f"({train_cfg.lr_schedule}), batch {train_cfg.batch_size}, augmentation {train_cfg.augment}, "
        f"{data_cfg.resolution or 'native'} px, model {train_cfg.model}; training pool capped at "
        f"{data_cfg.max_train or 'all'} images (stratified subsample); public pool = {data_cfg.public_fraction:g} "
        f"of the training pool, held out for every method; generator size {data_cfg.generator_size}; "
        f"seeds {cfg.seed}..{cfg.seed + cfg.seeds - 1} (paired). Every method at its defaults, but for the "
        "settings a row's label names." + (f" Note: {caveat}." if caveat else ""),
        "",
        f"Machine: {platform.processor() or platform.machine()}, torch {torch.__version__}, "
        f"{threads} thread(s); written {datetime.date.today().isoformat()}.",
    ]


def render(cfg: GeneratorsTableConfig, levels: dict[float, dict[str, MethodRuns]], previous: str = "") -> str:
    """The table file. Each alpha's section carries its own command, protocol and machine;
    sections of ``previous`` (the file as it was) for alphas not run now are kept, so levels
    measured in different sessions accumulate in one file."""
    lines = [
        f"# FBL fillers on {cfg.dataset}: FedAvg vs FBL with each generator",
        "",
        f"Slope: {SLOPE_TEXT} of the validation accuracy over the last fifth of the rounds (at least "
        f"{SLOPE_ROUNDS}) "
        f"(per round; near 0 = converged; above {RISING_SLOPE:g} the row is flagged as still rising, as it is "
        f"when its validation accuracy, mean over seeds, gains more than {CURVE_GAIN:g} from the first to the "
        f"last of {CURVE_WINDOWS} windows of a tenth of the run ending it (constant lr, 100 rounds or more); a "
        "protocol whose FedAvg row still rises ranks nothing). Oracle gap: (FBL+filler − FedAvg) / (FBL+real − "
        "FedAvg) per seed. CAS: test accuracy of a SimpleCNN trained on the filler's images (real: as many "
        "public images per class). Paired: the row minus FBL with the first filler at its defaults, per seed "
        "(mean, 95% CI, paired t-test p): an ablation row's cost or gain.",
    ]
    sections: dict[float, str] = {}
    for part in previous.split("\n" + SECTION)[1:]:
        alpha = _section_alpha(SECTION + part)
        if alpha not in levels:
            sections[alpha] = (SECTION + part).rstrip("\n")
    for alpha, rows in levels.items():
        ref = reference_row(rows)
        body = [f"{SECTION}{alpha:g}", *_about(cfg, alpha), "",
                f"| method | test acc | last-{_window(rows)} slope | oracle gap | CAS | CAS real | paired vs {ref or '-'} |",
                "|---|---|---|---|---|---|---|"]
        schedule = cfg.configs(alpha, cfg.seed)[1].lr_schedule
        for name, row in rows.items():
            slopes = [last_rounds_slope(c) for c in row.curves]
            rounds = max((len(c) for c in row.curves), default=0)
            gain = curve_gain(seeds_curve(row.curves)) if curve_rule_applies(rounds, schedule) else math.nan
            rising = is_rising(mean_slope(slopes), gain)
            slope = _mean_std(slopes) + (" **still rising**" if rising else "")
            gap = _mean_std(_gaps(rows, name)) if name.startswith("fbl") else ""
            cas = row.metrics.get("generator_cas", float("nan"))
            cas_real = row.metrics.get("generator_cas_real", float("nan"))
            fmt = (lambda v: f"{v:.3f}" if math.isfinite(v) else "")  # noqa: E731
            acc = _mean_std(row.test_acc) + (f" ({row.diverged} diverged)" if row.diverged else "")
            paired = "" if ref is None or name == ref else paired_cell(rows[ref].test_acc, row.test_acc)
            body.append(f"| {row.label} | {acc} | {slope} | {gap} | {fmt(cas)} | {fmt(cas_real)} | {paired} |")
        sections[alpha] = "\n".join(body)
    for alpha in sorted(sections):
        lines += ["", sections[alpha]]
    return "\n".join(lines) + "\n"


def run_generators_table(cfg: GeneratorsTableConfig, say: Callable[[str], None] = print) -> Path:
    tracker = None
    if cfg.log_mlflow:
        tracker = Tracker(store_url(cfg.mlflow_uri, cfg.runs_dir, "mlflow.db"))
        tracker.check()
    path = Path(cfg.leaderboard_dir) / f"fbl_generators_{cfg.dataset}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    for alpha in cfg.alphas:  # the file is written after every level: an interrupt keeps the finished ones
        levels = {alpha: run_level(cfg, alpha, tracker, say)}
        path.write_text(render(cfg, levels, path.read_text() if path.exists() else ""))
        say(f"written: {path} (Dirichlet {alpha:g})")
    return path


__all__ = ["GeneratorsTableConfig", "parse_filler", "run_generators_table"]
