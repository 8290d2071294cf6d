"""The disagreement table's large parts as columns, read in place: a Fact is made when read.

At 100,000 passages the table holds ~400,000 facts and a set of name tokens per story and per
document. Stored as one JSON document and rebuilt as Python objects at every open, it took
~60 MB of JSON, ~460 MB while parsed and ~300 MB once built (dataclasses, tuples, frozensets),
which put the serving peak over its goal. Stored as arrays and one text buffer per field
(`index.columns.strings`), memory-mapped by the store, only the facts and names a question
reads become objects. Lookups only adding or removing an article needs (each document's names,
each text's facts) are built on their first use.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Generic, TypeVar, overload

import numpy as np
import orjson

from index.columns.strings import CodedColumn, RaggedRows, StringColumn
from index.disputes.facts import Fact

K = TypeVar("K")
V = TypeVar("V")

# Fact fields stored as codes into a small table of distinct values (a handful of kinds, the
# people and nouns facts are about), as plain strings, or as int32.
_CODED = ("kind", "subject", "noun")
_STRINGS = ("value", "normalized", "sentence")
_INTS = ("start", "end")


class FactColumns(Sequence[Fact]):
    """The facts of a table, a column per field; `about` (a tuple of lemmas) is kept as the
    JSON of each row, `lede` as 0/1."""

    def __init__(
        self,
        coded: dict[str, CodedColumn],
        strings: dict[str, StringColumn],
        ints: dict[str, np.ndarray],
        about: StringColumn,
        lede: np.ndarray,
    ) -> None:
        texts: list[CodedColumn | StringColumn] = [*coded.values(), *strings.values(), about]
        lengths = {len(c) for c in texts} | {len(a) for a in [*ints.values(), lede]}
        if len(lengths) != 1:
            raise ValueError(f"stored fact columns differ in length: {sorted(lengths)}")
        self.coded, self.strings, self.ints = coded, strings, ints
        self.about, self.lede = about, lede
        self._length = lengths.pop()

    @classmethod
    def of(cls, facts: Sequence[Fact]) -> FactColumns:
        """The columns of `facts` (the same object when they are columns already)."""
        if isinstance(facts, FactColumns):
            return facts
        return cls(
            {name: CodedColumn.of(getattr(f, name) for f in facts) for name in _CODED},
            {name: StringColumn.of(getattr(f, name) for f in facts) for name in _STRINGS},
            {name: np.array([getattr(f, name) for f in facts], np.int32) for name in _INTS},
            StringColumn.of(orjson.dumps(f.about).decode() for f in facts),
            np.array([f.lede for f in facts], dtype=np.uint8),
        )

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, row: int) -> Fact: ...

    @overload
    def __getitem__(self, row: slice) -> list[Fact]: ...

    def __getitem__(self, row: int | slice) -> Fact | list[Fact]:
        """The fact at `row` (a list for a slice, which callers join with `+`)."""
        if isinstance(row, slice):
            return [self[i] for i in range(*row.indices(self._length))]
        if not 0 <= row < self._length:
            raise IndexError(f"fact {row} is out of range (0..{self._length - 1})")
        return Fact(
            kind=self.coded["kind"][row],
            value=self.strings["value"][row],
            normalized=self.strings["normalized"][row],
            start=int(self.ints["start"][row]),
            end=int(self.ints["end"][row]),
            about=tuple(orjson.loads(self.about[row])),
            subject=self.coded["subject"][row],
            sentence=self.strings["sentence"][row],
            noun=self.coded["noun"][row],
            lede=bool(self.lede[row]),
        )

    def __iter__(self) -> Iterator[Fact]:
        return (self[row] for row in range(self._length))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FactColumns | list):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # a container compared by content

    def of_kind(self, kind: str) -> list[int]:
        """The rows of facts of one kind, found in the codes without making any fact."""
        column = self.coded["kind"]
        codes = [code for code in range(len(column.values)) if column.value(code) == kind]
        return np.flatnonzero(np.isin(column.codes, codes)).tolist()

    def arrays(self, name: str) -> dict[str, np.ndarray]:
        """The files these columns are stored as, named `<name>_<field>...`."""
        out: dict[str, np.ndarray] = {f"{name}_lede": self.lede}
        texts: dict[str, CodedColumn | StringColumn] = {**self.coded, **self.strings}
        for field, column in texts.items():
            out |= column.arrays(f"{name}_{field}")
        out |= {f"{name}_{field}": array for field, array in self.ints.items()}
        return out | self.about.arrays(f"{name}_about")

    @classmethod
    def stored(cls, arrays: dict[str, np.ndarray], name: str) -> FactColumns:
        return cls(
            {field: CodedColumn.stored(arrays, f"{name}_{field}") for field in _CODED},
            {field: StringColumn.stored(arrays, f"{name}_{field}") for field in _STRINGS},
            {field: arrays[f"{name}_{field}"] for field in _INTS},
            StringColumn.stored(arrays, f"{name}_about"),
            arrays[f"{name}_lede"],
        )


class NameSets(Sequence[frozenset[str]]):
    """Sets of names (a story's name tokens), one per row, kept as their sorted strings."""

    def __init__(self, names: StringColumn, offsets: np.ndarray) -> None:
        if offsets.ndim != 1 or offsets.size == 0 or int(offsets[-1]) != len(names):
            raise ValueError(f"name set offsets do not end at the {len(names)} stored names")
        self.names = names
        self.offsets = offsets

    @classmethod
    def of(cls, sets: Sequence[frozenset[str]]) -> NameSets:
        """The columns of `sets` (the same object when they are columns already)."""
        if isinstance(sets, NameSets):
            return sets
        ordered = [sorted(names) for names in sets]
        offsets = np.zeros(len(ordered) + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, ordered), np.int64, len(ordered)), out=offsets[1:])
        return cls(StringColumn.of(itertools.chain.from_iterable(ordered)), offsets)

    def __len__(self) -> int:
        return self.offsets.size - 1

    @overload
    def __getitem__(self, row: int) -> frozenset[str]: ...

    @overload
    def __getitem__(self, row: slice) -> list[frozenset[str]]: ...

    def __getitem__(self, row: int | slice) -> frozenset[str] | list[frozenset[str]]:
        if isinstance(row, slice):
            return [self[i] for i in range(*row.indices(len(self)))]
        if not 0 <= row < len(self):
            raise IndexError(f"name set {row} is out of range (0..{len(self) - 1})")
        start, end = self.offsets[row : row + 2].tolist()
        return frozenset(self.names[i] for i in range(start, end))

    def __iter__(self) -> Iterator[frozenset[str]]:
        return (self[row] for row in range(len(self)))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NameSets | list):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # a container compared by content

    def arrays(self, name: str) -> dict[str, np.ndarray]:
        return self.names.arrays(name) | {f"{name}_sets": self.offsets}

    @classmethod
    def stored(cls, arrays: dict[str, np.ndarray], name: str) -> NameSets:
        return cls(StringColumn.stored(arrays, name), arrays[f"{name}_sets"])


class OnFirstUse(Mapping[K, V], Generic[K, V]):
    """A mapping made by `make` when first read: for lookups only a change of the corpus reads
    (each document's names, each text's facts), so that serving questions never builds them."""

    def __init__(self, make: Callable[[], dict[K, V]]) -> None:
        self._make: Callable[[], dict[K, V]] | None = make
        self._made: dict[K, V] = {}

    def _mapping(self) -> dict[K, V]:
        if self._make is not None:
            self._made, self._make = self._make(), None
        return self._made

    def __getitem__(self, key: K) -> V:
        return self._mapping()[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._mapping())

    def __len__(self) -> int:
        return len(self._mapping())

    def __contains__(self, key: object) -> bool:
        return key in self._mapping()


def keyed_arrays(name: str, mapping: Mapping[str, frozenset[str]]) -> dict[str, np.ndarray]:
    """A mapping of strings to name sets (each document's names) as columns."""
    sets = NameSets.of(list(mapping.values()))
    return StringColumn.of(mapping).arrays(f"{name}_keys") | sets.arrays(f"{name}_values")


def stored_keyed(arrays: dict[str, np.ndarray], name: str) -> OnFirstUse[str, frozenset[str]]:
    """What `keyed_arrays` stored, as a mapping made on first use."""
    keys = StringColumn.stored(arrays, f"{name}_keys")
    sets = NameSets.stored(arrays, f"{name}_values")
    return OnFirstUse(lambda: dict(zip(keys, sets, strict=True)))


def rows_arrays(name: str, mapping: Mapping[str, list[int]]) -> dict[str, np.ndarray]:
    """A mapping of strings to lists of rows (each text's facts) as columns."""
    rows = RaggedRows.of([np.asarray(r, dtype=np.int32) for r in mapping.values()], np.int32)
    return StringColumn.of(mapping).arrays(f"{name}_keys") | rows.arrays(f"{name}_rows")


def stored_rows(arrays: dict[str, np.ndarray], name: str) -> OnFirstUse[str, list[int]]:
    """What `rows_arrays` stored, as a mapping made on first use."""
    keys = StringColumn.stored(arrays, f"{name}_keys")
    rows = RaggedRows.stored(arrays, f"{name}_rows")
    return OnFirstUse(lambda: {k: r.tolist() for k, r in zip(keys, rows, strict=True)})
