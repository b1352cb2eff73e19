#!/usr/bin/env python3
"""Where a group's shingle F1 falls short: re-scores unboil's decisions with one kind of
error corrected at a time.

usage: scripts/f1-gap.py [--bin target/release/unboil] [--corpus ../shared/corpus]
                         [--source scrapinghub] [--view extracted]

Runs ../shared/tools/score.py (unchanged) on the group with `--details` to get which
paragraphs unboil kept, then scores, with the scorer's own functions, the same decisions
with every error of one kind corrected (every dropped body paragraph kept, every kept
boilerplate paragraph after or before the first body paragraph dropped), and the perfect
filter with and without the documents' titles. Prints one F1 a row. The development data
is only read to be measured; nothing is kept.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bin", default=str(ROOT / "target/release/unboil"))
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared/corpus"))
    parser.add_argument("--source", default="scrapinghub")
    parser.add_argument("--view", default="extracted")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    tools = corpus.parent / "tools"
    sys.path.insert(0, str(tools))
    from evallib import shingle_prf, shingle_tp_fp_fn  # the scorer's own metric

    with tempfile.TemporaryDirectory() as tmp:
        details = Path(tmp) / "details.jsonl"
        subprocess.run(
            [sys.executable, str(tools / "score.py"), str(corpus / "dev.jsonl.gz"),
             "--jsonl-cmd", f"{args.bin} --format jsonl", "--name", "unboil",
             "--source", args.source, "--view", args.view, "--details", str(details)],
            check=True, stdout=subprocess.DEVNULL)
        kept = {}
        for line in details.open():
            row = json.loads(line)
            kept[row["id"]] = row["kept"]

    documents = []
    with gzip.open(corpus / "dev.jsonl.gz", "rt") as f:
        for line in f:
            doc = json.loads(line)
            if (doc["source"], doc["view"]) == (args.source, args.view) and doc.get("gt_body") \
                    and doc["id"] in kept:
                documents.append(doc)
    if not documents:
        print(f"no {args.source}/{args.view} documents with a ground-truth body", file=sys.stderr)
        return 1

    def corrected(doc: dict, decisions: list[bool], rule) -> list[bool]:
        paragraphs = doc["paragraphs"]
        first_body = next((i for i, p in enumerate(paragraphs) if p["label"] == "body"),
                          len(paragraphs))
        return [rule(i, p, k, first_body) for i, (p, k) in enumerate(zip(paragraphs, decisions))]

    def perfect(i, p, k, first_body):
        return p["label"] == "body" if p["label"] else k

    rows = [
        ("unboil now", lambda i, p, k, fb: k),
        ("a perfect filter (every labelled paragraph right)", perfect),
        ("the perfect filter, keeping a first paragraph labelled boilerplate (the title)",
         lambda i, p, k, fb: True if i == 0 and p["label"] == "boiler" else perfect(i, p, k, fb)),
        ("unboil, every body paragraph it drops kept",
         lambda i, p, k, fb: True if p["label"] == "body" else k),
        ("unboil, every boilerplate paragraph it keeps after the first body paragraph dropped",
         lambda i, p, k, fb: False if p["label"] == "boiler" and i > fb else k),
        ("unboil, every boilerplate paragraph it keeps before the first body paragraph dropped",
         lambda i, p, k, fb: False if p["label"] == "boiler" and i < fb else k),
    ]
    print(f"{args.source}/{args.view}, {len(documents)} documents")
    for name, rule in rows:
        counts = []
        for doc in documents:
            decisions = corrected(doc, kept[doc["id"]], rule)
            output = "\n\n".join(p["text"] for p, k in zip(doc["paragraphs"], decisions) if k)
            counts.append(shingle_tp_fp_fn(doc["gt_body"], output))
        print(f"  {shingle_prf(counts)['f1']:.4f}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
