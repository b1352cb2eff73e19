#!/usr/bin/env python3
"""Adversarial runs of the unboil binary at full size, with timings and peak memory.

    scripts/adversarial.py phrases  [--n 100000]        start-up with a huge pattern file
    scripts/adversarial.py no-newline [--gb 1]          one document without a newline
    scripts/adversarial.py one-byte [--n 10000000]      millions of one-byte paragraphs
    scripts/adversarial.py lossless [--docs 100000] [--jobs N]
                                                        output + report rebuild every record
    scripts/adversarial.py openings [--mb 64]           1 MB paragraphs full of a regex's
                                                        opening literal, never matched
    scripts/adversarial.py all                          everything above at default sizes

Every run checks the losslessness invariant (output + `--report` rebuild the input),
streaming, so that the checker's memory does not grow with the input. Inputs are made
here from text of our own (no evaluation data) under target/adversarial/. `--bin`
picks the binary (default target/release/unboil: build it with `cargo build --release`).
`--jobs N` passes `-j N` to unboil (for builds that have it; omit it for one thread).
Exits non-zero when an invariant fails.
"""

import argparse
import json
import os
import random
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, "target", "adversarial")

NEWS = [
    "The regional parliament approved the water budget on Thursday by 48 votes to 31.",
    "Engineers said the new reservoir would hold enough water for two dry summers.",
    "\"We were told the pipes would last fifty years,\" one resident said at the meeting.",
    "Die Stadtwerke rechnen mit Kosten von rund 12 Millionen Euro.",
    "Водоканал сообщил, что ремонт займёт три недели.",
    "市の担当者は、工事は来年三月に終わる見込みだと話した。",
]
BOILER = [
    "Support our journalism. Become a member today.",
    "Dear readers,",
    "Subscribe to our newsletter",
    "Accept all cookies",
    "Share this article",
    "Read more:",
    "© 2026 Example Daily. All rights reserved.",
    "Remind me later.",
]
ODD = ["x", "   ", "\u001b[31mred\u001b[0m \u202etxet\u202c", "\u0000", "a\u00a0b"]
SEPARATORS = ["\n", "\n\n", "\r\n", "\n \n", ""]


def run_measured(args, stdin_path=None, stdout_path=os.devnull):
    """Runs a command; returns (exit status, seconds, peak RSS in MiB, stderr)."""
    start = time.monotonic()
    with open(stdin_path or os.devnull, "rb") as stdin, open(stdout_path, "wb") as stdout:
        proc = subprocess.Popen(args, stdin=stdin, stdout=stdout, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        err = proc.stderr.read().decode("utf-8", "replace")
        proc.stderr.close()
    seconds = time.monotonic() - start
    return os.waitstatus_to_exitcode(status), seconds, usage.ru_maxrss / 1024, err


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def check_text_lossless(input_path, output_path, report_path):
    """Streams input, output and report: the output is the input minus every reported
    [start_byte, end_byte), and each reported text is exactly that range. Valid UTF-8
    input without a BOM, so decoded offsets are file offsets."""
    chunk = 1 << 20
    blocks = 0
    with open(input_path, "rb") as inp, open(output_path, "rb") as out, open(report_path, "rb") as rep:
        at = 0

        def same(n):
            nonlocal at
            while n > 0:
                k = min(n, chunk)
                a, b = inp.read(k), out.read(k)
                if a != b:
                    fail(f"kept bytes differ near input byte {at}")
                at += k
                n -= k

        for line in rep:
            block = json.loads(line)
            if block.get("type", "block") != "block":
                continue  # per-document records (encoding, language) have no range
            start, end = block["start_byte"], block["end_byte"]
            if start < at or end < start:
                fail(f"block {start}..{end} out of order")
            same(start - at)
            removed = inp.read(end - start)
            if removed != block["text"].encode("utf-8"):
                fail(f"reported text differs from input {start}..{end}")
            at = end
            blocks += 1
        rest = inp.read()
        if rest != out.read():
            fail("tail differs")
        if out.read(1):
            fail("output longer than input")
    return blocks


def text_run(args, name, write_input, extra=()):
    os.makedirs(WORK, exist_ok=True)
    input_path = os.path.join(WORK, f"{name}.txt")
    output_path = os.path.join(WORK, f"{name}.out")
    report_path = os.path.join(WORK, f"{name}.report.jsonl")
    with open(input_path, "w", encoding="utf-8", newline="") as f:
        write_input(f)
    size = os.path.getsize(input_path)
    code, seconds, rss, err = run_measured(
        [args.bin, *extra, "--report", report_path, input_path], stdout_path=output_path)
    if code != 0:
        fail(f"{name}: exit {code}: {err}")
    blocks = check_text_lossless(input_path, output_path, report_path)
    print(f"{name}: {size / 1e6:.0f} MB in {seconds:.1f} s ({size / 1e6 / seconds:.1f} MB/s), "
          f"peak RSS {rss:.0f} MiB, {blocks} removed block(s), lossless: ok")
    if not args.keep:
        for path in (input_path, output_path, report_path):
            os.remove(path)


def cmd_no_newline(args):
    piece = "lorem ipsum dolor sit amet, " * 4096
    total = int(args.gb * (1 << 30))

    def write(f):
        written = 0
        while written < total:
            f.write(piece)
            written += len(piece)

    text_run(args, f"no-newline-{args.gb}gb", write)


def cmd_one_byte(args):
    rng = random.Random(42)

    def write(f):
        letters = "abcdefghijklmnopqrstuvwxyz"
        for _ in range(args.n // 100_000):
            f.write("".join(rng.choice(letters) + "\n" for _ in range(100_000)))

    text_run(args, f"one-byte-{args.n}", write)


def cmd_openings(args):
    # A regex whose matches open with its literal is tried anchored at each occurrence,
    # and each attempt here walks to the paragraph's end: without the per-paragraph
    # bound on attempts this input costs occurrences x length (quadratic).
    os.makedirs(WORK, exist_ok=True)
    pat = os.path.join(WORK, "openings.pat")
    with open(pat, "w", encoding="utf-8") as f:
        f.write("+3 /(?-u:\\b)xq[a-z ]*yz/\n")
    line = "xq " * ((1 << 20) // 3) + "\n"

    def write(f):
        for _ in range(args.mb):
            f.write(line)

    text_run(args, f"openings-{args.mb}mb", write, extra=("--patterns", pat))
    if not args.keep:
        os.remove(pat)


def phrase_file(path, n):
    rng = random.Random(7)
    syllables = ["ka", "lo", "mi", "ru", "te", "sa", "no", "vi", "pe", "zu", "dor", "lin", "mar", "tes"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("@category other\n@weight +6\n")
        for i in range(n):
            words = ["".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(3)]
            f.write(f"{words[0]} {words[1]} {words[2]}{i}\n")


def cmd_phrases(args):
    os.makedirs(WORK, exist_ok=True)
    pat = os.path.join(WORK, f"phrases-{args.n}.pat")
    phrase_file(pat, args.n)
    doc = os.path.join(WORK, "small.txt")
    with open(doc, "w", encoding="utf-8") as f:
        f.write("\n".join(NEWS + BOILER) + "\n")
    rows = []
    for label, extra in (("built-in patterns only", []), (f"+ {args.n:,} phrases", ["--patterns", pat])):
        runs = []
        for _ in range(3):
            code, seconds, rss, err = run_measured([args.bin, *extra, doc])
            if code != 0:
                fail(f"phrases: exit {code}: {err}")
            runs.append((seconds, rss))
        runs.sort()
        rows.append((label, runs[1][0], max(r[1] for r in runs)))
    for label, seconds, rss in rows:
        print(f"phrases: {label}: start-up + small document {seconds * 1000:.0f} ms (median of 3), peak RSS {rss:.0f} MiB")
    if not args.keep:
        os.remove(pat)


def cmd_lossless(args):
    os.makedirs(WORK, exist_ok=True)
    rng = random.Random(2026)
    input_path = os.path.join(WORK, f"docs-{args.docs}.jsonl")
    output_path = os.path.join(WORK, f"docs-{args.docs}.out.jsonl")
    report_path = os.path.join(WORK, f"docs-{args.docs}.report.jsonl")
    pool = NEWS * 3 + BOILER + ODD
    with open(input_path, "w", encoding="utf-8") as f:
        for i in range(args.docs):
            parts = []
            for _ in range(rng.randint(0, 40)):
                parts.append(rng.choice(pool))
                parts.append(rng.choice(SEPARATORS))
            f.write(json.dumps({"id": i, "url": f"https://example.org/{i}", "text": "".join(parts)},
                               ensure_ascii=bool(i % 2)) + "\n")
    command = [args.bin, "--format", "jsonl", "--report", report_path]
    if args.jobs is not None:
        command += ["-j", str(args.jobs)]
    code, seconds, rss, err = run_measured(command + [input_path], stdout_path=output_path)
    if code != 0:
        fail(f"lossless: exit {code}: {err}")
    # Report blocks by document; documents are numbered from 0 in input order.
    blocks = {}
    with open(report_path, encoding="utf-8") as rep:
        for line in rep:
            block = json.loads(line)
            if block.get("type", "block") != "block":
                continue  # per-document records (encoding, language) have no range
            blocks.setdefault(block["doc"], []).append(block)
    checked = 0
    with open(input_path, encoding="utf-8") as inp, open(output_path, encoding="utf-8") as out:
        for doc, (in_line, out_line) in enumerate(zip(inp, out)):
            original, cleaned = json.loads(in_line), json.loads(out_line)
            if {k: v for k, v in original.items() if k != "text"} != {k: v for k, v in cleaned.items() if k != "text"}:
                fail(f"document {doc}: other fields changed")
            text, kept = original["text"], cleaned["text"]
            # Offsets are UTF-8 byte offsets into the text field.
            text_b, kept_b = text.encode("utf-8"), kept.encode("utf-8")
            rebuilt, at, kept_at = bytearray(), 0, 0
            for block in blocks.get(doc, []):
                gap = block["start_byte"] - at
                rebuilt += kept_b[kept_at:kept_at + gap]
                rebuilt += block["text"].encode("utf-8")
                kept_at += gap
                at = block["end_byte"]
            rebuilt += kept_b[kept_at:]
            if bytes(rebuilt) != text_b:
                fail(f"document {doc} is not rebuilt from output + report")
            checked += 1
    if checked != args.docs:
        fail(f"{checked} documents written, {args.docs} read")
    removed = sum(len(b) for b in blocks.values())
    jobs = "1 thread" if args.jobs is None else f"-j {args.jobs}"
    print(f"lossless: {args.docs:,} documents ({os.path.getsize(input_path) / 1e6:.0f} MB, {jobs}) in "
          f"{seconds:.1f} s, peak RSS {rss:.0f} MiB, {removed:,} removed blocks: every document rebuilt")
    if not args.keep:
        for path in (input_path, output_path, report_path):
            os.remove(path)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "unboil"))
    parser.add_argument("--keep", action="store_true", help="keep the generated files")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("phrases")
    p.add_argument("--n", type=int, default=100_000)
    p = sub.add_parser("no-newline")
    p.add_argument("--gb", type=float, default=1.0)
    p = sub.add_parser("one-byte")
    p.add_argument("--n", type=int, default=10_000_000)
    p = sub.add_parser("lossless")
    p.add_argument("--docs", type=int, default=100_000)
    p.add_argument("--jobs", type=int, default=None)
    p = sub.add_parser("openings")
    p.add_argument("--mb", type=int, default=64)
    p = sub.add_parser("all")
    p.add_argument("--jobs", type=int, default=None)
    args = parser.parse_args()
    if not os.path.exists(args.bin):
        fail(f"{args.bin} not found: cargo build --release first")
    if args.command == "phrases":
        cmd_phrases(args)
    elif args.command == "no-newline":
        cmd_no_newline(args)
    elif args.command == "one-byte":
        cmd_one_byte(args)
    elif args.command == "lossless":
        cmd_lossless(args)
    elif args.command == "openings":
        cmd_openings(args)
    else:
        args.n, args.gb, args.docs = 100_000, 1.0, 100_000
        cmd_phrases(args)
        cmd_no_newline(args)
        args.n = 10_000_000
        cmd_one_byte(args)
        cmd_lossless(args)
        args.mb = 64
        cmd_openings(args)


if __name__ == "__main__":
    main()
