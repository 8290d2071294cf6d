"""Maps over an index's rows that answering needs: rows by id and document, people, topics.

They are derived from the stored content alone, so each is built once per index (the
`IndexContent.lookups` property), on first use, and never per question; adding an article makes
a new content and so new lookups. Each is read from the columns (no model per row): at 100,000
passages building them all by walking 540,000 sentence models took most of the first question's
2.3 s.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

from index.analysis.entities import by_surname, name_key
from index.columns.ids import IdRows
from index.columns.strings import CodedColumn
from index.models import Mention

if TYPE_CHECKING:
    from index.content import IndexContent


# A person's key -> (its mentions, {spelling that is exactly the key: uses}).
Spellings = dict[str, tuple[int, dict[str, int]]]


def person_spellings(mentions: Iterable[Mention]) -> Spellings:
    """How often each person is mentioned, and each spelling that is exactly its key used.

    Kept with the index so that adding or removing an article counts its own mentions instead
    of every mention again (`preferred_names` derives the names from them).
    """
    spellings: dict[str, tuple[int, dict[str, int]]] = {}
    for m in mentions:
        if m.kind == "person":
            total, counts = spellings.get(m.normalized, (0, {}))
            if name_key(m.text) == m.normalized:
                counts[m.text] = counts.get(m.text, 0) + 1
            spellings[m.normalized] = (total + 1, counts)
    return spellings


def preferred_names(spellings: Spellings) -> dict[str, str]:
    """Each person's key -> its most used spelling (the first used, among equals)."""
    return {
        key: Counter(counts).most_common(1)[0][0] if counts else key.title()
        for key, (_, counts) in spellings.items()
    }


def person_names(mentions: Iterable[Mention]) -> dict[str, str]:
    """Each person's key -> the spelling the articles use most for exactly that key."""
    return preferred_names(person_spellings(mentions))


def rows_by_value(column: CodedColumn) -> dict[str, Sequence[int]]:
    """The rows holding each value, in row order: a range when they are consecutive (as an
    index builds them, document by document), otherwise a list."""
    codes = np.asarray(column.codes)
    if codes.size == 0:
        return {}
    order = np.argsort(codes, kind="stable")
    ordered = codes[order]
    bounds = [0, *(np.flatnonzero(np.diff(ordered)) + 1).tolist(), codes.size]
    consecutive = bool(np.all(np.diff(order) == 1))
    groups: dict[str, Sequence[int]] = {}
    for start, end in itertools.pairwise(bounds):
        value = column.value(int(ordered[start]))
        groups[value] = range(start, end) if consecutive else order[start:end].tolist()
    return groups


class RowsOfKey(Mapping[str, Sequence[int]]):
    """`rows_by_value` of a coded column without a dict of every value, for a column whose rows
    come value by value (a passage's sentences, as a build writes them passage by passage).

    At a million passages the dict held a million ids and ranges (~110 MB). Here a value's code
    is found by binary search over the hashes of the column's table of values (12 bytes a value,
    made on first use), checked against the table, and its rows by binary search in the codes.
    A column whose codes are not in order is read through the dict.
    """

    def __init__(self, column: CodedColumn) -> None:
        self._column = column
        codes = np.asarray(column.codes)
        self._in_order = bool(np.all(codes[1:] >= codes[:-1]))

    @cached_property
    def _dict(self) -> dict[str, Sequence[int]]:
        return rows_by_value(self._column)

    @cached_property
    def _hashes(self) -> tuple[np.ndarray, np.ndarray]:
        """The values' hashes, sorted, and the code of each."""
        values = self._column.values
        hashes = np.fromiter(map(hash, values), dtype=np.int64, count=len(values))
        order = np.argsort(hashes, kind="stable")
        return hashes[order], order.astype(np.int32)

    def _code(self, key: str) -> int | None:
        hashes, codes = self._hashes
        wanted = np.int64(hash(key))
        start = int(np.searchsorted(hashes, wanted, side="left"))
        stop = int(np.searchsorted(hashes, wanted, side="right"))
        for code in codes[start:stop].tolist():
            if self._column.value(code) == key:
                return int(code)
        return None

    def __getitem__(self, key: str) -> Sequence[int]:
        if not self._in_order:
            return self._dict[key]
        code = self._code(key)
        if code is None:
            raise KeyError(key)
        codes, wanted = self._column.codes, np.int32(code)  # int32: no converted copy of codes
        return range(
            int(np.searchsorted(codes, wanted, side="left")),
            int(np.searchsorted(codes, wanted, side="right")),
        )

    def __iter__(self) -> Iterator[str]:
        return iter(self._column.values)

    def __len__(self) -> int:
        return len(self._column.values)


class DocumentVectors(Mapping[str, np.ndarray]):
    """What each document is about as a whole: the normalised mean of its passages' vectors,
    made for a document when it is first read and then kept.

    A question reads the vectors of the documents of the stories it retrieved (a few dozen).
    Making every document's at the first question read every passage vector (768 MB at a
    million passages, ~10 s) and held them all (~230 MB of the serving peak). The build and
    the table's changes read every document's, and so still make them all, once each.
    """

    def __init__(self, vectors: np.ndarray, rows: Mapping[str, Sequence[int]]) -> None:
        self._vectors = vectors  # once opened, the file read by row (index.columns.rowfile)
        self._rows = rows
        self._made: dict[str, np.ndarray] = {}

    def __getitem__(self, doc: str) -> np.ndarray:
        made = self._made.get(doc)
        if made is not None:
            return made
        rows = self._rows[doc]  # KeyError for a document the index does not hold
        vectors = self._vectors
        block = vectors[rows.start : rows.stop] if isinstance(rows, range) else vectors[rows]
        centroid = np.mean(block, axis=0).astype(np.float32)
        vector: np.ndarray = centroid / (np.linalg.norm(centroid) or 1.0)
        self._made[doc] = vector
        return vector

    def __contains__(self, doc: object) -> bool:
        return doc in self._rows  # without making its vector

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


class Lookups:
    """Rows of the index by passage id and by document, the people the articles name, and a
    vector per document: each built from the columns on first use (a question needs a few)."""

    def __init__(self, content: IndexContent) -> None:
        self._content = content

    @cached_property
    def passage_rows(self) -> Mapping[str, int]:
        return IdRows(self._content.passages.strings("id"), self._content.passage_order)

    @cached_property
    def sentence_rows(self) -> Mapping[str, int]:
        return IdRows(self._content.sentences.strings("id"), self._content.sentence_order)

    @cached_property
    def document_rows(self) -> dict[str, Sequence[int]]:
        """The sentence rows of each document."""
        return rows_by_value(self._content.sentences.coded("doc_id"))

    @cached_property
    def document_passage_rows(self) -> dict[str, Sequence[int]]:
        return rows_by_value(self._content.passages.coded("doc_id"))

    @cached_property
    def people(self) -> list[str]:
        """Longest first, so a full name is found before a surname it contains."""
        return sorted(self._content.people, key=lambda k: (-len(k), k))

    @cached_property
    def people_by_surname(self) -> dict[str, list[tuple[int, str]]]:
        """The people of `person_names` by surname (index.analysis.entities.by_surname)."""
        return by_surname(self._content.people)

    @property
    def person_names(self) -> dict[str, str]:
        return self._content.people

    @cached_property
    def document_vectors(self) -> DocumentVectors:
        """What a document is about as a whole (`DocumentVectors`), made as documents are read."""
        return DocumentVectors(self._content.passage_vectors, self.document_passage_rows)
