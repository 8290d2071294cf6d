"""Columns filled row by row while an index is built, so no model outlives its document.

At 100,000 passages a build held every Passage, Sentence and Mention as pydantic objects (2.5
million, ~3 GB) until the end, only to turn them into columns then. These builders take each
document's rows as they are made and keep only bytes and integers; `finish` gives the same
columns `ModelRows.of` and `GroupedRows.of` would have made from the full lists.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from typing import Generic

import numpy as np

from index.columns.rows import Column, GroupedRows, M, ModelRows, field_names, is_int_field
from index.columns.strings import CodedColumn, StringColumn


class StringColumnBuilder:
    """UTF-8 bytes and end offsets of strings added one at a time."""

    def __init__(self) -> None:
        self._data = bytearray()
        self._ends = array("q")

    def add(self, value: str) -> None:
        self._data += value.encode("utf-8")
        self._ends.append(len(self._data))

    def finish(self) -> StringColumn:
        offsets = np.zeros(len(self._ends) + 1, dtype=np.int64)
        offsets[1:] = np.frombuffer(self._ends, dtype=np.int64)
        # Over the builder's own buffer, not a copy (a build ends with ~1 GB of text per million
        # passages); a finished builder is not added to again.
        return StringColumn(np.frombuffer(self._data, dtype=np.uint8), offsets)


class CodedColumnBuilder:
    """Codes into a table of distinct values, numbered in order of first appearance."""

    def __init__(self) -> None:
        self._table: dict[str, int] = {}
        self._codes = array("i")

    def add(self, value: str) -> None:
        self._codes.append(self._table.setdefault(value, len(self._table)))

    def finish(self) -> CodedColumn:
        table = StringColumnBuilder()
        for value in self._table:
            table.add(value)
        return CodedColumn(table.finish(), np.frombuffer(self._codes, dtype=np.int32))


class IntColumnBuilder:
    """int32 values (offsets in a document, never near 2**31)."""

    def __init__(self) -> None:
        self._values = array("i")

    def add(self, value: int) -> None:
        self._values.append(value)

    def finish(self) -> np.ndarray:
        return np.frombuffer(self._values, dtype=np.int32)


_Builder = StringColumnBuilder | CodedColumnBuilder | IntColumnBuilder


class ModelRowsBuilder(Generic[M]):
    """The columns of `model`, one row per `add`: `ModelRows.of` without holding the models."""

    def __init__(self, model: type[M], coded: frozenset[str]) -> None:
        self.model = model
        self._builders: dict[str, _Builder] = {}
        for name in field_names(model):
            if is_int_field(model, name):
                self._builders[name] = IntColumnBuilder()
            elif name in coded:
                self._builders[name] = CodedColumnBuilder()
            else:
                self._builders[name] = StringColumnBuilder()
        self.rows = 0

    def extend(self, rows: Iterable[M]) -> None:
        builders = self._builders.items()
        for row in rows:
            values = row.__dict__
            for name, builder in builders:
                builder.add(values[name])
            self.rows += 1

    def finish(self) -> ModelRows[M]:
        columns: dict[str, Column] = {name: b.finish() for name, b in self._builders.items()}
        return ModelRows(self.model, columns)


class GroupedRowsBuilder(Generic[M]):
    """Groups of models (a sentence's mentions) added one group at a time."""

    def __init__(self, model: type[M], coded: frozenset[str]) -> None:
        self._items = ModelRowsBuilder(model, coded)
        self._ends = array("q")

    def extend(self, groups: Iterable[Iterable[M]]) -> None:
        for group in groups:
            self._items.extend(group)
            self._ends.append(self._items.rows)

    def finish(self) -> GroupedRows[M]:
        offsets = np.zeros(len(self._ends) + 1, dtype=np.int64)
        offsets[1:] = np.frombuffer(self._ends, dtype=np.int64)
        return GroupedRows(self._items.finish(), offsets)
