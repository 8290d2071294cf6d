"""Rows of a pydantic model stored as one column per field; a model is made only for a row read.

Passages, sentences and mentions are read a few at a time when answering (the passages a search
returns, their sentences and values), so they are kept as columns (`index.columns.strings`) and
a model is built on access, without validation: the columns were written from valid models and
the store checks them against the manifest. Only the rows read ever become Python objects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import cache
from typing import Any, TypeVar, overload

import numpy as np
from pydantic import BaseModel

from index.columns.rowfile import FileRows
from index.columns.strings import CodedColumn, StringColumn

M = TypeVar("M", bound=BaseModel)
# An int field's column is an array, or its file read by row once opened (index.loading).
Column = StringColumn | CodedColumn | np.ndarray | FileRows


@cache
def field_names(model: type[BaseModel]) -> tuple[str, ...]:
    return tuple(model.model_fields)


def is_int_field(model: type[BaseModel], name: str) -> bool:
    return model.model_fields[name].annotation is int


def _getter(column: Column) -> Callable[[int], Any]:
    if isinstance(column, np.ndarray | FileRows):
        return lambda row: int(column[row])
    return column.__getitem__


class ModelRows(Sequence[M]):
    """A read-only sequence of `model`, stored as a column per field.

    `coded` names the string fields repeated across rows (kept as codes into a small table);
    other string fields are UTF-8 buffers, int fields int32 arrays.
    """

    def __init__(self, model: type[M], columns: dict[str, Column]) -> None:
        names = field_names(model)
        if set(columns) != set(names):
            raise ValueError(
                f"stored {model.__name__} columns {sorted(columns)} are not its fields"
            )
        lengths = {name: len(column) for name, column in columns.items()}
        if len(set(lengths.values())) > 1:
            raise ValueError(f"stored {model.__name__} columns differ in length: {lengths}")
        self.model = model
        self.columns = columns
        self._length = lengths[names[0]]
        self._getters = [(name, _getter(columns[name])) for name in names]
        self._names = names

    @classmethod
    def of(cls, model: type[M], rows: Sequence[M], coded: frozenset[str]) -> ModelRows[M]:
        columns: dict[str, Column] = {}
        for name in field_names(model):
            values = [row.__dict__[name] for row in rows]
            if is_int_field(model, name):
                columns[name] = np.array(values, dtype=np.int32)
            elif name in coded:
                columns[name] = CodedColumn.of(values)
            else:
                columns[name] = StringColumn.of(values)
        return cls(model, columns)

    def __len__(self) -> int:
        return self._length

    def strings(self, name: str) -> StringColumn:
        """The column of a string field stored once per row (texts, ids)."""
        column = self.columns[name]
        if not isinstance(column, StringColumn):
            raise TypeError(f"{self.model.__name__}.{name} is not stored as strings")
        return column

    def coded(self, name: str) -> CodedColumn:
        """The column of a string field stored as codes (document ids, kinds)."""
        column = self.columns[name]
        if not isinstance(column, CodedColumn):
            raise TypeError(f"{self.model.__name__}.{name} is not stored as codes")
        return column

    @overload
    def __getitem__(self, row: int) -> M: ...

    @overload
    def __getitem__(self, row: slice) -> list[M]: ...

    def __getitem__(self, row: int | slice) -> M | list[M]:
        """The model at `row`, made without validation (see the module docstring)."""
        if isinstance(row, slice):
            return [self[i] for i in range(*row.indices(self._length))]
        if not 0 <= row < self._length:
            raise IndexError(f"{self.model.__name__} row {row} is out of range")
        item = object.__new__(self.model)
        # What pydantic's model_construct sets, without its per-field Python loop.
        object.__setattr__(item, "__dict__", {name: get(row) for name, get in self._getters})
        # A set of its own: model_copy(update=...) adds to it (a shared frozenset breaks that).
        object.__setattr__(item, "__pydantic_fields_set__", set(self._names))
        object.__setattr__(item, "__pydantic_extra__", None)
        object.__setattr__(item, "__pydantic_private__", None)
        return item

    def __iter__(self) -> Iterator[M]:
        return (self[row] for row in range(self._length))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ModelRows | list):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # mutable-looking container: not hashable

    def arrays(self, name: str) -> dict[str, np.ndarray]:
        """The files these rows are stored as, named `<name>_<field>...`."""
        out: dict[str, np.ndarray] = {}
        for field, column in self.columns.items():
            if isinstance(column, np.ndarray | FileRows):
                out[f"{name}_{field}"] = np.asarray(column)
            else:
                out |= column.arrays(f"{name}_{field}")
        return out

    @classmethod
    def stored(
        cls, model: type[M], arrays: dict[str, np.ndarray], name: str, coded: frozenset[str]
    ) -> ModelRows[M]:
        columns: dict[str, Column] = {}
        for field in field_names(model):
            key = f"{name}_{field}"
            if is_int_field(model, field):
                columns[field] = arrays[key]
            elif field in coded:
                columns[field] = CodedColumn.stored(arrays, key)
            else:
                columns[field] = StringColumn.stored(arrays, key)
        return cls(model, columns)

    def appended(self, other: ModelRows[M]) -> ModelRows[M]:
        """These rows, then `other`'s (stored the same way), as new columns."""
        columns: dict[str, Column] = {}
        for name, column in self.columns.items():
            added = other.columns[name]
            if isinstance(column, np.ndarray | FileRows):
                columns[name] = np.concatenate([column, np.asarray(added, dtype=column.dtype)])
            else:
                columns[name] = column.appended(added)  # type: ignore[arg-type]
        return ModelRows(self.model, columns)

    def without(self, start: int, stop: int) -> ModelRows[M]:
        """These rows but `start:stop`, as new columns."""
        columns: dict[str, Column] = {}
        for name, column in self.columns.items():
            if isinstance(column, np.ndarray | FileRows):
                columns[name] = np.concatenate([column[:start], column[stop:]])
            else:
                columns[name] = column.without(start, stop)
        return ModelRows(self.model, columns)


class GroupedRows(Sequence[list[M]]):
    """Models grouped per row of another table (the mentions of each sentence).

    Group `i` is `items[offsets[i]:offsets[i + 1]]`.
    """

    def __init__(self, items: ModelRows[M], offsets: np.ndarray) -> None:
        if offsets.ndim != 1 or offsets.size == 0 or int(offsets[-1]) != len(items):
            raise ValueError(f"grouped {items.model.__name__} offsets do not cover their rows")
        self.items = items
        self.offsets = offsets

    @classmethod
    def of(
        cls, model: type[M], groups: Sequence[Sequence[M]], coded: frozenset[str]
    ) -> GroupedRows[M]:
        flat = [item for group in groups for item in group]
        offsets = np.zeros(len(groups) + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, groups), np.int64, len(groups)), out=offsets[1:])
        return cls(ModelRows.of(model, flat, coded), offsets)

    def __len__(self) -> int:
        return self.offsets.size - 1

    @overload
    def __getitem__(self, row: int) -> list[M]: ...

    @overload
    def __getitem__(self, row: slice) -> list[list[M]]: ...

    def __getitem__(self, row: int | slice) -> list[M] | list[list[M]]:
        if isinstance(row, slice):
            return [self[i] for i in range(*row.indices(len(self)))]
        if not 0 <= row < len(self):
            raise IndexError(f"row {row} is out of range (0..{len(self) - 1})")
        start, end = self.offsets[row : row + 2].tolist()
        return [self.items[i] for i in range(start, end)]

    def __iter__(self) -> Iterator[list[M]]:
        return (self[row] for row in range(len(self)))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GroupedRows | list):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def arrays(self, name: str) -> dict[str, np.ndarray]:
        return self.items.arrays(name) | {f"{name}_groups": self.offsets}

    def appended(self, other: GroupedRows[M]) -> GroupedRows[M]:
        offsets = np.concatenate([self.offsets, other.offsets[1:] + self.offsets[-1]])
        return GroupedRows(self.items.appended(other.items), offsets)

    def without(self, start: int, stop: int) -> GroupedRows[M]:
        """These groups but `start:stop` (and their items)."""
        lo, hi = int(self.offsets[start]), int(self.offsets[stop])
        offsets = np.concatenate([self.offsets[: start + 1], self.offsets[stop + 1 :] - (hi - lo)])
        return GroupedRows(self.items.without(lo, hi), offsets)

    @classmethod
    def stored(
        cls, model: type[M], arrays: dict[str, np.ndarray], name: str, coded: frozenset[str]
    ) -> GroupedRows[M]:
        return cls(ModelRows.stored(model, arrays, name, coded), arrays[f"{name}_groups"])
