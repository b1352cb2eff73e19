#!/usr/bin/env python3
"""Counts the instructions unboil spends per MB of input, with callgrind.

  scripts/bench-instructions.py [--bin target/release/unboil] [--inputs bench,dev,devjsonl]
                                [--mb 4] [--args='--lang en']

For each input, runs the binary under `valgrind --tool=callgrind` on the first MB/2 and
on the first MB megabytes (10^6 bytes) of it and prints the *steady state*: the instructions of the
larger run minus those of the smaller one, per MB of the difference (start-up, building
the automaton and most lazy regex compilation cancel). Instruction counts do not depend
on the machine's load, so figures taken on a shared machine compare.

Inputs:
  bench     the generated English news stream of `bench-1gb.py` (text, one document)
  dev       the development texts (../shared/corpus/dev.jsonl.gz) one after another,
            as one text document (its language is detected from its start)
  devjsonl  the development texts as JSONL records (`--format jsonl -j 1`): each
            document's language detected on its own, as in a corpus run
  appeals   the appeals documents (../shared/corpus/appeals-dev/docs.jsonl, 8 languages)
            as JSONL records, repeated
  empty     empty input: start-up alone (one run, not a difference)

The development texts are only read to be piped through the binary; nothing is kept.
"""

import argparse
import gzip
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

def _bench_text_source():
    """bench-1gb.py, whose sentences make the `bench` input (one source for both)."""
    spec = importlib.util.spec_from_file_location("bench_1gb", ROOT / "scripts" / "bench-1gb.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_BENCH = _bench_text_source()
NEWS, BOILER = _BENCH.NEWS, _BENCH.BOILER


def repeat_to(chunks, size):
    """Bytes of `chunks` (a list of bytes, each a whole unit) repeated to at least `size`."""
    out = bytearray()
    while len(out) < size:
        for chunk in chunks:
            out += chunk
            if len(out) >= size:
                break
    return bytes(out)


def make_input(name, corpus, size):
    """(bytes, extra args) of input `name`, about `size` bytes, cut at a unit's end."""
    if name == "bench":
        block = ("\n".join(NEWS * 5 + BOILER) + "\n").encode()
        return repeat_to([block], size), []
    if name == "empty":
        return b"", []
    if name in ("dev", "devjsonl"):
        with gzip.open(corpus / "dev.jsonl.gz", "rt") as f:
            texts = [json.loads(line)["text"] for line in f]
        if name == "dev":
            return repeat_to([(t.rstrip("\n") + "\n\n").encode() for t in texts], size), []
        lines = [(json.dumps({"id": str(i), "text": t}) + "\n").encode() for i, t in enumerate(texts)]
        return repeat_to(lines, size), ["--format", "jsonl", "-j", "1"]
    if name == "appeals":
        with open(corpus / "appeals-dev" / "docs.jsonl") as f:
            lines = [(json.dumps({"id": r["id"], "text": r["text"]}) + "\n").encode()
                     for r in map(json.loads, f)]
        return repeat_to(lines, size), ["--format", "jsonl", "-j", "1"]
    sys.exit(f"unknown input {name!r}")


def instructions(binary, args, data, tmp):
    """Instructions callgrind counts for one run of `binary args` on `data`."""
    src = Path(tmp) / "input"
    src.write_bytes(data)
    out = Path(tmp) / "cg.out"
    cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", binary, *args]
    with open(src, "rb") as stdin:
        subprocess.run(cmd, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    for line in out.read_text(errors="replace").splitlines():
        if line.startswith("summary:") or line.startswith("totals:"):
            return int(line.split()[1])
    sys.exit("no instruction total in callgrind's output")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", default=str(ROOT / "target/release/unboil"))
    parser.add_argument("--corpus", default=str(ROOT / "../shared/corpus"))
    parser.add_argument("--inputs", default="bench,dev,devjsonl")
    parser.add_argument("--mb", type=float, default=4.0, help="size of the larger run (the smaller is half)")
    parser.add_argument("--args", default="", help="extra unboil options, e.g. '--lang en'")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    extra = args.args.split()
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.inputs.split(","):
            big, fmt = make_input(name, corpus, int(args.mb * 1e6))
            if name == "empty":
                total = instructions(args.bin, [*fmt, *extra], big, tmp)
                print(f"{name}: start-up {total / 1e6:.1f} M instructions", flush=True)
                continue
            small, _ = make_input(name, corpus, int(args.mb * 5e5))
            i_small = instructions(args.bin, [*fmt, *extra], small, tmp)
            i_big = instructions(args.bin, [*fmt, *extra], big, tmp)
            mb = (len(big) - len(small)) / 1e6
            print(f"{name}: {(i_big - i_small) / mb / 1e6:.1f} M instructions per MB, steady state "
                  f"({len(small) / 1e6:.2f} MB: {i_small / 1e6:.0f} M, "
                  f"{len(big) / 1e6:.2f} MB: {i_big / 1e6:.0f} M)", flush=True)


if __name__ == "__main__":
    main()
