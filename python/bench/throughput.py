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
CPU time of each run (all its threads; the CLI child's) is printed too, with the cores
it kept busy (CPU time / wall time) and those other processes kept busy meanwhile (from
/proc/stat): a round in which others took CPU time measures the machine as much as the
code, so the figures are also given over the quiet rounds alone. --wait-idle S waits
(up to S seconds) before each round for the machine to be idle.

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


def machine_seconds():
    """(busy, stolen) CPU seconds of the whole machine so far, from /proc/stat (Linux)."""
    try:
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:9]]
    except OSError:
        return None
    hz = os.sysconf("SC_CLK_TCK")
    idle = fields[3] + fields[4]
    return (sum(fields) - idle - fields[7]) / hz, fields[7] / hz


class Run:
    """One timed call: wall-clock and CPU seconds, and the cores other processes kept
    busy meanwhile (the machine's busy time less this run's own)."""

    def __init__(self, call):
        machine, start, cpu = machine_seconds(), time.perf_counter(), cpu_seconds()
        call()
        self.wall = time.perf_counter() - start
        self.cpu = cpu_seconds() - cpu
        after = machine_seconds()
        if machine and after:
            self.others = max(0.0, (after[0] - machine[0] - self.cpu) / self.wall)
            self.stolen = (after[1] - machine[1]) / self.wall
        else:
            self.others = self.stolen = float("nan")


def wait_idle(limit):
    """Waits until the machine has been idle (less than 0.1 cores busy) for 5 s, or for
    `limit` seconds at most; returns whether it was."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        before = machine_seconds()
        if before is None:
            return False
        time.sleep(5)
        if (machine_seconds()[0] - before[0]) / 5 < 0.1:
            return True
    return False


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
    parser.add_argument(
        "--wait-idle",
        type=float,
        default=0,
        metavar="S",
        help="before each round, wait up to S seconds for the machine to be idle",
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
    rounds = []
    try:
        for n in range(args.runs):
            idle = wait_idle(args.wait_idle) if args.wait_idle > 0 else None
            done = {}
            for key in order[n % 4 :] + order[: n % 4]:
                done[key] = Run(runs[key][1])
            rounds.append(done)
            print(
                f"  round {n + 1}{' (machine not idle before)' if idle is False else ''}: "
                + "  ".join(f"{k} {size / r.wall / 1e6:5.2f} MB/s" for k, r in done.items())
                + f"; others kept {max(r.others for r in done.values()):.2f} cores busy at most;"
                f" load {load()}",
                flush=True,
            )
    finally:
        os.unlink(jsonl)

    # A quiet round: no run of it shared the machine with more than a tenth of a core.
    quiet = [r for r in rounds if all(run.others < 0.1 and run.stolen < 0.1 for run in r.values())]
    summary(f"all {len(rounds)} rounds", rounds, runs, size)
    if quiet and len(quiet) < len(rounds):
        summary(f"the {len(quiet)} quiet rounds (others < 0.1 cores in each run)", quiet, runs, size)
    elif not quiet:
        print("no round was quiet: other processes took CPU time in each, so the ratios of")
        print("two-thread to one-thread runs say what the machine allowed, not what the code does")
    return 0


def summary(what, rounds, runs, size):
    median = statistics.median
    print(f"{what}: medians")
    for key, (label, _) in runs.items():
        wall = [r[key].wall for r in rounds]
        cpu = median([r[key].cpu for r in rounds])
        cores = median([r[key].cpu / r[key].wall for r in rounds])
        others = median([r[key].others for r in rounds])
        print(
            f"  {label:26} {size / median(wall) / 1e6:6.2f} MB/s ({size / max(wall) / 1e6:.2f}"
            f"-{size / min(wall) / 1e6:.2f}), {size / cpu / 1e6:5.2f} MB per CPU-second, "
            f"{cores:.2f} cores used, others {others:.2f}"
        )

    def ratio(faster, slower, label):
        values = [r[slower].wall / r[faster].wall for r in rounds]
        print(f"  {label:34} {median(values):.2f}x (rounds: {', '.join(f'{v:.2f}' for v in values)})")

    print("  ratios of wall-clock speed within a round:")
    ratio("py1", "cli1", "clean_many threads=1 / CLI -j 1")
    ratio("py2", "py1", "clean_many threads=2 / threads=1")
    ratio("cli2", "cli1", "CLI -j 2 / -j 1")
    ratio("py2", "cli2", "clean_many threads=2 / CLI -j 2")


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
