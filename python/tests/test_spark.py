"""unboil.spark.clean on a local Spark session (local[2])."""

import os
import shutil

import pytest

if os.environ.get("CI"):
    import pyspark  # noqa: F401  (under CI a missing pyspark fails the run)
else:
    pytest.importorskip("pyspark")
    pytest.importorskip("pyarrow")
    if not shutil.which("java") and not os.environ.get("JAVA_HOME"):
        pytest.skip("no Java for Spark", allow_module_level=True)

import unboil  # noqa: E402
from unboil.spark import clean  # noqa: E402

CHROME = "Subscribe to our newsletter\nShare this article\nRead more\n"


@pytest.fixture(scope="module")
def spark():
    import sys

    from pyspark.sql import SparkSession

    # The Python workers run this interpreter (the one unboil is installed in), not the
    # first python3 on PATH.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("unboil-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "3")
        .getOrCreate()
    )
    yield session
    session.stop()


def rows(article):
    return [
        (1, article, "https://example.com/a"),
        (2, CHROME, None),
        (3, None, None),
        (4, "Жители эвакуированы, сообщили власти в воскресенье.\nПодпишитесь на нашу рассылку!\n", None),
    ] + [(10 + i, f"Story {i}: the council voted on Tuesday, the mayor said.\n" + article, None) for i in range(12)]


def test_clean_a_dataframe(spark, article):
    data = rows(article)
    df = spark.createDataFrame(data, "id long, text string, url string").repartition(2)
    out = clean(df, column="text", url_column="url", removed_column="removed")
    assert out.columns == ["id", "text", "url", "removed"]
    got = {r["id"]: (r["text"], r["removed"]) for r in out.collect()}
    f = unboil.Filter()
    assert len(got) == len(data)
    for id_, text, url in data:
        if text is None:
            assert got[id_] == (None, None)
        else:
            assert got[id_][0] == f.clean(text, url=url)
            assert got[id_][1] == len(text) - len(got[id_][0])
    assert "A note from our editors:" not in got[1][0]


def test_output_column_and_drop_empty(spark, article):
    df = spark.createDataFrame(rows(article), "id long, text string, url string")
    out = clean(df, output_column="clean", drop_empty=True, mode="recall")
    assert out.columns == ["id", "text", "url", "clean"]
    got = {r["id"]: r for r in out.collect()}
    assert 2 not in got  # nothing but chrome
    assert 3 in got and got[3]["clean"] is None  # a null text is kept as null
    assert got[1]["text"] == article
    assert got[1]["clean"] == unboil.Filter(mode="recall").clean(article)


def test_bad_arguments_fail_on_the_driver(spark):
    df = spark.createDataFrame([(1, "x")], "id long, text string")
    with pytest.raises(ValueError, match="no column 'body'"):
        clean(df, column="body")
    with pytest.raises(ValueError, match="not string"):
        clean(df, column="id")
    with pytest.raises(ValueError, match="unknown mode"):
        clean(df, mode="loud")
