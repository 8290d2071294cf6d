"""IndexContent survives to_files/from_files unchanged, and columns that do not fit are refused.

Rows are stored as columns and made into models without pydantic validation, on access; these
tests prove the models are equal to the originals and behave as models (dump, hash, frozen), and
that the lookups read from the columns find every row.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, cast

import faiss
import numpy as np
import pydantic
import pytest

from corpus.chunking import chunk_document
from corpus.loader import load_corpus
from corpus.models import Sentence
from index import analysis
from index.analysis.tokens import tokenize
from index.bm25 import BM25Index
from index.columns.strings import CodedColumn
from index.content import IndexContent, text_key
from index.deferred import StoredFields
from index.errors import IndexCorruptError
from index.hybrid import HybridIndex, build_content
from index.lookups import DocumentVectors, RowsOfKey, rows_by_value
from index.models import Mention


class HashEncoder:
    """Deterministic vectors from a text's hash: no model needed."""

    name = "hash-fake"
    dim = 8

    def encode(self, texts: list[str], *, progress: bool = False) -> np.ndarray:
        rows = [np.frombuffer(hashlib.sha256(t.encode()).digest()[:32], np.uint8) for t in texts]
        vectors = np.array(rows, dtype=np.float32).reshape(len(texts), -1)[:, : self.dim] + 1
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def _first_word(sentences: list[Sentence], order: str) -> list[list[Mention]]:
    """One mention per sentence: its first word."""
    result = []
    for s in sentences:
        word = s.text.split()[0]
        mention = Mention(kind="other", label="WORD", text=word, start=s.start,
                          end=s.start + len(word), normalized=word.casefold())  # fmt: skip
        result.append([mention])
    return result


@pytest.fixture(scope="module")
def content() -> IndexContent:
    return build_content(load_corpus(), HashEncoder(), max_words=120, analyzer=_first_word)


def test_round_trip_gives_equal_models(content: IndexContent) -> None:
    """Through JSON, as the store writes it: to_files dumps field dicts, not model_dump."""
    arrays, docs = content.to_files()
    again = IndexContent.from_files(arrays, json.loads(json.dumps(docs)))
    assert again.passages == content.passages
    assert again.sentences == content.sentences
    assert again.mentions == content.mentions
    assert again.sentences_of == content.sentences_of
    assert [p.model_dump() for p in again.passages] == [p.model_dump() for p in content.passages]
    assert hash(again.sentences[0]) == hash(content.sentences[0])
    with pytest.raises(pydantic.ValidationError):
        again.passages[0].text = "changed"  # still frozen
    assert np.array_equal(again.bm25.weights.toarray(), content.bm25.weights.toarray())


def test_bm25_stored_by_term_before_counts_were_stored_by_passage_opens_alike(
    content: IndexContent,
) -> None:
    """Indexes saved before BM25's counts were stored by term as well held them by passage;
    before that by term (with the weights), and older ones the weights alone: all still open,
    with the same scores."""
    arrays, docs = content.to_files()
    for name in ("bm25_term_rows", "bm25_term_counts", "bm25_term_starts", "bm25_lengths"):
        del arrays[name]
    by_passage = IndexContent.from_files(arrays, docs).bm25
    for query in ("raid", "killed in the raid", "syria october soldiers"):
        tokens = tokenize(query)
        assert np.array_equal(by_passage.scores(tokens), content.bm25.scores(tokens)), query
    for name in ("bm25_row_terms", "bm25_row_counts", "bm25_row_starts"):
        del arrays[name]
    weights = content.bm25.weights
    by_term = {"bm25_data": weights.data, "bm25_indices": weights.indices,
               "bm25_indptr": weights.indptr}  # fmt: skip
    counts = content.bm25.counts
    assert counts is not None  # a built index keeps its counts
    with_counts = {**arrays, **by_term, "bm25_counts": counts.data}
    del arrays["bm25_first"]
    for stored in (with_counts, {**arrays, **by_term}):
        again = IndexContent.from_files(stored, docs).bm25
        for query in ("raid", "killed in the raid", "syria october soldiers"):
            tokens = tokenize(query)
            assert np.array_equal(again.scores(tokens), content.bm25.scores(tokens)), query
    assert again.counts is None  # weights alone: searched, never changed in place


def test_a_stored_model_can_be_copied_with_changes(content: IndexContent) -> None:
    """The disagreement table copies mentions with a changed text ("$" + "5 million")."""
    arrays, docs = content.to_files()
    mention = IndexContent.from_files(arrays, docs).mentions[0][0]
    copied = mention.model_copy(update={"text": "$" + mention.text})
    assert copied.text == "$" + mention.text
    assert copied.model_dump() == {**mention.model_dump(), "text": "$" + mention.text}
    assert mention.model_copy() == mention


def test_columns_of_different_lengths_are_refused(content: IndexContent) -> None:
    arrays, docs = content.to_files()
    arrays["sentences_start"] = arrays["sentences_start"][:-1]
    with pytest.raises(ValueError, match="stored Sentence columns differ in length"):
        IndexContent.from_files(arrays, docs)


def test_a_string_buffer_its_offsets_do_not_fit_is_refused(content: IndexContent) -> None:
    arrays, docs = content.to_files()
    arrays["passages_text_data"] = arrays["passages_text_data"][:-1]
    with pytest.raises(ValueError, match="string offsets end at"):
        IndexContent.from_files(arrays, docs)


def test_lookups_find_every_row_by_id_and_document(content: IndexContent) -> None:
    found = content.lookups
    assert [found.sentence_rows[s.id] for s in content.sentences] == list(
        range(len(content.sentences))
    )
    assert [found.passage_rows[p.id] for p in content.passages] == list(
        range(len(content.passages))
    )
    assert "no-such-id" not in found.sentence_rows
    with pytest.raises(KeyError):
        found.passage_rows["no-such-id"]
    by_document: dict[str, list[int]] = {}
    for row, sentence in enumerate(content.sentences):
        by_document.setdefault(sentence.doc_id, []).append(row)
    assert {doc: list(rows) for doc, rows in found.document_rows.items()} == by_document
    assert {p: list(rows) for p, rows in content.sentences_of.items()} == {
        p.id: [r for r, s in enumerate(content.sentences) if s.passage_id == p.id]
        for p in content.passages
    }


def test_a_document_vector_is_made_when_read_from_its_own_passages(content: IndexContent) -> None:
    """A document's vector is the normalised mean of its passages' vectors, made when it is read
    and kept: a question reads a few dozen documents' of the 154,000 a million passages have."""
    read: list[int] = []

    class Counted:
        def __getitem__(self, rows: Any) -> np.ndarray:
            read.extend(range(rows.start, rows.stop) if isinstance(rows, slice) else rows)
            return content.passage_vectors[rows]

    rows = content.lookups.document_passage_rows
    vectors = DocumentVectors(cast(np.ndarray, Counted()), rows)
    doc = list(rows)[1]
    mean = np.mean(content.passage_vectors[list(rows[doc])].astype(np.float32), axis=0)
    assert np.allclose(vectors[doc], mean / np.linalg.norm(mean), atol=1e-3)
    assert read == list(rows[doc])
    assert vectors[doc] is vectors[doc] and read == list(rows[doc])  # kept, not read again
    assert np.array_equal(content.lookups.document_vectors[doc], vectors[doc])
    assert list(vectors) == list(rows) and len(vectors) == len(rows)
    assert "no-such-doc" not in vectors and read == list(rows[doc])
    with pytest.raises(KeyError):
        vectors["no-such-doc"]


def test_rows_of_a_value_scattered_over_the_column_are_all_found() -> None:
    column = CodedColumn.of(["a", "b", "a", "c", "b"])
    assert rows_by_value(column) == {"a": [0, 2], "b": [1, 4], "c": [3]}
    assert rows_by_value(CodedColumn.of(["a", "a", "b"])) == {"a": range(0, 2), "b": range(2, 3)}


def test_rows_are_read_through_the_content_api(content: IndexContent) -> None:
    row = 3
    assert content.mentions_at(row) == content.mentions[row]
    assert content.sentence_vector(row).dtype == np.float32
    assert np.array_equal(content.sentence_vector(row), content.sentence_vectors[row])
    both = content.sentence_vectors_at([row, 0])
    assert both.shape == (2, content.sentence_vectors.shape[1])
    assert np.array_equal(both[0], content.sentence_vector(row))


def test_the_index_leaves_its_content_argument_and_faiss_threads_as_they_were(
    content: IndexContent,
) -> None:
    vectors = content.passage_vectors
    before = faiss.omp_get_max_threads()
    index = HybridIndex(content, HashEncoder())
    assert content.passage_vectors is vectors
    assert np.array_equal(index.content.passage_vectors, vectors)
    index.search("raid", k=2, mode="dense")
    assert faiss.omp_get_max_threads() == before


def test_a_streamed_build_stores_what_the_models_would() -> None:
    """build_content fills columns document by document; the same content made the plain way
    (every model kept, then converted) must be stored byte for byte the same."""
    documents = load_corpus()
    encoder = HashEncoder()
    chunks = [chunk_document(doc, max_words=120) for doc in documents]
    passages = [p for ps, _ in chunks for p in ps]
    sentences = [s for _, ss in chunks for s in ss]
    orders = [analysis.infer_date_order([s.text for s in ss]) for _, ss in chunks]
    tokens = [tokenize(p.text) for p in passages]
    bm25 = BM25Index.build(tokens)
    texts = [p.text for p in passages] + [s.text for s in sentences]
    vectors = encoder.encode(texts)
    plain = IndexContent.of(
        passages=passages,
        sentences=sentences,
        mentions=[m for (_, ss), o in zip(chunks, orders, strict=True) for m in _first_word(ss, o)],
        passage_vectors=vectors[: len(passages)].astype(np.float16),
        sentence_vectors=vectors[len(passages) :].astype(np.float16),
        bm25=bm25,
        passage_terms=[np.array([bm25.vocabulary[t] for t in ts], np.int32) for ts in tokens],
        doc_keys={doc.id: text_key(doc.text) for doc in documents},
        date_orders={doc.id: str(o) for doc, o in zip(documents, orders, strict=True)},
    )
    streamed = build_content(documents, encoder, max_words=120, analyzer=_first_word)
    (arrays, docs), (expected, expected_docs) = streamed.to_files(), plain.to_files()
    assert docs == expected_docs
    assert arrays.keys() == expected.keys()
    for name, array in expected.items():
        assert arrays[name].dtype == array.dtype, name
        assert np.array_equal(arrays[name], array), name


def test_sentence_rows_of_a_passage_are_found_by_hash_and_in_order() -> None:
    """RowsOfKey finds a value's code by its hash and its rows by binary search."""
    rows = RowsOfKey(CodedColumn.of(["p0", "p0", "p2", "p3", "p3", "p3", "p5"]))
    assert {key: list(rows[key]) for key in rows} == {
        "p0": [0, 1], "p2": [2], "p3": [3, 4, 5], "p5": [6]
    }  # fmt: skip
    assert rows.get("p1") is None and rows.get("nope") is None
    scattered = RowsOfKey(CodedColumn.of(["p1", "p0", "p1"]))
    assert list(scattered["p1"]) == [0, 2]


def test_fields_only_an_added_article_reads_are_parsed_then(content: IndexContent) -> None:
    """Opened from the store's field arrays (index.deferred), doc keys, date orders and
    spellings stay bytes until read: a damaged one opens, and fails only when read."""
    arrays, docs = content.to_files()
    stored = {
        field: np.frombuffer(json.dumps(value).encode(), dtype=np.uint8)
        for field, value in docs["meta"].items()
    }
    stored["doc_keys"] = np.frombuffer(b"{not json", dtype=np.uint8)
    meta = StoredFields("a test's document 'meta'", stored)
    assert "spellings" in meta and "missing" not in meta
    again = IndexContent.from_files(arrays, {**docs, "meta": meta})
    assert dict(again.date_orders) == content.date_orders
    assert dict(again.spellings or {}) == dict(content.spellings or {})
    with pytest.raises(IndexCorruptError, match="doc_keys"):
        len(again.doc_keys)
