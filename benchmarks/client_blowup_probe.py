"""Which client blows up, and how: per client and round, its local loss, its weight norm before
and after local training and its largest gradient norm (before any clipping), from round
FROM_ROUND on, for FedAvg on a protocol (default eurosat-niid-recipe at Dirichlet 0.1).

    python benchmarks/client_blowup_probe.py --seed 1 --lr 0.01 --clip-grad-norm 0 --from-round 31
    python benchmarks/client_blowup_probe.py --seed 1 --clip-grad-norm 10 --rounds 45 --from-round 31

A diagnostic, not a benchmark: it prints what it sees and stops where the run diverges.
"""

from __future__ import annotations

import argparse
import math
import sys
from typing import Any

from fblbench.cliparser import overrides, parse_args
from fblbench.config import build_configs
from fblbench.engine import client as engine_client
from fblbench.engine.loop import RoundReport, build_federation, run_federated
from fblbench.registry import get_method


def _norm(tensors: Any) -> float:
    return math.sqrt(sum(float(t.detach().pow(2).sum()) for t in tensors))


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--protocol", default="eurosat-niid-recipe")
    p.add_argument("--alpha", default="0.1")
    p.add_argument("--seed", default="1")
    p.add_argument("--lr", default="0.01")
    p.add_argument("--clip-grad-norm", default="0")
    p.add_argument("--rounds", help="default: the protocol's")
    p.add_argument("--from-round", type=int, default=1, help="first round to report per client")
    a = p.parse_args()
    argv = ["run", "--protocol", a.protocol, "--alpha", a.alpha, "--seed", a.seed, "--lr", a.lr,
            "--clip-grad-norm", a.clip_grad_norm, "--threads", "1", *(["--rounds", a.rounds] if a.rounds else [])]
    args = parse_args(argv)  # the protocol's values, at this level, as `fblbench run` reads them
    data_cfg, train_cfg = build_configs(args.budget, dataset=args.dataset, partition=args.partition,
                                        alpha=args.alpha, seed=args.seed, **overrides(args))
    print(f"# fblbench {' '.join(argv)}  (fedavg, 1 thread)", flush=True)
    fed = build_federation(data_cfg, train_cfg)
    print("client sizes:", [len(c) for c in fed.clients])
    print("histograms (client x class):\n", fed.histograms)
    train = engine_client.ClientContext.train

    def watched(self: Any, *args: Any, **kw: Any) -> Any:
        if self.round_idx + 1 < a.from_round:
            return train(self, *args, **kw)
        model, seen = self.model, {"steps": 0, "max_grad": 0.0}
        before = _norm(model.parameters())
        inner = kw.pop("after_backward", None)

        def after_backward() -> None:  # the gradient the optimizer sees, before the clip
            if inner is not None:
                inner()
            grad = _norm(q.grad for q in model.parameters() if q.grad is not None)
            seen["max_grad"], seen["steps"] = max(seen["max_grad"], grad), seen["steps"] + 1

        head = f"r{self.round_idx + 1} c{self.client_id} n={len(self.data)}"
        try:
            result = train(self, *args, after_backward=after_backward, **kw)
        except Exception as e:
            print(f"{head} DIVERGED |w| {before:.1f}->{_norm(model.parameters())} max|g|={seen['max_grad']:.2f} "
                  f"after {seen['steps']} steps: {e}", flush=True)
            raise
        print(f"{head} loss={result.mean_loss:.4f} |w| {before:.1f}->{_norm(model.parameters()):.1f} "
              f"max|g|={seen['max_grad']:.2f} steps={seen['steps']}", flush=True)
        return result

    engine_client.ClientContext.train = watched  # type: ignore[method-assign]

    def show(r: RoundReport) -> None:
        print(f"round {r.round} val {r.val_acc:.4f}", flush=True)

    run_federated(fed, train_cfg, get_method("fedavg").from_dict({}), callbacks=[show])
    return 0


if __name__ == "__main__":
    sys.exit(main())
