"""Type stubs of the compiled binding (``unboil._unboil``); see the docstrings there."""

import os
from typing import Iterable, List, Literal, Optional, Sequence, Tuple, Union

__version__: str

_Path = Union[str, "os.PathLike[str]"]

class PatternError(ValueError):
    """A pattern file has errors; the message lists each as file:line:column: why."""

class Evidence:
    """One piece of evidence for (positive weight) or against (negative) removal."""

    @property
    def paragraph(self) -> int: ...
    @property
    def kind(self) -> Literal["pattern", "signal", "feature", "site"]: ...
    @property
    def name(self) -> str:
        """For a pattern, "file:line"; for a signal or a learned model's feature, its
        name; for a site's learned repeat, "site:HOST"."""
    @property
    def text(self) -> Optional[str]:
        """For a pattern, the pattern as written; for a site, "N/M documents"; else None."""
    @property
    def value(self) -> float: ...
    @property
    def weight(self) -> float: ...
    @property
    def category(self) -> Optional[str]: ...

class Paragraph:
    """One paragraph with its decision; text[start:end] == text + separator."""

    @property
    def index(self) -> int: ...
    @property
    def start(self) -> int:
        """Python string index (code points) of its start."""
    @property
    def end(self) -> int:
        """Python string index just past its separator."""
    @property
    def start_byte(self) -> int:
        """UTF-8 byte offset of its start."""
    @property
    def end_byte(self) -> int:
        """UTF-8 byte offset just past its separator."""
    @property
    def text(self) -> str: ...
    @property
    def separator(self) -> str: ...
    @property
    def kept(self) -> bool: ...
    @property
    def state(self) -> Literal["body", "boiler", "block"]: ...
    @property
    def score(self) -> float: ...
    @property
    def category(self) -> Optional[str]:
        """For a removed paragraph, its category ("appeal", "navigation"…); None if kept."""
    @property
    def evidence(self) -> List[Evidence]: ...

class Block:
    """A run of removed paragraphs, as one ``unboil --report`` block."""

    @property
    def first_paragraph(self) -> int: ...
    @property
    def last_paragraph(self) -> int: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def start_byte(self) -> int: ...
    @property
    def end_byte(self) -> int: ...
    @property
    def category(self) -> str: ...
    @property
    def score(self) -> float: ...
    @property
    def evidence(self) -> List[Evidence]: ...
    @property
    def text(self) -> str: ...

class Filter:
    """A boilerplate filter, built once, then used for any number of documents from any
    number of threads."""

    def __init__(
        self,
        mode: Literal["precision", "balanced", "recall"] = "precision",
        patterns: Union[None, _Path, Iterable[_Path]] = None,
        model: Optional[_Path] = None,
        lang: Optional[str] = None,
        threshold: Optional[float] = None,
        paragraphs: Literal["auto", "line", "blank"] = "auto",
        default_patterns: bool = True,
    ) -> None: ...
    def clean(self, text: str, url: Optional[str] = None) -> str:
        """The kept paragraphs of ``text``, byte for byte."""
    def clean_many(
        self,
        texts: Iterable[str],
        urls: Optional[Iterable[Optional[str]]] = None,
        threads: Optional[int] = None,
    ) -> List[str]:
        """``clean`` over many texts on ``threads`` threads (default: one per core),
        GIL released, results in input order."""
    def annotate_many(
        self,
        texts: Iterable[str],
        urls: Optional[Iterable[Optional[str]]] = None,
        threads: Optional[int] = None,
    ) -> List[Tuple[str, List[Tuple[int, int, str, float]]]]:
        """For each text, (clean text, removed paragraphs as (start, end, category,
        score)), start and end Python string indices into the text."""
    def explain(self, text: str, url: Optional[str] = None) -> List[Paragraph]:
        """Every paragraph with its decision, score, category and evidence."""
    def report(self, text: str, url: Optional[str] = None) -> List[Block]:
        """The removed blocks, as ``unboil --report`` writes them."""
    @property
    def mode(self) -> str: ...
    @property
    def rule_count(self) -> int: ...
    def __reduce__(self) -> Tuple[type, Tuple[object, ...]]: ...
