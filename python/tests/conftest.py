"""Shared fixtures: the checkout's paths, the command-line binary, the dev corpus."""

import gzip
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "dev.jsonl.gz"


def in_ci() -> bool:
    return bool(os.environ.get("CI"))


def missing(what: str):
    """Skip a test whose input is missing, except under CI, where it fails."""
    if in_ci():
        pytest.fail(f"{what} is missing (CI is set: nothing may be skipped)")
    pytest.skip(f"{what} is missing")


@pytest.fixture(scope="session")
def article() -> str:
    return (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def cli() -> Path:
    """The release binary of this checkout, built when missing and cargo is there."""
    binary = ROOT / "target" / "release" / "unboil"
    if not binary.exists() and shutil.which("cargo"):
        subprocess.run(["cargo", "build", "--release", "--locked"], cwd=ROOT, check=True)
    if not binary.exists():
        missing(str(binary))
    return binary


@pytest.fixture(scope="session")
def dev_records():
    """The development corpus's records (id, url, text), read at test time."""
    if not CORPUS.exists():
        missing(str(CORPUS))
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    return [{"id": r["id"], "url": r.get("url"), "text": r["text"]} for r in records]


@pytest.fixture(scope="session")
def filter_():
    import unboil

    return unboil.Filter()
