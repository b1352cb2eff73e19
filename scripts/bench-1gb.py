#!/usr/bin/env python3
"""Times the unboil binary on a generated single-document stream and reports MB/s and
peak RSS (usage: scripts/bench-1gb.py [--bin target/release/unboil] [--gb 1]).

The stream is made here from sentences of our own (no evaluation data) and piped to
`unboil` as one document, so it also checks that memory stays bounded by the window
whatever the input size.
"""

import argparse
import os
import resource
import subprocess
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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default="target/release/unboil")
    parser.add_argument("--gb", type=float, default=1.0)
    args = parser.parse_args()
    block = ("\n".join(NEWS * 5 + BOILER) + "\n").encode() * 200
    total = int(args.gb * (1 << 30))
    rounds = max(1, total // len(block))
    proc = subprocess.Popen([args.bin], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
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
