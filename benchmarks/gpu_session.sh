#!/usr/bin/env bash
# The prepared GPU check: what in this repo only a GPU can measure, as one command for a lent
# GPU machine (one 10-minute call; each part has its own time limit, and a part that runs out
# or fails does not stop the others). Needs torch with CUDA and numpy, nothing else: fblbench
# is imported from this tree (PYTHONPATH), and the parts use synthetic images, so no dataset
# travels. Output: one Markdown log, $OUT/gpu_session.md (default ./gpu_out/), each part
# headed by its command; commit it under benchmarks/results/ with the date.
#
#   bash benchmarks/gpu_session.sh                    # on the GPU machine (PYTHON=python3)
#   PYTHON=.venv/bin/python DEVICE=cpu QUICK=1 bash benchmarks/gpu_session.sh   # the same parts on a CPU, small
#
# Before the call, here: `echo /.whl/ >> .git/info/exclude`, then `.venv/bin/python -m pip
# wheel --no-deps --no-build-isolation -w .whl .` (this project as a wheel: the bundled
# baselines are found through its entry points, which a bare PYTHONPATH does not register)
# and `python3 -m pip download --no-deps -d .whl diffusers==0.42.1 importlib_metadata==9.1.0`
# (FBL's rows and the DDPM timing need diffusers, which the lent H200's image lacks); carry
# `.whl`. The script installs what is there, and its first part lists the methods it found.
#
# Parts: (1) the machine; (2) cuda_check.py: every registered method runs on the device,
# stays there, repeats under a seed, and the engine keeps pace with a plain PyTorch loop;
# (3) batched_clients.py: a round's clients at once (vmap) vs one at a time, the simple CNN
# at 32 px and ResNet-18 at 64 px (README's targets: 10x and 3x); (4) the same with the
# niid-bench and 2-core protocols' augmentation (crop_flip), the simple CNN; (5) one round of the
# eurosat-niid-recipe protocol's shape, batched vs sequential.
set -uo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-gpu_out}
PY=${PYTHON:-python3}
DEVICE=${DEVICE:-cuda}
QUICK=${QUICK:-0}
mkdir -p "$OUT"
LOG=$OUT/gpu_session.md
export PYTHONPATH=$PWD:$PWD/benchmarks${PYTHONPATH:+:$PYTHONPATH} PYTHONUNBUFFERED=1 OMP_WAIT_POLICY=PASSIVE
if compgen -G ".whl/*.whl" >/dev/null; then
    "$PY" -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl \
        && export PYTHONPATH=$PYTHONPATH:/tmp/site
fi

part() {  # part TITLE SECONDS COMMAND...: run COMMAND under a time limit, log it and its exit status
    local title=$1 limit=$2 t0 rc
    shift 2
    printf '\n## %s\n\n`%s` (limit %ss)\n\n```\n' "$title" "$*" "$limit" >>"$LOG"
    t0=$(date +%s)
    timeout "$limit" "$@" >>"$LOG" 2>&1
    rc=$?
    printf '```\nexit %s after %ss%s\n' "$rc" "$(($(date +%s) - t0))" "$([ "$rc" = 124 ] && echo ' (time limit)')" >>"$LOG"
    echo "$title: exit $rc"
}

{
    echo "# GPU session: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo
    echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), device $DEVICE, quick $QUICK"
} >"$LOG"
part "machine" 60 sh -c "nvidia-smi -L 2>/dev/null || echo 'no nvidia-smi'; nproc; $PY -c 'import torch; print(torch.__version__, torch.cuda.is_available() and torch.cuda.get_device_name(0))'; $PY -c 'from fblbench.registry import available_methods as a; print(\"methods:\", \" \".join(sorted(a())))'"
if [ "$QUICK" = 1 ]; then
    part "cuda_check (quick)" 300 "$PY" -W ignore benchmarks/cuda_check.py --device "$DEVICE" --quick
    part "batched clients" 300 "$PY" -W ignore benchmarks/batched_clients.py --device "$DEVICE" --threads 1 \
        --cases simple_cnn:32 --samples-per-client 60 --rounds 1 --repeats 1 --eval-size 50
    part "batched clients, crop_flip" 300 "$PY" -W ignore benchmarks/batched_clients.py --device "$DEVICE" --threads 1 \
        --cases simple_cnn:32 --samples-per-client 60 --rounds 1 --repeats 1 --eval-size 50 --augment crop_flip
else
    part "cuda_check" 150 "$PY" -W ignore benchmarks/cuda_check.py --device "$DEVICE"
    part "batched clients" 150 "$PY" -W ignore benchmarks/batched_clients.py --device "$DEVICE"
    part "batched clients, crop_flip" 90 "$PY" -W ignore benchmarks/batched_clients.py --device "$DEVICE" \
        --augment crop_flip --cases simple_cnn:32
    # One round of the eurosat-niid-recipe protocol's shape (10 clients x 450 images, 10 local
    # epochs, batch 64, crop_flip): its seconds x 200 rounds plan a leaderboard run on a GPU.
    part "batched clients, eurosat-niid-recipe round" 90 "$PY" -W ignore benchmarks/batched_clients.py \
        --device "$DEVICE" --augment crop_flip --cases simple_cnn:32 --samples-per-client 450 --local-epochs 10 \
        --rounds 2 --repeats 2
fi
echo "log: $LOG"
