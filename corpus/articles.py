"""The corpus's articles by id, those of a kept snapshot left in its file until one is read.

A million passages come from ~150,000 articles; held as Document objects they took ~1.1 GB of
a serving process, though a question reads a handful (the ones it quotes). `Articles` keeps
each snapshot article's place in the file (corpus.snapshot writes one article per line), its
outlet and date, which filters read for every article, and its text's key, which the index's
corpus fingerprint reads for every article; the article itself is read and parsed when asked
for. Articles given in memory, added or corrected are held as they are.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from pydantic import TypeAdapter

from corpus.models import TEXT_KEY_BYTES, Document, text_key

_DOCUMENT = TypeAdapter(Document)
# An article's outlet and publication date: what a filter on outlet or date reads.
OutletAndDate = tuple[str | None, dt.date | None]


@dataclass(frozen=True)
class Placed:
    """What a snapshot says of its articles up front, in its order: where each one ends in the
    file, and its outlet and date and text key (`text_key`, as bytes, one after the other:
    ~3 MB for 150,000 articles, where a list of hex strings would hold ~14 MB)."""

    ends: list[int]
    outlets: list[OutletAndDate]
    keys: bytes


class Shelf:
    """Articles stored one JSON object per line in a file, each read by its byte range."""

    def __init__(self, path: Path, start: int, placed: Placed):
        # Unbuffered: pread needs only the descriptor, which closes with this object. A snapshot
        # replaced meanwhile (os.replace) leaves this one readable under its open descriptor.
        self._file = path.open("rb", buffering=0)
        self._start = start
        self._ends = placed.ends
        self.outlets = placed.outlets
        self._keys = placed.keys

    def key(self, position: int) -> str:
        """The `text_key` of the article at `position`, without reading it."""
        return self._keys[position * TEXT_KEY_BYTES : (position + 1) * TEXT_KEY_BYTES].hex()

    def read(self, position: int) -> Document:
        begin = self._ends[position - 1] if position else 0
        size = self._ends[position] - begin
        data = os.pread(self._file.fileno(), size, self._start + begin)
        if len(data) != size:
            raise ValueError(f"{self._file.name} ended inside article {position}")
        return _DOCUMENT.validate_json(data)


class Articles(Mapping[str, Document]):
    """Articles by id, in corpus order; see the module docstring for where each one is kept."""

    def __init__(
        self, order: dict[str, int], held: dict[str, Document], shelf: Shelf | None = None
    ) -> None:
        # Each id -> its position on the shelf (-1: held, not shelved), in corpus order.
        self._order = order
        self._held = held
        self._shelf = shelf

    @classmethod
    def of(cls, documents: Iterable[Document]) -> Articles:
        """Articles held in memory (read from their files, or built in code)."""
        held = {doc.id: doc for doc in documents}
        return cls(dict.fromkeys(held, -1), held)

    @classmethod
    def shelved(cls, ids: list[str], shelf: Shelf) -> Articles:
        """The articles of a snapshot file, in its order, none of them read yet."""
        return cls({doc_id: n for n, doc_id in enumerate(ids)}, {}, shelf)

    def __getitem__(self, doc_id: str) -> Document:
        position = self._order[doc_id]
        if position < 0:
            return self._held[doc_id]
        assert self._shelf is not None  # a shelved position implies a shelf
        return self._shelf.read(position)

    def __iter__(self) -> Iterator[str]:
        return iter(self._order)

    def __len__(self) -> int:
        return len(self._order)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._order

    @cached_property
    def outlets_and_dates(self) -> dict[str, OutletAndDate]:
        """Each article's outlet and publication date, without reading any shelved article."""
        found: dict[str, OutletAndDate] = {}
        for doc_id, position in self._order.items():
            if position < 0:
                doc = self._held[doc_id]
                found[doc_id] = (doc.source, doc.published)
            else:
                assert self._shelf is not None  # a shelved position implies a shelf
                found[doc_id] = self._shelf.outlets[position]
        return found

    def text_keys(self) -> Iterator[tuple[str, str]]:
        """Each article's id and `text_key`, without reading any shelved article."""
        for doc_id, position in self._order.items():
            if position < 0:
                yield doc_id, text_key(self._held[doc_id].text)
            else:
                assert self._shelf is not None  # a shelved position implies a shelf
                yield doc_id, self._shelf.key(position)

    def with_article(self, document: Document) -> Articles:
        """These articles with `document` held: replacing the one of its id in place (a
        correction), or added at the end."""
        order = dict(self._order)
        order[document.id] = -1
        return Articles(order, {**self._held, document.id: document}, self._shelf)

    def with_articles(self, documents: Iterable[Document]) -> Articles:
        """These articles with each of `documents` held, as `with_article` for each."""
        changed = {doc.id: doc for doc in documents}
        order = dict(self._order) | dict.fromkeys(changed, -1)
        return Articles(order, {**self._held, **changed}, self._shelf)

    def without(self, doc_id: str) -> Articles:
        """These articles but the one of `doc_id`."""
        order = {d: p for d, p in self._order.items() if d != doc_id}
        held = {d: doc for d, doc in self._held.items() if d != doc_id}
        return Articles(order, held, self._shelf)


def outlets_and_dates(documents: Iterable[Document] | Articles) -> dict[str, OutletAndDate]:
    """Each article's outlet and date: from `Articles` without reading shelved articles."""
    if isinstance(documents, Articles):
        return documents.outlets_and_dates
    return {doc.id: (doc.source, doc.published) for doc in documents}
