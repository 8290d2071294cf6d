"""What an earlier build lends the next one: chunks, tokens, analysis and vectors of unchanged text.

Adding one article to a 10,000-passage index must not redo the work for the other 9,999: a
document whose text hash is unchanged keeps its passages, sentences, BM25 tokens and mentions,
and any text (passage or sentence) whose content hash was embedded before keeps its vector.
Only BM25's statistics are recomputed for every passage, because idf depends on all of them.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np
from tqdm import tqdm

from corpus.models import Document, Passage, Sentence
from index.content import IndexContent, text_key
from index.encoder import Encoder
from index.models import Mention

logger = logging.getLogger(__name__)

# Texts per encoder call during a build: many batches each (the encoder sorts a call's texts by
# length, so batches pad little), yet small enough for the progress bar to move every few seconds.
ENCODE_SLICE = 1024
# Sentences of one document and its date order -> mentions per sentence (index.analysis.analyze).
Analyzer = Callable[[list[Sentence], str], list[list[Mention]]]


class Texts(Protocol):
    """Texts read by row and in order: a list, or a stored column of them."""

    def __len__(self) -> int: ...

    def __iter__(self) -> Iterator[str]: ...

    def __getitem__(self, row: int) -> str: ...


@dataclass
class DocumentParts:
    """One document's share of an index, as the previous build left it."""

    passages: list[Passage] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[list[Mention]] = field(default_factory=list)
    tokens: list[list[str]] = field(default_factory=list)
    date_order: str = ""


def unchanged_parts(
    documents: list[Document], previous: IndexContent | None
) -> dict[str, DocumentParts]:
    """The previous build's parts of each document whose text has not changed, by doc id.

    The caller guarantees `previous` was built with the same settings (chunk size, tokenizer,
    analysis): the store refuses to lend a build made with other settings.
    """
    if previous is None:
        return {}
    wanted = {
        doc.id
        for doc in documents
        if previous.doc_keys.get(doc.id) == text_key(doc.text) and doc.id in previous.date_orders
    }
    if not wanted:
        return {}
    parts = {doc_id: DocumentParts(date_order=previous.date_orders[doc_id]) for doc_id in wanted}
    terms = list(previous.bm25.vocabulary)  # vocabulary is in column order
    for passage, ids in zip(previous.passages, previous.passage_terms, strict=True):
        if passage.doc_id in wanted:
            parts[passage.doc_id].passages.append(passage)
            parts[passage.doc_id].tokens.append([terms[i] for i in ids.tolist()])
    for sentence, mentions in zip(previous.sentences, previous.mentions, strict=True):
        if sentence.doc_id in wanted:
            parts[sentence.doc_id].sentences.append(sentence)
            parts[sentence.doc_id].mentions.append(mentions)
    return parts


def vector_cache(previous: IndexContent | None) -> dict[str, np.ndarray]:
    """Content hash -> vector for every passage and sentence the previous build embedded."""
    if previous is None:
        return {}
    # Texts are read from their columns: no Passage or Sentence model is made for this.
    texts = previous.passages.strings("text")
    cache = {text_key(t): v for t, v in zip(texts, previous.passage_vectors, strict=True)}
    texts = previous.sentences.strings("text")
    cache.update({text_key(t): v for t, v in zip(texts, previous.sentence_vectors, strict=True)})
    return cache


def embed_reusing(
    columns: Sequence[Texts],
    dtypes: Sequence[type[np.floating]],
    encoder: Encoder,
    cache: dict[str, np.ndarray],
    progress: bool,
) -> list[np.ndarray]:
    """One array of vectors per column of texts (of its dtype), encoding each distinct text once
    and only when its content hash is not in `cache`.

    Texts are identified by 20-byte digests in one array, and each vector is written straight
    into its rows of the result: no dict of every vector, no list of every text (at 100,000
    passages these held ~2 GB). Distinct texts go to the encoder in slices, in the order of
    their hashes, so that `progress` can count texts and estimate the time left.
    """
    digests = bytearray()
    for column in columns:
        for text in column:
            digests += hashlib.sha1(text.encode("utf-8")).digest()
    keys = np.frombuffer(bytes(digests), dtype="S20")
    shapes = [(len(column), encoder.dim) for column in columns]
    outs = [np.empty(shape, dtype=dtype) for shape, dtype in zip(shapes, dtypes, strict=True)]
    if not keys.size:
        return outs
    unique, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    rows = _Rows(inverse, outs)
    # Hex, as `text_key` gives: the previous build's vectors are keyed so.
    hexes = [key.ljust(20, b"\0").hex() for key in unique.tolist()] if cache else []
    known = np.array([key in cache for key in hexes], dtype=bool) if cache else None
    missing = np.arange(unique.size) if known is None else np.flatnonzero(~known)
    if known is not None and known.any():
        for chunk in _slices(np.flatnonzero(known)):
            rows.put(chunk, np.stack([cache[hexes[i]] for i in chunk.tolist()]))
    texts = _TextsAt(columns)
    with tqdm(total=missing.size, desc="encoding", unit="text", disable=not progress) as bar:
        for chunk in _slices(missing):
            rows.put(chunk, encoder.encode([texts[int(first[i])] for i in chunk]))
            bar.update(chunk.size)
    logger.info("embedded %d of %d texts (rest reused)", missing.size, keys.size)
    return outs


def _slices(ids: np.ndarray) -> Iterator[np.ndarray]:
    return (ids[start : start + ENCODE_SLICE] for start in range(0, ids.size, ENCODE_SLICE))


class _Rows:
    """Where each distinct text's vector goes: every row holding that text, in every output."""

    def __init__(self, inverse: np.ndarray, outs: list[np.ndarray]) -> None:
        self._order = np.argsort(inverse.reshape(-1), kind="stable")
        self._starts = np.zeros(int(inverse.max()) + 2, dtype=np.int64)
        np.cumsum(np.bincount(inverse.reshape(-1)), out=self._starts[1:])
        self._outs = outs
        self._firsts = np.cumsum([0] + [len(out) for out in outs])

    def put(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        """Write vector `j` into the rows of distinct text `ids[j]`."""
        low, counts = self._starts[ids], self._starts[ids + 1] - self._starts[ids]
        shift = np.repeat(low - (np.cumsum(counts) - counts), counts)
        rows = self._order[shift + np.arange(int(counts.sum()))]
        values = np.repeat(vectors, counts, axis=0)
        for out, first in zip(self._outs, self._firsts.tolist(), strict=False):
            inside = (rows >= first) & (rows < first + len(out))
            out[rows[inside] - first] = values[inside]


class _TextsAt:
    """The text at a row counted across several columns, read from its column on demand."""

    def __init__(self, columns: Sequence[Texts]) -> None:
        self._columns = columns
        self._firsts = np.cumsum([0] + [len(c) for c in columns])

    def __getitem__(self, row: int) -> str:
        column = int(np.searchsorted(self._firsts, row, side="right")) - 1
        return self._columns[column][row - int(self._firsts[column])]
