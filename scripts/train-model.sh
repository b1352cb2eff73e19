#!/bin/sh
# Retrains the shipped model, patterns/model/default.ubm, from every labelled page of
# ../shared/corpus (dev, train/, appeals-dev/), then rebuilds the binary so the new model
# is the built-in one.
#
# usage: scripts/train-model.sh [CORPUS]      (default: ../shared/corpus)
#
# The same data and the same binary give a byte-identical file. What the model is worth
# on sites it never saw: scripts/cv.py (docs/quality.md).
set -eu
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus}
cargo build --release --quiet
target/release/unboil train \
    "$corpus/dev.jsonl.gz" "$corpus/train/train.jsonl.gz" "$corpus/appeals-dev/docs.jsonl" \
    -o patterns/model/default.ubm
cargo build --release --quiet
