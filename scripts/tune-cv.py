#!/usr/bin/env python3
"""Is there F1 left in tuning? The decision costs and signal weights, tuned and held out.

usage: scripts/tune-cv.py [--bin target/release/unboil] [--corpus ../shared/corpus]
                          [--folds 2] [--rounds 2] [--sensitivity | --list]

The decision costs (`@param`, src/decide.rs) and structural signal weights (`@signal`,
src/signals.rs) are hand-set. This script asks whether fitting them to the labels would
gain anything that holds on pages it was not fitted on:

- Every record of dev.jsonl.gz and appeals-dev/docs.jsonl gets a fold from its publisher,
  as in scripts/model-cv.py (both views of a page share it).
- For each fold, a coordinate search fits the costs and weights on the other folds: one
  value at a time moves a step down or up (×0.8 or ×1.25; ±0.3 near zero) and is kept when
  the objective gains 0.0003 or more, for `--rounds` rounds. The objective is scrapinghub
  extracted F1 plus fulltext F1, less 10× any rise in body characters lost beyond a
  tolerance (0.2 points extracted, 0.3 fulltext, the same for trafilatura's views, 0.3 in
  any appeals language) and 10× any fall in appeals recall beyond 1 point.
- The fitted values are then measured on the held-out fold beside the defaults.

`--sensitivity` instead moves each value one step either way on all the data and prints
what each step does: a quick look at whether the defaults sit at a local optimum.
`--list` prints the defaults it read from src/ as `@param`/`@signal` lines, a pattern
file to edit and pass to `unboil --patterns` (CI runs it, so the reading is checked).

Every run is `unboil eval --ignore-url --json` (the scorer's definitions, in process) with
the values as `@param`/`@signal` lines in a pattern file. Nothing is written to the repo.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Values the search leaves alone: a block may not open without an opener (30 is
# "never"), the mass cap and the strong-appeal weight only matter for appeals.
FIXED = {"open_elsewhere", "mass_max", "strong_score"}
GAIN = 0.0003
EXTRACTED, FULLTEXT = "scrapinghub/extracted", "scrapinghub/fulltext"
TOLERANCES = [(EXTRACTED, 0.002), (FULLTEXT, 0.003),
              ("trafilatura/extracted", 0.002), ("trafilatura/fulltext", 0.003)]


def model_cv():
    """scripts/model-cv.py as a module, for its publisher folds and reader."""
    spec = importlib.util.spec_from_file_location("model_cv", ROOT / "scripts/model-cv.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def defaults() -> tuple[dict[str, float], dict[str, float]]:
    """The default decision costs and signal weights, read from the Rust source."""
    decide = (ROOT / "src/decide.rs").read_text()
    signals = (ROOT / "src/signals.rs").read_text()
    block = decide[decide.index("impl Default for DecideParams"):]
    block = block[:block.index("\n}\n")]
    params = {k: float(v) for k, v in re.findall(r"(\w+): (-?[\d.]+),", block)}
    names = dict(re.findall(r'Signal::(\w+) => "(\w+)"', signals))
    block = signals[signals.index("impl Default for SignalWeights"):]
    block = block[:block.index("SignalWeights { weights }")]
    weights = {names[k]: float(v) for k, v in re.findall(r"\(Signal::(\w+), (-?[\d.]+)\)", block)}
    expected = decide[decide.index("pub const NAMES"):]
    expected = re.findall(r'"(\w+)"', expected[:expected.index("];")])
    if set(params) != set(expected) or len(weights) != len(names):
        sys.exit(f"tune-cv: read {len(params)} of {len(expected)} decision costs and "
                 f"{len(weights)} of {len(names)} signal weights from src/: update defaults()")
    return params, weights


class Evaluator:
    """Runs `unboil eval` on one set of files with given values."""

    def __init__(self, binary: str, files: list[Path], workdir: Path):
        self.binary, self.files, self.workdir = binary, [str(f) for f in files], workdir

    def run(self, params: dict[str, float], weights: dict[str, float]) -> dict:
        with tempfile.NamedTemporaryFile("w", suffix=".pat", dir=self.workdir,
                                         delete=False) as f:
            f.writelines(f"@param {k} {v:g}\n" for k, v in params.items())
            f.writelines(f"@signal {k} {v:+g}\n" for k, v in weights.items())
        try:
            done = subprocess.run([self.binary, "eval", *self.files, "--ignore-url", "--json",
                                   "--patterns", f.name], capture_output=True, text=True)
        finally:
            Path(f.name).unlink()
        if done.returncode != 0:
            sys.exit(f"tune-cv: {self.binary} eval failed: {done.stderr.strip()}")
        groups = json.loads(done.stdout)["groups"]
        figures = {}
        for name, metrics in groups.items():
            shingle = metrics.get("shingle") or {}
            figures[name] = {"f1": shingle.get("f1"),
                             "loss": metrics["paragraphs"]["body_char_loss"],
                             "boiler": metrics["paragraphs"]["boiler"],
                             "recall": metrics["paragraphs"]["removal_recall"]}
        appeals = [m for name, m in figures.items() if name.startswith("appeals/")]
        boiler = sum(m["boiler"] for m in appeals)
        figures["appeals"] = {
            "recall": sum(m["boiler"] * (m["recall"] or 0) for m in appeals) / max(boiler, 1),
            "loss": max((m["loss"] or 0) for m in appeals) if appeals else 0.0}
        return figures


def objective(figures: dict, base: dict) -> float:
    """Extracted plus fulltext F1, less the penalties the module docstring lists."""
    value = figures[EXTRACTED]["f1"] + figures[FULLTEXT]["f1"]
    for group, tolerance in TOLERANCES:
        value -= 10 * max(0.0, figures[group]["loss"] - base[group]["loss"] - tolerance)
    value -= 10 * max(0.0, base["appeals"]["recall"] - figures["appeals"]["recall"] - 0.01)
    value -= 10 * max(0.0, figures["appeals"]["loss"] - base["appeals"]["loss"] - 0.003)
    return value


def steps(value: float) -> list[float]:
    """One step down and one up from `value`."""
    if abs(value) > 0.25:
        return [round(value * 0.8, 3), round(value * 1.25, 3)]
    return [round(value - 0.3, 3), round(value + 0.3, 3)]


def search(evaluator: Evaluator, rounds: int) -> tuple[dict, dict]:
    """Coordinate search from the defaults; returns the values that changed."""
    params, weights = defaults()
    base = evaluator.run(params, weights)
    best = objective(base, base)
    for _ in range(rounds):
        improved = False
        for values in (params, weights):
            for name in [n for n in values if n not in FIXED]:
                current = values[name]
                for value in steps(current):
                    values[name] = value
                    score = objective(evaluator.run(params, weights), base)
                    if score >= best + GAIN:
                        best, current, improved = score, value, True
                    values[name] = current
        if not improved:
            break
    params0, weights0 = defaults()
    return ({k: v for k, v in params.items() if v != params0[k]},
            {k: v for k, v in weights.items() if v != weights0[k]})


def row(figures: dict) -> str:
    """One line of the figures the search weighs."""
    e, f = figures[EXTRACTED], figures[FULLTEXT]
    return (f"extracted F1 {e['f1']:.4f} lost {e['loss']:.4f} · fulltext F1 {f['f1']:.4f} "
            f"lost {f['loss']:.4f} · trafilatura lost {figures['trafilatura/extracted']['loss']:.4f}"
            f"/{figures['trafilatura/fulltext']['loss']:.4f} · appeals removed "
            f"{figures['appeals']['recall']:.3f}")


def sensitivity(evaluator: Evaluator) -> None:
    params, weights = defaults()
    base = evaluator.run(params, weights)
    print(f"defaults: {row(base)}")
    print("one step of one value (Δ against the defaults):")
    rows = []
    for kind, values in (("@param", params), ("@signal", weights)):
        for name in values:
            if name in FIXED:
                continue
            current = values[name]
            for value in steps(current):
                values[name] = value
                figures = evaluator.run(params, weights)
                values[name] = current
                rows.append((figures[EXTRACTED]["f1"] - base[EXTRACTED]["f1"],
                             f"{kind} {name} {current:g} → {value:g}", figures))
    rows.sort(key=lambda r: -r[0])
    for delta, label, figures in rows:
        e, f = figures[EXTRACTED], figures[FULLTEXT]
        print(f"  {label:40} extracted F1 {delta:+.4f} lost {e['loss'] - base[EXTRACTED]['loss']:+.4f}"
              f" · fulltext F1 {f['f1'] - base[FULLTEXT]['f1']:+.4f}"
              f" lost {f['loss'] - base[FULLTEXT]['loss']:+.4f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bin", default=str(ROOT / "target/release/unboil"))
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared/corpus"))
    parser.add_argument("--folds", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--sensitivity", action="store_true")
    mode.add_argument("--list", action="store_true")
    args = parser.parse_args()
    if args.list:
        params, weights = defaults()
        print("# unboil's default decision costs and signal weights (scripts/tune-cv.py --list)")
        print("".join(f"@param {k} {v:g}\n" for k, v in params.items()), end="")
        print("".join(f"@signal {k} {v:+g}\n" for k, v in weights.items()), end="")
        return 0
    cv = model_cv()
    corpus = Path(args.corpus)
    records = cv.read(corpus / "dev.jsonl.gz") + cv.read(corpus / "appeals-dev/docs.jsonl")
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        if args.sensitivity:
            everything = workdir / "all.jsonl"
            everything.write_text("".join(records), encoding="utf-8")
            sensitivity(Evaluator(args.bin, [everything], workdir))
            return 0
        folds = [[] for _ in range(args.folds)]
        for line in records:
            folds[cv.fold_of(json.loads(line), args.folds)].append(line)
        for k, lines in enumerate(folds):
            (workdir / f"fold{k}.jsonl").write_text("".join(lines), encoding="utf-8")

        def run_fold(k: int) -> str:
            train = [workdir / f"fold{j}.jsonl" for j in range(args.folds) if j != k]
            held_out = Evaluator(args.bin, [workdir / f"fold{k}.jsonl"], workdir)
            params, weights = search(Evaluator(args.bin, train, workdir), args.rounds)
            p0, w0 = defaults()
            before = held_out.run(p0, w0)
            after = held_out.run({**p0, **params}, {**w0, **weights})
            changed = ", ".join(f"{name} {value:g}" for name, value in {**params, **weights}.items())
            return (f"fold {k} held out; fitted on the others: {changed or 'nothing changed'}\n"
                    f"  defaults: {row(before)}\n  fitted:   {row(after)}")

        with ThreadPoolExecutor(max_workers=args.folds) as pool:
            for report in pool.map(run_fold, range(args.folds)):
                print(report, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
