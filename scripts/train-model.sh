#!/bin/sh
# Retrains the shipped model, patterns/learned/model.pat, from the development data, then
# rebuilds the binary so the new model is the built-in one.
#
# usage: scripts/train-model.sh [CORPUS]      (default: ../shared/corpus)
#
# The same data and the same binary give a byte-identical file; the header's date is
# today's (set SOURCE_DATE_EPOCH to fix it). The figures the model is worth end to end,
# on publishers held out of training: scripts/model-cv.py.
set -eu
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus}
cargo build --release --quiet
target/release/unboil train --phrases \
    "$corpus/dev.jsonl.gz" "$corpus/appeals-dev/docs.jsonl" \
    -o patterns/learned/model.pat
cargo build --release --quiet
