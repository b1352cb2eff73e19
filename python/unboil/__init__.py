"""unboil strips publisher boilerplate from news text and keeps the journalism, byte for byte.

Donation and membership appeals, paywall and subscription prompts, newsletter sign-ups,
cookie notices, share/follow prompts, "Read more" lines, navigation and legal lines are
removed paragraph by paragraph; every kept paragraph is returned unchanged.

    >>> import unboil
    >>> f = unboil.Filter()                      # build once (patterns compiled)
    >>> f.clean("The council voted 7-2 on Tuesday, the mayor said.\\nRemind me later.\\n")
    'The council voted 7-2 on Tuesday, the mayor said.\\n'

``Filter.clean_many`` cleans a list of texts on several threads with the GIL released;
``Filter.explain`` and ``Filter.report`` say what was removed and why. Pipeline steps:
``unboil.datatrove.UnboilFilter`` (needs datatrove) and ``unboil.spark.clean`` (needs
pyspark and pyarrow).
"""

from ._unboil import Block, Evidence, Filter, Paragraph, PatternError, __version__

__all__ = ["Filter", "Paragraph", "Block", "Evidence", "PatternError", "clean", "__version__"]

_default = None


def clean(text, url=None):
    """The text without its boilerplate, with a default ``Filter`` built on first use.

    Build a ``Filter`` yourself for other options, or to control when it is built.
    """
    global _default
    if _default is None:
        _default = Filter()
    return _default.clean(text, url)
