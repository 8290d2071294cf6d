"""Why a retrieval backend cannot be used; each message names the location and what to pass."""

from __future__ import annotations


class BackendError(Exception):
    """Base class for problems with a retrieval backend."""


class BackendLocationError(BackendError, ValueError):
    """The Qdrant location is malformed, unreachable, refused, or locked by another process."""


class CollectionMismatchError(BackendError):
    """A Qdrant collection of this name exists but holds other vectors than this index's."""
