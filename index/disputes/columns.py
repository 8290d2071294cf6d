"""The disagreement table's large parts as columns, read in place: a Fact is made when read.

At 100,000 passages the table holds ~400,000 facts and a set of name tokens per story and per
document. Stored as one JSON document and rebuilt as Python objects at every open, it took
~60 MB of JSON, ~460 MB while parsed and ~300 MB once built (dataclasses, tuples, frozensets),
which put the serving peak over its goal. Stored as arrays and one text buffer per field
(`index.columns.strings`), memory-mapped by the store, only the facts and names a question
reads become objects. Lookups only adding or removing an article needs (each document's names,
each text's facts) are read in place too, through a key -> row dict made on their first use.

Adding or removing an article changes these columns by its own rows (`appended`, `without`):
making every fact an object and turning them back into columns at each save cost ~0.6 s an add
at 10,000 passages.
"""

from __future__ import annotations

import itertools
from abc import abstractmethod
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TypeVar, overload

import numpy as np
import orjson

from index.columns.builders import CodedColumnBuilder, IntColumnBuilder, StringColumnBuilder
from index.columns.strings import CodedColumn, RaggedRows, StringColumn
from index.disputes.facts import Fact

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

    def appended(self, other: FactColumns) -> FactColumns:
        """These facts, then `other`'s (an added article's), column by column: the columns
        `of` would make of both together."""
        return FactColumns(
            {name: column.appended(other.coded[name]) for name, column in self.coded.items()},
            {name: column.appended(other.strings[name]) for name, column in self.strings.items()},
            {
                name: np.concatenate([array, other.ints[name]]).astype(np.int32)
                for name, array in self.ints.items()
            },
            self.about.appended(other.about),
            np.concatenate([self.lede, other.lede]).astype(np.uint8),
        )

    def without(self, start: int, stop: int) -> FactColumns:
        """These facts but rows `start:stop` (a removed article's), column by column."""
        return FactColumns(
            {name: column.without(start, stop) for name, column in self.coded.items()},
            {name: column.without(start, stop) for name, column in self.strings.items()},
            {
                name: np.concatenate([array[:start], array[stop:]])
                for name, array in self.ints.items()
            },
            self.about.without(start, stop),
            np.concatenate([self.lede[:start], self.lede[stop:]]),
        )

    @classmethod
    def stored(cls, arrays: dict[str, np.ndarray], name: str) -> FactColumns:
        return cls(
            {field: CodedColumn.stored(arrays, f"{name}_{field}") for field in _CODED},
            {field: StringColumn.stored(arrays, f"{name}_{field}") for field in _STRINGS},
            {field: arrays[f"{name}_{field}"] for field in _INTS},
            StringColumn.stored(arrays, f"{name}_about"),
            arrays[f"{name}_lede"],
        )


class FactColumnsBuilder:
    """Fact columns filled a document's facts at a time: `FactColumns.of` without every Fact
    held at once (~4 million at a million passages, ~550 bytes each as objects)."""

    def __init__(self) -> None:
        self._coded = {name: CodedColumnBuilder() for name in _CODED}
        self._strings = {name: StringColumnBuilder() for name in _STRINGS}
        self._ints = {name: IntColumnBuilder() for name in _INTS}
        self._about = StringColumnBuilder()
        self._lede = array("B")
        self.rows = 0

    def extend(self, facts: Iterable[Fact]) -> None:
        for fact in facts:
            for name, coded in self._coded.items():
                coded.add(getattr(fact, name))
            for name, strings in self._strings.items():
                strings.add(getattr(fact, name))
            for name, ints in self._ints.items():
                ints.add(getattr(fact, name))
            self._about.add(orjson.dumps(fact.about).decode())
            self._lede.append(fact.lede)
            self.rows += 1

    def finish(self) -> FactColumns:
        return FactColumns(
            {name: builder.finish() for name, builder in self._coded.items()},
            {name: builder.finish() for name, builder in self._strings.items()},
            {name: builder.finish() for name, builder in self._ints.items()},
            self._about.finish(),
            np.frombuffer(self._lede, dtype=np.uint8),
        )


class NameSets(Sequence[frozenset[str]]):
    """Sets of names (a story's name tokens), one per row, kept as their sorted strings."""

    def __init__(self, names: StringColumn, offsets: np.ndarray) -> None:
        if offsets.ndim != 1 or offsets.size == 0 or int(offsets[-1]) != len(names):
            raise ValueError(f"name set offsets do not end at the {len(names)} stored names")
        self.names = names
        self.offsets = offsets

    @classmethod
    def of(cls, sets: Iterable[frozenset[str]]) -> NameSets:
        """The columns of `sets` (the same object when they are columns already), made one set
        at a time: every set sorted at once was a second copy of all the names at a save."""
        if isinstance(sets, NameSets):
            return sets
        names = StringColumnBuilder()
        ends = array("q", [0])
        for one in sets:
            for name in sorted(one):
                names.add(name)
            ends.append(ends[-1] + len(one))
        return cls(names.finish(), np.frombuffer(ends, dtype=np.int64))

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
        # One copy of the set's bytes, sliced: an added article reads every near document's
        # names (index.disputes.changes), and string by string that took 0.09 s at 10,000.
        start, end = self.offsets[row : row + 2].tolist()
        bounds = self.names.offsets[start : end + 1].tolist()
        base = bounds[0]
        raw = self.names.data[base : bounds[-1]].tobytes()
        return frozenset(
            raw[a - base : b - base].decode("utf-8") for a, b in itertools.pairwise(bounds)
        )

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

    def appended(self, other: NameSets) -> NameSets:
        """These sets, then `other`'s."""
        offsets = np.concatenate([self.offsets, other.offsets[1:] + self.offsets[-1]])
        return NameSets(self.names.appended(other.names), offsets)

    def without(self, start: int, stop: int) -> NameSets:
        """These sets but rows `start:stop`."""
        lo, hi = int(self.offsets[start]), int(self.offsets[stop])
        offsets = np.concatenate([self.offsets[: start + 1], self.offsets[stop + 1 :] - (hi - lo)])
        return NameSets(self.names.without(lo, hi), offsets)

    def picked(self, rows: Sequence[int]) -> NameSets:
        """The sets at `rows`, in that order (stories renumbered), copied as bytes: no set or
        string is made."""
        names, offsets = _spans(self.offsets, np.asarray(rows, dtype=np.int64))
        data, bounds = _spans(self.names.offsets, names)
        return NameSets(StringColumn(self.names.data[data], bounds), offsets)


def _spans(offsets: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For ragged rows (row `i` = items `offsets[i]:offsets[i + 1]`): the positions of the items
    of `rows` in order, and the offsets of those rows gathered."""
    starts = offsets[rows].astype(np.int64)
    lengths = offsets[rows + 1].astype(np.int64) - starts
    gathered = np.zeros(rows.size + 1, dtype=np.int64)
    np.cumsum(lengths, out=gathered[1:])
    positions = np.arange(gathered[-1], dtype=np.int64) + np.repeat(starts - gathered[:-1], lengths)
    return positions, gathered


class _Keyed(Mapping[str, V]):
    """A mapping of strings to rows of a column, read in place: the key -> row dict is made on
    the first lookup (only a change of the corpus looks up), a value when it is read."""

    def __init__(self, keys: StringColumn, size: int) -> None:
        if len(keys) != size:
            raise ValueError(f"{len(keys)} stored keys for {size} values")
        self.keys_column = keys
        self._rows: dict[str, int] | None = None

    @abstractmethod
    def _value(self, row: int) -> V: ...

    def _row_of(self) -> dict[str, int]:
        if self._rows is None:
            self._rows = {key: row for row, key in enumerate(self.keys_column)}
        return self._rows

    def __getitem__(self, key: str) -> V:
        return self._value(self._row_of()[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys_column)

    def __len__(self) -> int:
        return len(self.keys_column)

    def __contains__(self, key: object) -> bool:
        return key in self._row_of()


class DocumentNames(_Keyed[frozenset[str]]):
    """Each document's names (doc id -> name set), as a column of keys and one of name sets."""

    def __init__(self, keys: StringColumn, sets: NameSets) -> None:
        super().__init__(keys, len(sets))
        self.sets = sets

    @classmethod
    def of(cls, mapping: Mapping[str, frozenset[str]]) -> DocumentNames:
        """The columns of `mapping` (the same object when it is columns already)."""
        if isinstance(mapping, DocumentNames):
            return mapping
        return cls(StringColumn.of(mapping), NameSets.of(mapping.values()))

    def _value(self, row: int) -> frozenset[str]:
        return self.sets[row]

    def added(self, key: str, names: frozenset[str]) -> DocumentNames:
        """These names and `key`'s, last (an added document, which is not here yet)."""
        if key in self:
            raise ValueError(f"{key!r} already has its names")
        return DocumentNames(
            self.keys_column.appended(StringColumn.of([key])),
            self.sets.appended(NameSets.of([names])),
        )

    def without(self, key: str) -> DocumentNames:
        """These names but `key`'s (a removed document)."""
        row = self._row_of()[key]
        return DocumentNames(
            self.keys_column.without(row, row + 1), self.sets.without(row, row + 1)
        )

    def arrays(self, name: str) -> dict[str, np.ndarray]:
        return self.keys_column.arrays(f"{name}_keys") | self.sets.arrays(f"{name}_values")

    @classmethod
    def stored(cls, arrays: dict[str, np.ndarray], name: str) -> DocumentNames:
        return cls(
            StringColumn.stored(arrays, f"{name}_keys"), NameSets.stored(arrays, f"{name}_values")
        )


class TextFacts(_Keyed[list[int]]):
    """Each text's facts (text key -> its fact rows, one run), as a column of keys and ragged
    rows of fact numbers."""

    def __init__(self, keys: StringColumn, rows: RaggedRows) -> None:
        super().__init__(keys, len(rows))
        self.rows = rows

    @classmethod
    def of(cls, mapping: Mapping[str, list[int]]) -> TextFacts:
        """The columns of `mapping` (the same object when it is columns already)."""
        if isinstance(mapping, TextFacts):
            return mapping
        rows = [np.asarray(r, dtype=np.int32) for r in mapping.values()]
        return cls(StringColumn.of(mapping), RaggedRows.of(rows, np.int32))

    def _value(self, row: int) -> list[int]:
        return self.rows[row].tolist()

    def added(self, key: str, facts: range) -> TextFacts:
        """These texts and `key`'s facts: last, or in its place when the text is here already
        (a second article of the same text: a build keeps the last one's facts, in the place
        of the first)."""
        own = RaggedRows.of([np.arange(facts.start, facts.stop, dtype=np.int32)], np.int32)
        if key not in self:
            return TextFacts(
                self.keys_column.appended(StringColumn.of([key])), self.rows.appended(own)
            )
        row, count = self._row_of()[key], len(self.rows)
        rows = self.rows.without(row, count).appended(own).appended(self.rows.without(0, row + 1))
        return TextFacts(self.keys_column, rows)

    def without(self, key: str, start: int, stop: int) -> TextFacts:
        """These texts but `key`, whose facts were rows `start:stop`: later facts move up."""
        row = self._row_of()[key]
        rows = self.rows.without(row, row + 1)
        flat = np.where(rows.flat >= stop, rows.flat - (stop - start), rows.flat)
        return TextFacts(
            self.keys_column.without(row, row + 1),
            RaggedRows(flat.astype(np.int32), rows.offsets),
        )

    def arrays(self, name: str) -> dict[str, np.ndarray]:
        return self.keys_column.arrays(f"{name}_keys") | self.rows.arrays(f"{name}_rows")

    @classmethod
    def stored(cls, arrays: dict[str, np.ndarray], name: str) -> TextFacts:
        return cls(
            StringColumn.stored(arrays, f"{name}_keys"), RaggedRows.stored(arrays, f"{name}_rows")
        )
