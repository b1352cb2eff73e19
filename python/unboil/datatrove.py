"""A datatrove pipeline step that strips publisher boilerplate from ``document.text``.

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from unboil.datatrove import UnboilFilter

    LocalPipelineExecutor(pipeline=[
        JsonlReader("in/"),
        UnboilFilter(drop_empty=True),
        JsonlWriter("out/"),
    ], tasks=4).run()

Needs ``pip install datatrove`` (or ``pip install unboil[datatrove]``).
"""

from __future__ import annotations

import contextlib
from itertools import islice
from typing import Iterable, Iterator, List, Optional, Union

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.utils.typeshelper import StatHints

from ._unboil import Filter

__all__ = ["UnboilFilter"]


class UnboilFilter(PipelineStep):
    """Removes boilerplate paragraphs from each document's text, in place.

    Kept paragraphs are left byte for byte; what was removed is recorded in
    ``document.metadata[metadata_key]`` as ``{"removed": [[start, end, category,
    score], ...], "removed_chars": n}`` (start and end are Python string indices into the
    original text, each span a paragraph and its separator) and counted in the step's
    stats: ``unboil_docs_changed``, ``unboil_removed_chars``, ``unboil_removed_paragraphs``
    and ``unboil_removed_<category>`` per category.

    Args:
        mode: "precision" (default: loses least journalism), "balanced" or "recall".
        patterns: pattern files or folders added to the built-in set.
        lang: the documents' language code, or "none"; default: detected per document.
        annotate: keep the text as it is and only record the spans (a later step
            decides); default False: the text is replaced by the clean text.
        drop_empty: drop a document of which nothing but white space is left (counted
            as ``dropped_unboil_empty``; sent to ``exclusion_writer`` when given).
        url_key: the metadata field with the document's URL (its host enables
            domain-scoped patterns); None to not use one.
        metadata_key: where the removed spans go; None to record nothing.
        batch_size: documents cleaned per call into Rust.
        threads: threads per batch; keep 1 when the executor already runs one task per
            core.
        exclusion_writer: a datatrove writer for dropped documents.
    """

    name = "🧹 unboil"
    type = "✂️ - FORMAT"

    def __init__(
        self,
        mode: str = "precision",
        patterns: Union[None, str, Iterable[str]] = None,
        lang: Optional[str] = None,
        annotate: bool = False,
        drop_empty: bool = False,
        url_key: Optional[str] = "url",
        metadata_key: Optional[str] = "unboil",
        batch_size: int = 256,
        threads: int = 1,
        exclusion_writer=None,
    ):
        super().__init__()
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.batch_size = batch_size
        self.exclusion_writer = exclusion_writer
        if isinstance(patterns, str):
            patterns = [patterns]
        self.filter_args = {
            "mode": mode,
            "patterns": list(patterns) if patterns is not None else None,
            "lang": lang,
        }
        self.annotate = annotate
        self.drop_empty = drop_empty
        self.url_key = url_key
        self.metadata_key = metadata_key
        self.threads = threads
        # Built here so that bad arguments fail when the pipeline is written, and again
        # in each worker process on first use (a step is pickled to its workers).
        self._filter: Optional[Filter] = Filter(**self.filter_args)

    def __getstate__(self):
        state = self.__dict__.copy()
        state["_filter"] = None
        return state

    @property
    def unboil(self) -> Filter:
        """The filter, built once per process."""
        if self._filter is None:
            self._filter = Filter(**self.filter_args)
        return self._filter

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """Cleans the documents batch by batch, yields the kept ones in order."""
        writer_context = self.exclusion_writer if self.exclusion_writer else contextlib.nullcontext()
        with writer_context as writer:
            for batch in _batched(data, self.batch_size):
                self.stat_update("batches")
                with self.track_time("batch"):
                    keep = self.clean_batch(batch)
                for doc, kept in zip(batch, keep):
                    self.stat_update(StatHints.total)
                    if kept:
                        self.stat_update(StatHints.forwarded)
                        self.update_doc_stats(doc)
                        yield doc
                    else:
                        self.stat_update(StatHints.dropped, "dropped_unboil_empty")
                        if writer is not None:
                            doc.metadata["filter_reason"] = "unboil_empty"
                            writer.write(doc, rank)

    def clean_batch(self, batch: List[Document]) -> List[bool]:
        """Cleans (or annotates) a batch of documents in place; whether each is kept."""
        texts = [doc.text for doc in batch]
        urls = None
        if self.url_key is not None:
            urls = [_url(doc.metadata.get(self.url_key)) for doc in batch]
        results = self.unboil.annotate_many(texts, urls, threads=self.threads)
        verdicts: List[bool] = []
        for doc, text, (clean, removed) in zip(batch, texts, results):
            removed_chars = len(text) - len(clean)
            if removed:
                self.stat_update("unboil_docs_changed")
                self.stat_update("unboil_removed_paragraphs", value=len(removed))
                self.stat_update("unboil_removed_chars", value=removed_chars)
                for _start, _end, category, _score in removed:
                    self.stat_update(f"unboil_removed_{category}")
            if self.metadata_key is not None:
                doc.metadata[self.metadata_key] = {
                    "removed": [[s, e, c, round(score, 3)] for s, e, c, score in removed],
                    "removed_chars": removed_chars,
                }
            if not self.annotate:
                doc.text = clean
            verdicts.append(not (self.drop_empty and not clean.strip()))
        return verdicts


def _batched(data: Iterable[Document], size: int) -> Iterator[List[Document]]:
    it = iter(data)
    while batch := list(islice(it, size)):
        yield batch


def _url(value) -> Optional[str]:
    return value if isinstance(value, str) else None
