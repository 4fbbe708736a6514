#!/usr/bin/env bash
# A venv with torch's CPU build, for benchmarks/memory.py (the CUDA build's import alone
# maps ~420 MB more). fblbench is installed editable without its dependency list (which
# asks for torchvision, whose wheel would bring the CUDA build of torch back); every other
# dependency is installed by name. A run from decoded data needs no torchvision.
#
#   benchmarks/cpu_torch_env.sh          # creates .venv-cpu/ in the repo root (idempotent)
#   .venv-cpu/bin/python benchmarks/memory.py
#
# TORCH_CPU: what pip installs for torch (default: the CPU wheel on this project's machine,
# else torch from PyTorch's CPU index).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv-cpu"
LOCAL_WHEEL="/opt/wheels/torch-2.13.0+cpu-cp311-cp311-manylinux_2_28_x86_64.whl"

if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c 'import torch, fblbench, sys; sys.exit(0 if torch.version.cuda is None else 1)' 2>/dev/null; then
    echo "$VENV is ready ($("$VENV/bin/python" -c 'import torch; print(torch.__version__)'))"
    exit 0
fi
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
if [ -n "${TORCH_CPU:-}" ]; then
    "$VENV/bin/pip" install --quiet "$TORCH_CPU"
elif [ -f "$LOCAL_WHEEL" ]; then
    "$VENV/bin/pip" install --quiet "$LOCAL_WHEEL"
else
    "$VENV/bin/pip" install --quiet torch --index-url https://download.pytorch.org/whl/cpu
fi
# pyproject.toml's dependencies, less torch and torchvision.
DEPS="$("$VENV/bin/python" - "$ROOT/pyproject.toml" <<'PY'
import sys, tomllib
deps = tomllib.load(open(sys.argv[1], "rb"))["project"]["dependencies"]
print("\n".join(d for d in deps if not d.startswith(("torch>", "torch<", "torch=", "torchvision"))))
PY
)"
mapfile -t DEP_LIST <<< "$DEPS"
"$VENV/bin/pip" install --quiet "${DEP_LIST[@]}"
"$VENV/bin/pip" install --quiet --no-deps -e "$ROOT"
"$VENV/bin/python" -c "import torch, fblbench; print('torch', torch.__version__, '| cuda', torch.version.cuda)"
echo "$VENV is ready"
