"""The hybrid index: build from documents (reusing earlier work), and search in three modes."""

from __future__ import annotations

import logging
import threading

import faiss
import numpy as np

from corpus.chunking import chunk_document
from corpus.models import Document, Passage, Sentence
from index import analysis
from index.bm25 import BM25Index
from index.content import IndexContent, text_key
from index.encoder import Encoder
from index.fusion import reciprocal_rank_fusion, weighted_fusion
from index.models import Fusion, Hit, Mention, Mode
from index.tokens import tokenize

logger = logging.getLogger(__name__)

# Each retriever contributes this many candidates to fusion (or k, if larger): deep enough that
# a passage ranked moderately by both retrievers can still win.
CANDIDATE_DEPTH = 50
MODES: tuple[Mode, ...] = ("hybrid", "bm25", "dense")
FUSIONS: tuple[Fusion, ...] = ("rrf", "weighted")


def _embed_reusing(
    texts: list[str], encoder: Encoder, cache: dict[str, np.ndarray], progress: bool
) -> np.ndarray:
    """Vectors for `texts`, encoding only those whose content hash is not in `cache`."""
    keys = [text_key(t) for t in texts]
    missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in cache}.items())
    if missing:
        fresh = encoder.encode([t for _, t in missing], progress=progress)
        cache.update({k: v for (k, _), v in zip(missing, fresh, strict=True)})
    logger.info("embedded %d of %d texts (rest reused)", len(missing), len(texts))
    if not texts:
        return np.zeros((0, encoder.dim), dtype=np.float32)
    return np.stack([cache[k] for k in keys]).astype(np.float32)


def _vector_cache(previous: IndexContent | None) -> dict[str, np.ndarray]:
    if previous is None:
        return {}
    cache = {
        text_key(p.text): v
        for p, v in zip(previous.passages, previous.passage_vectors, strict=True)
    }
    cache.update(
        {
            text_key(s.text): v
            for s, v in zip(previous.sentences, previous.sentence_vectors, strict=True)
        }
    )
    return cache


def _analyze_reusing(
    documents: list[Document],
    sentences_by_doc: dict[str, list[Sentence]],
    previous: IndexContent | None,
) -> tuple[list[list[Mention]], dict[str, str]]:
    """Mentions per sentence; a document whose text did not change keeps its earlier analysis."""
    earlier: dict[str, list[list[Mention]]] = {}
    if previous is not None:
        for sentence, mentions in zip(previous.sentences, previous.mentions, strict=True):
            earlier.setdefault(sentence.doc_id, []).append(mentions)
    mentions: list[list[Mention]] = []
    orders: dict[str, str] = {}
    for doc in documents:
        sentences = sentences_by_doc[doc.id]
        unchanged = previous is not None and previous.doc_keys.get(doc.id) == text_key(doc.text)
        if unchanged and doc.id in previous.date_orders:
            orders[doc.id] = previous.date_orders[doc.id]
            mentions.extend(earlier.get(doc.id, []))
        else:
            orders[doc.id] = analysis.infer_date_order([s.text for s in sentences])
            mentions.extend(analysis.analyze(sentences, orders[doc.id]))
    return mentions, orders


def build_content(
    documents: list[Document],
    encoder: Encoder,
    previous: IndexContent | None = None,
    *,
    max_words: int,
    progress: bool = False,
) -> IndexContent:
    """Chunk, analyse, embed and BM25-weight the documents, reusing `previous` where unchanged."""
    passages: list[Passage] = []
    sentences_by_doc: dict[str, list[Sentence]] = {}
    for doc in documents:
        doc_passages, doc_sentences = chunk_document(doc, max_words=max_words)
        passages.extend(doc_passages)
        sentences_by_doc[doc.id] = doc_sentences
    sentences = [s for doc in documents for s in sentences_by_doc[doc.id]]
    mentions, orders = _analyze_reusing(documents, sentences_by_doc, previous)
    cache = _vector_cache(previous)
    passage_vectors = _embed_reusing([p.text for p in passages], encoder, cache, progress)
    sentence_vectors = _embed_reusing([s.text for s in sentences], encoder, cache, progress)
    token_lists = [tokenize(p.text) for p in passages]
    bm25 = BM25Index.build(token_lists)
    terms = [np.array([bm25.vocabulary[t] for t in toks], dtype=np.int32) for toks in token_lists]
    return IndexContent(
        passages=passages,
        sentences=sentences,
        mentions=mentions,
        passage_vectors=passage_vectors,
        sentence_vectors=sentence_vectors.astype(np.float16),
        bm25=bm25,
        passage_terms=terms,
        doc_keys={doc.id: text_key(doc.text) for doc in documents},
        date_orders=orders,
    )


class HybridIndex:
    """BM25 and FAISS over the same passages; searches are thread-safe reads."""

    def __init__(self, content: IndexContent, encoder: Encoder) -> None:
        if not content.passages:
            raise ValueError("the corpus has no prose passages to index")
        self.content = content
        self.encoder = encoder
        self._faiss = faiss.IndexFlatIP(encoder.dim)
        self._faiss.add(np.ascontiguousarray(content.passage_vectors, dtype=np.float32))
        self._encode_lock = threading.Lock()

    @property
    def passages(self) -> list[Passage]:
        return self.content.passages

    def encode_query(self, query: str) -> np.ndarray:
        """One query vector; the tokenizer behind the model is not safe to share across threads."""
        with self._encode_lock:
            return self.encoder.encode([query])[0]

    def search(
        self,
        query: str,
        k: int = 5,
        mode: Mode = "hybrid",
        fusion: Fusion = "rrf",
        query_vector: np.ndarray | None = None,
    ) -> list[Hit]:
        """The best `k` passages for the query, with the rank each retriever gave them."""
        if mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}, got {mode!r}")
        if fusion not in FUSIONS:
            raise ValueError(f"fusion must be one of {', '.join(FUSIONS)}, got {fusion!r}")
        if k < 1:
            raise ValueError(f"k must be at least 1, got {k}")
        depth = max(k, CANDIDATE_DEPTH)
        lexical = self.content.bm25.top(tokenize(query), depth) if mode != "dense" else []
        semantic: list[tuple[int, float]] = []
        if mode != "bm25":
            vector = self.encode_query(query) if query_vector is None else query_vector
            scores, rows = self._faiss.search(vector.reshape(1, -1).astype(np.float32), depth)
            semantic = [
                (int(r), float(s)) for r, s in zip(rows[0], scores[0], strict=True) if r >= 0
            ]
        if mode == "bm25":
            ranked = lexical
        elif mode == "dense":
            ranked = semantic
        elif fusion == "rrf":
            ranked = reciprocal_rank_fusion([[r for r, _ in lexical], [r for r, _ in semantic]])
        else:
            ranked = weighted_fusion(lexical, semantic)
        bm25_rank = {row: i for i, (row, _) in enumerate(lexical, start=1)}
        dense_rank = {row: i for i, (row, _) in enumerate(semantic, start=1)}
        return [
            Hit(
                passage=self.content.passages[row],
                score=score,
                bm25_rank=bm25_rank.get(row),
                dense_rank=dense_rank.get(row),
            )
            for row, score in ranked[:k]
        ]
