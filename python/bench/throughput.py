"""Throughput of the Python binding against the command line, on the dev corpus.

    python python/bench/throughput.py [--runs N] [--bin target/release/unboil]
    python python/bench/throughput.py --callgrind [--mb 1]

Times, best of N runs each, over the texts of ../shared/corpus/dev.jsonl.gz:
  - the command line on one core: unboil --format jsonl -j 1 (JSON read and written,
    start-up included), and on two (-j 2), for what the machine allows at the time;
  - Filter.clean_many(texts, threads=1) and threads=2 (str in, str out, GIL released).
MB/s counts the texts' UTF-8 bytes; the CPU time of each timed run is printed too (the
process's and the CLI child's, all threads), so that a busy machine still shows what a
core does. Wall-clock speed-up from threads needs idle cores.

--callgrind counts instructions instead, which do not depend on the machine's load (as
scripts/bench-instructions.py does for the binary): the CLI and clean_many(threads=1)
each run under valgrind on the first MB/2 and the first MB megabytes of the texts, and
the difference per MB is the steady state (start-up and the filter's build cancel).
"""

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import unboil

ROOT = Path(__file__).resolve().parents[2]


def cpu_seconds():
    """CPU time of this process and of its finished children, all threads."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def best(runs, call):
    """The best wall-clock time of `runs` calls, and the CPU time of that call."""
    results = []
    for _ in range(runs):
        start, cpu = time.perf_counter(), cpu_seconds()
        call()
        results.append((time.perf_counter() - start, cpu_seconds() - cpu))
    return min(results)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bin", default=str(ROOT / "target" / "release" / "unboil"))
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "dev.jsonl.gz"))
    parser.add_argument("--callgrind", action="store_true", help="count instructions per MB")
    parser.add_argument("--mb", type=float, default=1.0, help="with --callgrind: MB of text")
    args = parser.parse_args()

    with gzip.open(args.corpus, "rt", encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    size = sum(len(t.encode("utf-8")) for t in texts)
    print(f"{len(texts)} texts, {size / 1e6:.2f} MB, best of {args.runs} runs; {os.cpu_count()} cores")

    if args.callgrind:
        return callgrind(args, texts)

    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as f:
        for t in texts:
            f.write(json.dumps({"text": t}, ensure_ascii=False) + "\n")
        jsonl = f.name
    try:
        cmd = [args.bin, "--format", "jsonl", "-j", "1", "--quiet", jsonl]
        cli = best(args.runs, lambda: subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True))
        cmd2 = [args.bin, "--format", "jsonl", "-j", "2", "--quiet", jsonl]
        cli2 = best(args.runs, lambda: subprocess.run(cmd2, stdout=subprocess.DEVNULL, check=True))
    finally:
        os.unlink(jsonl)

    f = unboil.Filter()
    f.clean_many(texts[:50], threads=1)  # warm up
    one = best(args.runs, lambda: f.clean_many(texts, threads=1))
    two = best(args.runs, lambda: f.clean_many(texts, threads=2))

    def rate(result):
        wall, cpu = result
        return f"{size / wall / 1e6:6.1f} MB/s wall ({wall:5.2f} s), {size / cpu / 1e6:6.1f} MB per CPU-second"

    print(f"CLI --format jsonl -j 1   {rate(cli)}")
    print(f"CLI --format jsonl -j 2   {rate(cli2)}")
    print(f"clean_many threads=1      {rate(one)}")
    print(f"clean_many threads=2      {rate(two)}")
    print(f"clean_many threads=1 / CLI: {cli[0] / one[0]:.2f}x wall, {cli[1] / one[1]:.2f}x per CPU-second")
    print(f"threads=2 / threads=1:      {one[0] / two[0]:.2f}x wall, CPU time {two[1] / one[1]:.2f}x")
    print(f"the CLI's -j 2 / -j 1:      {cli[0] / cli2[0]:.2f}x wall (what the machine allows this hour)")
    print(f"clean_many threads=2 / CLI -j 2: {cli2[0] / two[0]:.2f}x wall, {cli2[1] / two[1]:.2f}x per CPU-second")
    return 0


def first_mb(texts, mb):
    """The first texts whose UTF-8 size adds up to at least `mb` megabytes."""
    out, size = [], 0
    for t in texts:
        if size >= mb * 1e6:
            break
        out.append(t)
        size += len(t.encode("utf-8"))
    return out, size


def instructions(cmd, stdin_path=None):
    """Instructions (Ir) of `cmd` under callgrind, all threads and children."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "cg.out")
        stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
        try:
            subprocess.run(
                ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}.%p", "--trace-children=no", *cmd],
                stdin=stdin,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                check=True,
            )
        finally:
            if stdin_path:
                stdin.close()
        total = 0
        for name in os.listdir(tmp):
            with open(os.path.join(tmp, name)) as f:
                for line in f:
                    if line.startswith("summary:") or line.startswith("totals:"):
                        total = max(total, int(line.split()[1]))
        return total


def callgrind(args, texts):
    rows = {}
    with tempfile.TemporaryDirectory() as tmp:
        for label, mb in (("half", args.mb / 2), ("full", args.mb)):
            part, size = first_mb(texts, mb)
            jsonl = os.path.join(tmp, f"{label}.jsonl")
            with open(jsonl, "w", encoding="utf-8") as f:
                for t in part:
                    f.write(json.dumps({"text": t}, ensure_ascii=False) + "\n")
            cli = instructions([args.bin, "--format", "jsonl", "-j", "1", "--quiet", jsonl])
            script = (
                "import json, sys, unboil\n"
                f"texts = [json.loads(l)['text'] for l in open({jsonl!r}, encoding='utf-8')]\n"
                "f = unboil.Filter()\n"
                "f.clean_many(texts, threads=1)\n"
            )
            py = instructions([sys.executable, "-c", script])
            # The same script without the cleaning: Python's start-up, reading, the build.
            base = instructions([sys.executable, "-c", script.replace("f.clean_many(texts, threads=1)", "")])
            rows[label] = (size, cli, py - base)
    size = rows["full"][0] - rows["half"][0]
    cli = (rows["full"][1] - rows["half"][1]) / (size / 1e6)
    py = (rows["full"][2] - rows["half"][2]) / (size / 1e6)
    print(f"steady state over {size / 1e6:.2f} MB of dev texts (callgrind instructions per MB)")
    print(f"CLI --format jsonl -j 1   {cli / 1e6:8.1f} M")
    print(f"clean_many threads=1      {py / 1e6:8.1f} M   ({cli / py:.2f}x the CLI's speed a core)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
