"""``fblbench generators-table``: rows, oracle gap, the still-rising flag, diverged runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from fblbench.errors import ConfigError, DivergedError
from fblbench.tuning import generators_table as G
from fblbench.tuning.generators_table import GeneratorsTableConfig, MethodRuns, render, run_generators_table


def _cfg(tmp_path: Path, cache_dir: Path, data_dir: Path, **kw: object) -> GeneratorsTableConfig:
    base: dict[str, object] = {
        "dataset": "eurosat", "alphas": (0.5,), "fillers": ("real", "augment"), "seeds": 1, "budget": "smoke",
        "overrides": {"data_dir": data_dir, "cache_dir": cache_dir, "threads": 1, "device": "cpu"},
        "leaderboard_dir": tmp_path / "lb", "runs_dir": tmp_path / "runs", "log_mlflow": False,
    }
    base.update(kw)
    return GeneratorsTableConfig(**base)  # type: ignore[arg-type]


def test_render_flags_rising_rows_and_computes_gaps(tmp_path: Path) -> None:
    cfg = GeneratorsTableConfig(alphas=(0.1,), fillers=("real", "ddpm"), seeds=2, leaderboard_dir=tmp_path)
    flat, rising = [0.5] * 10, [0.4 + 0.01 * i for i in range(10)]
    rows = {
        "fedavg": MethodRuns("fedavg", [0.5, 0.6], [rising, rising]),
        "fbl[generator=real]": MethodRuns("real", [0.7, 0.8], [flat, flat]),
        "fbl[generator=ddpm]": MethodRuns("ddpm", [0.6, 0.7], [flat, flat]),
    }
    lines = {line.split(" |")[0]: line for line in render(cfg, {0.1: rows}).splitlines() if line.startswith("| ")}
    assert "**still rising**" in lines["| fedavg"] and "still rising" not in lines["| real"]
    # Oracle gap per seed: (0.6 - 0.5) / (0.7 - 0.5) = 0.5 and (0.7 - 0.6) / (0.8 - 0.6) = 0.5.
    assert "0.500 ± 0.000" in lines["| ddpm"]


def test_the_table_takes_the_last_fifth_of_the_rounds_and_does_not_flag_a_level_curve(tmp_path: Path) -> None:
    import numpy as np

    noise = np.random.default_rng(6).normal(0.0, 0.025, 100)
    level = [0.72 + float(x) for x in noise]  # level since round 1: no trend at all
    cfg = GeneratorsTableConfig(alphas=(0.1,), fillers=("real",), seeds=1, leaderboard_dir=tmp_path)
    rows = {"fedavg": MethodRuns("fedavg", [0.7], [level]), "fbl[generator=real]": MethodRuns("real", [0.8], [level])}
    text = render(cfg, {0.1: rows})
    assert "| last-20 slope |" in text and "still rising" not in text.split("| method |")[1]


def test_render_tests_each_row_against_fbl_with_the_first_filler_at_its_defaults(tmp_path: Path) -> None:
    cfg = GeneratorsTableConfig(alphas=(0.1,), fillers=("real", "ddpm", "ddpm:alignment=false"), seeds=3,
                                leaderboard_dir=tmp_path)
    flat = [0.5] * 10
    rows = {
        "fedavg": MethodRuns("fedavg", [0.60, 0.62, 0.61], [flat] * 3),
        "fbl[generator=real]": MethodRuns("real", [0.80, 0.80, 0.80], [flat] * 3),
        "fbl[generator=ddpm]": MethodRuns("ddpm", [0.70, 0.71, 0.72], [flat] * 3),
        "fbl[generator=ddpm,alignment=False]": MethodRuns("no-align", [0.70, 0.71, 0.72], [flat] * 3),
    }
    text = render(cfg, {0.1: rows})
    assert "| paired vs fbl[generator=ddpm] |" in text
    cells = [[c.strip() for c in line.strip().strip("|").split("|")] for line in text.splitlines()
             if line.startswith("| ") and not line.startswith("| method")]
    paired = {row[0]: row[-1] for row in cells}
    # fedavg - ddpm per seed: -0.10, -0.09, -0.11 -> mean -0.100, 95% CI -0.125..-0.075, t-test p = 0.0033.
    assert paired["fedavg"] == "-0.100 [-0.125, -0.075], p 0.003"
    assert paired["ddpm"] == ""  # the reference itself
    assert paired["no-align"] == "+0.000 [+0.000, +0.000], p 1.000"  # identical on every seed
    assert G.paired_cell([0.7, 0.71, 0.72, 0.73], [0.6, 0.6101, 0.6199, 0.63]).endswith("p < 0.001")
    assert G.reference_row({"fedavg": rows["fedavg"], "fbl[generator=real]": rows["fbl[generator=real]"]}) is None


def test_render_names_a_decaying_lr_schedule(tmp_path: Path) -> None:
    rows = {"fedavg": MethodRuns("fedavg", [0.5], [[0.5] * 10]),
            "fbl[generator=real]": MethodRuns("real", [0.7], [[0.7] * 10])}
    cosine = GeneratorsTableConfig(alphas=(0.1,), fillers=("real",), seeds=1, budget="cpu")
    assert "the lr schedule is cosine: the learning rate falls to ~0" in render(cosine, {0.1: rows})
    constant = GeneratorsTableConfig(alphas=(0.1,), fillers=("real",), seeds=1, budget="cpu",
                                     overrides={"lr_schedule": "constant"})
    assert "the lr schedule is" not in render(constant, {0.1: rows})


def test_fillers_must_include_real() -> None:
    with pytest.raises(ConfigError, match="must include real"):
        GeneratorsTableConfig(fillers=("ddpm",))


def test_smoke_table_end_to_end(tmp_path: Path, cache_dir: Path, data_dir: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    said: list[str] = []
    real_run = G.run_federated

    def augment_diverges(fed, train, method, *a, **k):  # type: ignore[no-untyped-def]
        if getattr(getattr(method, "hp", None), "generator", None) == "augment":
            raise DivergedError("client 0, round 1: the training loss became non-finite")
        return real_run(fed, train, method, *a, **k)

    monkeypatch.setattr(G, "run_federated", augment_diverges)
    path = run_generators_table(_cfg(tmp_path, cache_dir, data_dir), say=said.append)
    text = path.read_text()
    assert path == tmp_path / "lb" / "fbl_generators_eurosat.md"
    assert "## Dirichlet 0.5" in text and "upper bound" in text
    rows = [line for line in text.splitlines() if line.startswith("| fedavg") or line.startswith("| fbl")]
    assert [r.split(" |")[0] for r in rows] == ["| fedavg", "| fbl[generator=real] (upper bound: real public images)",
                                               "| fbl[generator=augment]"]
    assert "(1 diverged)" in rows[2] and any("diverged" in s for s in said)


def test_levels_from_earlier_runs_are_kept_and_a_rerun_level_is_replaced(tmp_path: Path) -> None:
    rows = {
        "fedavg": MethodRuns("fedavg", [0.5], [[0.5] * 6]),
        "fbl[generator=real]": MethodRuns("real", [0.7], [[0.7] * 6]),
    }
    first = render(GeneratorsTableConfig(alphas=(0.1,), fillers=("real",), seeds=1, command="cmd-0.1"), {0.1: rows})
    old = first.replace("| fedavg | 0.500", "| fedavg | 0.111")  # mark the earlier 0.1 section
    merged = render(GeneratorsTableConfig(alphas=(0.5,), fillers=("real",), seeds=1, command="cmd-0.5"),
                    {0.5: rows}, old)
    assert merged.index("## Dirichlet 0.1") < merged.index("## Dirichlet 0.5")
    assert "| fedavg | 0.111" in merged and "cmd-0.1" in merged and "cmd-0.5" in merged
    again = render(GeneratorsTableConfig(alphas=(0.1,), fillers=("real",), seeds=1, command="cmd-new"),
                   {0.1: rows}, merged)
    assert "0.111" not in again and "cmd-new" in again and "cmd-0.5" in again and again.count("## Dirichlet") == 2


def test_filler_variants_set_fbl_hyperparameters_and_bad_ones_fail_up_front() -> None:
    assert G.parse_filler("ddpm") == {"generator": "ddpm"}
    assert G.parse_filler("ddpm:redraw_synthetic=true:align_shared=false") == {
        "generator": "ddpm", "redraw_synthetic": True, "align_shared": False}
    names = [name for name, _ in G._methods(("real", "augment:p_drop=0.25"))]
    assert names == ["fedavg", "fbl[generator=real]", "fbl[generator=augment,p_drop=0.25]"]
    built = dict(G._methods(("augment:p_drop=0.25",)))["fbl[generator=augment,p_drop=0.25]"]()
    assert built.hp.p_drop == 0.25 and built.hp.generator == "augment"  # type: ignore[attr-defined]
    for bad, why in [("gan", "not a generator"), ("ddpm:redraw_synthetic", "write a variant"),
                     ("ddpm:generator=real", "write a variant"), ("ddpm:p_drop=abc", "expected a number"),
                     ("ddpm:no_such_switch=1", "unknown hyperparameter")]:
        with pytest.raises(ConfigError, match=why):
            GeneratorsTableConfig(fillers=("real", bad))


def test_a_rerun_reads_finished_runs_back_from_the_store(tmp_path: Path, cache_dir: Path, data_dir: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """A table that did not fit one session resumes: finished runs are not trained again,
    and the file is written after every level."""
    cfg = _cfg(tmp_path, cache_dir, data_dir, log_mlflow=True, alphas=(0.5, 1.0))
    said: list[str] = []
    first = run_generators_table(cfg, say=said.append).read_text()
    assert sum("written:" in s for s in said) == 2
    calls: list[str] = []

    def no_training(*a: object, **k: object) -> None:
        calls.append("trained")
        raise AssertionError("a finished run was trained again")

    monkeypatch.setattr(G, "run_federated", no_training)
    said.clear()
    again = run_generators_table(cfg, say=said.append).read_text()
    assert calls == [] and sum("read back" in s for s in said) == 2 * 3  # 2 levels x (fedavg, real, augment)
    strip = [line for line in first.splitlines() if not line.startswith("Machine:")]
    assert [line for line in again.splitlines() if not line.startswith("Machine:")] == strip
    # Another protocol (more rounds) matches nothing stored: it trains.
    with pytest.raises(AssertionError, match="trained again"):
        run_generators_table(_cfg(tmp_path, cache_dir, data_dir, log_mlflow=True, alphas=(0.5,),
                                  overrides={"data_dir": data_dir, "cache_dir": cache_dir, "threads": 1,
                                             "device": "cpu", "rounds": 3}), say=said.append)


def test_level_metric_names_are_valid_mlflow_names_for_variants() -> None:
    import re

    flat = [0.5] * 6
    rows = {name: MethodRuns(name, [acc], [flat]) for name, acc in [
        ("fedavg", 0.5), ("fbl[generator=real]", 0.7), ("fbl[generator=ddpm,gen_guidance=1.0]", 0.6)]}
    keys = set(G.level_metrics(rows))
    assert "fbl_generator_ddpm_gen_guidance_1.0.oracle_gap" in keys and "fbl_generator_real.test_acc" in keys
    assert all(re.fullmatch(r"[A-Za-z0-9_.\-]+", k) for k in keys)


def test_resume_key_holds_the_resolved_generator_so_new_generator_defaults_rerun_ddpm_rows(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A stored FBL+ddpm run made with other generator defaults (steps, guidance, ...) must not
    be read back; FedAvg, real and augment runs do not depend on the generator's spec."""
    from fblbench.config import DataConfig
    from fblbench.fbl.generators import base
    from fblbench.fbl.method import FBL
    from fblbench.method import FedAvg

    data = DataConfig(generator_size="cpu")
    ddpm = G.generator_params(FBL.from_dict({"generator": "ddpm"}), data)
    assert "train_steps=" in ddpm["generator.spec"] and "code_version=" in ddpm["generator.spec"]
    for method in (FedAvg(), FBL.from_dict({"generator": "real"}), FBL.from_dict({"generator": "augment"})):
        assert G.generator_params(method, data) == {}
    # The guidance default changes the key, and so does the cpu size's step count.
    assert G.generator_params(FBL.from_dict({"generator": "ddpm", "gen_guidance": 3.0}), data) != ddpm
    # The pool's scale is in its sized size: 2x the cpu pool is the pool of 400, and keys like it.
    two = G.generator_params(FBL.from_dict({"generator": "ddpm", "gen_pool_scale": 2.0}), data)
    assert two != ddpm and two == G.generator_params(FBL.from_dict({"generator": "ddpm", "gen_pool_size": 400}), data)
    assert "pool_scale" not in ddpm["generator.spec"]  # so keys from before it existed still match
    table = dict(base.GENERATOR_SIZES_TABLE)
    table["cpu"] = base.GeneratorSize(train_steps=123, width=32, pool_size=200, sampling_steps=20)
    monkeypatch.setattr(base, "GENERATOR_SIZES_TABLE", table)
    assert G.generator_params(FBL.from_dict({"generator": "ddpm"}), data) != ddpm


def test_each_level_states_its_own_protocol_values(tmp_path: Path) -> None:
    """A protocol's values can differ by level (eurosat-niid-recipe: 300 rounds at Dirichlet 0.1):
    each level's section names the rounds it ran."""
    cfg = GeneratorsTableConfig(alphas=(0.5, 0.1), fillers=("real",), seeds=1, leaderboard_dir=tmp_path,
                                overrides={"rounds": 200, "by_level": {"dir0.1": {"rounds": 300}}})
    rows = {"fedavg": MethodRuns("fedavg", [0.7], [[0.7] * 10]), "fbl[generator=real]": MethodRuns("real", [0.8],
                                                                                                  [[0.8] * 10])}
    text = render(cfg, {0.5: rows, 0.1: rows})
    sections = {s.split("\n", 1)[0].strip(): s for s in text.split(G.SECTION)[1:]}
    assert "200 rounds x" in sections["0.5"] and "300 rounds x" in sections["0.1"]
    assert "300 rounds x" not in sections["0.5"]
