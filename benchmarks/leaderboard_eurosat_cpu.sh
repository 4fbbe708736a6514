#!/usr/bin/env bash
# Reproduces leaderboards/eurosat-dir0.1.{md,csv}: a modest CPU sweep of five methods on
# EuroSAT, Dirichlet 0.1, then `fblbench compare` with 3 paired seeds (about 12 CPU minutes
# on 2 cores). FBL runs with its `augment` filler only: its default DDPM generator needs
# 12+ minutes of training on an idle 2-core CPU before the first round, which this budget
# cannot pay; the search space below is search_spaces/ with FBL's generator fixed to
# augment (and the DDPM-only gen_* ranges dropped). torch is held to 1 thread: on this
# shared 2-core machine, 2 threads per process ran 3-4x slower (benchmarks/sweep_throughput.py).
#
#   FBLBENCH=.venv/bin/fblbench benchmarks/leaderboard_eurosat_cpu.sh
set -euo pipefail
cd "$(dirname "$0")/.."
FBLBENCH=${FBLBENCH:-fblbench}
WORK=${WORK:-/tmp/fblbench-leaderboard}
rm -rf "$WORK" && mkdir -p "$WORK/spaces"
cp search_spaces/*.yaml "$WORK/spaces/"
grep -v '^gen_' search_spaces/fbl.yaml \
    | sed 's/^generator: .*/generator: {type: categorical, choices: [augment]}/' > "$WORK/spaces/fbl.yaml"
SWEEP=(sweep --dataset eurosat --alphas 0.1 --methods fbl,fedavg,fedprox,scaffold,moon --budget cpu --rounds 20
       --max-train 3000 --trials 3 --threads 1 --quiet --spaces-dir "$WORK/spaces" --runs-dir "$WORK/runs")
nice -n 10 "$FBLBENCH" "${SWEEP[@]}"
nice -n 10 "$FBLBENCH" compare --dataset eurosat --alpha 0.1 --seeds 3 --threads 1 --runs-dir "$WORK/runs" \
    --leaderboard-dir leaderboards \
    --note "sweep: fblbench ${SWEEP[*]}" \
    --note "search spaces: search_spaces/ with FBL's generator fixed to augment (no DDPM: it needs 12+ CPU minutes of training); see benchmarks/leaderboard_eurosat_cpu.sh" \
    --note "a modest CPU budget (20 rounds, 3000 training images, 3 trials per method, 3 seeds): a smoke-scale comparison, not the paper's"
