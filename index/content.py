"""Everything an index holds, as columns, and its conversion to and from the store's plain files.

Passages, sentences and mentions are columns (`index.columns`): written as .npy arrays, opened
memory-mapped, and made into pydantic models only for the rows something reads. At 100,000
passages this replaced rebuilding 2.5 million models at every open (~10 s, ~2 GB).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import faiss
import numpy as np
from scipy import sparse

from corpus.articles import Articles
from corpus.models import Document, Passage, Sentence, text_key
from index.analysis.spelling import Speller, word_counts
from index.approximate import serialized
from index.bm25 import BM25Index, passage_lengths
from index.bm25_top import term_peaks
from index.columns.ids import sorted_order
from index.columns.rowfile import FileRows
from index.columns.rows import GroupedRows, ModelRows
from index.columns.strings import RaggedRows
from index.deferred import Deferred
from index.disputes.table import DisputeTable
from index.lookups import Lookups, RowsOfKey, Spellings, person_spellings, preferred_names
from index.models import Mention
from index.verification import Verification

# String fields repeated across rows: stored once per distinct value, with a code per row.
PASSAGE_CODED = frozenset({"doc_id"})
SENTENCE_CODED = frozenset({"doc_id", "passage_id"})
MENTION_CODED = frozenset({"kind", "label"})
# The stored approximate index's array name; read from its file at open (index.loading). "_v2":
# fast-scan codes (index.approximate); a build holding only the int8 index of before,
# "approximate_index", has none by this name, so it is stale and rebuilt, reusing its vectors.
APPROXIMATE_FILE = "approximate_index_v2"


def corpus_fingerprint(documents: Iterable[Document] | Articles) -> str:
    """Identifies the corpus text; metadata (title, source) is read fresh and not part of it.

    `Articles` give their text keys without reading the articles a snapshot keeps (it keeps
    their keys too): reading and hashing 15,000 articles was ~0.5 s of every open at 100,000
    passages. Other documents are read once and only their text's hash kept."""
    keys = (
        documents.text_keys()
        if isinstance(documents, Articles)
        else ((doc.id, text_key(doc.text)) for doc in documents)
    )
    digest = hashlib.sha256()
    for doc_id, key in sorted(keys):
        digest.update(f"{doc_id}\0{key}\n".encode())
    return digest.hexdigest()


@dataclass
class IndexContent:
    """Passages, sentences and their analysis, vectors and BM25 weights of one corpus.

    `passage_order` and `sentence_order` sort the rows by id (for `lookups`); `people` is each
    person's key and the spelling most used for it; `words` the corpus's words and their
    counts (for `speller`). All are computed when the index is built and stored with it, so
    opening an index computes nothing per row.
    """

    passages: ModelRows[Passage]
    sentences: ModelRows[Sentence]
    mentions: GroupedRows[Mention]
    passage_vectors: np.ndarray
    # An array while building; read by row from its file once opened (index.columns.rowfile).
    sentence_vectors: np.ndarray | FileRows
    bm25: BM25Index
    passage_terms: RaggedRows
    # Read only to add or remove an article: an opened index parses them then (index.deferred).
    doc_keys: Mapping[str, str]
    date_orders: Mapping[str, str]
    passage_order: np.ndarray
    sentence_order: np.ndarray
    people: dict[str, str]
    words: dict[str, int]
    # The corpus's disagreement table; None only while the index is being built.
    disputes: DisputeTable | None = None
    # The background check of the files this content was opened from (None when built here).
    verification: Verification | None = None
    # The approximate passage index (index.approximate), for corpora large enough to need one.
    approximate: faiss.IndexIVFPQFastScan | None = None
    # What `people` is derived from (None in a build stored before it was kept: such content
    # is rebuilt, not changed, when an article is added or removed).
    spellings: Mapping[str, tuple[int, dict[str, int]]] | None = None

    @classmethod
    def of(
        cls,
        *,
        passages: Sequence[Passage],
        sentences: Sequence[Sentence],
        mentions: Sequence[Sequence[Mention]],
        passage_vectors: np.ndarray,
        sentence_vectors: np.ndarray,
        bm25: BM25Index,
        passage_terms: list[np.ndarray],
        doc_keys: dict[str, str],
        date_orders: dict[str, str],
    ) -> IndexContent:
        """Content from models (each becomes columns, as stored)."""
        return cls.of_columns(
            passages=ModelRows.of(Passage, passages, PASSAGE_CODED),
            sentences=ModelRows.of(Sentence, sentences, SENTENCE_CODED),
            mentions=GroupedRows.of(Mention, mentions, MENTION_CODED),
            passage_vectors=passage_vectors,
            sentence_vectors=sentence_vectors,
            bm25=bm25,
            passage_terms=RaggedRows.of(passage_terms, np.int32),
            doc_keys=doc_keys,
            date_orders=date_orders,
        )

    @classmethod
    def of_columns(
        cls,
        *,
        passages: ModelRows[Passage],
        sentences: ModelRows[Sentence],
        mentions: GroupedRows[Mention],
        passage_vectors: np.ndarray,
        sentence_vectors: np.ndarray,
        bm25: BM25Index,
        passage_terms: RaggedRows,
        doc_keys: dict[str, str],
        date_orders: dict[str, str],
    ) -> IndexContent:
        """Content from columns made while building; the orders and tables are computed here."""
        spellings = person_spellings(mentions.items)
        return cls(
            passages=passages,
            sentences=sentences,
            mentions=mentions,
            passage_vectors=passage_vectors,
            sentence_vectors=sentence_vectors,
            bm25=bm25,
            passage_terms=passage_terms,
            doc_keys=doc_keys,
            date_orders=date_orders,
            passage_order=sorted_order(list(passages.strings("id"))),
            sentence_order=sorted_order(list(sentences.strings("id"))),
            people=preferred_names(spellings),
            words=dict(word_counts(passages.strings("text"))),
            spellings=spellings,
        )

    def check_intact(self) -> None:
        """IndexCorruptError once the background check found a file of this content damaged."""
        if self.verification is not None:
            self.verification.raise_if_failed()

    def sentence_vector(self, row: int) -> np.ndarray:
        """The unit vector of the sentence at `row`, as float32 for scoring."""
        return self.sentence_vectors[row].astype(np.float32)

    def sentence_vectors_at(self, rows: Sequence[int]) -> np.ndarray:
        """The vectors of the sentences at `rows`, one per line, as float32 for scoring."""
        return self.sentence_vectors[np.asarray(rows, dtype=np.int64)].astype(np.float32)

    def mentions_at(self, row: int) -> list[Mention]:
        """The typed values (dates, numbers, names, outcomes) of the sentence at `row`."""
        return self.mentions[row]

    @cached_property
    def sentences_of(self) -> Mapping[str, Sequence[int]]:
        """The sentence rows of each passage id, in order (index.lookups.RowsOfKey)."""
        return RowsOfKey(self.sentences.coded("passage_id"))

    @cached_property
    def speller(self) -> Speller:
        """The corpus's words as a spelling dictionary: built on first use, kept."""
        return Speller(self.words)

    @cached_property
    def lookups(self) -> Lookups:
        """Rows by id and document, people named, document topics: built on first use, kept."""
        return Lookups(self)

    def to_files(self) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
        """Arrays (.npy) and JSON documents for `IndexStore.save`."""
        # The sentence vectors of an opened index are read by row (FileRows), saved as an array.
        arrays: dict[str, Any] = {
            "passage_vectors": self.passage_vectors,
            "sentence_vectors": self.sentence_vectors,
            "passage_order": self.passage_order,
            "sentence_order": self.sentence_order,
            **self.passage_terms.arrays("terms"),
            **self.passages.arrays("passages"),
            **self.sentences.arrays("sentences"),
            **self.mentions.arrays("mentions"),
            **_bm25_arrays(self.bm25),
        }
        documents: dict[str, Any] = {
            "meta": {
                "vocabulary": sorted(self.bm25.vocabulary, key=self.bm25.vocabulary.__getitem__),
                "bm25_shape": [self.bm25.size, len(self.bm25.vocabulary)],
                "doc_keys": dict(self.doc_keys),
                "date_orders": dict(self.date_orders),
                "people": self.people,
                "words": self.words,
            },
        }
        if self.spellings is not None:
            documents["meta"]["spellings"] = dict(self.spellings)
        if self.disputes is not None:
            table_arrays, documents["disputes"] = self.disputes.to_files()
            arrays |= table_arrays
        if self.approximate is not None:
            arrays[APPROXIMATE_FILE] = serialized(self.approximate)
        return arrays, documents

    @classmethod
    def from_files(cls, arrays: dict[str, np.ndarray], docs: dict[str, Any]) -> IndexContent:
        """The content over what `to_files` wrote (memory-mapped arrays are read in place; the
        fields only an added or removed article reads are parsed then)."""
        meta = docs["meta"]
        vocabulary = {term: i for i, term in enumerate(meta["vocabulary"])}
        shape = tuple(meta["bm25_shape"])
        return cls(
            passages=ModelRows.stored(Passage, arrays, "passages", PASSAGE_CODED),
            sentences=ModelRows.stored(Sentence, arrays, "sentences", SENTENCE_CODED),
            mentions=GroupedRows.stored(Mention, arrays, "mentions", MENTION_CODED),
            passage_vectors=arrays["passage_vectors"],
            sentence_vectors=arrays["sentence_vectors"],
            bm25=_stored_bm25(arrays, vocabulary, shape),
            passage_terms=RaggedRows.stored(arrays, "terms"),
            doc_keys=Deferred(lambda: meta["doc_keys"]),
            date_orders=Deferred(lambda: meta["date_orders"]),
            passage_order=arrays["passage_order"],
            sentence_order=arrays["sentence_order"],
            people=meta["people"],
            words=meta["words"],
            disputes=(
                DisputeTable.stored(arrays, docs["disputes"]) if "disputes" in docs else None
            ),
            spellings=Deferred(lambda: _spellings(meta["spellings"]))
            if "spellings" in meta
            else None,
        )


def _spellings(stored: dict[str, list]) -> Spellings:
    """Each person's mentions and spellings as `person_spellings` made them (JSON has lists)."""
    return {key: (int(total), uses) for key, (total, uses) in stored.items()}


def _bm25_arrays(bm25: BM25Index) -> dict[str, np.ndarray]:
    """BM25's counts by passage (CSR: an added passage's counts go after the others, so a save
    after an add keeps every stored row; by term, each column's new rows went into the middle),
    the same by term (what a search reads: opened memory-mapped, a query touches only its
    terms' postings, where turning the rows into columns at open held a copy of every count,
    ~700 MB at a million passages), each passage's length and each term's first occurrence."""
    if bm25.counts is None or bm25.first is None:
        raise ValueError("a BM25 index of a backend's weights is not stored with the index")
    rows = bm25.counts.tocsr()
    lengths = passage_lengths(bm25.counts)
    max_counts, min_lengths = term_peaks(bm25.counts, lengths)
    return {
        "bm25_row_terms": rows.indices.astype(np.int32),
        "bm25_row_counts": rows.data.astype(np.int32),
        "bm25_row_starts": rows.indptr.astype(np.int64),
        "bm25_term_rows": np.asarray(bm25.counts.indices, dtype=np.int32),
        "bm25_term_counts": np.asarray(bm25.counts.data, dtype=np.int32),
        "bm25_term_starts": np.asarray(bm25.counts.indptr, dtype=np.int64),
        "bm25_lengths": lengths,
        "bm25_first": bm25.first,
        # Each term's bounds for an exact top k that skips passages (index.bm25_top).
        "bm25_term_max_counts": max_counts,
        "bm25_term_min_lengths": min_lengths,
    }


def _stored_bm25(
    arrays: dict[str, np.ndarray], vocabulary: dict[str, int], shape: tuple[int, ...]
) -> BM25Index:
    """BM25 from the rows `_bm25_arrays` stored, or from what an index stored before them holds
    (by-term counts, or weights alone before counts were kept): such an index opens as it is
    rather than being built again."""
    if "bm25_term_rows" in arrays:
        counts = sparse.csc_matrix(
            (arrays["bm25_term_counts"], arrays["bm25_term_rows"], arrays["bm25_term_starts"]),
            shape=shape,
        )
        peaks = None
        if "bm25_term_max_counts" in arrays:  # stored since the bounds were
            peaks = (arrays["bm25_term_max_counts"], arrays["bm25_term_min_lengths"])
        return BM25Index(
            vocabulary, counts, arrays["bm25_first"], lengths=arrays["bm25_lengths"], peaks=peaks
        )
    if "bm25_row_terms" in arrays:
        rows = sparse.csr_matrix(
            (arrays["bm25_row_counts"], arrays["bm25_row_terms"], arrays["bm25_row_starts"]),
            shape=shape,
        )
        return BM25Index(vocabulary, rows.tocsc(), arrays["bm25_first"])
    by_term = (arrays["bm25_indices"], arrays["bm25_indptr"])
    if "bm25_counts" in arrays:
        counts = sparse.csc_matrix((arrays["bm25_counts"], *by_term), shape=shape)
        return BM25Index(vocabulary, counts, arrays["bm25_first"])
    weights = sparse.csc_matrix((arrays["bm25_data"], *by_term), shape=shape)
    return BM25Index(vocabulary, given_weights=weights)
