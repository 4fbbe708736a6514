"""MLflow tracking overhead per sweep trial, measured against the same trials untracked.

N tiny federated trials (toy 16 px images, 4 clients, ``--rounds`` rounds, the real engine)
run three ways in this one process, interleaved trial by trial:

* untracked: training only;
* tracked (now): what a sweep trial logs -- a nested run, every resolved parameter, the
  metrics of every round, the summary, tags, the accuracy curve, the round table, end;
* tracked (before): as the sweep logged before: a database write per round (now they
  are buffered and written every few seconds) and the partition heatmap redrawn for
  every trial (now drawn once per study, on the parent run).

Per trial it prints the median wall and CPU seconds of each way and the differences
(the tracking overhead), and once per process the cost of importing MLflow and opening
the SQLite store (which a sweep now pays once per worker, not per trial).

    python benchmarks/tracking_overhead.py              # 8 trials x 20 rounds, ~1 min
    python benchmarks/tracking_overhead.py --trials 4
"""

from __future__ import annotations

import argparse
import functools
import os
import platform
import resource
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _timed(fn: Callable[[], object]) -> tuple[float, float]:
    w0, c0 = time.perf_counter(), _cpu()
    fn()
    return time.perf_counter() - w0, _cpu() - c0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--trials", type=int, default=8, help="trials per way (default 8)")
    ap.add_argument("--rounds", type=int, default=20, help="rounds per trial (default 20, the cpu budget's)")
    ap.add_argument("--threads", type=int, default=1, help="torch threads (default 1)")
    args = ap.parse_args()

    import numpy as np
    import torch

    from fblbench.config import DataConfig, TrainConfig, to_flat_dict
    from fblbench.data.partition import dirichlet
    from fblbench.engine.loop import RoundReport, federation_from_splits, run_federated
    from fblbench.method import FedAvg
    from fblbench.testing import toy_splits

    torch.set_num_threads(args.threads)
    splits = toy_splits(n_train=240, n_eval=60, seed=0, num_classes=4, res=16)
    data_cfg = DataConfig(dataset="imagefolder", num_clients=4, alpha=0.5, min_client_size=5)
    train_cfg = TrainConfig(rounds=args.rounds, local_epochs=1, batch_size=16, lr=0.05, device="cpu",
                            threads=args.threads)
    parts = dirichlet(splits.train_y.numpy(), 4, 0.5, np.random.default_rng(0), min_size=5)
    fed = federation_from_splits(splits, parts, data_cfg, train_cfg)
    method = FedAvg.from_dict({})
    params = {**to_flat_dict(data_cfg, train_cfg, prefix=True), "method.name": "fedavg"}

    w_open, c_open = _timed(lambda: __import__("fblbench.tracking.mlflow_log"))
    from fblbench.tracking.mlflow_log import TAG_KIND, TAG_STATE, Tracker, sqlite_uri
    from fblbench.tuning.objective import log_run_artifacts

    root = Path(tempfile.mkdtemp(prefix="fblbench-tracking-"))
    holder: dict[str, Tracker] = {}

    def open_store() -> None:
        import mlflow  # noqa: F401  (the import is part of the once-per-process cost)

        holder["t"] = Tracker(sqlite_uri(root / "mlflow.db"), root / "mlartifacts")
        holder["t"].check()

    w2, c2 = _timed(open_store)
    w_open, c_open = w_open + w2, c_open + c2
    tracker = holder["t"]
    exp = tracker.experiment("fblbench/overhead")
    parent = tracker.parent_run(exp, "overhead", {})

    def trial(n: int, tracked: bool, before: bool) -> None:
        run = None
        if tracked:
            run = tracker.start_run(exp, f"trial-{n}", {TAG_KIND: "trial"}, parent=parent.run_id)
            run.log_params(params)
        reports: list[RoundReport] = []
        callbacks: list[Callable[[RoundReport], None]] = [reports.append]
        if run is not None:
            callbacks.append(run.log_round)
            if before:
                log = run

                def write_now(_: RoundReport) -> None:
                    log.flush()

                callbacks.append(write_now)
        run_federated(fed, train_cfg, method, callbacks=callbacks)
        if run is not None:
            run.log_metrics({"trial_seconds": 1.0, "final_val_acc": reports[-1].val_acc,
                             "best_val_acc": max(r.val_acc for r in reports)})
            run.set_tags({TAG_STATE: "complete"})
            log_run_artifacts(run, reports, fed, method, "overhead", heatmap=before)
            run.end()

    ways = {"untracked": (False, False), "tracked (now)": (True, False), "tracked (before)": (True, True)}
    trial(-1, True, True)  # warm-up: kernels, matplotlib's first figure, the store's first writes
    times: dict[str, list[tuple[float, float]]] = {k: [] for k in ways}
    for n in range(args.trials):
        for name, (tracked, before) in ways.items():
            times[name].append(_timed(functools.partial(trial, n, tracked, before)))

    med = {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v)) for k, v in times.items()}
    print(f"{platform.machine()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}; python "
          f"{platform.python_version()}; torch {torch.__version__}; {args.threads} thread(s); "
          f"{args.trials} trials x {args.rounds} rounds per way")
    print(f"once per process: import MLflow + open the SQLite store: {w_open:.2f} s wall, {c_open:.2f} CPU-s")
    print(f"{'per trial':18s} {'wall-s':>7s} {'CPU-s':>7s} {'overhead wall':>14s} {'overhead CPU':>13s}")
    base_w, base_c = med["untracked"]
    for name, (w, c) in med.items():
        print(f"{name:18s} {w:7.3f} {c:7.3f} {w - base_w:+13.3f}s {c - base_c:+12.3f}s")
    print(f"tracking overhead per trial, now / before: wall "
          f"{(med['tracked (now)'][0] - base_w) / max(1e-9, med['tracked (before)'][0] - base_w):.2f}x")


if __name__ == "__main__":
    main()
