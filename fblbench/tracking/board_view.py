"""Leaderboards read back (a CSV file, or an MLflow leaderboard run's artifact) and printed as a
table: what ``fblbench leaderboard`` and the end of ``fblbench compare`` show. Written by
:mod:`fblbench.tracking.leaderboard`."""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fblbench.tracking.budget import NOT_CONVERGED
from fblbench.tracking.leaderboard import (
    CURVE,
    FIXED,
    OFF_PROTOCOL,
    degenerate_row,
    diff_header,
    fmt_num,
    fmt_p,
    slope_cell,
)


@dataclass
class StoredTable:
    """A leaderboard read back from a CSV (a file or an MLflow artifact)."""

    title: str
    header: list[str]
    rows: list[dict[str, str]]
    source: str


def read_csv(text: str, source: str) -> StoredTable:
    header = [line[2:] for line in text.splitlines() if line.startswith("# ")]
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    table = list(csv.DictReader(io.StringIO(body)))
    title = header[0].removeprefix("fblbench leaderboard: ") if header else source
    return StoredTable(title, header[1:], table, source)


def read_dir(folder: Path, pattern: str = "*.csv") -> list[StoredTable]:
    return [read_csv(p.read_text(), str(p)) for p in sorted(folder.glob(pattern)) if p.is_file()]


def print_table(table: StoredTable, console: Any = None) -> None:
    """One leaderboard as a rich table, its command and machine underneath."""
    from rich.console import Console
    from rich.table import Table

    console = console or Console(width=200)
    ref = table.rows[0].get("reference", "") if table.rows else ""
    warnings = [h for h in table.header
                if h.startswith(("UNEQUAL SEARCH EFFORT", "the reference ", NOT_CONVERGED, FIXED, OFF_PROTOCOL, CURVE))]
    t = Table(title=f"{table.title}", caption="\n".join([*table.header[:2], *warnings]), caption_justify="left")
    for col in ("#", "method", "test acc", "seeds", "val slope (last rounds)", diff_header(ref), "p t-test",
                "p Wilcoxon", "best trial"):
        t.add_column(col, overflow="fold")

    def num(v: str) -> float:
        try:
            return float(v)
        except ValueError:
            return math.nan

    for r in table.rows:
        diff = "—"
        if r.get("diff_vs_reference"):
            diff = (f"{num(r['diff_vs_reference']):+.4f} [{fmt_num(num(r['diff_ci95_low']))}, "
                    f"{fmt_num(num(r['diff_ci95_high']))}]")
        t.add_row(
            r["rank"], r["method"], f"{fmt_num(num(r['test_acc_mean']))} ± {fmt_num(num(r['test_acc_std']))}", r["seeds"],
            slope_cell(num(r["val_slope_last"]) if r.get("val_slope_last") else math.nan, r.get("still_rising", "")),
            diff,
            fmt_p(num(r["p_ttest"]), degenerate_row(r, num)) if r.get("p_ttest") else "—",
            fmt_p(num(r["p_wilcoxon"])) if r.get("p_wilcoxon") else "—",
            f"#{r['best_trial']} ({num(r['best_trial_val_acc']):.4f})",
        )
    console.print(t)
    console.print(f"[dim]source: {table.source}[/dim]")


__all__ = ["StoredTable", "print_table", "read_csv", "read_dir"]
