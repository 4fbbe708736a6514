"""The round-budget check of a leaderboard (``fblbench compare --budget-check F``).

A row's last-rounds slope cannot show convergence under a decaying learning rate: the
rate is ~0 over the last rounds, so every curve is flat there by construction. The check
runs the question directly: the checked methods' best configurations (FedAvg by default,
the baseline every protocol is judged by) are re-run with ``F`` times the rounds, the lr
schedule spread over them, with the table's seeds, and their final test accuracy is set
beside the table's own. A mean gain above ``BUDGET_GAIN`` says the protocol's budget has
not converged: the table then ranks methods at a fixed budget, not at convergence, and it
says so in its header, its CSV and the printed table.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, field

# Test-accuracy gain (mean over seeds) from F times the rounds above which a budget has not
# converged: one point is about the seed spread of the committed 3-seed tables, and a method
# gaining more than that would still move in the ranking.
BUDGET_GAIN = 0.01
# The flag's first words: a header line starting so is a warning (``print_table`` shows it).
NOT_CONVERGED = "BUDGET NOT CONVERGED"


@dataclass
class BudgetCheck:
    factor: int  # the longer runs' rounds = factor x rounds
    rounds: int  # the table's rounds
    seeds: list[int]
    short: dict[str, list[float]] = field(default_factory=dict)  # method -> test acc per seed, table's rounds
    long: dict[str, list[float]] = field(default_factory=dict)  # method -> test acc per seed, factor x rounds
    threshold: float = BUDGET_GAIN

    def gain(self, method: str) -> float:
        pairs = list(zip(self.short.get(method, []), self.long.get(method, []), strict=False))
        return statistics.fmean(b - a for a, b in pairs) if pairs else math.nan

    def unconverged(self) -> list[str]:
        """The checked methods whose mean gain is above the threshold."""
        return [m for m in self.long if self.gain(m) > self.threshold]

    def lines(self) -> list[str]:
        """The table's header lines: what was run, each method's gain, and the verdict."""
        long_rounds = self.factor * self.rounds
        per = "; ".join(
            f"{m} {statistics.fmean(self.short[m]):.4f} -> {statistics.fmean(self.long[m]):.4f} "
            f"(gain {self.gain(m):+.4f}; per seed " + ", ".join(
                f"{b - a:+.4f}" for a, b in zip(self.short[m], self.long[m], strict=True)) + ")"
            for m in self.long)
        seeds = f"seeds {self.seeds[0]}-{self.seeds[-1]}" if len(self.seeds) > 1 else f"seed {self.seeds[0]}"
        out = [f"budget check (--budget-check {self.factor}): best configuration re-run at {long_rounds} rounds "
               f"instead of {self.rounds} (the lr schedule spread over them), {seeds}, mean test accuracy: {per}; "
               f"the budget has converged when no gain exceeds {self.threshold:g}"]
        bad = self.unconverged()
        if bad:
            out.append(f"{NOT_CONVERGED}: {', '.join(f'{m} gains {self.gain(m):+.4f}' for m in bad)} at "
                       f"{long_rounds} rounds; this table ranks methods at a fixed budget of {self.rounds} rounds, "
                       "not at convergence, and a longer budget may change the ranking")
        else:
            out.append(f"budget converged: no checked method gains more than {self.threshold:g} at {long_rounds} "
                       "rounds")
        return out


__all__ = ["BUDGET_GAIN", "NOT_CONVERGED", "BudgetCheck"]
