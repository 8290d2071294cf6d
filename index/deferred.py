"""JSON read when first asked for: a stored index's fields that serving never needs.

An index's JSON documents are stored one field per array of UTF-8 bytes (index.store). At a
million passages, parsing every field at open held ~400 MB of dicts, and some (each document's
text key and date order, each person's spellings) are read only when an article is added or
removed: those stay bytes until then.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from functools import cached_property
from typing import Any, Generic, TypeVar

import numpy as np
import orjson

from index.errors import IndexCorruptError


class StoredFields(Mapping[str, Any]):
    """A stored document's fields, each parsed when read (not kept: a reader that keeps a
    field keeps it, and the fields it never reads stay bytes).

    A field that is not JSON raises IndexCorruptError when read (the background checksum
    verification finds an altered file in any case)."""

    def __init__(self, where: str, stored: dict[str, np.ndarray]) -> None:
        self._where = where
        self._stored = stored

    def __getitem__(self, field: str) -> Any:
        stored = self._stored[field]
        try:
            return orjson.loads(stored.tobytes())
        except orjson.JSONDecodeError as exc:
            message = " ".join(str(exc).split())
            raise IndexCorruptError(
                f"field {field!r} of {self._where} is not JSON: {message}"
            ) from exc

    def __contains__(self, field: object) -> bool:
        return field in self._stored  # without parsing it

    def __iter__(self) -> Iterator[str]:
        return iter(self._stored)

    def __len__(self) -> int:
        return len(self._stored)


K = TypeVar("K")
V = TypeVar("V")


class Deferred(Mapping[K, V], Generic[K, V]):
    """A mapping made by `make` on its first read (a stored field parsed only when needed)."""

    def __init__(self, make: Callable[[], Mapping[K, V]]) -> None:
        self._make = make

    @cached_property
    def _value(self) -> Mapping[K, V]:
        return self._make()

    def __getitem__(self, key: K) -> V:
        return self._value[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._value)

    def __len__(self) -> int:
        return len(self._value)

    def __contains__(self, key: object) -> bool:
        return key in self._value
