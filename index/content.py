"""Everything an index holds, and its conversion to and from the store's plain files."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy import sparse

from corpus.models import Document, Passage, Sentence
from index.bm25 import BM25Index
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
    sentences_of: dict[str, list[int]] = field(init=False)

    def __post_init__(self) -> None:
        self.sentences_of = {}
        for row, sentence in enumerate(self.sentences):
            self.sentences_of.setdefault(sentence.passage_id, []).append(row)

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
        documents = {
            "passages": [p.model_dump() for p in self.passages],
            "sentences": [s.model_dump() for s in self.sentences],
            "mentions": [[m.model_dump() for m in ms] for ms in self.mentions],
            "meta": {
                "vocabulary": sorted(self.bm25.vocabulary, key=self.bm25.vocabulary.__getitem__),
                "bm25_shape": list(weights.shape),
                "doc_keys": self.doc_keys,
                "date_orders": self.date_orders,
            },
        }
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
        return cls(
            passages=[Passage.model_validate(p) for p in docs["passages"]],
            sentences=[Sentence.model_validate(s) for s in docs["sentences"]],
            mentions=[[Mention.model_validate(m) for m in ms] for ms in docs["mentions"]],
            passage_vectors=arrays["passage_vectors"],
            sentence_vectors=arrays["sentence_vectors"],
            bm25=BM25Index(vocabulary=vocabulary, weights=weights),
            passage_terms=[flat[offsets[i] : offsets[i + 1]] for i in range(len(offsets) - 1)],
            doc_keys=meta["doc_keys"],
            date_orders=meta["date_orders"],
        )
