"""The binding: cleaning, offsets, threads, pickling and errors."""

import os
import pickle
import threading

import pytest

import unboil
from conftest import ROOT

APPEAL_START = "A note from our editors:"


def test_article_loses_its_appeal_block(filter_, article):
    clean = filter_.clean(article)
    assert APPEAL_START not in clean
    assert "Support us" not in clean
    # The news is kept byte for byte: the first eight lines, unchanged.
    news = "".join(article.splitlines(keepends=True)[:8])
    assert clean == news


def test_module_level_clean(article):
    assert unboil.clean(article) == unboil.Filter().clean(article)


def test_clean_matches_the_command_line_on_the_article(filter_, article, cli):
    import subprocess

    out = subprocess.run([str(cli), str(ROOT / "examples" / "article.txt")], capture_output=True, check=True)
    assert filter_.clean(article) == out.stdout.decode("utf-8")


NON_ASCII = (
    "Жители Кельны́ эвакуированы — сообщили власти в воскресенье, 3 августа. 🔥\n"
    "Подпишитесь на нашу рассылку!\n"
    "日本語の段落です。消防当局によると、火災は約40%が鎮圧された。\n"
    "Share this article on Facebook\n"
)


def test_explain_offsets_are_python_indices(filter_):
    paragraphs = filter_.explain(NON_ASCII)
    assert len(paragraphs) == 4
    encoded = NON_ASCII.encode("utf-8")
    at = 0
    for p in paragraphs:
        assert p.start == at
        assert NON_ASCII[p.start : p.end] == p.text + p.separator
        assert encoded[p.start_byte : p.end_byte].decode("utf-8") == p.text + p.separator
        at = p.end
    assert at == len(NON_ASCII)
    removed = [p for p in paragraphs if not p.kept]
    assert removed and all(p.category for p in removed)
    assert all(p.category is None for p in paragraphs if p.kept)
    kept = "".join(p.text + p.separator for p in paragraphs if p.kept)
    assert kept == filter_.clean(NON_ASCII)


def test_evidence_names_its_pattern(filter_):
    paragraphs = filter_.explain(NON_ASCII)
    newsletter = paragraphs[1]
    assert not newsletter.kept
    assert newsletter.category == "newsletter"
    patterns = [e for e in newsletter.evidence if e.kind == "pattern"]
    assert patterns and patterns[0].name.startswith("builtin:ru/")
    # The learned model reads a built-in pattern through its category's feature: the
    # pattern is named as the cause and weighs nothing itself.
    assert patterns[0].weight == 0 and patterns[0].text
    features = {e.name: e.weight for e in newsletter.evidence if e.kind == "feature"}
    assert features.get("pattern:newsletter", 0) > 0, features
    assert abs(sum(e.weight for e in newsletter.evidence) - newsletter.score) < 1e-3
    others = [e for e in newsletter.evidence if e.kind != "pattern"]
    assert all(e.text is None and e.category is None for e in others)
    assert "Evidence(" in repr(patterns[0]) and "Paragraph(" in repr(newsletter)


def test_report_blocks_remove_to_the_clean_text(filter_, article):
    for text in (article, NON_ASCII, "Ünïcödé " + article):
        blocks = filter_.report(text)
        assert blocks
        rest, at = [], 0
        for b in blocks:
            assert text[b.start : b.end] == b.text
            assert text.encode()[b.start_byte : b.end_byte].decode() == b.text
            rest.append(text[at : b.start])
            at = b.end
        rest.append(text[at:])
        assert "".join(rest) == filter_.clean(text)
    appeal = filter_.report(article)
    assert [b.category for b in appeal] == ["appeal"]
    assert appeal[0].text.startswith(APPEAL_START)


def test_annotate_many_spans(filter_, article):
    texts = [NON_ASCII, article, ""]
    for (clean, removed), text in zip(filter_.annotate_many(texts, threads=2), texts):
        assert clean == filter_.clean(text)
        rest, at = [], 0
        for start, end, category, score in removed:
            assert isinstance(category, str) and isinstance(score, float)
            rest.append(text[at:start])
            at = end
        rest.append(text[at:])
        assert "".join(rest) == clean


def test_clean_many_keeps_order_and_ignores_thread_count(filter_, article):
    texts = [f"Story {i}: the council voted on Tuesday, the mayor said.\n" + article for i in range(50)]
    texts += [NON_ASCII, "", "\n\n", "no final newline"]
    expected = [filter_.clean(t) for t in texts]
    for threads in (1, 2, 7, None):
        assert filter_.clean_many(texts, threads=threads) == expected
    assert filter_.clean_many(iter(texts), threads=2) == expected  # any iterable
    assert filter_.clean_many([]) == []


def test_urls_scope_domain_patterns(tmp_path):
    (tmp_path / "site.pat").write_text("@category related\n+12 domain=example.com ^firefighters said the blaze\n")
    f = unboil.Filter(patterns=[tmp_path])
    text = (
        "The council voted on Tuesday to expand the bus network, the mayor said in a statement.\n"
        "Firefighters said the blaze near the orchard was contained by Sunday evening, officials said.\n"
    )
    assert "the blaze" in f.clean(text)
    assert "the blaze" in f.clean(text, url="https://example.org/a")
    assert "the blaze" not in f.clean(text, url="https://news.example.com/a")
    many = f.clean_many([text, text], urls=[None, "https://example.com/x"], threads=2)
    assert "the blaze" in many[0] and "the blaze" not in many[1]


def test_one_filter_shared_by_python_threads(filter_, article):
    expected = filter_.clean(article)
    results, errors = [], []

    def work():
        try:
            for _ in range(20):
                results.append(filter_.clean(article))
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and results == [expected] * 80


def test_options(article):
    assert unboil.Filter(mode="recall").mode == "recall"
    for mode in ("precision", "balanced", "recall"):
        assert APPEAL_START not in unboil.Filter(mode=mode).clean(article)
    assert unboil.Filter(lang="en").clean(article) == unboil.Filter().clean(article)
    assert unboil.Filter(lang="none").clean("") == ""
    bare = unboil.Filter(default_patterns=False)
    assert bare.rule_count == 0 and unboil.Filter().rule_count > 100
    # A threshold nothing reaches keeps everything.
    assert unboil.Filter(threshold=1000.0).clean(article) == article


def test_pickle_builds_the_same_filter(tmp_path, article):
    (tmp_path / "x.pat").write_text("@category other\n+9 ^officials said an investigation\n")
    f = unboil.Filter(mode="balanced", patterns=[str(tmp_path)], lang="en")
    g = pickle.loads(pickle.dumps(f))
    assert g.mode == "balanced"
    assert g.clean(article) == f.clean(article)
    assert "Officials said" not in g.clean(article)


def test_version():
    assert unboil.__version__


# Bad input: clear Python exceptions, never a crash.


@pytest.mark.parametrize(
    "call, error, message",
    [
        (lambda f: f.clean(None), TypeError, "text must be str, not NoneType"),
        (lambda f: f.clean(b"bytes"), TypeError, "text must be str, not bytes"),
        (lambda f: f.clean("x", url=3), TypeError, "url must be str or None, not int"),
        (lambda f: f.clean_many("a single str"), TypeError, "not a single str"),
        (lambda f: f.clean_many(42), TypeError, "not int"),
        (lambda f: f.clean_many(["ok", 3]), TypeError, "texts[1] must be str, not int"),
        (lambda f: f.clean_many(["a"], urls=["u", "v"]), ValueError, "urls has 2 items but texts has 1"),
        (lambda f: f.clean_many(["a"], urls=[3]), TypeError, "urls[0] must be str or None"),
        (lambda f: f.clean_many(["a"], threads=0), ValueError, "threads must be at least 1"),
        (lambda f: f.clean_many(["a"], threads=-1), ValueError, "threads must be at least 1, not -1"),
        (lambda f: f.clean_many(["a"], threads="2"), TypeError, ""),
        (lambda f: f.explain(1.5), TypeError, "text must be str"),
        (lambda f: f.report([]), TypeError, "text must be str"),
    ],
)
def test_bad_arguments(filter_, call, error, message):
    with pytest.raises(error) as info:
        call(filter_)
    assert message in str(info.value)


def test_a_bad_str_in_a_later_batch(filter_, article):
    """A str that is not valid Unicode (a lone surrogate) deep in a long list raises, as
    at its start, and leaves the filter working."""
    texts = [article] * 400
    expected = filter_.clean_many(texts, threads=2)
    for threads in (1, 2):
        with pytest.raises(UnicodeEncodeError):
            filter_.clean_many(texts + ["\ud800"] + texts, threads=threads)
    assert filter_.clean_many(texts, threads=2) == expected


def test_bad_constructor_arguments(tmp_path):
    with pytest.raises(ValueError, match='unknown mode "loud"'):
        unboil.Filter(mode="loud")
    with pytest.raises(ValueError, match="unknown language"):
        unboil.Filter(lang="klingon")
    with pytest.raises(ValueError, match="paragraphs"):
        unboil.Filter(paragraphs="sentences")
    with pytest.raises(ValueError, match="finite"):
        unboil.Filter(threshold=float("nan"))
    with pytest.raises(TypeError):
        unboil.Filter(mode=1)
    with pytest.raises(TypeError, match="patterns"):
        unboil.Filter(patterns=42)
    with pytest.raises(TypeError, match=r"patterns\[1\]"):
        unboil.Filter(patterns=[str(tmp_path), 42])
    with pytest.raises(FileNotFoundError, match="no/such/dir"):
        unboil.Filter(patterns=["/no/such/dir"])
    with pytest.raises(FileNotFoundError, match="no/such/model.bin|No such file"):
        unboil.Filter(model="/no/such/model.bin")
    broken = tmp_path / "broken.ubm"
    broken.write_bytes(b"not a model")
    with pytest.raises(ValueError, match="broken.ubm"):
        unboil.Filter(model=broken)


def test_bad_pattern_file_names_file_line_and_column(tmp_path):
    bad = tmp_path / "bad.pat"
    bad.write_text("@category appeal\n+3 fine phrase\n+2 /unclosed (group/\n@category nonsense\n")
    with pytest.raises(unboil.PatternError) as info:
        unboil.Filter(patterns=[bad])
    message = str(info.value)
    assert isinstance(info.value, ValueError)
    assert type(info.value).__module__ == "unboil"
    assert f"{bad}:3:" in message and f"{bad}:4:" in message
    too_big = tmp_path / "big.pat"
    too_big.write_text("@category other\n+2 /\\w{1000}\\w{1000}\\w{1000}/\n")
    with pytest.raises(unboil.PatternError, match=r"big.pat:2:1: regex does not compile within the size limit"):
        unboil.Filter(patterns=[too_big])
    not_utf8 = tmp_path / "latin1.pat"
    not_utf8.write_bytes(b"caf\xe9\n")
    with pytest.raises(ValueError, match="UTF-8"):
        unboil.Filter(patterns=[not_utf8])


def test_stubs_name_every_public_method():
    stub = (ROOT / "python" / "unboil" / "_unboil.pyi").read_text()
    for name in [n for n in dir(unboil.Filter) if not n.startswith("_")]:
        assert f"def {name}(" in stub, name
    for cls in (unboil.Paragraph, unboil.Block, unboil.Evidence):
        for name in [n for n in dir(cls) if not n.startswith("_")]:
            assert f"def {name}(" in stub, f"{cls.__name__}.{name}"
    assert os.path.exists(ROOT / "python" / "unboil" / "py.typed")


def test_clean_many_releases_the_gil(filter_, article):
    """Python code runs while clean_many works: the GIL is released around Rust."""
    import time

    texts = [article] * 600
    started, span = threading.Event(), []

    def work():
        started.set()
        t0 = time.perf_counter()
        out = filter_.clean_many(texts, threads=1)
        span.extend([t0, time.perf_counter(), len(out)])

    worker = threading.Thread(target=work)
    worker.start()
    started.wait()
    seen = []
    while worker.is_alive():
        seen.append(time.perf_counter())
    worker.join()
    t0, t1, n = span
    assert n == len(texts)
    # Holding the GIL, the worker would let this loop run before or after the call,
    # never in the middle of it.
    middle = [t for t in seen if t0 + (t1 - t0) / 4 < t < t1 - (t1 - t0) / 4]
    assert middle, (t1 - t0, len(seen))
