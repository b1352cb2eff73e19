#!/usr/bin/env python3
"""Seeds fuzz/corpus/<target> from the project's own fixtures and pattern files (no
evaluation data), with the control bytes each target reads first. Run once before a
first fuzzing run on a fresh checkout: fuzz/seed.py"""
import glob
import json
import os

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
docs = sorted(f for f in glob.glob(f"{root}/tests/fixtures/docs/*.txt") if not f.endswith(".expected.txt"))
texts = [open(f, "rb").read() for f in docs]
pats = sorted(glob.glob(f"{root}/patterns/**/*.pat", recursive=True))


def write(target, name, data):
    folder = os.path.join(here, "corpus", target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


for i, t in enumerate(texts):
    write("decode", f"seed{i}", bytes([i * 37 % 256]) + t[:3000])
    write("split", f"seed{i}", bytes([i * 29 % 256]) + t[:3000])
    write("pipeline", f"seed{i}", bytes([i * 13 % 256, i * 71 % 256]) + t[:3000])
    record = {"url": f"https://example.org/{i}", "text": t.decode("utf-8", "replace")[:1500], "n": [i, {"x": None}]}
    write("jsonl", f"seed{i}", (json.dumps(record, ensure_ascii=(i % 2 == 0)) + '\n{"text": "a\\nb"}\n').encode())
write("decode", "bad", b"\x00a\xff\xfe\xef\xbf\xbd\xe2\x82")
write("decode", "utf16", b"\x86\xff\xfeh\x00i\x00")
write("jsonl", "bad", b'{"text": "x\xffy"}\n[1]\n{"text": 3}\n')
for i, p in enumerate(pats[:30]):
    data = open(p, "rb").read()[:3000]
    write("patterns", f"seed{i}", data + (b"\x00" + texts[i % len(texts)][:800] if i % 2 else b""))
write("patterns", "errors", b"@weight x\n+2 /(/\n@category nope\n+1 role=opener anchor=start \"a\"\n@param foo 1\n@signal bar 2\n")
