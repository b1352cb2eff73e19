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
    got = filter_.clean_many(texts, threads=2)
    differ = [i for i, (a, b) in enumerate(zip(got, expected)) if a != b]
    assert not differ, f"{len(differ)} documents differ, first: {dev_records[differ[0]]['id']}"
    assert sum(map(len, got)) < sum(map(len, texts))


def test_clean_many_with_urls_equals_the_cli(filter_, cli, dev_records, tmp_path):
    records = dev_records[:300]
    expected = run_cli(cli, tmp_path, records, "--url-field", "url", "--mode", "recall")
    import unboil

    got = unboil.Filter(mode="recall").clean_many(
        [r["text"] for r in records], urls=[r["url"] for r in records], threads=2
    )
    assert got == expected
