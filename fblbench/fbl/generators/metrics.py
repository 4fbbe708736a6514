"""How good a filler is: classification accuracy score (CAS, the main figure), the oracle
gap of a run, and class fidelity (secondary).

* **CAS** (Ravuri & Vinyals 2019): a SimpleCNN trained from scratch on ``n`` generated
  images per class, tested on the real test split; read next to the same with ``n`` real
  public images per class (``generator_cas_real``). Structureless colour blobs that a
  real-data classifier happens to label right score low here, unlike fidelity.
* **oracle gap** of a run: (FBL+generator - FedAvg) / (FBL+real - FedAvg), the share of
  the perfect filler's gain over FedAvg that the generator recovers.
* **class fidelity**: how often a classifier trained on the real training data assigns
  generated images their intended class (secondary: it scored blobs at 0.61 vs 0.64 real).

Every trained classifier is cached under ``<cache_dir>/fidelity`` / ``<cache_dir>/cas``
by a sha256 of its data and settings.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import TYPE_CHECKING

import torch
import torch.nn.functional as F

from fblbench.fbl.generators.base import PublicPool
from fblbench.fbl.generators.util import (
    atomic_save,
    digest,
    load_cached,
    seed_of,
    tensor_sha,
)
from fblbench.models import FLModel, build_model
from fblbench.runtime import atomic_write_text

if TYPE_CHECKING:
    from fblbench.engine.loop import Federation

CODE_VERSION = 1
FIDELITY_EPOCHS = 10
CLF_BATCH = 64
CLF_LR = 0.01  # SGD with momentum 0.9, as the engine's default local training
# CAS: epochs over the n x C training images (the same for generated and real images).
CAS_EPOCHS = 30


def oracle_gap(acc_generator: float, acc_fedavg: float, acc_real: float) -> float:
    """(FBL+generator - FedAvg) / (FBL+real - FedAvg); NaN when FBL+real does not beat FedAvg."""
    gain = acc_real - acc_fedavg
    if not (math.isfinite(gain) and gain > 0 and math.isfinite(acc_generator)):
        return float("nan")
    return (acc_generator - acc_fedavg) / gain


def _classifier_input(fed: Federation, x_uint8: torch.Tensor) -> torch.Tensor:
    x = fed.normalize(x_uint8)
    if x.shape[-1] < 16:  # SimpleCNN needs 16 px
        x = F.interpolate(x, size=(16, 16), mode="bilinear", align_corners=False)
    return x


def _train_classifier(
    fed: Federation, x: torch.Tensor, y: torch.Tensor, epochs: int, seed_name: str
) -> FLModel:
    """A seeded SimpleCNN trained on uint8 ``x`` (random flips), in eval mode."""
    res = max(16, int(x.shape[-1]))
    model = build_model("simple_cnn", fed.num_classes, res, seed_of(seed_name, "init")).to(fed.device)
    opt = torch.optim.SGD(model.parameters(), lr=CLF_LR, momentum=0.9, weight_decay=5e-4)
    g = torch.Generator().manual_seed(seed_of(seed_name, "train"))
    n = len(y)
    model.train()
    for _ in range(epochs):
        perm = torch.randperm(n, generator=g)
        for s in range(0, n, CLF_BATCH):
            idx = perm[s : s + CLF_BATCH]
            xb = _classifier_input(fed, x[idx])
            flip = (torch.rand(len(idx), generator=g) < 0.5).to(xb.device)
            xb = torch.where(flip.view(-1, 1, 1, 1), xb.flip(-1), xb)
            loss = F.cross_entropy(model(xb), y[idx].to(xb.device))
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
    model.eval()
    return model


@torch.no_grad()
def accuracy(fed: Federation, model: FLModel, x_uint8: torch.Tensor, y: torch.Tensor) -> float:
    """Top-1 accuracy of ``model`` on uint8 images; NaN for none."""
    if len(y) == 0:
        return float("nan")
    model.eval()
    correct = 0
    for s in range(0, len(y), 1024):
        logits = model(_classifier_input(fed, x_uint8[s : s + 1024]))
        correct += int((logits.argmax(1).cpu() == y[s : s + 1024].cpu()).sum())
    return correct / len(y)


def classification_accuracy_score(
    fed: Federation, x: torch.Tensor, y: torch.Tensor, cache_dir: Path, epochs: int = CAS_EPOCHS
) -> float:
    """Real-test accuracy of a SimpleCNN trained on uint8 images ``x`` with labels ``y``
    (generated or real); cached by a sha256 of the images, the test split and the settings."""
    sp = fed.splits
    key = digest(
        {
            "what": "fblbench cas",
            "code_version": CODE_VERSION,
            "train_sha256": tensor_sha(x, y),
            "test_sha256": tensor_sha(sp.test_x, sp.test_y),
            "mean_std": [list(sp.mean), list(sp.std)],
            "settings": [epochs, CLF_BATCH, CLF_LR, fed.num_classes],
        }
    )
    path = Path(cache_dir) / "cas" / f"{key}.json"
    try:
        return float(json.loads(path.read_text())["cas"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    model = _train_classifier(fed, x, y, epochs, f"cas-{key}")
    score = accuracy(fed, model, sp.test_x, sp.test_y)
    atomic_write_text(json.dumps({"cas": score}), path)
    return score


def public_subset(public: PublicPool, num_classes: int, per_class: int) -> PublicPool:
    """The first ``per_class`` public images of every class (the pool is already shuffled
    by the split's seed, stored sorted by index)."""
    x, y = public
    idx = torch.cat([torch.nonzero(y == c).flatten()[:per_class] for c in range(num_classes)])
    return x[idx], y[idx]


def generator_scores(fed: Federation, pool: torch.Tensor, public: PublicPool, cache_dir: Path) -> dict[str, float]:
    """CAS of a per-class pool (uint8 [C, P, 3, H, W]) next to the CAS of as many real public
    images per class, plus class fidelity: the metrics logged with every generator."""
    c = fed.num_classes
    per_class = min(int(pool.shape[1]), min(int((public[1] == k).sum()) for k in range(c)))
    gen_x = pool[:, :per_class].flatten(0, 1)
    gen_y = torch.arange(c).repeat_interleave(per_class)
    real_x, real_y = public_subset(public, c, per_class)
    fid, clf_acc = fidelity(fed, gen_x, gen_y, cache_dir)
    return {
        "generator_cas": classification_accuracy_score(fed, gen_x, gen_y, cache_dir),
        "generator_cas_real": classification_accuracy_score(fed, real_x, real_y, cache_dir),
        "generator_cas_per_class": float(per_class),
        "generator_fidelity": fid,
        "fidelity_classifier_test_acc": clf_acc,
    }


def fidelity_classifier(fed: Federation, cache_dir: Path) -> tuple[FLModel, float]:
    """A SimpleCNN trained centrally on the real training split, and its real-test accuracy.

    Seeded, cached under ``<cache_dir>/fidelity/<sha256>.pt``, keyed by a sha256 of the
    training and test images and labels, the resolution and the training settings.
    """
    res = max(16, fed.splits.resolution)
    sp = fed.splits
    key = digest(
        {
            "what": "fblbench fidelity classifier",
            "code_version": CODE_VERSION,
            "data_sha256": tensor_sha(sp.train_x, sp.train_y, sp.test_x, sp.test_y),
            "mean_std": [list(sp.mean), list(sp.std)],
            "classes": list(sp.classes),
            "settings": [FIDELITY_EPOCHS, CLF_BATCH, CLF_LR, res],
        }
    )
    path = Path(cache_dir) / "fidelity" / f"{key}.pt"
    cached = load_cached(path)
    if isinstance(cached, dict) and "state" in cached:
        model = build_model("simple_cnn", fed.num_classes, res, seed_of("fidelity", "init"))
        model.load_state_dict(cached["state"])
        model.eval()
        return model.to(fed.device), float(cached["test_acc"])
    model = _train_classifier(fed, sp.train_x, sp.train_y, FIDELITY_EPOCHS, "fidelity")
    test_acc = accuracy(fed, model, sp.test_x, sp.test_y)
    atomic_save({"state": {k: v.detach().cpu() for k, v in model.state_dict().items()}, "test_acc": test_acc}, path)
    return model, test_acc


def fidelity(fed: Federation, images: torch.Tensor, labels: torch.Tensor, cache_dir: Path) -> tuple[float, float]:
    """(class fidelity of ``images``, the fidelity classifier's own real-test accuracy)."""
    model, test_acc = fidelity_classifier(fed, cache_dir)
    return accuracy(fed, model, images, labels), test_acc


def class_fidelity(fed: Federation, images: torch.Tensor, labels: torch.Tensor, cache_dir: Path) -> float:
    """Share of ``images`` (uint8 [n,3,H,W]) that a classifier trained on the real training
    data assigns their intended class ``labels``; NaN for no images. Secondary to CAS."""
    return fidelity(fed, images, labels, cache_dir)[0]
