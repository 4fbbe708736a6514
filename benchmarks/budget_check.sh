#!/usr/bin/env bash
# Is a 2-core protocol's round budget enough? Under its cosine schedule the learning rate is
# ~0 over the last rounds, so every curve is flat there by construction and the leaderboards'
# last-rounds slope alone cannot say whether more training would change the numbers. This
# script runs METHOD (default FedAvg, the reference every table ranks against) at the
# protocol's rounds (or ROUNDS) and at FACTOR times as many (the schedule stretched over
# them), same seed, same partition, and prints the final test accuracies side by side: a
# small gain = the budget has converged.
#
#   DATASET=eurosat LEVELS="dir0.1 dir0.5 shards2" SEEDS=1 FACTOR=2 FBLBENCH=.venv/bin/fblbench \
#     PYTHON=.venv/bin/python benchmarks/budget_check.sh | tee leaderboards/budget_check_eurosat.md
#
# Cost: per level and seed one protocol run plus one FACTOR times longer (EuroSAT FedAvg,
# 1 thread, seen on an AVX2 machine beside other jobs: ~5 + ~10 min). One process of 1
# thread; runs are deterministic at a thread count on the same CPU kernels.
set -euo pipefail
cd "$(dirname "$0")/.."
FBLBENCH=${FBLBENCH:-fblbench}
DATASET=${DATASET:-eurosat}
LEVELS=${LEVELS:-dir0.1 dir0.5 shards2}
SEEDS=${SEEDS:-1}
FACTOR=${FACTOR:-2}
METHOD=${METHOD:-fedavg}
PROTOCOL=${PROTOCOL:-$DATASET-2core}  # any named protocol of that dataset (fblbench/protocols.py)
read -r -a EXTRA <<< "${EXTRA:-}"  # more run flags for both runs, e.g. EXTRA="--lr 0.03"
PYTHON=${PYTHON:-python3}  # the Python fblbench is installed in
ROUNDS=${ROUNDS:-}  # the shorter run's rounds (default: the protocol's at each level)
level_rounds() {  # the protocol's rounds at level $1 (its per-level value, else its own)
    "$PYTHON" -c "from fblbench.protocols import PROTOCOLS as P; p = P['$PROTOCOL']; print(p.by_level.get('$1', {}).get('rounds', p.values['rounds']))"
}

final_acc() {  # the test accuracy of the run's last round
    "$FBLBENCH" run --protocol "$PROTOCOL" "$@" --method "$METHOD" "${EXTRA[@]}" --threads 1 --no-mlflow \
        | awk '/^round /{for (i = 1; i <= NF; i++) if ($i == "test_acc") acc = $(i + 1)} END {print acc}'
}

echo "# Round budget check: $METHOD on the $PROTOCOL protocol at ${ROUNDS:-its} rounds and $FACTOR times as many"
echo
echo "Command: \`DATASET=$DATASET PROTOCOL=$PROTOCOL ROUNDS=$ROUNDS LEVELS=\"$LEVELS\" SEEDS=$SEEDS FACTOR=$FACTOR METHOD=$METHOD EXTRA=\"${EXTRA[*]}\" benchmarks/budget_check.sh\`"
echo
echo "Machine: $("$PYTHON" -c "from fblbench.tracking.leaderboard import machine_info as m; i = m(); print(i['cpu'] + ', ' + i['cores'] + ' cores, torch ' + i['torch'])"), 1 thread; $(date -u +%Y-%m-%d)."
echo "Same seed and partition in both columns; the lr schedule spans each run's own rounds."
echo
echo "| level | seed | rounds | test acc | test acc at $FACTOR x the rounds | gain |"
echo "|---|---|---|---|---|---|"
for level in $LEVELS; do
    case $level in
        dir*) LEVEL=(--partition dirichlet --alpha "${level#dir}") ;;
        shards*) LEVEL=(--partition shards --classes-per-client "${level#shards}") ;;
        *) echo "budget_check.sh: unknown level '$level' (use dir<alpha> or shards<classes>)" >&2; exit 2 ;;
    esac
    rounds=${ROUNDS:-$(level_rounds "$level")}
    for ((seed = 0; seed < SEEDS; seed++)); do
        short=$(final_acc "${LEVEL[@]}" --seed "$seed" --rounds "$rounds")
        long=$(final_acc "${LEVEL[@]}" --seed "$seed" --rounds $((rounds * FACTOR)))
        gain=$("$PYTHON" -c "print(f'{$long - $short:+.3f}')")
        echo "| $level | $seed | $rounds | $short | $long | $gain |"
    done
done
