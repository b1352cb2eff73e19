#!/usr/bin/env bash
# Runs fuzz targets one after another, each for SECONDS of wall-clock time (default 600),
# on one core at low priority (a 60 s timeout per input: on a loaded machine at nice 15
# a short timeout reports starvation, not slow inputs). Logs: fuzz/logs/<target>.log (cargo-fuzz) and
# fuzz/logs/<target>-worker.log (libFuzzer's own output, with the final stats).
# Usage: fuzz/budget.sh [SECONDS] [TARGET...]
set -u
cd "$(dirname "$0")"
seconds=${1:-600}
shift || true
targets=${*:-patterns split jsonl decode pipeline}
mkdir -p logs
for t in $targets; do
    echo "$(date -u +%H:%M:%S) start $t" >> logs/budget.log
    nice -n 15 cargo fuzz run --sanitizer none "$t" -- \
        -jobs=1 -workers=1 -max_total_time="$seconds" -timeout=60 -rss_limit_mb=2048 \
        > "logs/$t.log" 2>&1
    rc=$?
    mv -f fuzz-0.log "logs/$t-worker.log" 2>/dev/null
    echo "$(date -u +%H:%M:%S) end $t rc=$rc $(grep -E '^Done' "logs/$t-worker.log" | tail -1)" >> logs/budget.log
done
