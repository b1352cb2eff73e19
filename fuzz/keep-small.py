#!/usr/bin/env python3
"""Keeps a fuzz corpus small enough to commit: after `cargo fuzz cmin`, keeps the
smallest inputs of each target up to a byte budget (the seeds regrow the rest).
Usage: fuzz/keep-small.py [BYTES_PER_TARGET] [TARGET...]  (default 60000, all targets)"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
budget = int(sys.argv[1]) if len(sys.argv) > 1 else 60_000
targets = sys.argv[2:] or sorted(os.listdir(os.path.join(here, "corpus")))
for target in targets:
    folder = os.path.join(here, "corpus", target)
    files = sorted((os.path.getsize(os.path.join(folder, f)), f) for f in os.listdir(folder))
    total, kept = 0, 0
    for size, name in files:
        if total + size <= budget:
            total += size
            kept += 1
        else:
            os.remove(os.path.join(folder, name))
    print(f"{target}: kept {kept} of {len(files)} inputs, {total} bytes")
