"""An article added or removed in place gives the index a build from scratch would give.

The in-place change (index.changes) touches only the article's rows, so every stored part is
compared with a fresh build of the same corpus: rows, id orders, BM25 scores bit for bit, the
dense top-k, people and words, and the disagreement table (stories, facts, aspects), on
articles of several stories (eval/data/stories-train: sources that disagree, single-article
stories). The fresh builds lend each other per-article analysis and vectors (as a rebuild
does), so spaCy runs once per article; everything corpus-wide is computed from scratch.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from corpus.loader import load_corpus
from corpus.models import Document
from index.analysis.tokens import tokenize
from index.changes import with_document, without_document
from index.encoder import Encoder
from index.hybrid import HybridIndex
from index.loading import build_index
from index.options import Mode

_QUERIES = [
    "When did the raid happen?",
    "How many people were killed?",
    "who was arrested",
    "the minister said",
    "flood damage cost",
    "river",
]


STORIES = Path(__file__).resolve().parents[1] / "eval" / "data" / "stories-train"
# A story of three sources that disagree, a single-article story, and two of two sources.
_KEPT = ("bus-crash", "fire-brenmoor", "fire-oakhaven", "flood-tesh", "transfer-varga")


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    found = [d for d in load_corpus(STORIES, lenient=True) if d.id.startswith(_KEPT)]
    assert len(found) == 9
    return found


@pytest.fixture(scope="module")
def full(documents: list[Document], real_encoder: Encoder) -> HybridIndex:
    # Stories (what an article joins) come from the real model's vectors.
    return build_index(documents, real_encoder)


def _fresh(documents: list[Document], full: HybridIndex) -> HybridIndex:
    return build_index(documents, full.encoder, full.content)


def _ranked(index: HybridIndex, query: str, mode: Mode) -> list[tuple[str, int | None, int | None]]:
    return [(h.passage.id, h.bm25_rank, h.dense_rank) for h in index.search(query, mode=mode)]


def assert_same_index(changed: HybridIndex, fresh: HybridIndex) -> None:
    """Everything the index stores and answers from equals the fresh build's."""
    a, b = changed.content, fresh.content
    assert list(a.passages) == list(b.passages)
    assert list(a.sentences) == list(b.sentences)
    assert list(a.mentions) == list(b.mentions)
    assert np.array_equal(a.passage_order, b.passage_order)
    assert np.array_equal(a.sentence_order, b.sentence_order)
    assert a.doc_keys == b.doc_keys and list(a.doc_keys) == list(b.doc_keys)
    assert a.date_orders == b.date_orders
    assert a.people == b.people and a.spellings == b.spellings
    assert a.words == b.words
    # atol: a rebuild reuses a one-sentence passage's vector from its float16 sentence, which
    # rounds a component below 1 by up to half a float16 step (2**-12; 1.1e-4 was seen at 0.25).
    np.testing.assert_allclose(a.passage_vectors, b.passage_vectors, atol=2**-12)
    np.testing.assert_allclose(
        np.asarray(a.sentence_vectors, dtype=np.float32),
        np.asarray(b.sentence_vectors, dtype=np.float32),
        atol=2e-3,
    )
    for query in _QUERIES:
        tokens = tokenize(query)
        assert np.array_equal(a.bm25.scores(tokens), b.bm25.scores(tokens)), query
        modes: tuple[Mode, ...] = ("bm25", "dense", "hybrid")
        for mode in modes:
            assert _ranked(changed, query, mode) == _ranked(fresh, query, mode), (query, mode)
    assert a.disputes is not None and b.disputes is not None
    assert a.disputes.to_json() == b.disputes.to_json()


def test_adding_an_article_equals_a_fresh_build(
    documents: list[Document], full: HybridIndex
) -> None:
    table = full.content.disputes
    assert table is not None and len(table.stories) == 6 and table.disputed
    # Into a story of two (it keeps its place), a story's first article, a story of its own.
    for doc_id in ("fire-brenmoor-gazette", "fire-oakhaven-courier", "bus-crash-castrel"):
        rest = [d for d in documents if d.id != doc_id]
        added = next(d for d in documents if d.id == doc_id)
        changed = with_document(_fresh(rest, full), added)
        assert_same_index(changed, _fresh([*rest, added], full))


def test_removing_an_article_equals_a_fresh_build(
    documents: list[Document], full: HybridIndex
) -> None:
    # A story of its own (later stories and facts are renumbered), one of two that disagree,
    # the last article.
    for doc_id in ("bus-crash-castrel", "fire-brenmoor-gazette", documents[-1].id):
        changed = without_document(full, doc_id)
        assert_same_index(changed, _fresh([d for d in documents if d.id != doc_id], full))


def test_an_article_removed_after_it_was_added_leaves_the_index_as_it_was(
    documents: list[Document], full: HybridIndex
) -> None:
    rest = _fresh(documents[1:], full)
    back = without_document(with_document(rest, documents[0]), documents[0].id)
    assert_same_index(back, rest)
