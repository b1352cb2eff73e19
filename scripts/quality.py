#!/usr/bin/env python3
"""Quality gate: score unboil on the development corpus and fail when it regresses.

usage: scripts/quality.py [--bin target/release/unboil] [--corpus ../shared/corpus]
                          [--baseline scripts/quality-baseline.json] [--write-baseline]

Runs ../shared/tools/score.py (the project's shared scorer, unchanged) on
  - dev.jsonl.gz, sources scrapinghub and seed (F1, body characters lost),
  - appeals-dev/docs.jsonl, per language and all languages together,
prints one table, compares it with the committed baseline and with the targets,
and exits 1 when a figure is worse than the baseline by more than its tolerance.
Targets not yet met are printed, not failed: the baseline is what main achieves.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# (group, metric, direction, target): direction +1 = higher is better.
TARGETS = [
    ("seed/extracted", "perfect_docs", +1, 1.0),
    ("scrapinghub/extracted", "f1", +1, 0.960),
    ("scrapinghub/extracted", "body_char_loss", -1, 0.01),
    ("scrapinghub/fulltext", "f1", +1, 0.85),
    ("scrapinghub/fulltext", "body_char_loss", -1, 0.05),
    ("appeals/all", "removal_recall", +1, 0.85),
    ("appeals/all", "body_char_loss", -1, 0.01),
]
TOLERANCE = {"f1": 0.003, "body_char_loss": 0.002, "removal_recall": 0.01, "perfect_docs": 0.0,
             "removal_precision": 0.01}


def score(scorer: Path, dataset: Path, binary: str, extra: list[str]) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "score.json"
        cmd = [sys.executable, str(scorer), str(dataset), "--jsonl-cmd", f"{binary} --format jsonl", "--name", "unboil",
               "--json", str(out), *extra]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        data = json.loads(out.read_text())
    figures = {}
    for result in data["results"]:
        metrics = result["metrics"]
        paragraphs = metrics.get("paragraphs", {})
        shingle = metrics.get("shingle") or {}
        figures[result["group"]] = {
            "docs": metrics.get("docs"),
            "f1": shingle.get("f1"),
            "removal_precision": paragraphs.get("removal_precision"),
            "removal_recall": paragraphs.get("removal_recall"),
            "body_char_loss": paragraphs.get("body_char_loss"),
            "perfect_docs": paragraphs.get("perfect_docs"),
        }
    return figures


def appeals_all(appeals: Path, tmp: Path) -> Path:
    """The appeals documents as one group: view "all"."""
    out = tmp / "appeals-all.jsonl"
    with open(appeals) as src, open(out, "w") as dst:
        for line in src:
            record = json.loads(line)
            record["view"] = "all"
            dst.write(json.dumps(record) + "\n")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", default=str(ROOT / "target/release/unboil"))
    parser.add_argument("--corpus", default=str(ROOT / "../shared/corpus"))
    parser.add_argument("--baseline", default=str(ROOT / "scripts/quality-baseline.json"))
    parser.add_argument("--write-baseline", action="store_true")
    args = parser.parse_args()

    corpus = Path(args.corpus)
    scorer = corpus.parent / "tools" / "score.py"
    if not (corpus / "dev.jsonl.gz").exists() or not scorer.exists():
        if os.environ.get("CI"):
            # In CI a missing corpus is a broken set-up, not a pass.
            print(f"quality: no development corpus at {corpus} (CI is set: failing)",
                  file=sys.stderr)
            return 1
        print(f"quality: no development corpus at {corpus}; skipped")
        return 0
    figures: dict = {}
    figures.update(score(scorer, corpus / "dev.jsonl.gz", args.bin, ["--source", "scrapinghub"]))
    figures.update(score(scorer, corpus / "dev.jsonl.gz", args.bin, ["--source", "seed"]))
    appeals = corpus / "appeals-dev" / "docs.jsonl"
    if appeals.exists():
        figures.update(score(scorer, appeals, args.bin, []))
        with tempfile.TemporaryDirectory() as tmp:
            figures.update(score(scorer, appeals_all(appeals, Path(tmp)), args.bin, []))

    def fmt(x):
        return "     -" if x is None else f"{x:6.3f}"

    print(f"{'group':24} {'docs':>5} {'F1':>6} {'rmP':>6} {'rmR':>6} {'bodyChr':>7} {'perfect':>7}")
    for group in sorted(figures):
        f = figures[group]
        print(f"{group:24} {f['docs']:5} {fmt(f['f1'])} {fmt(f['removal_precision'])} "
              f"{fmt(f['removal_recall'])} {fmt(f['body_char_loss'])}  {fmt(f['perfect_docs'])}")

    print("\nissue targets:")
    for group, metric, direction, target in TARGETS:
        value = figures.get(group, {}).get(metric)
        met = value is not None and (value - target) * direction >= -1e-9
        print(f"  {'met    ' if met else 'NOT MET'} {group} {metric} = {fmt(value).strip()} "
              f"({'>=' if direction > 0 else '<='} {target})")

    baseline_path = Path(args.baseline)
    if args.write_baseline:
        baseline_path.write_text(json.dumps(figures, indent=1, sort_keys=True) + "\n")
        print(f"\nbaseline written to {baseline_path}")
        return 0
    if not baseline_path.exists():
        print(f"\nquality: no baseline at {baseline_path}")
        return 1
    baseline = json.loads(baseline_path.read_text())
    failures = []
    for group, old in baseline.items():
        new = figures.get(group)
        if new is None:
            failures.append(f"{group}: missing")
            continue
        for metric, tol in TOLERANCE.items():
            before, after = old.get(metric), new.get(metric)
            if before is None or after is None:
                continue
            direction = -1 if metric == "body_char_loss" else +1
            if (after - before) * direction < -tol:
                failures.append(f"{group} {metric}: {before:.3f} -> {after:.3f}")
    if failures:
        print("\nquality REGRESSED against the baseline:\n  " + "\n  ".join(failures))
        return 1
    print("\nquality: no regression against the baseline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
