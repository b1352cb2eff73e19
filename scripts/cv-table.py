#!/usr/bin/env python3
"""Prints the cross-validated figures of scripts/cv.py --json runs side by side.

usage: scripts/cv-table.py NAME=RESULTS.json [NAME=RESULTS.json …] [--markdown]

One row per source/view group (shingle F1 where the group has a ground-truth body,
boilerplate paragraphs removed, body characters lost), the appeals documents one row per
language; one column group per run.
"""

from __future__ import annotations

import json
import sys


def rows(results: dict) -> dict[str, dict]:
    out = {}
    for set_name, scored in results.items():
        for r in scored["results"]:
            m = r["metrics"]
            p = m.get("paragraphs", {})
            out[f"{set_name}:{r['group']}"] = {
                "docs": m.get("docs"),
                "f1": (m.get("shingle") or {}).get("f1"),
                "rmR": p.get("removal_recall"),
                "chr": p.get("body_char_loss"),
            }
    return out


def fmt(x, digits=3):
    return "-" if x is None else f"{x:.{digits}f}"


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    markdown = "--markdown" in sys.argv
    runs = []
    for arg in args:
        name, _, path = arg.partition("=")
        with open(path, encoding="utf-8") as f:
            runs.append((name, rows(json.load(f))))
    groups = sorted({g for _, r in runs for g in r})
    header = ["group", "docs"] + [f"{name} {col}" for name, _ in runs for col in ("F1", "removed", "bodyChr lost")]
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
    else:
        print("  ".join(f"{h:>14}" if i else f"{h:<32}" for i, h in enumerate(header)))
    for g in groups:
        docs = next((r[g]["docs"] for _, r in runs if g in r), None)
        cells = [g, str(docs)]
        for _, r in runs:
            v = r.get(g, {})
            cells += [fmt(v.get("f1"), 4), fmt(v.get("rmR")), fmt(v.get("chr"), 4)]
        if markdown:
            print("| " + " | ".join(cells) + " |")
        else:
            print("  ".join(f"{c:>14}" if i else f"{c:<32}" for i, c in enumerate(cells)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
