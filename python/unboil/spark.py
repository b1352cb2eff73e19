"""Boilerplate removal over a Spark DataFrame column.

    from unboil.spark import clean
    cleaned = clean(df, column="text", url_column="url")

The column is cleaned batch by batch with ``DataFrame.mapInArrow``: one ``Filter`` per
executor Python process, built on first use and kept for the process's later tasks (Spark
reuses its Python workers), never one per row. Needs pyspark 3.4 or newer and pyarrow on
the driver and the executors (``pip install unboil[spark]``).
"""

from __future__ import annotations

import threading
from typing import Dict, Iterable, Iterator, Optional, Tuple, Union

from ._unboil import Filter

__all__ = ["clean", "filter_for"]

_FILTERS: Dict[Tuple, Filter] = {}
_LOCK = threading.Lock()


def filter_for(mode: str = "precision", patterns: Tuple[str, ...] = (), lang: Optional[str] = None) -> Filter:
    """The process's filter for these arguments, built on first use."""
    key = (mode, tuple(patterns), lang)
    with _LOCK:
        found = _FILTERS.get(key)
        if found is None:
            found = Filter(mode=mode, patterns=list(patterns) or None, lang=lang)
            _FILTERS[key] = found
        return found


def clean(
    df,
    column: str = "text",
    url_column: Optional[str] = None,
    output_column: Optional[str] = None,
    removed_column: Optional[str] = None,
    mode: str = "precision",
    patterns: Union[None, str, Iterable[str]] = None,
    lang: Optional[str] = None,
    drop_empty: bool = False,
):
    """``df`` with boilerplate removed from the string column ``column``.

    Args:
        df: a pyspark DataFrame.
        column: the text column; null values stay null.
        url_column: a string column with each row's URL (its host enables
            domain-scoped patterns).
        output_column: write the clean text to this column (added or replaced) and keep
            ``column`` as it was; default: ``column`` is replaced.
        removed_column: also add this column: the number of characters removed.
        mode: "precision" (default), "balanced" or "recall".
        patterns: pattern files or folders added to the built-in set; they must be
            readable at the same path on every executor.
        lang: the documents' language code, or "none"; default: detected per row.
        drop_empty: leave out rows of which nothing but white space is left (rows whose
            text is null are kept).

    Returns:
        A DataFrame with the same columns in the same order (plus ``output_column`` and
        ``removed_column`` when they are new).

    Raises:
        ValueError: an unknown column, mode or language, or a pattern file with errors
            (checked on the driver before any job runs).
    """
    import pyarrow as pa
    from pyspark.sql.types import LongType, StringType, StructField, StructType

    if isinstance(patterns, str):
        patterns = [patterns]
    patterns = tuple(str(p) for p in (patterns or ()))
    # Fail on the driver, before any task: bad arguments and pattern files.
    filter_for(mode, patterns, lang)
    fields = {f.name: f for f in df.schema.fields}
    for name in (column, url_column):
        if name is not None and name not in fields:
            raise ValueError(f"no column {name!r} in the DataFrame (columns: {', '.join(fields)})")
    if not isinstance(fields[column].dataType, StringType):
        raise ValueError(f"column {column!r} is {fields[column].dataType.simpleString()}, not string")
    if url_column is not None and not isinstance(fields[url_column].dataType, StringType):
        raise ValueError(f"column {url_column!r} is {fields[url_column].dataType.simpleString()}, not string")
    target = output_column or column

    out_fields = list(df.schema.fields)
    names = [f.name for f in out_fields]
    for name, kind in ((target, StringType()), (removed_column, LongType())):
        if name is None:
            continue
        if name in names:
            out_fields[names.index(name)] = StructField(name, kind, True)
        else:
            out_fields.append(StructField(name, kind, True))
            names.append(name)
    schema = StructType(out_fields)

    def clean_batches(batches: Iterator["pa.RecordBatch"]) -> Iterator["pa.RecordBatch"]:
        unboil = filter_for(mode, patterns, lang)
        for batch in batches:
            texts = batch.column(column).to_pylist()
            urls = batch.column(url_column).to_pylist() if url_column is not None else None
            present = [i for i, t in enumerate(texts) if t is not None]
            cleaned = unboil.clean_many(
                [texts[i] for i in present],
                [urls[i] for i in present] if urls is not None else None,
                threads=1,
            )
            result = list(texts)
            for i, text in zip(present, cleaned):
                result[i] = text
            columns = {name: batch.column(name) for name in batch.schema.names}
            columns[target] = pa.array(result, type=pa.string())
            if removed_column is not None:
                columns[removed_column] = pa.array(
                    [None if t is None else len(t) - len(c) for t, c in zip(texts, result)],
                    type=pa.int64(),
                )
            out = pa.RecordBatch.from_arrays([columns[name] for name in names], names=names)
            if drop_empty:
                keep = pa.array([c is None or bool(c.strip()) for c in result])
                out = out.filter(keep)
            yield out

    return df.mapInArrow(clean_batches, schema)
