#!/usr/bin/env python3
"""Times the unboil binary on generated input and reports MB/s and peak RSS.

  scripts/bench-1gb.py [--bin target/release/unboil] [--gb 1]
      one single-document text stream piped to `unboil` (memory must stay bounded by
      the window whatever the input size)
  scripts/bench-1gb.py --format jsonl --gb 0.1 --threads 1,2 [--args '--lang en']
      a JSONL corpus file (one article per record) filtered with `-j N` for each N;
      prints MB/s per thread count and the speed-up over the first

Everything is made here from sentences of our own (no evaluation data).
"""

import argparse
import json
import os
import resource
import subprocess
import tempfile
import threading
import time

NEWS = [
    "The city council voted 7-2 on Tuesday to extend the northern tram line by four stops, ending a decade-long dispute over the route.",
    "Construction is expected to begin next spring and cost about $240 million, according to the transit authority's latest estimate.",
    "\"This line will connect thousands of people to jobs,\" said council member Ana Ruiz, who sponsored the measure.",
    "Police said two men had been arrested in connection with the robbery and were expected to appear in court on Monday.",
]
BOILER = ["Share on Facebook", "Sign up for our morning newsletter", "Advertisement",
          "Dear readers,", "Independent journalism needs your support. Please donate today.", "Remind me later."]


def jsonl_corpus(path, size):
    """Writes about `size` bytes of JSONL records of 20-40 paragraphs each."""
    written = 0
    n = 0
    with open(path, "w") as f:
        while written < size:
            paras = [BOILER[(n + i) % len(BOILER)] for i in range(n % 3)]
            paras += [NEWS[(n + i) % len(NEWS)] for i in range(16 + n % 12)]
            paras += [BOILER[(n * 3 + i) % len(BOILER)] for i in range(2 + n % 5)]
            line = json.dumps({"id": f"doc-{n}", "url": f"https://site{n % 50}.example.com/{n}",
                               "text": "\n".join(paras) + "\n", "meta": {"n": n}}) + "\n"
            f.write(line)
            written += len(line.encode())
            n += 1
    return written, n


def bench_jsonl(args):
    threads = [int(t) for t in args.threads.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "corpus.jsonl")
        size, docs = jsonl_corpus(path, int(args.gb * (1 << 30)))
        base = None
        for n in threads:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            proc = subprocess.run([args.bin, *args.args.split(), "--format", "jsonl", "-j", str(n), "-q", path],
                                  stdout=subprocess.DEVNULL)
            seconds = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            rate = size / 1e6 / seconds
            base = base or rate
            # CPU seconds say what wall time hides on a loaded machine: MB per CPU-second
            # is the single-core rate, and their sum over threads the cost of parallelism.
            print(f"binary, JSONL, {docs} records, {size / 1e6:.0f} MB, -j {n}: {seconds:.2f} s = "
                  f"{rate:.1f} MB/s ({rate / base:.2f}x), {cpu:.2f} CPU-s = {size / 1e6 / cpu:.1f} MB "
                  f"per CPU-s, peak RSS so far {after.ru_maxrss / 1024:.1f} MiB, "
                  f"load {os.getloadavg()[0]:.1f}, exit {proc.returncode}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default="target/release/unboil")
    parser.add_argument("--gb", type=float, default=1.0)
    parser.add_argument("--args", default="", help="extra unboil options, e.g. '--lang en'")
    parser.add_argument("--format", choices=["text", "jsonl"], default="text")
    parser.add_argument("--threads", default="1,2", help="with --format jsonl: -j values")
    args = parser.parse_args()
    if args.format == "jsonl":
        bench_jsonl(args)
        return
    block = ("\n".join(NEWS * 5 + BOILER) + "\n").encode() * 200
    total = int(args.gb * (1 << 30))
    rounds = max(1, total // len(block))
    proc = subprocess.Popen([args.bin, *args.args.split()], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    out_bytes = [0]

    def drain():
        while True:
            chunk = proc.stdout.read(1 << 20)
            if not chunk:
                break
            out_bytes[0] += len(chunk)

    reader = threading.Thread(target=drain)
    reader.start()
    start = time.perf_counter()
    for _ in range(rounds):
        proc.stdin.write(block)
    proc.stdin.close()
    proc.wait()
    reader.join()
    seconds = time.perf_counter() - start
    size = rounds * len(block)
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"binary, one document of {size / 1e9:.2f} GB: {seconds:.2f} s = {size / 1e6 / seconds:.1f} MB/s, "
          f"peak RSS {peak_kib / 1024:.1f} MiB, {out_bytes[0] / size:.0%} of bytes kept, exit {proc.returncode}")


if __name__ == "__main__":
    main()
