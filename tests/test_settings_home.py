"""Settings have one home (issue 9): each default and help text lives in its dataclass
(DataConfig, TrainConfig, SweepConfig, CompareConfig) and the CLI's flags are built from it."""

from __future__ import annotations

import argparse
import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from fblbench.cli import compare_config, generators_table_config, main, sweep_config
from fblbench.cliflags import add_flags, flagged
from fblbench.cliparser import OVERRIDE_KEYS, build_parser
from fblbench.cliparser import overrides as _overrides
from fblbench.config import DataConfig, TrainConfig, build_configs, setting
from fblbench.tuning.settings import CompareConfig, SweepConfig

NEW = ["--val-fraction", "0.2", "--test-fraction", "0.1", "--no-channels-last"]


def _command(name: str, parser: argparse.ArgumentParser | None = None) -> argparse.ArgumentParser:
    parser = parser or build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return sub.choices[name]  # type: ignore[no-any-return]


def _actions(name: str, parser: argparse.ArgumentParser | None = None) -> dict[str, argparse.Action]:
    return {a.dest: a for a in _command(name, parser)._actions}


def _args(*argv: str) -> argparse.Namespace:
    """The parsed command line, as main() hands it to a command."""
    args = build_parser().parse_args(argv)
    args.command_line = "fblbench " + " ".join(argv)
    return args


def _field(cls: type, name: str) -> dataclasses.Field[Any]:
    return next(f for f in dataclasses.fields(cls) if f.name == name)


def _shown(f: dataclasses.Field[Any]) -> str:
    """What "(default: ...)" must start with for field ``f``."""
    if f.default is dataclasses.MISSING:  # a factory: the environment variable it reads
        return "(default: $FBLBENCH_"
    if f.default is None or f.default == ():
        return f"(default: {f.metadata['unset']}"
    return f"(default: {','.join(map(str, f.default)) if isinstance(f.default, tuple) else f.default}"


@pytest.mark.parametrize("command", ["run", "sweep", "generators-table"])
def test_every_data_and_training_setting_has_a_flag_showing_the_dataclass_default(command: str) -> None:
    actions = _actions(command)
    for cls in (DataConfig, TrainConfig):
        assert set(flagged(cls)) == {f.name for f in dataclasses.fields(cls)}  # every setting is user-settable
        for f in dataclasses.fields(cls):
            if f.name == "alpha" and command != "run":
                assert "alphas" in actions  # sweeps and tables take several levels
                continue
            action = actions[f.name]
            assert action.help and _shown(f) in action.help, (command, f.name, action.help)
            assert action.option_strings[0] == "--" + f.name.replace("_", "-")


def test_sweep_and_compare_flags_show_their_configs_defaults() -> None:
    for command, cls in (("sweep", SweepConfig), ("compare", CompareConfig)):
        actions = _actions(command)
        for name in flagged(cls):
            text = actions[name].help or ""
            assert _shown(_field(cls, name)) in text, (command, name, text)
    assert "(default: 5)" in (_actions("sweep")["pruner_warmup_rounds"].help or "")


def test_the_generators_table_help_shows_its_configs_defaults() -> None:
    from fblbench.tuning.generators_table import GeneratorsTableConfig

    text = _command("generators-table").format_help()
    for name in ("alphas", "fillers", "seeds"):
        value = _field(GeneratorsTableConfig, name).default
        shown = ",".join(map(str, value)) if isinstance(value, tuple) else str(value)
        assert f"(default: {shown})" in " ".join(text.split()), name


def test_a_changed_dataclass_default_changes_the_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_field(TrainConfig, "rounds"), "default", 33)
    monkeypatch.setattr(_field(DataConfig, "val_fraction"), "default", 0.15)
    monkeypatch.setattr(_field(DataConfig, "dataset"), "default", "cifar10")
    monkeypatch.setattr(_field(SweepConfig, "pruner_warmup_rounds"), "default", 7)
    monkeypatch.setattr(_field(CompareConfig, "seeds"), "default", 9)
    actions = _actions("run")
    assert "(default: 33;" in (actions["rounds"].help or "")
    assert "(default: 0.15)" in (actions["val_fraction"].help or "")
    assert build_parser().parse_args(["run"]).dataset == "cifar10"  # a default the CLI always reads
    assert "(default: 7)" in (_actions("sweep")["pruner_warmup_rounds"].help or "")
    assert "(default: 9)" in (_actions("compare")["seeds"].help or "")


def test_a_parser_built_from_another_dataclass_follows_it() -> None:
    @dataclass(frozen=True)
    class Toy:
        rounds: int = setting(7, "rounds", flags=("--r",))
        rate: float = setting(0.5, "a rate")
        fast: bool = setting(True, "go fast")
        names: tuple[str, ...] = setting(("a", "b"), "names")
        cap: int | None = setting(None, "a cap", unset="no cap")
        hidden: int = 3  # no help: no flag

    p = argparse.ArgumentParser()
    add_flags(p, Toy, flagged(Toy), keep=("rounds",))
    assert flagged(Toy) == ("rounds", "rate", "fast", "names", "cap")
    assert vars(p.parse_args([])) == {"rounds": 7, "rate": None, "fast": None, "names": None, "cap": None}
    got = p.parse_args(["--r", "2", "--rate", "0.25", "--no-fast", "--names", "x,y", "--cap", "4"])
    assert vars(got) == {"rounds": 2, "rate": 0.25, "fast": False, "names": ("x", "y"), "cap": 4}
    text = " ".join(p.format_help().split())
    for shown in ("rounds (default: 7)", "a rate (default: 0.5)", "go fast (default: True)",
                  "names (default: a,b)", "a cap (default: no cap)"):
        assert shown in text
    with pytest.raises(SystemExit):
        p.parse_args(["--rate", "nan"])


def test_override_keys_are_the_flagged_settings() -> None:
    every = set(flagged(DataConfig)) | set(flagged(TrainConfig))
    assert set(OVERRIDE_KEYS) == every - {"dataset", "partition", "alpha", "seed"}
    assert {"val_fraction", "test_fraction", "channels_last"} <= set(OVERRIDE_KEYS)
    for command in ("run", "sweep", "generators-table"):
        args = build_parser().parse_args([command])
        assert all(getattr(args, k) is None for k in OVERRIDE_KEYS)  # not given: the budget or dataclass decides
        assert _overrides(args) == {}


def test_the_new_flags_reach_the_configs() -> None:
    args = build_parser().parse_args(["run", *NEW])
    data, train = build_configs(args.budget, dataset=args.dataset, partition=args.partition, alpha=args.alpha,
                                seed=args.seed, **_overrides(args))
    assert (data.val_fraction, data.test_fraction, train.channels_last) == (0.2, 0.1, False)
    data, train = sweep_config(build_parser().parse_args(["sweep", *NEW])).configs(0.1)
    assert (data.val_fraction, data.test_fraction, train.channels_last) == (0.2, 0.1, False)
    table = generators_table_config(_args("generators-table", *NEW))
    assert (table.overrides["val_fraction"], table.overrides["channels_last"]) == (0.2, False)
    assert build_parser().parse_args(["run", "--channels-last"]).channels_last is True
    data, train = build_configs()
    assert (data.val_fraction, data.test_fraction, train.channels_last) == (0.1, 0.2, True)


def test_old_spellings_still_work() -> None:
    run = build_parser().parse_args(["run", "--clients", "5", "--alpha", "0.3", "--download"])
    assert (run.num_clients, run.alpha, run.download) == (5, 0.3, True)
    sweep = build_parser().parse_args(["sweep", "--method", "fedavg,fedprox", "--alpha", "0.1,0.5",
                                       "--pruner-warmup", "3", "--pruner-startup", "2", "--trials", "4"])
    cfg = sweep_config(sweep)
    assert (cfg.methods, cfg.alphas, cfg.pruner_warmup_rounds, cfg.pruner_startup_trials, cfg.trials) == (
        ("fedavg", "fedprox"), (0.1, 0.5), 3, 2, 4)
    cmp = compare_config(_args("compare", "--method", "fedavg", "--seeds", "2", "--allow-unequal-effort"))
    assert (cmp.methods, cmp.seeds, cmp.allow_unequal_effort) == (("fedavg",), 2, True)


def test_commands_without_flags_build_the_dataclass_defaults() -> None:
    sweep, default = sweep_config(build_parser().parse_args(["sweep"])), SweepConfig()
    for f in dataclasses.fields(SweepConfig):
        assert getattr(sweep, f.name) == getattr(default, f.name), f.name
    cmp = compare_config(_args("compare"))
    default_cmp = CompareConfig(dataset=DataConfig().dataset, partition=DataConfig().partition_tag())
    for f in dataclasses.fields(CompareConfig):
        if f.name not in ("local", "command"):  # this machine's settings and the command line
            assert getattr(cmp, f.name) == getattr(default_cmp, f.name), f.name
    from fblbench.tuning.generators_table import GeneratorsTableConfig

    table, default_table = generators_table_config(_args("generators-table")), GeneratorsTableConfig()
    for f in dataclasses.fields(GeneratorsTableConfig):
        if f.name not in ("overrides", "command"):
            assert getattr(table, f.name) == getattr(default_table, f.name), f.name


def test_the_budget_still_sets_what_no_flag_gives() -> None:
    args = build_parser().parse_args(["run", "--budget", "smoke", "--rounds", "3"])
    data, train = build_configs(args.budget, dataset=args.dataset, partition=args.partition, alpha=args.alpha,
                                seed=args.seed, **_overrides(args))
    assert (train.rounds, data.resolution, data.num_clients, data.val_fraction) == (3, 16, 4, 0.1)
    smoke = sweep_config(build_parser().parse_args(["sweep", "--budget", "smoke"]))
    assert (smoke.trials, smoke.n_jobs) == (3, 1)


@pytest.mark.parametrize(("flag", "text"), [("--trials", "error: --trials must be >= 1, but got 0"),
                                            ("--n-jobs", "error: --n-jobs must be >= 1, but got 0")])
def test_zero_trials_or_workers_is_refused_not_the_budgets(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                           flag: str, text: str) -> None:
    assert main(["sweep", flag, "0", "--budget", "smoke", "--runs-dir", str(tmp_path / "runs")]) == 2
    assert text in capsys.readouterr().err


@pytest.mark.parametrize("argv", [
    ["run", "--val-fraction", "0.7", "--test-fraction", "0.4", "--no-mlflow"],
    ["sweep", "--val-fraction", "1.5", "--quiet"],
])
def test_bad_fractions_fail_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                        argv: list[str]) -> None:
    runs = tmp_path / "runs"
    assert main([*argv, "--budget", "smoke", "--data-dir", str(tmp_path / "none"), "--runs-dir", str(runs)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    (line,) = [ln for ln in err.splitlines() if ln.startswith("error:")]
    assert "val_fraction and test_fraction must lie in (0, 1) and sum to < 1" in line
    assert not (runs / "optuna.db").exists()


def test_choices_with_commas_are_shown_apart() -> None:
    """argparse writes choices as {a,b,c}: "accuracy,synthetic" would read as two choices there."""
    for command in ("sweep", "compare"):
        text = " ".join(_command(command).format_help().split())
        assert "{accuracy | accuracy,synthetic | accuracy,cost}" in text, command
        assert "{accuracy,accuracy,synthetic" not in text, command
    assert _args("sweep", "--objective", "accuracy,cost").objective == "accuracy,cost"  # still parsed whole
