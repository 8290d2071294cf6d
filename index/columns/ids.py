"""Row of an id without a dict of every id: binary search over an order stored with the index.

A dict from 540,000 sentence ids to rows costs ~70 MB and half a second to build at every open;
the order that sorts the ids is computed once when the index is built and stored as an array,
and finding an id costs ~20 string reads (a few microseconds), done a few dozen times a question.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Mapping

import numpy as np

from index.columns.strings import StringColumn


def sorted_order(ids: list[str]) -> np.ndarray:
    """The rows of `ids` in the order of their values (Python's str order)."""
    return np.array(sorted(range(len(ids)), key=ids.__getitem__), dtype=np.int32)


class IdRows(Mapping[str, int]):
    """Id -> row over a StringColumn of ids and the order that sorts them."""

    def __init__(self, ids: StringColumn, order: np.ndarray) -> None:
        if order.shape != (len(ids),):
            raise ValueError(f"an id order of {order.shape} does not fit {len(ids)} ids")
        self._ids = ids
        self._order = order

    def _id_at(self, position: int) -> str:
        return self._ids[int(self._order[position])]

    def __getitem__(self, key: str) -> int:
        position = bisect_left(range(len(self._ids)), key, key=self._id_at)
        if position < len(self._ids) and self._id_at(position) == key:
            return int(self._order[position])
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)
