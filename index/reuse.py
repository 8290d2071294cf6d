"""What an earlier build lends the next one: chunks, tokens, analysis and vectors of unchanged text.

Adding one article to a 10,000-passage index must not redo the work for the other 9,999: a
document whose text hash is unchanged keeps its passages, sentences, BM25 tokens and mentions,
and any text (passage or sentence) whose content hash was embedded before keeps its vector.
Only BM25's statistics are recomputed for every passage, because idf depends on all of them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

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
    texts: list[str], encoder: Encoder, cache: dict[str, np.ndarray], progress: bool
) -> np.ndarray:
    """Vectors for `texts`, encoding only those whose content hash is not in `cache`.

    The texts go to the encoder in slices so that `progress` can count texts and estimate the
    time left (the encoder's own bar counts batches of one call, and restarts for each call).
    """
    keys = [text_key(t) for t in texts]
    missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in cache}.items())
    with tqdm(total=len(missing), desc="encoding", unit="text", disable=not progress) as bar:
        for start in range(0, len(missing), ENCODE_SLICE):
            chunk = missing[start : start + ENCODE_SLICE]
            fresh = encoder.encode([t for _, t in chunk])
            cache.update({k: v for (k, _), v in zip(chunk, fresh, strict=True)})
            bar.update(len(chunk))
    logger.info("embedded %d of %d texts (rest reused)", len(missing), len(texts))
    if not texts:
        return np.zeros((0, encoder.dim), dtype=np.float32)
    return np.stack([cache[k] for k in keys]).astype(np.float32)
