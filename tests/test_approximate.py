"""The approximate (IVF) dense index: built above a size, saved with the build, read not retrained.

The threshold is lowered so the bundled corpus gets one; what is checked is what a million
passages rely on: the stored index is the one searched after reopening (same results, no
training at open), filtered searches keep to the allowed rows, and a mismatched file is refused.
"""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np
import pytest

from corpus.loader import load_corpus
from index import approximate, hybrid
from index.content import APPROXIMATE_FILE
from index.hybrid import HybridIndex
from index.loading import build_index, load_or_build
from index.store import IndexStore
from tests.fakes import HashingEncoder

QUESTIONS = ["flood damage in the valley", "election results", "who won the final", "prices"]


@pytest.fixture
def lowered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hybrid, "APPROXIMATE_FROM", 10)


def _dense(index: HybridIndex, query: str) -> list[str]:
    return [hit.passage.id for hit in index.search(query, k=5, mode="dense")]


def test_a_large_enough_index_is_approximate_and_reopens_without_training(
    lowered: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents, encoder = load_corpus(), HashingEncoder()
    built = load_or_build(documents, encoder, tmp_path)
    assert built.content.approximate is not None
    assert (IndexStore(tmp_path).current_build() / f"{APPROXIMATE_FILE}.npy").is_file()

    def no_training(vectors: np.ndarray) -> None:
        raise AssertionError("the approximate index was trained again at open")

    monkeypatch.setattr(hybrid, "build_approximate", no_training)
    reopened = load_or_build(documents, encoder, tmp_path)
    assert reopened.content.approximate is not None
    assert reopened.content.approximate.nprobe == built.content.approximate.nprobe
    for question in QUESTIONS:
        assert _dense(reopened, question) == _dense(built, question)


def test_a_filtered_approximate_search_keeps_to_the_allowed_rows(lowered: None) -> None:
    index = build_index(load_corpus(), HashingEncoder())
    allowed = np.zeros(len(index.passages), dtype=bool)
    allowed[[1, 4]] = True
    for question in QUESTIONS:
        hits = index.search(question, k=5, mode="dense", allowed=allowed)
        assert sorted(index.content.lookups.passage_rows[h.passage.id] for h in hits) == [1, 4]


def test_a_stored_index_of_other_passages_is_rebuilt(
    lowered: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents, encoder = load_corpus(), HashingEncoder()
    load_or_build(documents, encoder, tmp_path)
    first = IndexStore(tmp_path).current_build()
    real_read = approximate.read_stored

    def one_short(path: Path) -> faiss.IndexIVF:
        index = real_read(path)
        index.remove_ids(faiss.IDSelectorRange(0, 1))
        return index

    monkeypatch.setattr("index.loading.read_stored", one_short)
    reopened = load_or_build(documents, encoder, tmp_path)
    assert IndexStore(tmp_path).current_build() != first
    assert reopened.content.approximate is not None
    assert reopened.content.approximate.ntotal == len(reopened.passages)


def test_an_added_article_is_searched_approximately_after_reopening(
    lowered: None, corpus_copy: Path, tmp_path: Path
) -> None:
    from assistant import Assistant

    encoder, index_dir, uploads = HashingEncoder(), tmp_path / "index", tmp_path / "up"
    qa = Assistant.from_corpus(corpus_copy, index_dir, encoder=encoder, added_dir=uploads)
    article = (
        "---\ntitle: Floods in the valley\nsource: Test Wire\n---\n"
        "Heavy rain flooded the Orun valley on Monday. Forty homes were evacuated.\n"
    )
    qa.add_article("floods.md", article.encode())
    calls = encoder.calls
    # Saved in parts (index.segments): the approximate index is read as they are joined.
    reopened = Assistant.from_corpus(corpus_copy, index_dir, encoder=encoder, added_dir=uploads)
    assert encoder.calls == calls  # opened as saved, not rebuilt
    content = reopened._index.content
    assert content.approximate is not None
    assert content.approximate.ntotal == len(content.passages) == len(qa.passages)
    for question in QUESTIONS:
        assert _dense(reopened._index, question) == _dense(qa._index, question)


def test_the_candidates_are_ranked_by_their_exact_scores(lowered: None) -> None:
    index = build_index(load_corpus(), HashingEncoder())
    assert index.content.approximate is not None
    vectors = index.content.passage_vectors
    exact = np.asarray(vectors, dtype=np.float32)
    for question in QUESTIONS:
        query = index.encode_query(question)
        found = approximate.search(index.content.approximate, vectors, query, 5)
        scores = [score for _, score in found]
        assert scores == sorted(scores, reverse=True)
        assert scores == pytest.approx([float(exact[row] @ query) for row, _ in found])


def test_a_stored_index_of_the_int8_kind_of_before_is_refused() -> None:
    vectors = np.random.default_rng(0).standard_normal((2_000, 32)).astype(np.float32)
    old = faiss.IndexIVFScalarQuantizer(
        faiss.IndexFlatIP(32), 32, 16, faiss.ScalarQuantizer.QT_8bit, faiss.METRIC_INNER_PRODUCT
    )
    old.train(vectors)
    old.add(vectors)
    with pytest.raises(ValueError, match="not an IVF fast-scan index"):
        approximate.read_joined(approximate.serialized(old), APPROXIMATE_FILE)
