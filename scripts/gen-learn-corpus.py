#!/usr/bin/env python3
"""Writes a synthetic JSONL corpus for measuring `unboil learn`: DOCS documents, half on
1,000 large sites (about DOCS/2000 documents each), half on DOCS/20 small sites (about 10
each). Each document has four body paragraphs of random words (never repeated) and its
site's three boilerplate paragraphs, one of them with a changing date.

usage: gen-learn-corpus.py DOCS > corpus.jsonl     (deterministic: fixed seed)
"""

import json
import random
import sys

docs = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
rng = random.Random(1)
syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "den", "mar", "tol", "bri", "sun", "pel"]
words = sorted({"".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(20000)})
months = ["January", "March", "May", "July", "September", "November"]
big, small = 1000, max(1, docs // 20)
out = sys.stdout
for k in range(docs):
    site = f"big{rng.randrange(big)}.example" if rng.random() < 0.5 else f"small{rng.randrange(small)}.example"
    body = [" ".join(rng.choice(words) for _ in range(12)).capitalize() + "." for _ in range(4)]
    boiler = [
        f"Support {site} and its reporters: become a member today.",
        f"Updated {rng.randint(1, 28)} {rng.choice(months)} {rng.randint(2000, 2025)}, {rng.randint(0, 23)}:{rng.randint(0, 59):02d}",
        f"Copyright {site}. All rights reserved.",
    ]
    text = "\n".join(body[:2] + [boiler[1]] + body[2:] + [boiler[0], boiler[2]]) + "\n"
    out.write(json.dumps({"url": f"https://www.{site}/story/{k}", "text": text}) + "\n")
