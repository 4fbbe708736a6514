#!/usr/bin/env bash
# Reproduces leaderboards/<dataset>-dir<alpha>.{md,csv}: every bundled method, FBL (with the
# default cached DDPM filler), fbl+fedprox and fbl+scaffold on a 2-core protocol
# (fblbench/protocols.py: eurosat-2core / cifar10-2core), TRIALS trials per method (1 = each
# method's published defaults: trial 0 of every study is enqueued at them), then
# `fblbench compare` with SEEDS paired seeds on the test split. Two processes of 1 thread
# each (--n-jobs 2 --threads 1): one per core on this project's machine.
#
# Cost on 2 cores, TRIALS=1, SEEDS=3: 13 methods x (1 + 2) runs of 3-5 CPU-minutes, about
# 1.2 h wall (seed 0 of every method is its trial's own run, read back, not retrained), plus
# the DDPM's training the first time (24-33 min, cached). Rerunning resumes: finished trials
# and reruns are read back from the stores. BUDGET_CHECK=F (default 2; 0 = off) also re-runs
# BUDGET_METHODS' (default fedavg) best configuration at F times the rounds with the same
# seeds (`compare --budget-check`): SEEDS more runs of F times the cost, and the table's
# header says whether the budget has converged.
#
#   DATASET=eurosat ALPHA=0.1 FBLBENCH=.venv/bin/fblbench benchmarks/leaderboards_2core.sh
#   DATASET=cifar10 PARTITION=shards CLASSES=2 benchmarks/leaderboards_2core.sh   # 2-class label shards
#
# ROUNDS (default: the protocol's at the level) sweeps another number of rounds, e.g. ROUNDS=200 reproduces
# the earlier eurosat-niid-recipe Dirichlet 0.1 table (the table then says it is not the protocol's),
# in its own runs dir (<default>-r<ROUNDS>) and folder (<default>/<ROUNDS>-rounds). Leave ROUNDS unset for
# the protocol's own rounds: set to that same value it still gets a separate runs dir and folder.
# METHODS (default: all of them) takes a subset, RUNS the runs dir (default
# fblbench-runs/board-<dataset or protocol>-<level>). PROTOCOL (default <dataset>-2core) names another protocol (DATASET is then the protocol's),
# LB_DIR the folder of the table (default: leaderboards, or leaderboards/<protocol> for another
# protocol, so its table never overwrites a 2-core one of the same name). On eurosat-niid-recipe
# and cifar10-niid-recipe (constant lr: the curve itself shows whether it has levelled off, so
# BUDGET_CHECK=0 is enough; 200 rounds, 300 on EuroSAT at Dirichlet 0.1) a run takes ~30 min on one core
# (~40 at 300 rounds; seen beside other jobs):
#   PROTOCOL=eurosat-niid-recipe ALPHA=0.1 BUDGET_CHECK=0 benchmarks/leaderboards_2core.sh
#   PROTOCOL=cifar10-niid-recipe ALPHA=0.5 BUDGET_CHECK=0 benchmarks/leaderboards_2core.sh
# On eurosat-2core-1600 (cosine lr: every curve ends flat, so keep the default BUDGET_CHECK=2: FedAvg
# re-run at 3,200 rounds, every seed) a run takes 47-52 min on one core (FedAvg; FBL 61; 1 thread, two
# runs side by side on an AMD EPYC), a budget-check run 87 min (where that check stands: the protocol's
# entry in fblbench/protocols.py):
#   PROTOCOL=eurosat-2core-1600 ALPHA=0.1 benchmarks/leaderboards_2core.sh
# ARCHIVE (default <LB_DIR>/stores/<dataset or protocol>-<level>; none = off) keeps the runs dir's stores as SQL
# text beside the table (`fblbench archive`): a runs dir missing here is first loaded from it, and it is
# saved again when the script exits, finished or not, so a table grows over sessions on machines that
# keep nothing but the repository: commit it with the table.
# OTHER_MACHINES=1 reads back the stored runs of other machines too (`compare --reuse-other-machines`):
# how a table too long for one session grows over sessions that land on different CPU models; the
# table then names each run's machine (the note under it, the CSV's run_kernels).
# A note written by hand above a table's `# Leaderboard:` heading is kept when the table is written
# again (`compare` says so): update it to the new rows.
set -euo pipefail
cd "$(dirname "$0")/.."
FBLBENCH=${FBLBENCH:-fblbench}
DATASET=${DATASET:-eurosat}
ALPHA=${ALPHA:-0.1}
TRIALS=${TRIALS:-1}
SEEDS=${SEEDS:-3}
PARTITION=${PARTITION:-dirichlet}
CLASSES=${CLASSES:-2}
BUDGET_CHECK=${BUDGET_CHECK:-2}
BUDGET_METHODS=${BUDGET_METHODS:-fedavg}
OTHER_MACHINES=${OTHER_MACHINES:-0}
PROTOCOL=${PROTOCOL:-$DATASET-2core}
ROUNDS=${ROUNDS:-}
if [ "$PARTITION" = shards ]; then
    SWEEP_LEVEL=(--partition shards --classes-per-client "$CLASSES"); LEVEL=("${SWEEP_LEVEL[@]}"); TAG=shards$CLASSES
else
    SWEEP_LEVEL=(--alphas "$ALPHA"); LEVEL=(--alpha "$ALPHA"); TAG=dir$ALPHA
fi
NAME=$DATASET; [ "$PROTOCOL" = "$DATASET-2core" ] || NAME=$PROTOCOL  # the 2-core runs dirs keep their names
RUNS=${RUNS:-fblbench-runs/board-$NAME-$TAG${ROUNDS:+-r$ROUNDS}}
LB_DIR=${LB_DIR:-leaderboards$([ "$NAME" = "$DATASET" ] || echo "/$NAME")${ROUNDS:+/$ROUNDS-rounds}}
ALL_METHODS=fbl,fbl+fedprox,fbl+scaffold,fedavg,fedprox,scaffold,fednova,moon,feddyn,fedlc,fedavgm,fedadam,fedgen
METHODS=${METHODS:-$ALL_METHODS}
ARCHIVE=${ARCHIVE:-$LB_DIR/stores/$NAME-$TAG}
if [ "$ARCHIVE" != none ]; then
    if [ ! -e "$RUNS/optuna.db" ] && [ -f "$ARCHIVE/optuna.sql" ]; then
        "$FBLBENCH" archive load "$ARCHIVE" --runs-dir "$RUNS"
    fi
    trap '"$FBLBENCH" archive save "$ARCHIVE" --runs-dir "$RUNS" || echo "warning: the stores were not archived" >&2' EXIT
    trap 'exit 143' TERM
    trap 'exit 130' INT
fi
SWEEP=(sweep --protocol "$PROTOCOL" "${SWEEP_LEVEL[@]}" ${ROUNDS:+--rounds "$ROUNDS"} --methods "$METHODS"
       --trials "$TRIALS" --n-jobs 2 --threads 1 --quiet --runs-dir "$RUNS")
"$FBLBENCH" "${SWEEP[@]}"
EFFORT="each method at its published defaults (trial 0 of a study is enqueued at them): equal effort, but a table of defaults, not of tuned methods"
[ "$TRIALS" -gt 1 ] && EFFORT="$TRIALS trials per method over its search space and the shared ranges (TPE, seeded)"
"$FBLBENCH" compare --protocol "$PROTOCOL" "${LEVEL[@]}" --methods "$METHODS" --seeds "$SEEDS" --threads 1 \
    --n-jobs 2 --runs-dir "$RUNS" --leaderboard-dir "$LB_DIR" \
    --budget-check "$BUDGET_CHECK" --budget-check-methods "$BUDGET_METHODS" \
    $([ "$OTHER_MACHINES" = 1 ] && echo --reuse-other-machines) \
    --note "sweep: fblbench ${SWEEP[*]}" \
    --note "$EFFORT" \
    --note "script: PROTOCOL=$PROTOCOL LB_DIR=$LB_DIR$([ "$NAME" = "$DATASET" ] && echo " DATASET=$DATASET") PARTITION=$PARTITION ALPHA=$ALPHA CLASSES=$CLASSES TRIALS=$TRIALS SEEDS=$SEEDS BUDGET_CHECK=$BUDGET_CHECK BUDGET_METHODS=$BUDGET_METHODS${ROUNDS:+ ROUNDS=$ROUNDS}$([ "$OTHER_MACHINES" = 1 ] && echo " OTHER_MACHINES=1")$([ "$METHODS" = "$ALL_METHODS" ] || echo " METHODS=$METHODS") benchmarks/leaderboards_2core.sh"
