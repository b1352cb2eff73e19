# Phrases learned by `unboil train --phrases`: word 1-3-grams and, in scripts
# without spaces, character 2-4-grams; logistic regression (L1 0, L2 0.01, Adam,
# 100 epochs (no early stopping)) over labeled paragraphs, with the hand-written patterns and
# signals as a fixed offset. Do not edit by hand: retrain (scripts/train-model.sh).
# command: unboil train --phrases ../shared/corpus/dev.jsonl.gz ../shared/corpus/appeals-dev/docs.jsonl -o patterns/learned/model.pat
# date: 2026-11-29
# input: ../shared/corpus/dev.jsonl.gz sha256:3dfd911d8abdabfe2fa45a6324dd7b85c6d020ceeb7b5a4d6dae4baee315e0ac
# input: ../shared/corpus/appeals-dev/docs.jsonl sha256:b0f20923a009aa021da0ffdbd19950eb313dfebc9e56c42c32736e0d2d9c1e4b
# data: 1263 documents, 12426 distinct labeled paragraphs
# settings: min-groups 3, doc-weight 1, rate 0.05, refit false, min weight 0.3, max weight 4
# candidates: 8557 phrases in paragraphs of enough publishers; written: 1
# validation (3218 paragraphs of publishers/sites held out of training), epoch 100:
#   log-loss 0.3364 -> 0.3363, accuracy 0.8649 -> 0.8649,
#   boilerplate recall at score 0 0.8307 -> 0.8307, body paragraphs above 0 0.1784 -> 0.1784
# A learned phrase never outvotes a hand-written pattern that says journalism.
@source learned
# 9 boilerplate / 1 body paragraphs
+0.49 cat=share youtube
