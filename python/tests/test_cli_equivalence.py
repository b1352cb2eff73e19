"""clean_many gives exactly what the command line writes, on the development corpus."""

import json
import subprocess


def run_cli(cli, tmp_path, records, *args):
    src = tmp_path / "in.jsonl"
    with open(src, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    out = subprocess.run(
        [str(cli), "--format", "jsonl", "--quiet", *args, str(src)], capture_output=True, check=True
    )
    return [json.loads(line)["text"] for line in out.stdout.decode("utf-8").splitlines()]


def test_clean_many_equals_the_cli(filter_, cli, dev_records, tmp_path):
    texts = [r["text"] for r in dev_records]
    assert len(texts) > 1000
    expected = run_cli(cli, tmp_path, dev_records)
    assert len(expected) == len(texts)
    # Each call reuses the cleaners the calls before it warmed up (one filter for all),
    # and the batches cut the texts differently for each thread count.
    for threads in (2, 1, 3, 2):
        got = filter_.clean_many(texts, threads=threads)
        assert len(got) == len(texts)
        differ = [i for i, (a, b) in enumerate(zip(got, expected)) if a != b]
        first = differ and dev_records[differ[0]]["id"]
        assert not differ, f"threads={threads}: {len(differ)} documents differ, first: {first}"
    assert sum(map(len, got)) < sum(map(len, texts))
    kept = [clean for clean, _ in filter_.annotate_many(texts, threads=2)]
    assert kept == expected


def test_clean_many_with_urls_equals_the_cli(filter_, cli, dev_records, tmp_path):
    records = dev_records[:300]
    expected = run_cli(cli, tmp_path, records, "--url-field", "url", "--mode", "recall")
    import unboil

    got = unboil.Filter(mode="recall").clean_many(
        [r["text"] for r in records], urls=[r["url"] for r in records], threads=2
    )
    assert got == expected
