"""Everything an index holds, and its conversion to and from the store's plain files."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

import numpy as np
from pydantic import BaseModel
from scipy import sparse

from corpus.models import Document, Passage, Sentence
from index.analysis.spelling import Speller, build_speller
from index.bm25 import BM25Index
from index.disputes.table import DisputeTable
from index.lookups import Lookups, build_lookups
from index.models import Mention


def text_key(text: str) -> str:
    """Content hash: the same text is never embedded twice, whatever its id or position."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def corpus_fingerprint(documents: list[Document]) -> str:
    """Identifies the corpus text; metadata (title, source) is read fresh and not part of it."""
    digest = hashlib.sha256()
    for doc in sorted(documents, key=lambda d: d.id):
        digest.update(f"{doc.id}\0{text_key(doc.text)}\n".encode())
    return digest.hexdigest()


def _trusted(
    model: type[BaseModel], rows: list[dict[str, Any]], shared: dict[str, str], repeated: tuple
) -> list[Any]:
    """Models from rows that `to_files` wrote, without re-running pydantic validation.

    The store has checked every file against its SHA-256 and `to_files` dumped valid models,
    so validating again only costs time: ~30 us a row, 60 s of cold start at 100,000 passages
    (2.5 million passages, sentences and mentions); this costs ~2 us. Pydantic's own
    `model_construct` skips validation too but loops over the fields in Python: 17 us a row
    against 4.7 us for this on 200,000 mentions (same machine, under load), ~30 s more at that
    scale. So this is the one place that writes pydantic's slots (`__dict__`,
    `__pydantic_fields_set__`, `__pydantic_extra__`, `__pydantic_private__`) directly;
    tests/test_content.py checks the result equals, hashes and stays frozen like a validated
    model. Columnar storage (the scale issue) replaces it. Each row must still have exactly the
    model's fields. Values repeated across rows (ids of the document and passage, kinds and
    labels) are shared rather than kept once per row: ~250 MB less at 100,000.
    """
    fields = _fields(model)
    new, assign = object.__new__, object.__setattr__
    result = []
    for row in rows:
        if not isinstance(row, dict) or row.keys() != fields:
            raise ValueError(f"a stored {model.__name__} has fields {sorted(row)[:8]}")
        for key in repeated:
            row[key] = shared.setdefault(row[key], row[key])
        item = new(model)
        # What pydantic's own model_construct sets, minus its per-field Python loop.
        assign(item, "__dict__", row)
        assign(item, "__pydantic_fields_set__", fields)
        assign(item, "__pydantic_extra__", None)
        assign(item, "__pydantic_private__", None)
        result.append(item)
    return result


@cache
def _fields(model: type[BaseModel]) -> frozenset[str]:
    """A model's field names (computing them costs ~10 us: once per model, not per sentence)."""
    return frozenset(model.model_fields)


def _trusted_mentions(rows: list[list[dict[str, Any]]], shared: dict[str, str]) -> list[Any]:
    """`_trusted` for the mentions of each sentence; most sentences have none or a few."""
    if not isinstance(rows, list):
        raise ValueError("stored mentions are not a list per sentence")
    repeated = ("kind", "label")
    return [_trusted(Mention, mentions, shared, repeated) if mentions else [] for mentions in rows]


@dataclass
class IndexContent:
    """Passages, sentences and their analysis, vectors and BM25 weights of one corpus."""

    passages: list[Passage]
    sentences: list[Sentence]
    mentions: list[list[Mention]]
    passage_vectors: np.ndarray
    sentence_vectors: np.ndarray
    bm25: BM25Index
    passage_terms: list[np.ndarray]
    doc_keys: dict[str, str]
    date_orders: dict[str, str]
    # The corpus's disagreement table; None only while the index is being built.
    disputes: DisputeTable | None = None
    sentences_of: dict[str, list[int]] = field(init=False)

    def __post_init__(self) -> None:
        self.sentences_of = {}
        for row, sentence in enumerate(self.sentences):
            self.sentences_of.setdefault(sentence.passage_id, []).append(row)

    def sentence_vector(self, row: int) -> np.ndarray:
        """The unit vector of the sentence at `row`, as float32 for scoring."""
        return self.sentence_vectors[row].astype(np.float32)

    def sentence_vectors_at(self, rows: list[int]) -> np.ndarray:
        """The vectors of the sentences at `rows`, one per line, as float32 for scoring."""
        return self.sentence_vectors[rows].astype(np.float32)

    def mentions_at(self, row: int) -> list[Mention]:
        """The typed values (dates, numbers, names, outcomes) of the sentence at `row`."""
        return self.mentions[row]

    @cached_property
    def speller(self) -> Speller:
        """The corpus's words as a spelling dictionary: built on first use, kept."""
        return build_speller(p.text for p in self.passages)

    @cached_property
    def lookups(self) -> Lookups:
        """Rows by id and document, people named, document topics: built on first use, kept."""
        return build_lookups(self)

    def to_files(self) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
        """Arrays (.npy) and JSON documents for `IndexStore.save`."""
        weights = self.bm25.weights
        lengths = np.array([len(t) for t in self.passage_terms], dtype=np.int64)
        arrays = {
            "passage_vectors": self.passage_vectors,
            "sentence_vectors": self.sentence_vectors,
            "bm25_data": weights.data,
            "bm25_indices": weights.indices,
            "bm25_indptr": weights.indptr,
            "terms_flat": np.concatenate(self.passage_terms or [np.zeros(0, np.int32)]),
            "terms_offsets": np.concatenate([[0], np.cumsum(lengths)]),
        }
        # Every field of these models is a str or an int, so a copy of the field dict is what
        # model_dump would return, at a tenth of its cost (~0.4 s per save at 10,000 passages).
        documents = {
            "passages": [p.__dict__.copy() for p in self.passages],
            "sentences": [s.__dict__.copy() for s in self.sentences],
            "mentions": [[m.__dict__.copy() for m in ms] for ms in self.mentions],
            "meta": {
                "vocabulary": sorted(self.bm25.vocabulary, key=self.bm25.vocabulary.__getitem__),
                "bm25_shape": list(weights.shape),
                "doc_keys": self.doc_keys,
                "date_orders": self.date_orders,
            },
        }
        if self.disputes is not None:
            documents["disputes"] = self.disputes.to_json()
        return arrays, documents

    @classmethod
    def from_files(cls, arrays: dict[str, np.ndarray], docs: dict[str, Any]) -> IndexContent:
        """Rebuild the content from what `to_files` wrote (the store checked the checksums)."""
        meta = docs["meta"]
        vocabulary = {term: i for i, term in enumerate(meta["vocabulary"])}
        weights = sparse.csc_matrix(
            (arrays["bm25_data"], arrays["bm25_indices"], arrays["bm25_indptr"]),
            shape=tuple(meta["bm25_shape"]),
        )
        offsets = arrays["terms_offsets"]
        flat = arrays["terms_flat"]
        shared: dict[str, str] = {}
        return cls(
            passages=_trusted(Passage, docs["passages"], shared, ("doc_id",)),
            sentences=_trusted(Sentence, docs["sentences"], shared, ("doc_id", "passage_id")),
            mentions=_trusted_mentions(docs["mentions"], shared),
            passage_vectors=arrays["passage_vectors"],
            sentence_vectors=arrays["sentence_vectors"],
            bm25=BM25Index(vocabulary=vocabulary, weights=weights),
            passage_terms=[flat[offsets[i] : offsets[i + 1]] for i in range(len(offsets) - 1)],
            doc_keys=meta["doc_keys"],
            date_orders=meta["date_orders"],
            disputes=(DisputeTable.from_json(docs["disputes"]) if "disputes" in docs else None),
        )
