#!/usr/bin/env python3
"""Offline licence check of every crate the unboil library and binary link (normal
dependencies, transitively, proc-macros included; dev- and build-only crates are listed
apart and checked too). Reads `cargo metadata --locked --offline`, so it needs no network once the crates
are fetched, and fails when a crate's SPDX expression cannot be satisfied by the
allow-list below (the licences compatible with unboil's MIT OR Apache-2.0).

    scripts/licenses.py            check, print one line per crate
    scripts/licenses.py --quiet    check, print only problems and the summary
    scripts/licenses.py --quiet --manifest-path python/Cargo.toml
                                   the same for another workspace (the Python binding)

`cargo deny check licenses` does the same job where cargo-deny is installed (see
deny.toml); its advisory check needs the RustSec database, which is not reachable here.
"""

import json
import re
import subprocess
import sys

ALLOWED = {
    "MIT", "Apache-2.0", "Apache-2.0 WITH LLVM-exception", "BSD-2-Clause", "BSD-3-Clause",
    "ISC", "Zlib", "0BSD", "Unicode-3.0", "Unicode-DFS-2016", "Unlicense", "BSL-1.0",
}


def satisfiable(expr):
    """True when some alternative of an SPDX expression uses only allowed licences.
    Handles OR / AND, parentheses and the legacy `/` separator."""
    expr = expr.replace("/", " OR ")
    tokens = re.findall(r"\(|\)|[^\s()]+(?: WITH [^\s()]+)?", expr.replace(" WITH ", "\u0000"))
    tokens = [t.replace("\u0000", " WITH ") for t in tokens]
    pos = 0

    def parse_or():
        nonlocal pos
        ok = parse_and()
        while pos < len(tokens) and tokens[pos] == "OR":
            pos += 1
            ok = parse_and() or ok
        return ok

    def parse_and():
        nonlocal pos
        ok = parse_atom()
        while pos < len(tokens) and tokens[pos] == "AND":
            pos += 1
            ok = parse_atom() and ok
        return ok

    def parse_atom():
        nonlocal pos
        token = tokens[pos]
        pos += 1
        if token == "(":
            ok = parse_or()
            pos += 1  # ")"
            return ok
        return token in ALLOWED

    return parse_or()


def main():
    quiet = "--quiet" in sys.argv
    manifest = []
    if "--manifest-path" in sys.argv[:-1]:
        manifest = ["--manifest-path", sys.argv[sys.argv.index("--manifest-path") + 1]]
    try:
        meta = json.loads(subprocess.run(
            ["cargo", "metadata", "--format-version", "1", "--locked", "--offline", *manifest],
            check=True, capture_output=True, text=True).stdout)
    except FileNotFoundError:
        print("licenses: cargo is not installed", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as e:
        # Offline, cargo needs every locked crate on disk, those of other platforms too.
        print("licenses: cargo metadata failed; run `cargo fetch --locked` first "
              "(it fetches the crates of every platform):", file=sys.stderr)
        print(e.stderr.strip(), file=sys.stderr)
        return 1
    packages = {p["id"]: p for p in meta["packages"]}
    nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
    root = meta["resolve"]["root"]
    # Crates linked into the library and binary: normal edges only, from the root.
    linked, todo = set(), [root]
    while todo:
        node = nodes[todo.pop()]
        for dep in node["deps"]:
            if any(k["kind"] is None for k in dep["dep_kinds"]) and dep["pkg"] not in linked:
                linked.add(dep["pkg"])
                todo.append(dep["pkg"])
    problems = 0
    for pid in sorted(nodes, key=lambda i: packages[i]["name"]):
        if pid == root:
            continue
        package = packages[pid]
        licence = package.get("license") or ""
        ok = bool(licence) and satisfiable(licence)
        scope = "normal" if pid in linked else "dev/build"
        if not ok:
            problems += 1
        if not ok or not quiet:
            print(f"{'ok  ' if ok else 'FAIL'} {scope:9} {package['name']} {package['version']}: {licence or '(none)'}")
    print(f"{len(nodes) - 1} crates ({len(linked)} through normal dependencies, proc-macros included), {problems} licence problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
