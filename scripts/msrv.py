#!/usr/bin/env python3
"""Checks that the minimum supported Rust version in Cargo.toml (`rust-version`) is at
least the `rust-version` of every locked package: a locked dependency that needs a newer
compiler makes the stated MSRV untrue. Reads `cargo metadata --locked --offline` (run
`cargo fetch --locked` first).

    scripts/msrv.py        check; print the packages that need more than the MSRV
"""

import json
import subprocess
import sys


def version(text):
    """`1.88` or `1.85.0` as a comparable tuple (missing parts are 0)."""
    parts = [int(p) for p in text.split(".")]
    return tuple(parts + [0] * (3 - len(parts)))


def main():
    try:
        out = subprocess.run(
            ["cargo", "metadata", "--format-version", "1", "--locked", "--offline"],
            check=True, capture_output=True, text=True).stdout
    except FileNotFoundError:
        print("msrv: cargo is not installed", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as e:
        print("msrv: cargo metadata failed (run `cargo fetch --locked` first):", file=sys.stderr)
        print(e.stderr.strip(), file=sys.stderr)
        return 1
    meta = json.loads(out)
    root = meta["resolve"]["root"]
    packages = {p["id"]: p for p in meta["packages"]}
    stated = packages[root].get("rust_version")
    if not stated:
        print("msrv: Cargo.toml states no rust-version", file=sys.stderr)
        return 1
    newer = sorted(
        (version(p["rust_version"]), p["name"], p["version"])
        for p in meta["packages"]
        if p.get("rust_version") and version(p["rust_version"]) > version(stated))
    for need, name, ver in newer:
        print(f"msrv: {name} {ver} needs Rust {'.'.join(map(str, need))}, "
              f"more than Cargo.toml's rust-version {stated}", file=sys.stderr)
    if newer:
        return 1
    highest = max((version(p["rust_version"]) for p in meta["packages"] if p.get("rust_version")),
                  default=version(stated))
    print(f"msrv: rust-version {stated}; the most any locked package needs is "
          f"{'.'.join(map(str, highest[:2]))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
