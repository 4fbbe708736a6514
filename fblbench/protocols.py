"""Named protocols: ``--protocol NAME`` sets a documented group of settings at once.

A protocol is a budget preset plus the dataset, the partition and the training recipe of a
published or measured setting. Its values become the command's defaults, so any flag given
on the command line still wins (and the command line, recorded with every table, shows it).

- ``niid-bench``: NIID-Bench's CIFAR-10 setting (Li et al., ICDE 2022, Table 3): simple CNN,
  10 clients, Dirichlet 0.5, every client every round, 50 rounds x 10 local epochs, batch
  64, SGD lr 0.01 momentum 0.9 weight decay 1e-5, random crop (pad 4) + horizontal flip,
  32 px. NIID-Bench trains on all 50,000 training images; here 10% of them are the
  validation split every fblbench study selects on, and there is no public pool (no FBL
  filler in this protocol). One run took 62-78 min on one CPU core with 1 thread (FedAvg,
  FedProx, SCAFFOLD and FedNova, seeds 0-2, the other core busy too; not a benchmark:
  ``leaderboards/niid_bench_cifar10/``); many seeds want a GPU or more cores.
- ``eurosat-2core`` / ``cifar10-2core``: FBL's two datasets on a 2-core CPU, 32 px,
  a stratified 5,000-image training pool (10% of it the public pool), 10 clients,
  Dirichlet 0.1 and 0.5, 100 rounds x 2 local epochs, lr 0.01 with cosine decay,
  crop + flip; one run takes 3-6 CPU-minutes. FedAvg's validation accuracy is flat over
  the last 5 rounds at both levels (``leaderboards/fbl_generators_*.md``), but that is the
  cosine schedule's doing: the budget has NOT converged. Stretched over 200 rounds, FedAvg
  on EuroSAT ends 8.4 points higher at Dirichlet 0.1, 5.5 at 0.5 and 13.2 with 2-class
  shards (seed 0, ``leaderboards/budget_check_eurosat.md``). Tables on these protocols rank
  methods at a fixed budget of 100 rounds x 2 epochs, not at convergence
  (``compare --budget-check 2`` says so in the table). No longer protocol converges at
  Dirichlet 0.1 on 2 cores either: FedAvg still gains 2.4 points from 800 to 1,600 rounds
  (1 local epoch), and a 1,600-round run takes ~33 CPU-minutes. The ``*-niid-recipe``
  protocols (after the next entry) level off within 100 rounds instead, at a lower accuracy.
- ``eurosat-2core-800``: the ``eurosat-2core`` protocol at Dirichlet 0.1 with its cosine spread
  over 800 rounds (x 2 local epochs), added 2026-12-07 as the CPU path to a converged
  Dirichlet 0.1 table (the recipe below still rises at 400 rounds). Chosen from FedAvg's
  doubling gains on seed 0 (``leaderboards/budget_check_eurosat.md``): +8.4, +4.5 and +1.8
  test points from 100 to 200, 400 and 800 rounds, each gain about half the last or less, so 800 ->
  1,600 is expected near the one-point threshold of ``compare --budget-check 2``, which every
  table on it runs (FedAvg at 1,600 rounds, every seed) and which says whether it has
  converged. Per image trained this beats both 1 local epoch (the same cost) and the
  10-epoch recipe (0.774 test at 800 x 2 against 0.676 at 300 x 10, which trains 1.9x the images).
  Measured on 2026-12-07 (AMD EPYC): **it has not converged**: FedAvg gains +0.4, +1.8 and +2.2
  test points at 1,600 rounds on seeds 0, 1 and 2 (mean +1.44 against the one-point threshold).
  One run takes 26-29 min on one core with 1 thread, a 1,600-round one 48-54 (two runs side by
  side, not a benchmark). Kept for its partial table; superseded by the next entry.
- ``eurosat-2core-1600``: the same with the cosine spread over 1,600 rounds, added 2026-12-07
  when the 800-round check failed (mean gain +1.44; seed 0 gained +8.4, +4.5, +1.8 and +0.4
  from 100 to 1,600 rounds). Its tables run ``compare --budget-check 2`` too (FedAvg at 3,200
  rounds), which says whether it has converged. One run takes 47-52 min on one core with 1
  thread (FedAvg; FBL 61), a 3,200-round check run 87, two runs side by side on an AMD EPYC (not
  a benchmark). Measured on 2026-12-08: FedAvg gains +0.83 and +1.30 test points at 3,200 rounds
  on seeds 0 and 1 (mean +1.06 against the threshold); seed 2's check decides.
- ``eurosat-niid-recipe`` / ``cifar10-niid-recipe``: NIID-Bench's training recipe (10 local
  epochs, batch 64, SGD lr 0.01 momentum 0.9 weight decay 1e-5, constant lr, crop + flip,
  every client every round) on the 2-core data (32 px, 5,000 stratified images, 10% public
  pool, 10 clients), 200 rounds, Dirichlet 0.5 and 0.1. Under
  the constant lr the curve settles where the clients' drift balances their progress, as in
  NIID-Bench's own table. Sized by FedAvg probes, seed 0, 200 rounds, 1 thread
  (``fblbench run --protocol eurosat-niid-recipe --rounds 200 --method fedavg --seed 0
  --threads 1 --no-mlflow`` plus the level, logs in ``leaderboards/niid-recipe-probes/``;
  validation means over 20-round windows):
  EuroSAT Dirichlet 0.5 is level by ~round 60 (0.711, 0.718, 0.724 over rounds 41-100, an
  earlier 100-round run on another machine);
  **Dirichlet 0.1 is not level at 100 rounds** (0.541, 0.562, 0.583 over rounds 41-100; last-20
  Theil-Sen slope +0.0036) and is from ~round 140 (0.636, 0.643, 0.641 over rounds 141-200,
  slope +0.00003; test 0.603 at round 100, 0.649 at 200): hence 200 rounds. **With the clip (below),
  EuroSAT Dirichlet 0.1 runs 300 rounds** (since 2026-12-05): FedAvg seeds 0 and 1 still gained
  1.5-2 validation points after round 200 (20-round means 0.650 / 0.652 / 0.653 / 0.657 / 0.655
  and 0.645 / 0.640 / 0.650 / 0.664 / 0.646 over rounds 201-300; test 0.646 -> 0.676 and 0.631 ->
  0.632 from round 200 to 300; ``eurosat_dir01_clip_seed{0,1}_r300.log``), level over the last
  60-100 of the 300. The 3-seed table at 300 rounds (``leaderboards/eurosat-niid-recipe/eurosat-dir0.1.md``)
  has FedAvg's last-60 slope flat but its validation curve +2.9 points over rounds 151-300 (most
  of it before round ~240), which the convergence guard flags. **400 rounds do not level it either** (probe, seed 0,
  ``leaderboards/niid-recipe-probes/eurosat_dir01_clip_seed0_r400.md``; its first 300 rounds are the
  table's run, bit for bit): validation means 0.651 / 0.655 / 0.660 / 0.667 / 0.670 over rounds
  201-400 (guard gain +1.9), test means 0.670 over rounds 281-300 and 0.685 over 381-400: FedAvg
  creeps ~1-1.5 points per 100 rounds. So the level keeps 300 rounds (400 costs a third more and
  is flagged all the same) and does not rank on 2 cores: it needs several hundred more rounds
  (a GPU: ~2.6 min per 200 batched rounds on an H200) or a protocol that ends on a decaying lr. A protocol's per-level values (``Protocol.by_level``) apply at that level
  only, and a flag given still wins (``--rounds 200`` reproduces the earlier tables). FBL at Dirichlet
  0.5 (flagged still rising at 100 in the 3-seed table) creeps on slowly (seed 0: 0.738 over
  rounds 81-100, 0.752 over 181-200, slope +0.00005 at 200; test 0.775 -> 0.779). CIFAR-10
  Dirichlet 0.5 is level from ~round 40 (0.509, 0.508, 0.507, 0.510 ... 0.508 over rounds
  41-200; test 0.499 at rounds 100 and 200), Dirichlet 0.1 from ~round 60 (0.463, 0.456,
  0.461, 0.462, 0.466, 0.465, 0.464 over rounds 61-200; test 0.462 at 100, 0.469 at 200).
  **2-class shards do not level within 200
  rounds** (EuroSAT: 0.440, 0.445, 0.484, 0.469, 0.492, 0.502 over rounds 81-200, test swinging
  0.37-0.57 from round to round): not a level of this protocol. Fewer local epochs train
  shards much better at the same cost (2 epochs x 1,000 rounds, 2,000 client-epochs like 10 x
  200: test 0.42 / 0.54 / 0.63 / 0.60 / 0.65 at rounds 100 / 200 / 500 / 700 / 1,000,
  100-round validation means still rising ~1.5 points each from round 600 to 1,000; log
  ``eurosat_shards2_e2_r1000.log``), but no shards setting tried so far levels off on 2 cores.
  **Each local step's gradient is clipped to norm 10** (torch's ``clip_grad_norm_``, every
  method alike; FedDyn's reference code clips at 10 for every method too), added 2026-12-04:
  without it FedAvg at EuroSAT Dirichlet 0.1 diverged on 2 of 3 seeds (the training loss became
  non-finite at round 34 on seed 1 and round 115 on seed 2, the same rounds when trained again;
  ``leaderboards/eurosat-niid-recipe/before-clip/eurosat-dir0.1.md``) and SCAFFOLD at Dirichlet
  0.5 on seed 0 (round 11). The one looked into is a small client blowing up within one round:
  on seed 1, client 0 (136 images, 3 steps an epoch) went from weight norm 12 to 281,234 in
  round 33's 30 steps (gradient norm 2.8e7; healthy steps 4-60), and the average carried it
  (``leaderboards/niid-recipe-probes/eurosat_dir01_seed1_blowup.log``). A lower lr only delays
  it (seed 2 at lr 0.005 blew up at round 105, client 5: ``eurosat_dir01_seed2_lr0.005.log``); 5
  local epochs avoided both blow-ups (seed 1 over 300 rounds, seed 2 over 204,
  ``eurosat_dir01_seed{1,2}_e5_r300.log``) but leave the recipe (seed 1's 20-round validation
  means: 0.59-0.63 over rounds 161-300, against 0.64 for seed 0 at 10 epochs from round ~141,
  another seed); with the clip, seed 1 trains through round 45
  (``eurosat_dir01_seed1_clip10.log``). The probes above ran without the clip:
  ``--clip-grad-norm 0`` reproduces them and the tables made before it. Each level is the
  recipe's converged accuracy, below what a long cosine run reaches (EuroSAT Dirichlet 0.5: 0.78
  after 400 rounds x 2 epochs). The tables made at 100 rounds before 2026-12-04
  (``leaderboards/eurosat-niid-recipe/before-clip/eurosat-dir0.5.md``) are reproduced with
  ``--rounds 100``. A 200-round run takes ~30 min on one core with 1 thread (8-12 s a round, seen
  beside other jobs); on an H200, a round's clients batched, ~2.6 min of training
  (``benchmarks/results/gpu_session_2026-12-04.md``).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fblbench.config import DataConfig, TrainConfig


@dataclass(frozen=True)
class Protocol:
    name: str
    about: str
    # CLI destinations -> values (``resolution`` 0 = native). ``alphas`` is the list of
    # Dirichlet levels: commands taking one level (run) use the first.
    values: dict[str, Any] = field(default_factory=dict)
    # Values that differ at one heterogeneity level: partition tag (``dir0.1``) -> training
    # settings laid over ``values`` at that level only (flags given still win).
    by_level: dict[str, dict[str, Any]] = field(default_factory=dict)


_TWO_CORE: dict[str, Any] = {
    "budget": "cpu", "partition": "dirichlet", "alphas": (0.1, 0.5), "resolution": 32,
    "max_train": 5000, "num_clients": 10, "rounds": 100, "local_epochs": 2, "lr": 0.01,
    "lr_schedule": "cosine", "augment": "crop_flip", "model": "simple_cnn",
}

# NIID-Bench's recipe on the 2-core data (the two *-niid-recipe protocols), each local step's
# gradient clipped to norm 10 (see the module's docstring).
_RECIPE: dict[str, Any] = {
    **_TWO_CORE, "alphas": (0.5, 0.1), "participation": 1.0, "rounds": 200, "local_epochs": 10, "batch_size": 64,
    "momentum": 0.9, "weight_decay": 1e-5, "lr_schedule": "constant", "clip_grad_norm": 10.0,
}


def _eurosat_2core_long(rounds: int) -> Protocol:
    """``eurosat-2core`` at Dirichlet 0.1 with its cosine spread over ``rounds`` (the docstring's
    ``eurosat-2core-<rounds>`` entries); their tables check the budget at twice the rounds."""
    return Protocol(
        f"eurosat-2core-{rounds}",
        f"eurosat-2core at Dirichlet 0.1 with the cosine lr spread over {rounds:,} rounds x 2 epochs (tables check "
        f"the budget at {2 * rounds:,}: compare --budget-check 2)",
        {**_TWO_CORE, "dataset": "eurosat", "alphas": (0.1,), "rounds": rounds},
    )


PROTOCOLS: dict[str, Protocol] = {
    "niid-bench": Protocol(
        "niid-bench",
        "NIID-Bench CIFAR-10: simple CNN, 10 clients, Dirichlet 0.5, 50 rounds x 10 epochs, batch 64, "
        "SGD 0.01 m0.9 wd1e-5, crop+flip",
        {"budget": "cpu", "dataset": "cifar10", "partition": "dirichlet", "alphas": (0.5,), "resolution": 0,
         "public_fraction": 0.0, "num_clients": 10, "participation": 1.0, "rounds": 50,
         "local_epochs": 10, "batch_size": 64, "lr": 0.01, "momentum": 0.9, "weight_decay": 1e-5,
         "lr_schedule": "constant", "augment": "crop_flip", "model": "simple_cnn"},
    ),
    "eurosat-2core": Protocol(
        "eurosat-2core",
        "EuroSAT on 2 CPU cores: 32 px, 5,000 stratified images, Dirichlet 0.1/0.5, 100 rounds x 2 epochs, "
        "cosine lr 0.01, crop+flip",
        {**_TWO_CORE, "dataset": "eurosat"},
    ),
    "cifar10-2core": Protocol(
        "cifar10-2core",
        "CIFAR-10 on 2 CPU cores: 32 px, 5,000 stratified images, Dirichlet 0.1/0.5, 100 rounds x 2 epochs, "
        "cosine lr 0.01, crop+flip",
        {**_TWO_CORE, "dataset": "cifar10"},
    ),
    "eurosat-2core-800": _eurosat_2core_long(800),
    "eurosat-2core-1600": _eurosat_2core_long(1600),
    "eurosat-niid-recipe": Protocol(
        "eurosat-niid-recipe",
        "EuroSAT, 32 px, 5,000 stratified images, Dirichlet 0.5/0.1, NIID-Bench's recipe: 200 rounds (300 at "
        "Dirichlet 0.1) x 10 epochs, batch 64, SGD 0.01 m0.9 wd1e-5 constant, crop+flip; gradient norm clipped at 10",
        {**_RECIPE, "dataset": "eurosat"},
        {"dir0.1": {"rounds": 300}},  # FedAvg still gains 1.5-2 points after round 200 there (docstring)
    ),
    "cifar10-niid-recipe": Protocol(
        "cifar10-niid-recipe",
        "CIFAR-10, 32 px, 5,000 stratified images, Dirichlet 0.5/0.1, NIID-Bench's recipe: 200 rounds x 10 epochs, "
        "batch 64, SGD 0.01 m0.9 wd1e-5 constant, crop+flip; gradient norm clipped at 10",
        {**_RECIPE, "dataset": "cifar10"},
    ),
}


def protocol_defaults(name: str, dests: set[str]) -> dict[str, Any]:
    """The protocol's values for a command whose arguments are ``dests``."""
    out: dict[str, Any] = {}
    for key, value in PROTOCOLS[name].values.items():
        if key == "alphas":
            if "alphas" in dests:
                out["alphas"] = tuple(value)
            elif "alpha" in dests:
                out["alpha"] = value[0]
        elif key in dests:
            out[key] = value
    return out


def level_values(name: str, given: set[str]) -> dict[str, dict[str, Any]]:
    """The protocol's per-level values, less the settings the command line gives (``given``)."""
    out = {tag: {k: v for k, v in values.items() if k not in given}
           for tag, values in PROTOCOLS[name].by_level.items()}
    return {tag: values for tag, values in out.items() if values}


def protocol_configs(name: str, partition: str, alpha: float, classes_per_client: int) -> tuple[DataConfig, TrainConfig]:
    """The data and training settings ``sweep --protocol NAME`` trains at one heterogeneity level
    (the level's own values laid over the others), before any flag: what a table that names the
    protocol is held to (``compare --protocol``)."""
    from fblbench import config

    dests = {f.name for cls in (config.DataConfig, config.TrainConfig) for f in dataclasses.fields(cls)}
    values = protocol_defaults(name, dests | {"budget"})
    budget = values.pop("budget", config.DEFAULT_BUDGET)
    values.update(partition=partition, alpha=alpha, classes_per_client=classes_per_client)
    return config.build_configs(budget, by_level=PROTOCOLS[name].by_level, **values)


__all__ = ["PROTOCOLS", "Protocol", "level_values", "protocol_configs", "protocol_defaults"]
