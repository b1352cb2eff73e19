"""The datatrove step, end to end: JSONL reader, UnboilFilter, JSONL writer."""

import gzip
import json
import os

import pytest

if not os.environ.get("CI"):  # under CI a missing datatrove fails the run
    pytest.importorskip("datatrove")
    pytest.importorskip("orjson")

from datatrove.data import Document  # noqa: E402
from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

import unboil  # noqa: E402
from unboil.datatrove import UnboilFilter  # noqa: E402

ONLY_CHROME = "Subscribe to our newsletter\nShare this article\nRead more\nCookie settings\n"


def write_input(folder, article):
    folder.mkdir()
    docs = [
        {"id": "article", "text": article, "url": "https://example.com/fire"},
        {"id": "chrome", "text": ONLY_CHROME},
        {"id": "news", "text": "The council voted 7-2 on Tuesday to expand the bus network, the mayor said.\n"},
    ]
    with open(folder / "docs.jsonl", "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d) + "\n")
    return docs


def read_output(folder):
    out = []
    for path in sorted(folder.glob("*.jsonl*")):
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as f:
            out += [json.loads(line) for line in f]
    return out


def test_pipeline_cleans_records_and_drops_empty(tmp_path, article):
    docs = write_input(tmp_path / "in", article)
    assert unboil.Filter().clean(ONLY_CHROME).strip() == ""
    executor = LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(tmp_path / "in")),
            UnboilFilter(drop_empty=True, exclusion_writer=JsonlWriter(str(tmp_path / "dropped"))),
            JsonlWriter(str(tmp_path / "out")),
        ],
        tasks=1,
        logging_dir=str(tmp_path / "logs"),
    )
    executor.run()
    out = {d["id"]: d for d in read_output(tmp_path / "out")}
    assert set(out) == {"article", "news"}
    f = unboil.Filter()
    assert out["article"]["text"] == f.clean(article, url="https://example.com/fire")
    assert "A note from our editors:" not in out["article"]["text"]
    assert out["news"]["text"] == docs[2]["text"]
    meta = out["article"]["metadata"]["unboil"]
    assert meta["removed_chars"] == len(article) - len(out["article"]["text"])
    assert {span[2] for span in meta["removed"]} >= {"appeal"}
    assert meta["removed"][0][0] == article.index("A note from our editors:")
    assert out["news"]["metadata"]["unboil"] == {"removed": [], "removed_chars": 0}
    dropped = read_output(tmp_path / "dropped")
    assert [d["id"] for d in dropped] == ["chrome"]
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    step = next(s for s in stats if "unboil" in s["name"])
    counts = {k: v["total"] if isinstance(v, dict) else v for k, v in step["stats"].items()}
    assert counts["total"] == 3 and counts["forwarded"] == 2 and counts["dropped"] == 1
    assert counts["dropped_unboil_empty"] == 1
    assert counts["unboil_docs_changed"] == 2
    assert counts["unboil_removed_chars"] == len(article) - len(out["article"]["text"]) + len(ONLY_CHROME)
    assert counts["unboil_removed_appeal"] >= 1


def test_annotate_keeps_the_text(article):
    step = UnboilFilter(annotate=True, batch_size=2)
    docs = [Document(text=article, id="a"), Document(text=ONLY_CHROME, id="b"), Document(text="", id="c")]
    out = list(step.run(iter(docs)))
    assert [d.id for d in out] == ["a", "b", "c"]
    assert out[0].text == article
    removed = out[0].metadata["unboil"]["removed"]
    rest, at = [], 0
    for start, end, _category, _score in removed:
        rest.append(article[at:start])
        at = end
    rest.append(article[at:])
    assert "".join(rest) == unboil.Filter().clean(article)


def test_step_pickles_without_its_filter(article):
    import pickle

    step = UnboilFilter(mode="recall")
    copy = pickle.loads(pickle.dumps(step))
    assert copy._filter is None
    (doc,) = list(copy.run(iter([Document(text=article, id="a")])))
    assert doc.text == unboil.Filter(mode="recall").clean(article)


def test_bad_arguments_fail_when_the_pipeline_is_written():
    with pytest.raises(ValueError, match="unknown mode"):
        UnboilFilter(mode="loud")
