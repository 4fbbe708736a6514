#!/usr/bin/env bash
# A separate venv for benchmarks/engine_vs_flower.py: flwr[simulation]==1.42.0 (+ Ray) in its
# own site-packages, torch / numpy / fblbench reached from the main venv through a .pth file.
#
#   benchmarks/flower_env.sh            # creates .venv-flower/ in the repo root (idempotent)
#   .venv-flower/bin/python benchmarks/engine_vs_flower.py
#
# Why not install flwr into .venv: it pins other fastapi / starlette / protobuf / packaging
# versions than mlflow needs. Here the venv's own site-packages come first on sys.path and
# the main venv's are appended after them (site.addsitedir in the .pth), so flwr's dependency
# versions win inside this venv and the main venv is never modified (pip does not uninstall
# distributions outside its own environment, it installs the newer one next to them).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MAIN="${FBLBENCH_MAIN_VENV:-$ROOT/.venv}"
VENV="$ROOT/.venv-flower"
FLWR_VERSION="1.42.0"

if [ ! -x "$MAIN/bin/python" ]; then
    echo "main venv not found at $MAIN (set FBLBENCH_MAIN_VENV)" >&2
    exit 1
fi
MAIN_SITE="$("$MAIN/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
BASE_PY="$("$MAIN/bin/python" -c 'import sys; print(sys._base_executable)')"

if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" - "$FLWR_VERSION" <<'PY' 2>/dev/null
import sys
import flwr, ray, psutil, torch, fblbench  # noqa: F401,E401
from importlib.metadata import version
sys.exit(0 if version("flwr") == sys.argv[1] else 1)
PY
then
    echo "$VENV is ready (flwr $FLWR_VERSION)"
    exit 0
fi

[ -x "$VENV/bin/python" ] || "$BASE_PY" -m venv "$VENV"
VENV_SITE="$("$VENV/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
# addsitedir (not a bare path line) so the main venv's own .pth files run too (fblbench's
# editable install); it appends, so this venv's packages stay ahead of the main venv's.
echo "import site; site.addsitedir('$MAIN_SITE')" > "$VENV_SITE/zz_fblbench_main_venv.pth"
# With the .pth in place pip sees torch and numpy as installed and does not fetch them again.
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "flwr[simulation]==$FLWR_VERSION" psutil
"$VENV/bin/python" -c "import flwr, ray, torch, numpy, fblbench; print('flwr', flwr.__version__, '| ray', ray.__version__, '| torch', torch.__version__, torch.__file__)"
echo "$VENV is ready"
