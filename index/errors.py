"""Why a persisted index cannot be used; every one of these leads to a rebuild from the corpus."""

from __future__ import annotations


class IndexLoadError(Exception):
    """Base class for problems with a persisted index."""


class IndexMissingError(IndexLoadError):
    """No index has been built at this location yet."""


class IndexStaleError(IndexLoadError):
    """The index was built for another corpus, model or format version."""


class IndexCorruptError(IndexLoadError):
    """A file of the index is missing, truncated or altered."""
