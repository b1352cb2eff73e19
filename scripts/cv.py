#!/usr/bin/env python3
"""Cross-validates the learned model, grouped by site: the figures that decide a change.

usage: scripts/cv.py [--bin target/release/unboil] [--corpus ../shared/corpus] [--folds 5]
                     [--sets dev,train,appeals] [--rules] [--json OUT] [--work DIR]
                     [--train-args "…"] [--filter-args "…"]

Every record of dev.jsonl.gz, train/train.jsonl.gz and appeals-dev/docs.jsonl gets one of
k folds from its site: the registered domain of its URL (both views of a page share it),
or for an appeals document the publisher of its appeal. For each fold a model is trained
(`unboil train`) on the other folds only and the fold's records are filtered with it, so
every figure is measured on sites the model never saw. An appeals document also leaves
training when it shares a body article with a document of the held-out fold.
../shared/tools/score.py then scores every set in one run each (shingle F1, removal
precision/recall, body loss), the records given to the filter as text alone (no URL), as
`score.py --cmd` does.

--rules scores the hand-set rules instead (no training; the same records and scorer), the
baseline every change is compared with. The folds are a hash of the site: the same every
run, on every machine.
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

# Second-level labels under which a registered domain takes three labels (bbc.co.uk).
SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "go", "gob", "nic", "ltd", "plc"}


def registered_domain(url: str | None) -> str | None:
    """The site of a URL: its host's registered domain (a close approximation of the
    public-suffix rule), with web.archive.org snapshots unwrapped."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    if host == "web.archive.org" and "/http" in url:
        host = (urlsplit(url[url.index("/http") + 1:]).hostname or host).lower()
    labels = [label for label in host.split(".") if label]
    if len(labels) >= 3 and labels[-2] in SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:]) or None


def site_of(record: dict) -> str:
    if record.get("appeal_publisher"):
        return "publisher:" + record["appeal_publisher"]
    return record.get("domain") or registered_domain(record.get("url")) or "id:" + record["id"]


def fold_of(site: str, folds: int) -> int:
    return int(hashlib.sha1(site.encode()).hexdigest(), 16) % folds


def read_jsonl(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def key(record_id: str, text: str) -> str:
    return record_id + "\x00" + hashlib.sha1(text.encode()).hexdigest()


def body_articles(corpus: Path) -> dict[str, str]:
    """appeals-dev paragraph id -> the article (or hard negative) it comes from."""
    out = {}
    for row in read_jsonl(corpus / "appeals-dev" / "body.jsonl"):
        out[row["id"]] = "article:" + str(row["article"])
    return out


def appeal_sources(record: dict, articles: dict[str, str]) -> set[str]:
    """The body articles and hard negatives an appeals document was assembled from."""
    out = set()
    for p in record.get("paragraphs", []):
        src = p.get("src")
        if src and not src.startswith("ap"):
            out.add(articles.get(src, "src:" + src))
    return out


def run(cmd: list[str], stdin=None, stdout=None) -> None:
    result = subprocess.run(cmd, stdin=stdin, stdout=stdout, stderr=subprocess.PIPE, text=False)
    if result.returncode != 0:
        sys.exit(f"cv: {' '.join(map(shlex.quote, cmd))} failed:\n{result.stderr.decode(errors='replace')}")


def replay(path: str) -> int:
    """Acts as score.py's --jsonl-cmd: answers each {"id","text"} line with the output
    stored for it."""
    with open(path, encoding="utf-8") as f:
        outputs = json.load(f)
    for line in sys.stdin:
        if not line.strip():
            continue
        record = json.loads(line)
        kept = outputs.get(key(record["id"], record["text"]))
        if kept is None:
            sys.exit(f"cv: no stored output for {record['id']}")
        sys.stdout.write(json.dumps({"id": record["id"], "text": kept}, ensure_ascii=False) + "\n")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", default=str(ROOT / "target/release/unboil"))
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared/corpus"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--sets", default="dev,train,appeals")
    parser.add_argument("--rules", action="store_true", help="score the hand-set rules, no training")
    parser.add_argument("--train-args", default="", help="extra arguments of unboil train")
    parser.add_argument("--filter-args", default="", help="extra arguments of the filter")
    parser.add_argument("--json", help="write score.py's results of every set to this file")
    parser.add_argument("--work", help="keep the folds' files here (default: a temporary directory)")
    parser.add_argument("--reuse", action="store_true",
                        help="use the fold models already in --work instead of training them again")
    parser.add_argument("--replay", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.replay:
        return replay(args.replay)

    corpus = Path(args.corpus)
    if not (corpus / "dev.jsonl.gz").exists():
        sys.exit(f"cv: no corpus at {corpus} (give --corpus)")
    paths = {
        "dev": corpus / "dev.jsonl.gz",
        "train": corpus / "train" / "train.jsonl.gz",
        "appeals": corpus / "appeals-dev" / "docs.jsonl",
    }
    sets = [s for s in args.sets.split(",") if s]
    records = {name: read_jsonl(paths[name]) for name in sets}
    articles = body_articles(corpus) if "appeals" in records else {}
    fold = {name: [fold_of(site_of(r), args.folds) for r in rs] for name, rs in records.items()}

    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="unboil-cv-"))
    work.mkdir(parents=True, exist_ok=True)
    filter_args = shlex.split(args.filter_args)
    outputs: dict[str, str] = {}
    for k in range(args.folds) if not args.rules else [None]:
        test = [(name, r) for name, rs in records.items() for r, f in zip(rs, fold[name]) if k is None or f == k]
        model_args: list[str] = ["--rules"]
        if k is not None:
            held_sources = set()
            for name, r in test:
                if name == "appeals":
                    held_sources |= appeal_sources(r, articles)
            train_path = work / f"train-{k}.jsonl"
            with open(train_path, "w", encoding="utf-8") as out:
                for name, rs in records.items():
                    for r, f in zip(rs, fold[name]):
                        if f == k or (name == "appeals" and appeal_sources(r, articles) & held_sources):
                            continue
                        out.write(json.dumps(r, ensure_ascii=False) + "\n")
            model_path = work / f"model-{k}.ubm"
            if not (args.reuse and model_path.exists()):
                print(f"cv: fold {k}: training", file=sys.stderr, flush=True)
                run([args.bin, "train", str(train_path), "-o", str(model_path), *shlex.split(args.train_args)])
            model_args = ["--model", str(model_path)]
        test_path = work / f"test-{k}.jsonl"
        with open(test_path, "w", encoding="utf-8") as out:
            for name, r in test:
                out.write(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n")
        out_path = work / f"out-{k}.jsonl"
        with open(test_path, "rb") as stdin, open(out_path, "wb") as stdout:
            run([args.bin, "--format", "jsonl", *model_args, *filter_args], stdin=stdin, stdout=stdout)
        with open(test_path, encoding="utf-8") as fin, open(out_path, encoding="utf-8") as fout:
            for line_in, line_out in zip(fin, fout):
                rin, rout = json.loads(line_in), json.loads(line_out)
                outputs[key(rin["id"], rin["text"])] = rout["text"]
    outputs_path = work / f"outputs-{hashlib.sha1(args.filter_args.encode()).hexdigest()[:8]}.json"
    outputs_path.write_text(json.dumps(outputs, ensure_ascii=False), encoding="utf-8")

    score = ROOT.parent / "shared" / "tools" / "score.py"
    if not score.exists():
        score = corpus.parent / "tools" / "score.py"
    replay_cmd = f"{shlex.quote(sys.executable)} {shlex.quote(str(Path(__file__).resolve()))} --replay {shlex.quote(str(outputs_path))}"
    name = "rules" if args.rules else "model-cv"
    results = {}
    for set_name in sets:
        json_path = work / f"score-{set_name}-{outputs_path.stem}.json"
        subprocess.run(
            [sys.executable, str(score), str(paths[set_name]), "--jsonl-cmd", replay_cmd, "--name", name,
             "--bootstrap", "0", "--json", str(json_path)],
            check=True,
        )
        results[set_name] = json.loads(json_path.read_text(encoding="utf-8"))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
