"""unboil on a Spark DataFrame, on a local session (local[2]).

    pip install '.[spark]'          # and a Java runtime
    python examples/spark_clean.py

On a cluster, build the session from the cluster's master (or use spark-submit) and
install unboil on the executors: nothing else changes (see docs/python.md).
"""

import os
import sys
from pathlib import Path

from pyspark.sql import SparkSession

from unboil.spark import clean


def main() -> None:
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = SparkSession.builder.master("local[2]").appName("unboil-example").getOrCreate()
    article = (Path(__file__).parent / "article.txt").read_text(encoding="utf-8")
    df = spark.createDataFrame(
        [
            (1, "https://example.com/wildfire", article),
            (2, None, "Subscribe to our newsletter\nShare this article\nRead more\n"),
            (3, None, "The council voted 7-2 on Tuesday to expand the bus network, the mayor said.\n"),
        ],
        "id long, url string, text string",
    )
    cleaned = clean(df, column="text", url_column="url", removed_column="removed_chars", drop_empty=True)
    for row in cleaned.orderBy("id").collect():
        print(f"--- {row['id']} ({row['removed_chars']} characters removed)")
        print(row["text"], end="")
    spark.stop()


if __name__ == "__main__":
    main()
