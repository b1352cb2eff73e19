"""Throughput of the Python binding against the command line, on the dev corpus.

    python python/bench/throughput.py [--runs 5] [--mb 50] [--bin target/release/unboil]
    python python/bench/throughput.py --callgrind [--mb 1]

Times, over the `text` of every record of ../shared/corpus/dev.jsonl.gz, repeated until
they add up to at least --mb megabytes of UTF-8:
  - the command line on one core, unboil --format jsonl -j 1 (JSON read and written,
    start-up included), and on two, -j 2;
  - Filter.clean_many(texts, threads=1) and threads=2 (str in, str out).
The four are run one after the other in a round, in an order that rotates from round to
round, for --runs rounds; each figure is the median over the rounds, and each ratio the
median of the ratios taken within a round, so that a machine whose load changes from
minute to minute still compares like with like. MB/s counts the texts' UTF-8 bytes. The
CPU time of each run (all its threads; the CLI child's) is printed too, and the load
average and the CPU time stolen by the hypervisor during the rounds, which say how much
of two cores the runs could have had.

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
import statistics
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


def timed(call):
    """Wall-clock and CPU seconds of one call."""
    start, cpu = time.perf_counter(), cpu_seconds()
    call()
    return time.perf_counter() - start, cpu_seconds() - cpu


def cpu_ticks():
    """(all, idle, steal) jiffies of the machine, from /proc/stat (Linux)."""
    try:
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
    except OSError:
        return None
    idle = fields[3] + fields[4]
    steal = fields[7] if len(fields) > 7 else 0
    return sum(fields[:8]), idle, steal


def load():
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="rounds (default 5)")
    parser.add_argument("--bin", default=str(ROOT / "target" / "release" / "unboil"))
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "dev.jsonl.gz"))
    parser.add_argument("--callgrind", action="store_true", help="count instructions per MB")
    parser.add_argument(
        "--mb", type=float, help="MB of text (default 50; with --callgrind 1): the texts repeated to that size"
    )
    args = parser.parse_args()

    with gzip.open(args.corpus, "rt", encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]

    if args.callgrind:
        args.mb = args.mb or 1.0
        return callgrind(args, texts)

    args.mb = args.mb or 50.0
    once = sum(len(t.encode("utf-8")) for t in texts)
    copies = max(1, -(-int(args.mb * 1e6) // once))
    texts = texts * copies
    size = once * copies
    print(
        f"{len(texts)} texts (the dev texts {copies} times), {size / 1e6:.1f} MB; "
        f"{args.runs} rounds, alternated; {os.cpu_count()} cores; load average {load()}"
    )

    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as f:
        for t in texts:
            f.write(json.dumps({"text": t}, ensure_ascii=False) + "\n")
        jsonl = f.name

    def cli(jobs):
        cmd = [args.bin, "--format", "jsonl", "-j", str(jobs), "--quiet", jsonl]
        return lambda: subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)

    filter_ = unboil.Filter()
    # The first call of a filter on each thread warms its cleaners up (kept for later
    # calls), as the CLI's start-up builds its filter: both are outside the steady state.
    filter_.clean_many(texts[:200], threads=1)
    filter_.clean_many(texts[:200], threads=2)
    runs = {
        "cli1": ("CLI --format jsonl -j 1", cli(1)),
        "cli2": ("CLI --format jsonl -j 2", cli(2)),
        "py1": ("clean_many threads=1", lambda: filter_.clean_many(texts, threads=1)),
        "py2": ("clean_many threads=2", lambda: filter_.clean_many(texts, threads=2)),
    }
    order = list(runs)
    results = {key: [] for key in runs}
    ticks = cpu_ticks()
    try:
        for n in range(args.runs):
            for key in order[n % 4 :] + order[: n % 4]:
                results[key].append(timed(runs[key][1]))
            round_ = {k: v[-1][0] for k, v in results.items()}
            print(
                f"  round {n + 1}: " + "  ".join(f"{k} {size / w / 1e6:5.2f} MB/s" for k, w in round_.items())
                + f"   load {load()}",
                flush=True,
            )
    finally:
        os.unlink(jsonl)
    stolen = ""
    after = cpu_ticks()
    if ticks and after:
        total, idle, steal = (b - a for a, b in zip(ticks, after))
        stolen = (
            f"; of the machine's CPU time during the rounds, {100 * idle / total:.0f}% idle, "
            f"{100 * steal / total:.0f}% stolen by the hypervisor"
        )
    print(f"load average after: {load()}{stolen}")

    def median(values):
        return statistics.median(values)

    for key, (label, _) in runs.items():
        wall = [w for w, _ in results[key]]
        cpu = median([c for _, c in results[key]])
        print(
            f"{label:26} {size / median(wall) / 1e6:6.2f} MB/s wall (median; {size / max(wall) / 1e6:.2f}"
            f"-{size / min(wall) / 1e6:.2f}), {size / cpu / 1e6:6.2f} MB per CPU-second"
        )

    def ratio(faster, slower, what):
        values = [results[slower][i][0] / results[faster][i][0] for i in range(args.runs)]
        print(f"{what:34} {median(values):.2f}x (rounds: {', '.join(f'{v:.2f}' for v in values)})")

    print("ratios of wall-clock speed within a round, median:")
    ratio("py1", "cli1", "clean_many threads=1 / CLI -j 1")
    ratio("py2", "py1", "clean_many threads=2 / threads=1")
    ratio("cli2", "cli1", "CLI -j 2 / -j 1")
    ratio("py2", "cli2", "clean_many threads=2 / CLI -j 2")
    ratio("py2", "cli1", "clean_many threads=2 / CLI -j 1")
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
