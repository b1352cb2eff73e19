#!/usr/bin/env python3
"""Measures the learned model end to end, honestly: publisher-held-out cross-validation.

usage: scripts/model-cv.py [--bin target/release/unboil] [--corpus ../shared/corpus]
                           [--folds 5] [--json out.json] [-- TRAIN-OPTIONS…]

Every record of dev.jsonl.gz and appeals-dev/docs.jsonl gets a fold from its publisher
(the appeal's publisher in appeals-dev, else the site of its URL, with web.archive.org
snapshots unwrapped; both views of a page share it). For each fold, phrases are trained
(`unboil train --phrases` with TRAIN-OPTIONS; none, the defaults, is what
scripts/train-model.sh uses) on the other folds only, and the fold's records are filtered with that fold's
model. ../shared/tools/score.py then scores the whole data set in one run, so every
figure is measured on publishers the model did not see. Beside it, the same scorer
runs without the learned model (`--no-learned`) and with one model trained on all data
(the all-data figure, which flatters).

The folds' training files, models and the scorer's JSON go to a temporary directory.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent



def site(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    if host == "web.archive.org" and "/http" in url:
        host = (urlsplit(url[url.index("/http") + 1:]).hostname or host).lower()
    return host[4:] if host.startswith("www.") else host


def publisher(record: dict) -> str:
    return record.get("appeal_publisher") or site(record.get("url")) or record["id"]


def fold_of(record: dict, folds: int) -> int:
    return int(hashlib.sha1(publisher(record).encode()).hexdigest(), 16) % folds


def read(path: Path) -> list[str]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [line for line in f if line.strip()]


def apply(args: argparse.Namespace) -> int:
    """--jsonl-cmd mode: filter each {"id","text"} line with the model of its fold."""
    work = Path(args.apply)
    folds = json.loads((work / "folds.json").read_text())
    lines = sys.stdin.read().splitlines()
    by_fold: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        by_fold.setdefault(str(folds[json.loads(line)["id"]]), []).append(index)
    out = [""] * len(lines)
    for fold, indexes in sorted(by_fold.items()):
        model = work / f"fold{fold}.pat"
        proc = subprocess.run([args.bin, "--no-learned", "--patterns", str(model), "--format", "jsonl"],
                              input="".join(lines[i] + "\n" for i in indexes).encode(),
                              capture_output=True, check=True)
        for i, answer in zip(indexes, proc.stdout.decode().splitlines()):
            out[i] = answer
    sys.stdout.write("".join(line + "\n" for line in out))
    return 0


def score(dataset: Path, cmd: str, out: Path) -> dict:
    subprocess.run([sys.executable, str(ROOT.parent / "shared/tools/score.py"), str(dataset), "--jsonl-cmd", cmd,
                    "--name", "unboil", "--bootstrap", "0", "--json", str(out)], check=True,
                   stdout=subprocess.DEVNULL)
    figures = {}
    for result in json.loads(out.read_text())["results"]:
        metrics = result["metrics"]
        paragraphs = metrics.get("paragraphs", {})
        figures[result["group"]] = {
            "f1": (metrics.get("shingle") or {}).get("f1"),
            "rmP": paragraphs.get("removal_precision"),
            "rmR": paragraphs.get("removal_recall"),
            "bodyChr": paragraphs.get("body_char_loss"),
        }
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", default=str(ROOT / "target/release/unboil"))
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared/corpus"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--json", help="write the figures as JSON here")
    parser.add_argument("--keep", choices=["all", "positive", "negative"], default="all",
                        help="experiment: keep only the phrases of this sign in every model")
    parser.add_argument("--apply", help=argparse.SUPPRESS)
    parser.add_argument("train", nargs="*", help="options for unboil train --phrases")
    args = parser.parse_args()
    if args.apply:
        return apply(args)
    train_options = args.train
    corpus = Path(args.corpus)
    dev, appeals = corpus / "dev.jsonl.gz", corpus / "appeals-dev/docs.jsonl"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        datasets = {"dev": read(dev), "appeals": read(appeals)}
        # appeals as one group, view "all", like scripts/quality.py
        appeals_all = work / "appeals-all.jsonl"
        with open(appeals_all, "w") as f:
            for line in datasets["appeals"]:
                record = json.loads(line)
                record["view"] = "all"
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
        folds = {}
        parts: list[list[str]] = [[] for _ in range(args.folds)]
        for lines in datasets.values():
            for line in lines:
                record = json.loads(line)
                fold = fold_of(record, args.folds)
                folds[record["id"]] = fold
                parts[fold].append(line)
        (work / "folds.json").write_text(json.dumps(folds))
        train = [args.bin, "train", "--phrases", "--date", "2000-01-01", *train_options]
        for k in range(args.folds):
            data = work / f"train{k}.jsonl"
            data.write_text("".join(line for j, part in enumerate(parts) if j != k for line in part))
            subprocess.run([*train, str(data), "-o", str(work / f"fold{k}.pat")], check=True,
                           stderr=subprocess.DEVNULL)
        subprocess.run([*train, str(dev), str(appeals), "-o", str(work / "all.pat")], check=True,
                       stderr=subprocess.DEVNULL)
        if args.keep != "all":
            drop = "-" if args.keep == "positive" else "+"
            for model in work.glob("*.pat"):
                lines = model.read_text().splitlines(keepends=True)
                model.write_text("".join(line for line in lines if not line.startswith(drop)))
        runs = {
            "without model": f"{shlex.quote(args.bin)} --no-learned --format jsonl",
            "model, all data": f"{shlex.quote(args.bin)} --no-learned --patterns {work / 'all.pat'} --format jsonl",
            "model, held-out": f"{shlex.quote(sys.executable)} {shlex.quote(__file__)} --bin {shlex.quote(args.bin)} "
                               f"--apply {work}",
        }
        results = {}
        for name, cmd in runs.items():
            figures = score(dev, cmd, work / "dev.json")
            figures.update(score(appeals_all, cmd, work / "appeals.json"))
            results[name] = figures
        phrases = sum(1 for line in (work / "all.pat").read_text().splitlines()
                      if line and not line.startswith(("#", "@")))
    rows = [("scrapinghub/extracted", "f1"), ("scrapinghub/extracted", "bodyChr"),
            ("scrapinghub/fulltext", "f1"), ("scrapinghub/fulltext", "bodyChr"),
            ("trafilatura/extracted", "rmR"), ("trafilatura/fulltext", "rmR"),
            ("trafilatura/fulltext", "bodyChr"), ("appeals/all", "rmR"), ("appeals/all", "bodyChr")]
    print(f"train options: {' '.join(train_options) or '(defaults)'}; {phrases} phrases on all data")
    print(f"{'run':18}" + "".join(f" {g.split('/')[0][:5] + '/' + g.split('/')[1][:4] + ' ' + m:>17}"
                                  for g, m in rows))
    for name, figures in results.items():
        print(f"{name:18}" + "".join(f" {(figures.get(g) or {}).get(m) or 0:17.4f}" for g, m in rows))
    if args.json:
        Path(args.json).write_text(json.dumps({"train": train_options, "results": results}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
