#!/usr/bin/env python3
"""Measures site learning (`unboil --learn-sites`) on an interleaved multi-publisher corpus.

    scripts/site-learning.py build OUT.jsonl      # the corpus (deterministic: fixed seed)
    scripts/site-learning.py measure OUT.jsonl    # model alone / files / stream, -j 1 and 2
    scripts/site-learning.py thresholds           # how often body and boilerplate repeat
                                                  # within a site of the training corpus

The corpus: one site per publisher of ../shared/corpus/appeals-dev/appeals.jsonl with at
least two boilerplate paragraphs. Each site prints its publisher's boilerplate (its
blocks in page order, each block at a place fixed for the site: the top, after the
second paragraph or the end) around every one of its 10-40 articles. Articles are the
body-labelled paragraphs of pages of ../shared/corpus/train/ (`extracted` view), in the
publisher's language when there are enough, else English, each page used once. One site in
three quotes a paragraph of one of its articles in a second article; one article in five
carries a news paragraph about donations or paywalls (appeals-dev/hard_negatives.jsonl).
Sites are interleaved at random. Paragraphs are one per line; `labels` says which are
boilerplate (passed through by unboil, read back here).

`measure` runs the binary with `--annotate` and counts, by characters, the share of the
repeated boilerplate removed and of body text lost (the quoted paragraphs are body); each
run with -j 1 and -j 2, whose outputs must be identical (the wall time is -j 2's).
"""

import collections
import gzip
import json
import os
import random
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "shared", "corpus")
BIN = os.environ.get("UNBOIL", os.path.join(HERE, "..", "target", "quick", "release", "unboil"))


def slug(name):
    s = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return s or "site"


def build(out_path):
    rng = random.Random(7)
    appeals = [json.loads(l) for l in open(os.path.join(SHARED, "appeals-dev", "appeals.jsonl"))]
    negatives = [json.loads(l) for l in open(os.path.join(SHARED, "appeals-dev", "hard_negatives.jsonl"))]
    by_pub = collections.OrderedDict()
    for a in appeals:
        by_pub.setdefault(a["publisher"], []).append(a)
    pages = collections.defaultdict(list)
    with gzip.open(os.path.join(SHARED, "train", "train.jsonl.gz"), "rt") as f:
        for line in f:
            r = json.loads(line)
            if r["view"] != "extracted":
                continue
            body = [p["text"].replace("\n", " ").strip() for p in r["paragraphs"] if p["label"] == "body"]
            body = [p for p in body if p]
            if len(body) >= 3:
                pages[r["lang"]].append(body)
    for pool in pages.values():
        rng.shuffle(pool)
    docs = []
    for s_i, (pub, items) in enumerate(by_pub.items()):
        if len(items) < 2:
            continue
        groups = collections.OrderedDict()
        for a in items:
            key = a.get("block") or a["id"]
            groups.setdefault(key, []).append(a["text"].replace("\n", " ").strip())
        places = {key: rng.choice(["top", "middle", "end", "end"]) for key in groups}
        lang = items[0]["lang"]
        pool = pages[lang] if len(pages.get(lang, [])) >= 40 else pages["en"]
        n = rng.randint(10, 40)
        site = f"{slug(pub)}-{s_i}.example"
        articles = [pool.pop() for _ in range(n)]
        if s_i % 3 == 0:
            quote = articles[0][1]
            articles[1] = articles[1][:2] + [quote] + articles[1][2:]
        for k, body in enumerate(articles):
            body = list(body)
            labels = ["body"] * len(body)
            if rng.random() < 0.2 and negatives:
                body.insert(1, negatives.pop(rng.randrange(len(negatives)))["text"].replace("\n", " "))
                labels.insert(1, "body")
            paras, labs = [], []
            for key, texts in groups.items():
                if places[key] == "top":
                    paras += texts
                    labs += ["boiler"] * len(texts)
            for i, p in enumerate(body):
                paras.append(p)
                labs.append(labels[i])
                if i == 1:
                    for key, texts in groups.items():
                        if places[key] == "middle":
                            paras += texts
                            labs += ["boiler"] * len(texts)
            for key, texts in groups.items():
                if places[key] == "end":
                    paras += texts
                    labs += ["boiler"] * len(texts)
            docs.append({
                "id": f"{site}/{k}",
                "url": f"https://www.{site}/news/{k}",
                "text": "\n".join(paras) + "\n",
                "labels": labs,
            })
    rng.shuffle(docs)
    with open(out_path, "w") as out:
        for d in docs:
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
    sites = collections.Counter(d["url"].split("/")[2] for d in docs)
    print(f"{len(docs)} documents, {len(sites)} sites, {min(sites.values())}-{max(sites.values())} a site", file=sys.stderr)


def score(corpus_path, annotated):
    removed = collections.Counter()
    total = collections.Counter()
    for line_in, line_out in zip(open(corpus_path), annotated.splitlines()):
        doc = json.loads(line_in)
        got = json.loads(line_out)
        spans = got.get("unboil", {}).get("removed", [])
        text = doc["text"].encode()
        offset = 0
        paras = doc["text"].split("\n")[:-1]
        for para, label in zip(paras, doc["labels"]):
            start, end = offset, offset + len(para.encode()) + 1
            offset = end
            gone = any(s <= start and end <= e for s, e, *_ in spans)
            total[label] += len(para)
            if gone:
                removed[label] += len(para)
        assert offset == len(text), doc["id"]
    return removed, total


def run(args, corpus_path, stdin=False):
    started = time.time()
    if stdin:
        with open(corpus_path, "rb") as f:
            out = subprocess.run([BIN, "--format", "jsonl", "--annotate", "-q"] + args, stdin=f, capture_output=True, check=True)
    else:
        out = subprocess.run([BIN, "--annotate", "-q"] + args + [corpus_path], capture_output=True, check=True)
    return out.stdout.decode(), time.time() - started


def measure(corpus_path):
    rows = [
        ("model alone", [], False),
        ("--learn-sites (files, two passes)", ["--learn-sites"], False),
        ("--learn-sites, stdin (stream, 1000 documents read ahead)", ["--learn-sites"], True),
        ("--learn-sites --site-lookahead 0, stdin (stream, earlier documents only)",
         ["--learn-sites", "--site-lookahead", "0"], True),
    ]
    print("| run | repeated boilerplate removed | body characters lost | wall |")
    print("| --- | --- | --- | --- |")
    outputs = {}
    for name, args, stdin in rows:
        for j in ("1", "2"):
            out, secs = run(args + ["-j", j], corpus_path, stdin)
            outputs[(name, j)] = out
        removed, total = score(corpus_path, out)
        print(f"| {name} | {100 * removed['boiler'] / total['boiler']:.2f}% | "
              f"{100 * removed['body'] / total['body']:.3f}% ({removed['body']} of {total['body']}) | {secs:.1f} s |")
    for name, _, _ in rows:
        same = outputs[(name, "1")] == outputs[(name, "2")]
        print(f"{name}: -j 1 and -j 2 {'identical' if same else 'DIFFER'}")


def thresholds():
    """Share of body and boilerplate characters (train, both views) in paragraphs that repeat
    in at least N documents and 10% of their site (sites of 5+ pages): what a guard costs."""
    recs = [json.loads(l) for l in gzip.open(os.path.join(SHARED, "train", "train.jsonl.gz"))]

    def norm(t):
        t = re.sub(r"\d+", "0", t.lower())
        return re.sub(r"[\W_]+", " ", t).strip()

    for view in ("extracted", "fulltext"):
        sites = collections.defaultdict(list)
        for r in recs:
            if r["view"] == view:
                sites[r["domain"]].append(r)
        hit, total = collections.Counter(), collections.Counter()
        for rs in sites.values():
            counts = collections.Counter()
            for r in rs:
                counts.update({k for k in (norm(p["text"]) for p in r["paragraphs"]) if re.search(r"[^\W\d_]", k)})
            for r in rs:
                for p in r["paragraphs"]:
                    if p["label"] is None:
                        continue
                    total[p["label"]] += len(p["text"])
                    c = counts.get(norm(p["text"]), 0)
                    for n in (2, 3, 4, 5, 6):
                        if len(rs) >= 5 and c >= n and c >= 0.1 * len(rs):
                            hit[(p["label"], n)] += len(p["text"])
        for n in (2, 3, 4, 5, 6):
            print(f"{view}: in >= {n} documents: body {100 * hit[('body', n)] / total['body']:.3f}%, "
                  f"boilerplate {100 * hit[('boiler', n)] / total['boiler']:.1f}%")


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in ("build", "measure", "thresholds"):
        sys.exit(__doc__)
    if sys.argv[1] == "build":
        build(sys.argv[2])
    elif sys.argv[1] == "measure":
        measure(sys.argv[2])
    else:
        thresholds()
