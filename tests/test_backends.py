"""The RetrievalBackend contract, run on every backend: embedded, Qdrant local mode, and a Qdrant
server when $QDRANT_URL names one (skipped otherwise).

The reference is the embedded index's own search (`HybridIndex.search`), which predates the
backends: a backend must return the same top-5 passages in bm25 and dense mode, nearly the same
in hybrid, and the assistant must give the same answers on it.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant import Assistant
from corpus.models import Document
from eval.adapters import load_squad
from index.backends import RetrievalBackend, SearchFilters
from index.backends.embedded import EmbeddedBackend
from index.backends.opening import open_backend
from index.backends.records import passage_records
from index.backends.sync import sync
from index.encoder import Encoder
from index.hybrid import HybridIndex
from index.loading import build_index
from index.options import Mode

FIXTURES = Path(__file__).parent / "fixtures"
BACKENDS = ("embedded", "qdrant-local", "qdrant-server")
SERVER_SKIP = "QDRANT_URL is not set: no Qdrant server to test against (e.g. http://localhost:6333)"


def open_for_test(kind: str, index: HybridIndex, documents: list[Document]) -> RetrievalBackend:
    """A fresh backend of `kind` holding `index`'s passages (a new collection each time)."""
    if kind == "embedded":
        return open_backend("embedded", index, documents)
    if kind == "qdrant-server" and not os.environ.get("QDRANT_URL"):
        pytest.skip(SERVER_SKIP)
    location = os.environ["QDRANT_URL"] if kind == "qdrant-server" else ":memory:"
    name = f"test-{uuid.uuid4().hex[:12]}"
    return open_backend("qdrant", index, documents, qdrant=location, collection=name)


def drop(backend: RetrievalBackend) -> None:
    """Delete a server test collection (memory and embedded vanish by themselves)."""
    from index.backends.qdrant import QdrantBackend

    if isinstance(backend, QdrantBackend) and backend.description.startswith("Qdrant at"):
        backend._client.delete_collection(backend._name)
    backend.close()


@pytest.fixture(params=BACKENDS)
def kind(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def bundled(bundled_qa: Assistant, kind: str) -> Iterator[tuple[Assistant, RetrievalBackend]]:
    """The bundled corpus's real index, and a backend of each kind over it."""
    backend = open_for_test(kind, bundled_qa._index, bundled_qa.documents)
    yield bundled_qa, backend
    drop(backend)


def questions() -> list[str]:
    from eval.dataset import load_dataset

    bundled = load_dataset(Path(__file__).parent.parent / "eval/data/bundled.yaml").items
    return [item.question for item in bundled]


def search_ids(backend: RetrievalBackend, qa: Assistant, question: str, mode: Mode) -> list[str]:
    vector = qa._index.encode_query(question)
    hits = backend.search(question, vector, k=5, mode=mode, fusion="weighted")
    return [hit.passage.id for hit in hits]


def reference_ids(index: HybridIndex, question: str, mode: Mode, k: int = 5) -> list[str]:
    return [hit.passage.id for hit in index.search(question, k=k, mode=mode)]


# ---- the same passages --------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize("mode", ["bm25", "dense"])
def test_top5_sets_are_identical_on_the_bundled_questions(
    bundled: tuple[Assistant, RetrievalBackend], mode: Mode
) -> None:
    qa, backend = bundled
    differ = [
        q
        for q in questions()
        if set(search_ids(backend, qa, q, mode)) != set(reference_ids(qa._index, q, mode))
    ]
    assert differ == []


@pytest.mark.model
def test_hybrid_top5_overlap_is_at_least_0_9(bundled: tuple[Assistant, RetrievalBackend]) -> None:
    qa, backend = bundled
    overlaps = [
        len(set(search_ids(backend, qa, q, "hybrid")) & set(reference_ids(qa._index, q, "hybrid")))
        / 5
        for q in questions()
    ]
    assert sum(overlaps) / len(overlaps) >= 0.9


@pytest.fixture(scope="module")
def squad_tiny(real_encoder: Encoder) -> tuple[HybridIndex, list[Document], list[str]]:
    """The SQuAD fixture's articles, indexed with the real model, and its questions."""
    (group,) = load_squad(FIXTURES / "squad_tiny.json")
    assert group.documents is not None
    return (
        build_index(group.documents, real_encoder),
        group.documents,
        [item.question for item in group.items],
    )


@pytest.mark.model
@pytest.mark.parametrize("mode", ["bm25", "dense"])
def test_top5_sets_are_identical_on_the_squad_fixture(
    squad_tiny: tuple[HybridIndex, list[Document], list[str]], kind: str, mode: Mode
) -> None:
    index, documents, asked = squad_tiny
    backend = open_for_test(kind, index, documents)
    try:
        for question in asked:
            vector = index.encode_query(question)
            hits = backend.search(question, vector, k=5, mode=mode, fusion="weighted")
            assert {h.passage.id for h in hits} == set(reference_ids(index, question, mode))
    finally:
        drop(backend)


@pytest.mark.model
def test_answers_on_qdrant_equal_the_embedded_answers(
    bundled_qa: Assistant, bundled_eval_items: list
) -> None:
    """Every evaluation question (follow-ups with their history): same text, same citations."""
    backend = open_for_test("qdrant-local", bundled_qa._index, bundled_qa.documents)
    on_qdrant = Assistant(bundled_qa.documents, bundled_qa._index, backend=backend)
    differ = []
    for item in bundled_eval_items:
        expected = bundled_qa.ask(item.question, history=item.history)
        got = on_qdrant.ask(item.question, history=item.history)
        if (got.text, got.citations) != (expected.text, expected.citations):
            differ.append(item.id)
    drop(backend)
    assert differ == []


# ---- writes -------------------------------------------------------------------------------


FIRST, SECOND = "000_f5be0e313111c47b", "002_b71361dace5457b4"
KILLED = "Who was killed in the raid?"


@pytest.mark.model
def test_delete_then_re_add_a_document(bundled: tuple[Assistant, RetrievalBackend]) -> None:
    qa, backend = bundled
    records = passage_records(qa._index.content, qa.documents)
    first = [r for r in records if r.passage.doc_id == FIRST]
    backend.delete_document(FIRST)
    backend.flush()
    assert backend.count() == len(records) - len(first)
    # The weights stay those of the whole corpus, so the ranking is the full one minus FIRST.
    full = reference_ids(qa._index, KILLED, "bm25", k=len(records))
    without = [pid for pid in full if not pid.startswith(FIRST)][:5]
    assert search_ids(backend, qa, KILLED, "bm25") == without
    backend.upsert(first)
    backend.flush()
    assert backend.count() == len(records)
    for mode in ("bm25", "dense"):
        assert search_ids(backend, qa, KILLED, mode) == reference_ids(qa._index, KILLED, mode)


@pytest.mark.model
def test_a_resync_of_an_unchanged_corpus_uploads_nothing(
    bundled: tuple[Assistant, RetrievalBackend],
) -> None:
    qa, backend = bundled
    records = passage_records(qa._index.content, qa.documents)
    report = sync(backend, records)
    assert (report.uploaded, report.deleted_documents, report.unchanged) == (0, 0, len(records))


def test_a_changed_corpus_uploads_the_changes_and_ranks_like_a_fresh_index(
    fake_encoder: Encoder, kind: str
) -> None:
    """Dropping an article moves every other passage's idf (and position): those are uploaded
    again, and the backend then ranks exactly as an index built on what is left."""
    from corpus.loader import BUNDLED_CORPUS, load_corpus

    documents = load_corpus(BUNDLED_CORPUS)
    backend = open_for_test(kind, build_index(documents, fake_encoder), documents)
    try:
        kept = [doc for doc in documents if doc.id == SECOND]
        smaller = build_index(kept, fake_encoder)
        records = passage_records(smaller.content, kept)
        report = sync(backend, records)
        assert (report.deleted_documents, report.uploaded) == (1, len(records))
        assert backend.count() == len(records)
        assert sync(backend, records).uploaded == 0
        for mode in ("bm25", "dense"):
            vector = smaller.encode_query(KILLED)
            hits = backend.search(KILLED, vector, k=5, mode=mode, fusion="weighted")
            assert [h.passage.id for h in hits] == reference_ids(smaller, KILLED, mode)
    finally:
        drop(backend)


@pytest.mark.model
def test_qdrant_local_folder_persists_across_reopen(tmp_path: Path, bundled_qa: Assistant) -> None:
    index_dir, location = tmp_path / "index", str(tmp_path / "qdrant")
    first = Assistant.from_corpus(index_dir=index_dir, backend="qdrant", qdrant=location)
    answer = first.ask(KILLED)
    first.close()
    again = Assistant.from_corpus(index_dir=index_dir, backend="qdrant", qdrant=location)
    try:
        assert again.backend.count() == len(bundled_qa.passages)
        records = passage_records(again._index.content, again.documents)
        assert sync(again.backend, records).uploaded == 0  # the points survived the reopen
        reopened, embedded = again.ask(KILLED), bundled_qa.ask(KILLED)
        for other in (reopened, embedded):
            assert (other.text, other.citations) == (answer.text, answer.citations)
            assert [h.passage.id for h in other.hits] == [h.passage.id for h in answer.hits]
    finally:
        again.close()


# ---- ties and filters (fake encoder: fast) ---------------------------------------------------


def dated_corpus() -> list[Document]:
    """Four articles, two outlets, three dates and one undated; two share a paragraph."""
    shared = "The river flooded the old mill on Monday, and the bridge was closed."
    texts = [
        (shared + "\n\nVolunteers filled sandbags all night.", "Wire A", dt.date(2025, 3, 1)),
        (shared + "\n\nThe mayor visited the mill.", "Wire B", dt.date(2025, 3, 5)),
        ("Rain is forecast for the valley again.\n\nThe mill may flood.", "Wire A", None),
        ("The bridge over the river reopened.\n\nTraffic resumed.", "Wire B", dt.date(2025, 3, 9)),
    ]
    return [
        Document(id=f"d{i}", title=f"Article {i}", source=source, published=day, text=text)
        for i, (text, source, day) in enumerate(texts)
    ]


def test_equal_scores_rank_in_corpus_order(fake_encoder: Encoder, kind: str) -> None:
    """A paragraph printed by two outlets scores the same twice; every backend ranks the two
    copies in corpus order, as the embedded index does (Qdrant alone would not)."""
    documents = dated_corpus()
    index = build_index(documents, fake_encoder)
    backend = open_for_test(kind, index, documents)
    try:
        question = "When did the river flood the old mill?"
        vector = index.encode_query(question)
        for mode in ("bm25", "dense"):
            hits = backend.search(question, vector, k=2, mode=mode, fusion="weighted")
            assert hits[0].score == hits[1].score
            assert [h.passage.id for h in hits] == reference_ids(index, question, mode, k=2)
            assert [h.doc_id for h in hits] == ["d0", "d1"]
    finally:
        drop(backend)


FILTERS = [
    SearchFilters(sources=("wire a",)),
    SearchFilters(published_after=dt.date(2025, 3, 1)),
    SearchFilters(published_before=dt.date(2025, 3, 6)),
    SearchFilters(sources=("Wire B",), published_after=dt.date(2025, 3, 5)),
    SearchFilters(sources=("Nobody",)),
]


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: repr(f).replace(" ", ""))
def test_filters_keep_exactly_the_admitted_documents(
    fake_encoder: Encoder, kind: str, filters: SearchFilters
) -> None:
    """Filtered BM25 and dense rankings are the full ranking with the others taken out."""
    documents = dated_corpus()
    index = build_index(documents, fake_encoder)
    backend = open_for_test(kind, index, documents)
    admitted = {d.id for d in documents if filters.matches(d.source, d.published)}
    question = "Is the bridge over the river closed by the flood?"
    vector = index.encode_query(question)
    try:
        for mode in ("bm25", "dense"):
            every = index.search(question, k=len(index.passages), mode=mode)
            expected = [h.passage.id for h in every if h.doc_id in admitted][:5]
            hits = backend.search(
                question, vector, k=5, mode=mode, fusion="weighted", filters=filters
            )
            assert [h.passage.id for h in hits] == expected
        hybrid = backend.search(question, vector, k=5, mode="hybrid", fusion="rrf", filters=filters)
        assert {h.doc_id for h in hybrid} <= admitted
    finally:
        drop(backend)


def test_the_dated_filters_admit_what_they_say() -> None:
    """The oracle of the filter test, checked on its own: strict bounds, undated left out."""
    documents = dated_corpus()
    expected = [{"d0", "d2"}, {"d1", "d3"}, {"d0", "d1"}, {"d3"}, set()]
    for filters, ids in zip(FILTERS, expected, strict=True):
        assert {d.id for d in documents if filters.matches(d.source, d.published)} == ids


def test_an_empty_date_range_is_refused_with_both_dates() -> None:
    with pytest.raises(ValueError, match="2025-03-01 and before 2025-03-02"):
        SearchFilters(published_after=dt.date(2025, 3, 1), published_before=dt.date(2025, 3, 2))


def test_a_vector_is_required_for_dense_modes(fake_encoder: Encoder, kind: str) -> None:
    documents = dated_corpus()
    index = build_index(documents, fake_encoder)
    backend = open_for_test(kind, index, documents)
    try:
        with pytest.raises(ValueError, match="mode 'dense' needs the query's vector"):
            backend.search("flood", None, k=5, mode="dense", fusion="weighted")
        hits = backend.search("flood", None, k=5, mode="bm25", fusion="weighted")
        assert [h.passage.id for h in hits] == reference_ids(index, "flood", "bm25")
        assert backend.search("xylophones", None, k=5, mode="bm25", fusion="weighted") == []
    finally:
        drop(backend)


def test_the_embedded_backend_searches_the_index_it_was_given(fake_encoder: Encoder) -> None:
    """No copy: the default backend is the assistant's own index, searched in place."""
    documents = dated_corpus()
    index = build_index(documents, fake_encoder)
    backend = EmbeddedBackend(index, documents)
    vector = index.encode_query("flood")
    hits = backend.search("flood", vector, k=3, mode="hybrid", fusion="weighted")
    assert hits == index.search("flood", k=3, mode="hybrid", fusion="weighted")
    assert backend.count() == len(index.passages)
    assert backend._state.index is index
