"""Leaderboards: the rows, the Markdown/CSV files, and the terminal table.

A leaderboard compares the best configuration of every method on one dataset and
heterogeneity level, each re-run with the same N seeds on the TEST split. Seed ``s``
gives every method the same model initialisation and the same client sampling on the
same partition, so the results are *paired by seed*.

Significance against the reference method: :mod:`fblbench.tracking.stats`.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fblbench.tracking.budget import BudgetCheck
from fblbench.tracking.convergence import (
    CURVE_GAIN,
    RISING_SLOPE,
    SLOPE_TEXT,
    curve_gain,
    mean_slope,
    mean_windows,
)
from fblbench.tracking.machine import machine_info  # noqa: F401  (re-exported: tables and scripts import it here)
from fblbench.tracking.stats import DEGENERATE_SD, IDENTICAL, PairedTest

OFF_PROTOCOL = "NOT protocol"  # a table whose fixed settings are not the protocol's it names
CURVE = "validation curve"  # the first words of the line of each row's window means
FIXED = "fixed settings"  # the first words of the header line listing them (print_table shows it)
LEADERBOARD_CSV = "leaderboard.csv"
LEADERBOARD_MD = "leaderboard.md"
CSV_COLUMNS = (
    "rank", "method", "test_acc_mean", "test_acc_std", "seeds", "test_acc_per_seed", "val_acc_mean",
    "reference", "diff_vs_reference", "diff_ci95_low", "diff_ci95_high", "p_ttest", "p_wilcoxon",
    "study", "best_trial", "best_trial_val_acc", "hyperparameters",
    # Search effort (counted trials, dimensions of its own space and of the shared one) and
    # convergence (mean last-rounds slope of the reruns' validation accuracy, still rising?).
    "trials", "dims_own", "dims_shared", "val_slope_last", "still_rising",
    # The round-budget check (--budget-check): mean test-accuracy gain at F times the rounds.
    "budget_gain",
    # Seeds whose training loss became non-finite ("seed:reason;..."): no accuracy for them.
    "diverged_seeds",
    # The validation curve's window means over the run's second half, mean over finished seeds
    # ("0.7510;0.7522;..."; the windows' rounds are in the header).
    "val_windows",
    # Per seed, the kernels its run came from (run.kernels: CPU ISA and model, or GPU), "seed:kernels;...".
    "run_kernels",
)


@dataclass
class Entry:
    """One method's row: its best configuration's test accuracy over the seeds."""

    method: str
    study: str
    best_trial: int
    best_trial_val_acc: float
    hyperparameters: dict[str, Any]
    seeds: list[int]
    test_acc: list[float]  # NaN for a seed that diverged
    val_acc: list[float]
    test: PairedTest | None = None
    trials: int | None = None  # counted trials of its study
    dims: tuple[int, int] | None = None  # (own, shared) dimensions it searched
    val_slopes: list[float] = field(default_factory=list)  # per seed: last-rounds validation slope
    rising: bool = False  # mean slope above the threshold: not converged at this round budget
    diverged: dict[int, str] = field(default_factory=dict)  # seed -> why its training loss became non-finite
    val_windows: list[list[float]] = field(default_factory=list)  # per seed: validation means by curve window
    kernels: list[str] = field(default_factory=list)  # per seed: the kernels (machine) its run came from

    @property
    def slope(self) -> float:
        return mean_slope(self.val_slopes)

    @property
    def curve(self) -> list[float]:
        """The validation window means, mean over the seeds that finished (empty without reruns)."""
        return mean_windows(self.val_windows)

    @property
    def gain(self) -> float:
        """The curve's gain from its first window to its last (NaN under 2 windows)."""
        return curve_gain(self.curve)

    @property
    def flag(self) -> str:
        """"still rising", and which rule said so when the slope did not."""
        if not self.rising:
            return ""
        return "still rising" if self.slope > RISING_SLOPE else f"still rising (curve {gain_text(self.gain)})"

    def at_finished(self, values: list[float], seeds: Sequence[int] | None = None) -> list[float]:
        """``values`` (one per seed) at the seeds that did not diverge, here and in ``seeds`` if given."""
        return [v for s, v in zip(self.seeds, values, strict=True)
                if s not in self.diverged and (seeds is None or s in seeds)]

    @property
    def finished(self) -> list[float]:
        """The test accuracies of the seeds that did not diverge."""
        return self.at_finished(self.test_acc)

    @property
    def mean(self) -> float:
        return statistics.fmean(self.finished) if self.finished else math.nan

    @property
    def std(self) -> float:
        if len(self.finished) > 1:
            return statistics.stdev(self.finished)
        return math.nan if self.diverged else 0.0  # one seed left by divergence: no spread to show

    def seed_text(self, seed: int, acc: float) -> str:
        return "diverged" if seed in self.diverged else f"{acc:.4f}"


@dataclass
class Leaderboard:
    dataset: str
    partition: str
    reference: str | None
    entries: list[Entry]
    command: str
    machine: dict[str, str]
    created: str
    objective: str = "accuracy"
    notes: list[str] = field(default_factory=list)
    effort_warning: str = ""  # non-empty: unequal search effort, compared anyway (--allow-unequal-effort)
    convergence: tuple[int, float] | None = None  # (last rounds of the slope, "still rising" threshold)
    budget: BudgetCheck | None = None  # --budget-check: the checked methods at F times the rounds
    fixed: dict[str, Any] = field(default_factory=dict)  # the settings every row trained with (not searched)
    protocol: str = ""  # the protocol compare named (--protocol), if any
    off_protocol: list[str] = field(default_factory=list)  # fixed settings that protocol sets otherwise
    windows: list[tuple[int, int]] = field(default_factory=list)  # the curve windows' rounds (first, last)
    curve_rule: bool = False  # the curve's gain may flag a row (convergence.curve_rule_applies)

    @property
    def stem(self) -> str:
        base = f"{self.dataset}-{self.partition}"
        return base if self.objective == "accuracy" else f"{base}@{self.objective.replace(',', '+')}"

    def ranked(self) -> list[Entry]:
        # A row with a diverged seed after every row that finished all of them (its mean is over fewer seeds).
        return sorted(self.entries, key=lambda e: (bool(e.diverged), not e.finished, -(e.mean if e.finished else 0.0),
                                                   e.method))


def fmt_num(x: float, digits: int = 4) -> str:
    return "n/a" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.{digits}f}"


def fmt_p(p: float, degenerate: bool = False) -> str:
    if degenerate:
        return IDENTICAL
    if p is None or math.isnan(p):
        return "n/a"
    return f"{p:.2g}" if p < 0.001 else f"{p:.3f}"


def _hp_text(hp: Mapping[str, Any]) -> str:
    return ", ".join(f"{k}={v:.4g}" if isinstance(v, float) else f"{k}={v}" for k, v in sorted(hp.items()))


def rows(board: Leaderboard) -> list[dict[str, Any]]:
    """The CSV rows (full precision)."""
    out = []
    for rank, e in enumerate(board.ranked(), 1):
        t = e.test
        out.append({
            "rank": rank,
            "method": e.method,
            "test_acc_mean": e.mean,
            "test_acc_std": e.std,
            "seeds": len(e.finished),
            "test_acc_per_seed": ";".join(f"{s}:diverged" if s in e.diverged else f"{s}:{a:.6f}"
                                          for s, a in zip(e.seeds, e.test_acc, strict=True)),
            "val_acc_mean": statistics.fmean(v) if (v := e.at_finished(e.val_acc)) else math.nan,
            "reference": board.reference or "",
            "diff_vs_reference": "" if t is None else t.mean_diff,
            "diff_ci95_low": "" if t is None else t.ci95[0],
            "diff_ci95_high": "" if t is None else t.ci95[1],
            "p_ttest": "" if t is None else t.p_ttest,
            "p_wilcoxon": "" if t is None else t.p_wilcoxon,
            "study": e.study,
            "best_trial": e.best_trial,
            "best_trial_val_acc": e.best_trial_val_acc,
            "hyperparameters": json.dumps(e.hyperparameters, sort_keys=True, default=str),
            "trials": "" if e.trials is None else e.trials,
            "dims_own": "" if e.dims is None else e.dims[0],
            "dims_shared": "" if e.dims is None else e.dims[1],
            "val_slope_last": e.slope if e.val_slopes else "",
            "still_rising": e.flag,
            "budget_gain": board.budget.gain(e.method) if board.budget and e.method in board.budget.long else "",
            "diverged_seeds": ";".join(f"{s}:{why}" for s, why in sorted(e.diverged.items())),
            "val_windows": ";".join(f"{v:.4f}" for v in e.curve),
            "run_kernels": ";".join(f"{s}:{k}" for s, k in zip(e.seeds, e.kernels, strict=False)),  # [] if unknown
        })
    return out


def protocol_lines(board: Leaderboard) -> list[str]:
    """The search effort every method got and the convergence rule its rows are flagged by."""
    out = []
    if board.fixed:
        out.append(f"{FIXED} (every row; a searched one is in its hyperparameters, the seed is the rerun's): "
                   + ", ".join(f"{k}={v}" for k, v in board.fixed.items()))
    if board.off_protocol:
        out.append(f"{OFF_PROTOCOL} {board.protocol} as it stands (the command names it; its studies trained "
                   "otherwise, see the sweep's command): " + "; ".join(board.off_protocol))
    elif board.protocol:
        out.append(f"protocol {board.protocol}: every fixed setting is the protocol's at this level")
    es = sorted(board.entries, key=lambda e: e.method)
    if any(e.trials is not None for e in es):
        counts = sorted({e.trials or 0 for e in es})
        trials = (f"{counts[0]} trial{'' if counts[0] == 1 else 's'} per method" if len(counts) == 1 else
                  "trials per method " + ", ".join(f"{e.method} {e.trials}" for e in es))
        dims = ", ".join(f"{e.method} {e.dims[0]} + {e.dims[1]}" for e in es if e.dims is not None)
        out.append(f"search effort: {trials} (counted: complete + pruned + diverged); dimensions searched "
                   f"(own + shared): {dims}")
    if board.effort_warning:
        out.append(f"UNEQUAL SEARCH EFFORT, compared anyway (--allow-unequal-effort): {board.effort_warning}; "
                   "the ranking is not a like-for-like comparison")
    if board.convergence is not None:
        k, thr = board.convergence
        out.append(f"convergence: last-{k} slope = mean over seeds of the {SLOPE_TEXT} of the validation "
                   f"accuracy over the last {k} rounds of each rerun (accuracy per round); above {thr:g} the row "
                   "is flagged still rising" + (
                       f", and so is a row whose validation curve (below) gains more than {CURVE_GAIN:g} from its "
                       "first window to its last" if board.curve_rule else "") +
                   "; a protocol whose reference rows still rise ranks nothing")
        if any(e.rising for e in board.entries if e.method == board.reference):
            out.append(f"the reference {board.reference} is still rising: this table ranks nothing (more rounds)")
    curves = [(e.method, e.curve) for e in board.ranked() if e.curve]
    if len(board.windows) > 1 and curves:
        spans = " / ".join(f"{a}-{b}" if b > a else f"{a}" for a, b in board.windows)
        out.append(f"{CURVE}, mean over the seeds that finished, by window of the run's last rounds (rounds "
                   f"{spans}; gain = last window − first): " + "; ".join(
                       f"{m} " + " / ".join(f"{v:.3f}" for v in c) + f" (gain {gain_text(curve_gain(c))})"
                       for m, c in curves)
                   + (f"; a gain above {CURVE_GAIN:g} flags the row still rising" if board.curve_rule else
                      "; the gain flags no row here (a decaying lr, or under 100 rounds)"))
    if any(e.diverged for e in board.entries):
        out.append("a row with diverged seeds (training loss non-finite: a result of that method and seed) has its "
                   "mean and std over the seeds that finished and its Δ and p over the seeds both rows finished, "
                   "and is ranked after every row that finished all its seeds")
    if board.budget is not None:
        out += board.budget.lines()
    return out


def gain_text(gain: float) -> str:
    """A curve's gain, 4 decimals (3 would print +0.010 on both sides of the threshold), no -0.0000."""
    return f"{round(gain, 4) + 0.0:+.4f}"


def slope_cell(slope: float, flag: str = "") -> str:
    """A row's last-rounds slope as the Markdown and the printed table show it, then ``flag``."""
    if not math.isfinite(slope):  # no reruns, or runs of under 2 rounds
        return "—"
    # 5 decimals: +0.00104 is above the 0.001 threshold, "+0.0010" would not show it
    return f"{round(slope, 5) + 0.0:+.5f} {flag}".rstrip()  # + 0.0: no "-0.00000"


def _seeds_cell(e: Entry) -> str:
    if not e.diverged:
        return str(len(e.test_acc))
    return f"{len(e.finished)} of {len(e.seeds)} (**diverged: seed {', '.join(str(s) for s in sorted(e.diverged))}**)"


def _slope_text(e: Entry) -> str:
    return slope_cell(e.slope, f"**{e.flag}**" if e.flag else "")


def header_lines(board: Leaderboard) -> list[str]:
    mach = "; ".join(f"{k}: {v}" for k, v in board.machine.items())
    ref = board.reference or "none"
    return [
        f"fblbench leaderboard: {board.dataset} {board.partition} (objective {board.objective})",
        f"command: {board.command}",
        f"machine: {mach}",
        f"created: {board.created}",
        f"reference: {ref}; paired by seed; primary test: paired t-test (two-sided); "
        f"check: exact Wilcoxon signed-rank (two-sided); differences Δ = {ref} − method (reference minus method)",
        *protocol_lines(board),
        *board.notes,
    ]


def diff_header(reference: str | None) -> str:
    """The difference column's header, with its direction spelled out."""
    return f"Δ = {reference} − method [95% CI]" if reference else "Δ [95% CI]"


def degenerate_row(r: Mapping[str, str], num: Any) -> bool:
    """A CSV row whose differences were identical: no t-test p, a zero-width nonzero CI."""
    low, high, p = num(r.get("diff_ci95_low", "")), num(r.get("diff_ci95_high", "")), num(r["p_ttest"])
    return bool(math.isnan(p) and low == high and abs(low) > DEGENERATE_SD)


def to_csv(board: Leaderboard) -> str:
    buf = io.StringIO()
    for line in header_lines(board):
        buf.write(f"# {line}\n")
    w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    w.writeheader()
    for r in rows(board):
        w.writerow({k: (repr(v) if isinstance(v, float) else v) for k, v in r.items()})
    return buf.getvalue()


HEADING = "# Leaderboard: "


def hand_note(md_text: str) -> str:
    """What a person wrote above a generated table (everything before its heading line), or "".

    ``write_files`` keeps it when it writes the table again, so a note added by hand (what the
    table's runs were, what changed since) survives the rerun that adds rows; it is not the
    tool's output, and the tool never writes one.
    """
    if md_text.startswith(HEADING):
        return ""
    at = md_text.find("\n" + HEADING)
    return md_text[:at + 1] if at >= 0 and md_text[:at].strip() else ""


def to_markdown(board: Leaderboard) -> str:
    ref = board.reference
    slope_k = board.convergence[0] if board.convergence else "rounds"
    lines = [
        f"{HEADING}{board.dataset}, {board.partition}",
        "",
        "Produced by fblbench with:",
        "",
        "```",
        board.command,
        "```",
        "",
        "Machine: " + "; ".join(f"{k} {v}" for k, v in board.machine.items()) + f". Created {board.created}.",
        "",
        f"Each method's best configuration (highest validation accuracy in its study, objective "
        f"{board.objective}) re-run with the same seeds on the **test** split; mean ± sample std over seeds. "
        + (f"Δ = {ref} − method (positive: {ref} is ahead), paired by seed, with its 95% CI; p-values: paired "
           f"t-test (primary) and exact Wilcoxon signed-rank (check), both two-sided, uncorrected; "
           f"t-test {IDENTICAL}: the same difference on every seed, no spread to test." if ref else
           "No reference method among the studies: no significance tests."),
        "",
        *[f"**{line[0].upper() + line[1:]}.**\n" for line in protocol_lines(board)],
        f"| # | method | test acc (mean ± std) | seeds | last-{slope_k} slope | {diff_header(ref)} | p (t-test) "
        "| p (Wilcoxon) | best trial (val acc) | hyperparameters |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for rank, e in enumerate(board.ranked(), 1):
        t = e.test
        if t is None or t.n == 0:  # no reference, or no seed both rows finished
            diff = p_t = p_w = "—"
        else:
            diff = f"{t.mean_diff:+.4f} [{fmt_num(t.ci95[0])}, {fmt_num(t.ci95[1])}]"
            p_t, p_w = fmt_p(t.p_ttest, t.degenerate), fmt_p(t.p_wilcoxon)
        lines.append(
            f"| {rank} | {e.method} | {fmt_num(e.mean)} ± {fmt_num(e.std)} | {_seeds_cell(e)} | {_slope_text(e)} | {diff} "
            f"| {p_t} | {p_w} "
            f"| #{e.best_trial} ({e.best_trial_val_acc:.4f}) | {_hp_text(e.hyperparameters)} |"
        )
    lines += ["", "Per-seed test accuracy:", ""]
    for e in board.ranked():
        lines.append(f"- {e.method}: " + ", ".join(f"seed {s}: {e.seed_text(s, a)}" for s, a in zip(e.seeds, e.test_acc,
                                                                                                strict=True)))
    if board.notes:
        lines += ["", *[f"Note: {n}" for n in board.notes]]
    return "\n".join(lines) + "\n"


def write_files(board: Leaderboard, out_dir: Path) -> tuple[Path, Path, str]:
    """Write the table's ``.md`` and ``.csv``; returns their paths and the hand note kept above the table."""
    out_dir.mkdir(parents=True, exist_ok=True)
    md, cs = out_dir / f"{board.stem}.md", out_dir / f"{board.stem}.csv"
    kept = hand_note(md.read_text()) if md.is_file() else ""
    md.write_text(kept + to_markdown(board))
    cs.write_text(to_csv(board))
    return md, cs, kept


def metric_key(name: str) -> str:
    """A method name as an MLflow metric-name fragment (``fbl+fedprox`` -> ``fbl_fedprox``)."""
    return re.sub(r"[^A-Za-z0-9_\-. /]", "_", name)
