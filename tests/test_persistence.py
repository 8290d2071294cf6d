"""The persisted index: reused when it matches, rebuilt when the corpus changes, incremental."""

from __future__ import annotations

import json
import mmap
from pathlib import Path

import numpy as np
import pytest

from assistant import Assistant
from corpus.chunking import chunk_document
from corpus.loader import load_corpus
from index.columns.rowfile import FileRows
from index.columns.rows import ModelRows
from index.store import FORMAT_VERSION
from tests.fakes import CountingEncoder

pytestmark = pytest.mark.model

NEW_ARTICLE = (
    "---\ntitle: Floods in the valley\nsource: Test Wire\n---\n"
    "Heavy rain flooded the Orun valley on Monday. Forty homes were evacuated.\n"
    "The mayor said repairs would take a month.\n"
)


def _texts_of(folder: Path, doc_id: str | None = None) -> set[str]:
    """Every passage and sentence text of the corpus (or of one article), as embedded."""
    return {
        item.text
        for doc in load_corpus(folder)
        if doc_id in (None, doc.id)
        for part in chunk_document(doc)
        for item in part
    }


def test_build_writes_a_manifest_and_reopening_embeds_nothing(
    corpus_copy: Path, tmp_path: Path, counting_encoder: CountingEncoder
) -> None:
    index_dir = tmp_path / "index"
    first = Assistant.from_corpus(corpus_copy, index_dir, encoder=counting_encoder)
    assert sorted(counting_encoder.seen) == sorted(_texts_of(corpus_copy))
    build = index_dir / (index_dir / "CURRENT").read_text().split()[0]
    manifest = json.loads((build / "manifest.json").read_text())
    assert manifest["format_version"] == FORMAT_VERSION
    assert manifest["model"] == counting_encoder.name
    assert {"passage_vectors.npy", "sentence_vectors.npy", "passages_text_data.npy"} <= set(
        manifest["files"]
    )
    assert manifest["sizes"] == {name: (build / name).stat().st_size for name in manifest["files"]}

    counting_encoder.seen.clear()
    again = Assistant.from_corpus(corpus_copy, index_dir, encoder=counting_encoder)
    assert counting_encoder.seen == []
    assert again.passages == first.passages
    np.testing.assert_array_equal(
        again._index.content.passage_vectors, first._index.content.passage_vectors
    )
    assert again.ask("When did the raid take place?") == first.ask("When did the raid take place?")
    # A filter reads every sentence's article from the columns read by row.
    outlet = next(doc.source for doc in first.documents if doc.source)
    question = "When did the raid take place?"
    assert again.ask(question, sources=[outlet]) == first.ask(question, sources=[outlet])
    # Reopened, the rows are read in place from the files, not copied into memory.
    content = again._index.content
    # Sentence vectors are read by row from their file: neither mapped nor held in memory.
    assert isinstance(content.sentence_vectors, FileRows)
    rows = [5, 0, len(content.sentences) - 1]
    np.testing.assert_array_equal(
        content.sentence_vectors_at(rows), first._index.content.sentence_vectors_at(rows)
    )
    # So are the passages', sentences' and mentions' columns; the codes of coded ones stay mapped.
    assert isinstance(content.sentences.strings("text").data, FileRows)
    assert isinstance(content.mentions.items.strings("normalized").offsets, FileRows)
    assert _mapped(content.sentences.coded("doc_id").codes)
    assert not _mapped(first._index.content.sentences.coded("doc_id").codes)


def _mapped(array: np.ndarray) -> bool:
    """Whether the array's memory is a file mapping (an mmap at the end of its base chain)."""
    base: object = array
    while isinstance(base, np.ndarray):
        base = base.base
    return isinstance(base, mmap.mmap)


def test_counting_the_passages_makes_none_of_them(
    bundled_qa: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`len(qa.passages)` is the index's own count: making every passage to count them took
    ~1.6 GB and ~25 s at a million passages (the CLI's index summary, the serve benchmark)."""
    expected = sum(1 for _ in bundled_qa.passages)

    def made(*_: object) -> None:
        raise AssertionError("a passage was made to count them")

    monkeypatch.setattr(ModelRows, "__getitem__", made)
    assert len(bundled_qa.passages) == expected


def test_a_changed_corpus_is_rebuilt_and_only_new_text_embedded(
    corpus_copy: Path, tmp_path: Path, counting_encoder: CountingEncoder
) -> None:
    index_dir = tmp_path / "index"
    Assistant.from_corpus(corpus_copy, index_dir, encoder=counting_encoder)
    (corpus_copy / "floods.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    counting_encoder.seen.clear()
    qa = Assistant.from_corpus(corpus_copy, index_dir, encoder=counting_encoder)
    assert sorted(counting_encoder.seen) == sorted(_texts_of(corpus_copy, "floods"))
    assert qa.retrieve("How many homes were evacuated?", k=1)[0].doc_id == "floods"
    assert len(list(index_dir.glob("build-*"))) == 1


def test_add_article_indexes_it_without_restarting(
    corpus_copy: Path, tmp_path: Path, counting_encoder: CountingEncoder
) -> None:
    qa = Assistant.from_corpus(corpus_copy, tmp_path / "index", encoder=counting_encoder)
    counting_encoder.seen.clear()
    doc = qa.add_article("floods.md", NEW_ARTICLE.encode())
    assert (doc.id, doc.title, doc.source) == ("floods", "Floods in the valley", "Test Wire")
    assert (corpus_copy / "floods.md").read_text(encoding="utf-8") == NEW_ARTICLE
    assert sorted(counting_encoder.seen) == sorted(_texts_of(corpus_copy, "floods"))
    assert qa.retrieve("How many homes were evacuated?", k=1)[0].doc_id == "floods"
    counting_encoder.seen.clear()
    reopened = Assistant.from_corpus(corpus_copy, tmp_path / "index", encoder=counting_encoder)
    assert counting_encoder.seen == []
    assert [d.id for d in reopened.documents] == [d.id for d in qa.documents]


def test_the_bundled_corpus_is_never_written_uploads_go_to_the_added_folder(
    tmp_path: Path, counting_encoder: CountingEncoder
) -> None:
    from assistant.errors import ReadOnlyCorpusError
    from corpus.loader import BUNDLED_CORPUS

    shipped = {p.name: p.read_bytes() for p in BUNDLED_CORPUS.iterdir()}
    plain = Assistant.from_corpus(index_dir=tmp_path / "plain", encoder=counting_encoder)
    with pytest.raises(ReadOnlyCorpusError, match="shipped with the package"):
        plain.add_article("floods.txt", NEW_ARTICLE.encode())

    added = tmp_path / "added"
    qa = Assistant.from_corpus(
        index_dir=tmp_path / "with-added", added_dir=added, encoder=counting_encoder
    )
    qa.add_article("floods.txt", NEW_ARTICLE.encode())
    assert {p.name: p.read_bytes() for p in BUNDLED_CORPUS.iterdir()} == shipped
    assert (added / "floods.txt").read_text(encoding="utf-8") == NEW_ARTICLE
    reopened = Assistant.from_corpus(
        index_dir=tmp_path / "with-added", added_dir=added, encoder=counting_encoder
    )
    assert reopened.retrieve("How many homes were evacuated?", k=1)[0].doc_id == "floods"


def test_an_upload_repeating_an_articles_id_or_text_is_refused(
    corpus_copy: Path, tmp_path: Path, counting_encoder: CountingEncoder
) -> None:
    from corpus.errors import ArticleError

    qa = Assistant.from_corpus(corpus_copy, tmp_path / "index", encoder=counting_encoder)
    same_text = (corpus_copy / "002_b71361dace5457b4.txt").read_bytes()
    with pytest.raises(ArticleError, match="the same text is already in the corpus as "):
        qa.add_article("copy.txt", same_text)
    assert sorted(p.name for p in corpus_copy.iterdir()) == [
        "000_f5be0e313111c47b.txt",
        "002_b71361dace5457b4.txt",
    ]
    assert [d.id for d in qa.documents] == ["000_f5be0e313111c47b", "002_b71361dace5457b4"]
