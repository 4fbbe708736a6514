"""``--protocol NAME``: a documented group of settings becomes the command's defaults."""

from __future__ import annotations

from typing import Any

import pytest

from fblbench.cli import generators_table_config, main, sweep_config
from fblbench.cliparser import OVERRIDE_KEYS, parse_args
from fblbench.cliparser import overrides as _overrides
from fblbench.config import build_configs
from fblbench.protocols import PROTOCOLS, Protocol, protocol_defaults
from fblbench.tuning.plan import plan_sweep

_parse = parse_args


def test_niid_bench_protocol_is_niid_benchs_cifar10_setting() -> None:
    args = _parse(["run", "--protocol", "niid-bench"])
    data, train = build_configs(args.budget, dataset=args.dataset, partition=args.partition, alpha=args.alpha,
                                **_overrides(args))
    assert (data.dataset, data.partition, data.alpha, data.num_clients, data.resolution) == (
        "cifar10", "dirichlet", 0.5, 10, None)
    assert data.max_train is None and data.public_fraction == 0.0
    assert (train.model, train.rounds, train.local_epochs, train.batch_size) == ("simple_cnn", 50, 10, 64)
    assert (train.lr, train.momentum, train.weight_decay, train.lr_schedule) == (0.01, 0.9, 1e-5, "constant")
    assert (train.augment, train.participation, train.clip_grad_norm) == ("crop_flip", 1.0, 0.0)


def test_flags_given_win_over_the_protocol() -> None:
    args = _parse(["run", "--protocol", "niid-bench", "--rounds", "3", "--alpha", "0.1", "--dataset", "eurosat"])
    assert (args.rounds, args.alpha, args.dataset, args.local_epochs) == (3, 0.1, "eurosat", 10)
    plain = _parse(["run"])
    assert plain.rounds is None and plain.dataset == "eurosat"  # no protocol: nothing changes


def test_two_core_protocols_give_every_level_to_sweeps_and_the_first_to_run() -> None:
    sweep = _parse(["sweep", "--protocol", "cifar10-2core"])
    assert sweep.alphas == (0.1, 0.5) and sweep.dataset == "cifar10" and sweep.rounds == 100
    table = _parse(["generators-table", "--protocol", "eurosat-2core"])
    assert table.alphas == (0.1, 0.5) and (table.resolution, table.max_train, table.local_epochs) == (32, 5000, 2)
    assert _parse(["run", "--protocol", "eurosat-2core"]).alpha == 0.1
    assert protocol_defaults("eurosat-2core", {"alpha"}) == {"alpha": 0.1}


def test_every_protocol_builds_valid_configs() -> None:
    for name in PROTOCOLS:
        args = _parse(["run", "--protocol", name])
        build_configs(args.budget, dataset=args.dataset, partition=args.partition, alpha=args.alpha,
                      **_overrides(args))


def test_unknown_protocol_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as err:
        main(["run", "--protocol", "niid"])
    assert err.value.code == 2 and "invalid choice: 'niid'" in capsys.readouterr().err


def test_a_protocol_sweep_at_label_shards_is_one_study_not_refused_for_the_protocols_alphas() -> None:
    cfg = sweep_config(_parse(["sweep", "--protocol", "eurosat-2core", "--partition", "shards"]))
    assert (cfg.overrides.get("partition", cfg.partition), len(cfg.alphas)) == ("shards", 1)
    assert cfg.configs(cfg.alphas[0])[0].partition_tag() == "shards2"
    with pytest.raises(Exception, match="--alphas applies to --partition dirichlet only"):  # given: still refused
        sweep_config(_parse(["sweep", "--protocol", "eurosat-2core", "--partition", "shards", "--alphas", "0.1,0.3"]))


def test_eurosat_niid_recipe_is_niid_benchs_recipe_on_the_two_core_eurosat_data() -> None:
    args = _parse(["run", "--protocol", "eurosat-niid-recipe"])
    data, train = build_configs(args.budget, dataset=args.dataset, partition=args.partition, alpha=args.alpha,
                                **_overrides(args))
    two = _parse(["run", "--protocol", "eurosat-2core", "--alpha", "0.5"])
    two_core, _ = build_configs(two.budget, dataset=two.dataset, partition=two.partition, alpha=two.alpha,
                                **_overrides(two))
    assert (data.dataset, data.alpha, data.num_clients, data.resolution, data.max_train) == (
        "eurosat", 0.5, 10, 32, 5000)
    assert data == two_core  # the same data, partition and public pool (and so FBL's cached generator)
    assert (train.rounds, train.local_epochs, train.batch_size, train.participation) == (200, 10, 64, 1.0)
    assert (train.lr, train.momentum, train.weight_decay, train.lr_schedule, train.augment) == (
        0.01, 0.9, 1e-5, "constant", "crop_flip")
    assert train.clip_grad_norm == 10.0  # the stabiliser the recipe adds (protocols.py says why)
    assert _parse(["sweep", "--protocol", "eurosat-niid-recipe"]).alphas == (0.5, 0.1)
    assert _parse(["run", "--protocol", "eurosat-niid-recipe", "--clip-grad-norm", "0"]).clip_grad_norm == 0.0


def test_cifar10_niid_recipe_is_the_same_recipe_on_the_two_core_cifar10_data() -> None:
    def configs(protocol: str, *extra: str) -> tuple[Any, Any]:
        args = _parse(["run", "--protocol", protocol, *extra])
        return build_configs(args.budget, dataset=args.dataset, partition=args.partition, alpha=args.alpha,
                             **_overrides(args))

    data, train = configs("cifar10-niid-recipe")
    _, eurosat_train = configs("eurosat-niid-recipe")
    two_core, _ = configs("cifar10-2core", "--alpha", "0.5")
    assert data == two_core  # the same data, partition and public pool (and so FBL's cached generator)
    assert train == eurosat_train and data.dataset == "cifar10" and data.alpha == 0.5
    assert _parse(["sweep", "--protocol", "cifar10-niid-recipe"]).alphas == (0.5, 0.1)


def test_per_level_values_apply_at_their_level_only_and_flags_given_still_win(
        monkeypatch: pytest.MonkeyPatch) -> None:
    base = PROTOCOLS["eurosat-niid-recipe"]
    monkeypatch.setitem(PROTOCOLS, "test-levels", Protocol(
        "test-levels", "test", base.values, {"dir0.1": {"lr": 0.004, "rounds": 7}}))

    def run_configs(*extra: str) -> tuple[Any, Any]:
        args = parse_args(["run", "--protocol", "test-levels", *extra])
        return build_configs(args.budget, dataset=args.dataset, partition=args.partition, alpha=args.alpha,
                             **_overrides(args))

    _, at_05 = run_configs()  # the protocol's first level, 0.5
    _, at_01 = run_configs("--alpha", "0.1")
    assert (at_05.lr, at_05.rounds) == (0.01, 200) and (at_01.lr, at_01.rounds) == (0.004, 7)
    _, given = run_configs("--alpha", "0.1", "--lr", "0.02")
    assert (given.lr, given.rounds) == (0.02, 7)  # a flag given wins over the level's value
    data, shards = run_configs("--alpha", "0.1", "--partition", "shards")
    assert data.partition_tag() == "shards2" and (shards.lr, shards.rounds) == (0.01, 200)

    sweep = sweep_config(parse_args(["sweep", "--protocol", "test-levels"]))
    assert {a: sweep.configs(a)[1].lr for a in sweep.alphas} == {0.5: 0.01, 0.1: 0.004}
    studies = {p.data_cfg.alpha: p.train_cfg for p in plan_sweep(sweep)}
    assert (studies[0.1].lr, studies[0.1].rounds, studies[0.5].lr) == (0.004, 7, 0.01)
    table_args = parse_args(["generators-table", "--protocol", "test-levels"])
    table_args.command_line = "fblbench generators-table --protocol test-levels"
    table = generators_table_config(table_args)
    assert table.configs(0.1, 0)[1].lr == 0.004 and table.configs(0.5, 0)[1].lr == 0.01
    assert build_configs("cpu", alpha=0.1, by_level={"dir0.1": {"lr": 0.003}})[1].lr == 0.003
    assert not parse_args(["run", "--protocol", "eurosat-2core"]).by_level  # no per-level values


def test_per_level_values_name_training_flags_the_command_line_can_set() -> None:
    for p in PROTOCOLS.values():
        for tag, values in p.by_level.items():
            assert tag.startswith("dir") and set(values) <= set(OVERRIDE_KEYS) - {"partition", "alpha"}, p.name


def test_eurosat_niid_recipe_runs_300_rounds_at_dirichlet_0_1_only() -> None:
    def rounds(*argv: str) -> int:
        args = parse_args(["run", "--protocol", "eurosat-niid-recipe", *argv])
        return build_configs(args.budget, dataset=args.dataset, partition=args.partition, alpha=args.alpha,
                             **_overrides(args))[1].rounds

    assert (rounds(), rounds("--alpha", "0.1"), rounds("--alpha", "0.1", "--rounds", "200")) == (200, 300, 200)
    studies = {p.data_cfg.alpha: p.train_cfg.rounds
               for p in plan_sweep(sweep_config(parse_args(["sweep", "--protocol", "eurosat-niid-recipe"])))}
    assert studies == {0.5: 200, 0.1: 300}
    cifar = sweep_config(parse_args(["sweep", "--protocol", "cifar10-niid-recipe"]))
    assert {a: cifar.configs(a)[1].rounds for a in cifar.alphas} == {0.5: 200, 0.1: 200}


@pytest.mark.parametrize("rounds", [800, 1600])
def test_eurosat_2core_long_is_the_two_core_protocol_at_dirichlet_0_1_over_more_rounds(rounds: int) -> None:
    args = _parse(["sweep", "--protocol", f"eurosat-2core-{rounds}"])
    assert args.alphas == (0.1,) and args.rounds == rounds
    long = _parse(["run", "--protocol", f"eurosat-2core-{rounds}"])
    short = _parse(["run", "--protocol", "eurosat-2core", "--rounds", str(rounds)])
    build = [build_configs(a.budget, dataset=a.dataset, partition=a.partition, alpha=a.alpha, **_overrides(a))
             for a in (long, short)]
    assert build[0] == build[1]  # nothing but the rounds differs from eurosat-2core
    assert (build[0][1].lr_schedule, build[0][1].local_epochs, build[0][0].alpha) == ("cosine", 2, 0.1)
