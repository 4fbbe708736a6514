"""``--protocol NAME``: a documented group of settings becomes the command's defaults."""

from __future__ import annotations

from typing import Any

import pytest

from fblbench.cli import _overrides, build_parser, main, sweep_config
from fblbench.config import build_configs
from fblbench.protocols import PROTOCOLS, protocol_defaults


def _parse(argv: list[str]):  # type: ignore[no-untyped-def]
    args = build_parser().parse_args(argv)
    return build_parser((args.protocol, set(vars(args)))).parse_args(argv) if args.protocol else args


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
