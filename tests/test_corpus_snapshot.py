"""The parsed corpus kept beside the index: reused only while no article file changed."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from assistant import Assistant
from corpus import snapshot
from corpus.articles import Shelf
from corpus.loader import load_corpus
from corpus.models import Document
from corpus.snapshot import SNAPSHOT_FILE, corpus_stamp, read_corpus, save_snapshot
from index.content import corpus_fingerprint
from tests.fakes import HashingEncoder

ARTICLE = (
    "---\ntitle: Floods in the valley\nsource: Test Wire\npublished: 2024-03-04\n---\n"
    "Heavy rain flooded the Orun valley on Monday. Forty homes were evacuated.\n\n"
    "The mayor said repairs would take a month.\n"
)


@pytest.fixture
def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files written by the test itself count as settled (no wait for the racy window)."""
    monkeypatch.setattr(snapshot, "RACY_NS", 0)


def _no_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any read of the article files from here on fails the test."""

    def refuse(*args: object, **kwargs: object) -> list[Document]:
        raise AssertionError("the corpus was read although no file changed")

    monkeypatch.setattr(snapshot, "load_corpus", refuse)


def _open(corpus: Path, index: Path) -> Assistant:
    return Assistant.from_corpus(corpus, index, encoder=HashingEncoder())


def _counting_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The positions of the snapshot articles read from here on, in order."""
    reads: list[int] = []
    real = Shelf.read

    def counted(shelf: Shelf, position: int) -> Document:
        reads.append(position)
        return real(shelf, position)

    monkeypatch.setattr(Shelf, "read", counted)
    return reads


def _exact_offsets(qa: Assistant) -> None:
    for passage in qa.passages:
        assert qa.get_document(passage.doc_id).text[passage.start : passage.end] == passage.text


@pytest.mark.usefixtures("settled")
def test_an_unchanged_corpus_is_not_read_again_and_gives_the_same_documents(
    corpus_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _open(corpus_copy, tmp_path / "index")
    assert (tmp_path / "index" / SNAPSHOT_FILE).is_file()
    _no_reading(monkeypatch)
    again = _open(corpus_copy, tmp_path / "index")
    assert again.documents == first.documents == load_corpus(corpus_copy)
    assert again.passages == first.passages
    question = "When did the raid take place?"
    assert again.ask(question) == first.ask(question)
    _exact_offsets(again)


@pytest.mark.usefixtures("settled")
@pytest.mark.parametrize("change", ["edit", "add", "remove", "rename"])
def test_a_changed_file_is_read_again_and_the_index_rebuilt(
    change: str, corpus_copy: Path, tmp_path: Path
) -> None:
    (corpus_copy / "floods.txt").write_text(ARTICLE, encoding="utf-8")
    _open(corpus_copy, tmp_path / "index")
    target = corpus_copy / "floods.txt"
    if change == "edit":  # same size: only the file's times say it changed
        target.write_text(ARTICLE.replace("Forty", "Fifty"), encoding="utf-8")
    elif change == "add":
        (corpus_copy / "storm.txt").write_text(ARTICLE.replace("Orun", "Ketu"), encoding="utf-8")
    elif change == "remove":
        target.unlink()
    else:
        target.rename(corpus_copy / "floods-renamed.txt")
    qa = _open(corpus_copy, tmp_path / "index")
    assert qa.documents == load_corpus(corpus_copy)
    texts = {p.text for p in qa.passages}
    assert texts == {p.text for p in _open(corpus_copy, tmp_path / "fresh").passages}
    _exact_offsets(qa)


@pytest.mark.usefixtures("settled")
def test_overrides_are_laid_over_the_snapshot_and_can_be_dropped(
    corpus_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (corpus_copy / "floods.txt").write_text(ARTICLE, encoding="utf-8")
    _open(corpus_copy, tmp_path / "index").update_metadata("floods", "Corrected", None, None)
    _no_reading(monkeypatch)
    corrected = _open(corpus_copy, tmp_path / "index")
    assert corrected.get_document("floods").title == "Corrected"
    # Blank means "as the article gives it": the snapshot holds the file's own title.
    corrected.update_metadata("floods", None, "Test Wire", None)
    assert _open(corpus_copy, tmp_path / "index").get_document("floods").title == (
        "Floods in the valley"
    )


def test_a_corpus_changed_in_the_last_seconds_keeps_no_snapshot(
    corpus_copy: Path, tmp_path: Path
) -> None:
    # The fixture has just written every file.
    stamp = corpus_stamp([corpus_copy], lenient=False)
    assert not save_snapshot(tmp_path / SNAPSHOT_FILE, stamp, load_corpus(corpus_copy))
    assert not (tmp_path / SNAPSHOT_FILE).exists()


@pytest.mark.usefixtures("settled")
def test_the_stamp_follows_lenience_and_the_folders(corpus_copy: Path, tmp_path: Path) -> None:
    strict = corpus_stamp([corpus_copy], lenient=False)
    assert corpus_stamp([corpus_copy], lenient=False).digest == strict.digest
    assert corpus_stamp([corpus_copy], lenient=True).digest != strict.digest
    added = tmp_path / "added"
    added.mkdir()
    assert corpus_stamp([corpus_copy, added], lenient=False).digest != strict.digest


@pytest.mark.usefixtures("settled")
def test_a_damaged_snapshot_is_replaced_by_reading_the_corpus(
    corpus_copy: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    kept = tmp_path / SNAPSHOT_FILE
    documents = read_corpus(corpus_copy, None, kept)
    header = kept.read_bytes().split(b"\n", 1)[0]
    kept.write_bytes(header + b"\n[{not json")
    with caplog.at_level(logging.WARNING, logger="corpus.snapshot"):
        assert read_corpus(corpus_copy, None, kept) == documents
    assert "is unusable" in caplog.text
    assert snapshot.load_snapshot(kept, corpus_stamp([corpus_copy], lenient=False)) == documents


def test_the_stamp_covers_the_files_a_load_reads(tmp_path: Path) -> None:
    """Nested folders count; hidden ones, other file types and linked folders do not."""
    corpus = tmp_path / "corpus"
    for name in ("a.txt", "wire/b.md", "wire/deep/c.TXT", ".hidden/d.txt", "wire/.e.txt"):
        (corpus / name).parent.mkdir(parents=True, exist_ok=True)
        (corpus / name).write_text(ARTICLE.replace("Orun", name), encoding="utf-8")
    (corpus / "notes.pdf").write_bytes(b"%PDF")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "f.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "linked").symlink_to(outside, target_is_directory=True)
    listed = {Path(name).with_suffix("").as_posix() for name in snapshot._article_files(corpus)}
    assert listed == {doc.id for doc in load_corpus(corpus)} == {"a", "wire/b", "wire/deep/c"}


@pytest.mark.usefixtures("settled")
def test_an_index_folder_that_cannot_hold_a_snapshot_only_costs_a_read(
    corpus_copy: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    with caplog.at_level(logging.WARNING, logger="corpus.snapshot"):
        read = read_corpus(corpus_copy, None, blocked / SNAPSHOT_FILE)
    assert list(read.values()) == load_corpus(corpus_copy)
    assert caplog.records == []
    assert blocked.read_text() == "not a folder"


@pytest.mark.usefixtures("settled")
def test_a_snapshot_opens_without_reading_its_articles(
    corpus_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the articles asked for are read from the snapshot; outlets and dates are at hand."""
    kept = tmp_path / SNAPSHOT_FILE
    documents = load_corpus(corpus_copy)
    read_corpus(corpus_copy, None, kept)
    reads = _counting_reads(monkeypatch)
    opened = read_corpus(corpus_copy, None, kept)
    assert list(opened) == [doc.id for doc in documents]
    assert opened.outlets_and_dates == {d.id: (d.source, d.published) for d in documents}
    assert reads == []
    last = len(documents) - 1
    assert opened[documents[last].id] == documents[last]
    assert reads == [last]
    assert list(opened.values()) == documents


@pytest.mark.usefixtures("settled")
def test_a_truncated_snapshot_is_read_again_from_the_articles(
    corpus_copy: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    kept = tmp_path / SNAPSHOT_FILE
    read_corpus(corpus_copy, None, kept)
    kept.write_bytes(kept.read_bytes()[:-10])
    with caplog.at_level(logging.WARNING, logger="corpus.snapshot"):
        assert snapshot.load_snapshot(kept, corpus_stamp([corpus_copy], lenient=False)) is None
    assert "is unusable" in caplog.text


@pytest.mark.usefixtures("settled")
def test_the_corpus_fingerprint_of_a_snapshot_reads_no_article(
    corpus_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The snapshot keeps each article's text key: the index's fingerprint needs no article,
    and equals the one of the articles read from their files, held or corrected ones too."""
    kept = tmp_path / SNAPSHOT_FILE
    documents = load_corpus(corpus_copy)
    read_corpus(corpus_copy, None, kept)
    reads = _counting_reads(monkeypatch)
    opened = read_corpus(corpus_copy, None, kept)
    assert corpus_fingerprint(opened) == corpus_fingerprint(documents)
    assert reads == []
    edited = documents[0].model_copy(update={"text": documents[0].text + " More."})
    extra = Document(id="extra", title="Extra", text="A new article of its own.")
    changed = opened.with_articles([edited]).with_article(extra).without(documents[-1].id)
    assert corpus_fingerprint(changed) == corpus_fingerprint([edited, *documents[1:-1], extra])
    assert reads == []


@pytest.mark.usefixtures("settled")
def test_opening_an_unchanged_corpus_reads_no_kept_article(
    corpus_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole open (corpus, index, backend): an article is read when a question quotes it."""
    first = _open(corpus_copy, tmp_path / "index")
    reads = _counting_reads(monkeypatch)
    _no_reading(monkeypatch)
    again = _open(corpus_copy, tmp_path / "index")
    assert reads == []
    question = "When did the raid take place?"
    assert again.ask(question) == first.ask(question)


@pytest.mark.usefixtures("settled")
@pytest.mark.parametrize("keys", ["", "zz", "00"])
def test_a_snapshot_whose_keys_do_not_fit_is_read_again(
    keys: str, corpus_copy: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Missing, not hexadecimal, or not one key an article: the snapshot is unusable."""
    kept = tmp_path / SNAPSHOT_FILE
    documents = read_corpus(corpus_copy, None, kept)
    header, places, articles = kept.read_bytes().split(b"\n", 2)
    damaged = json.loads(places) | {"keys": keys}
    kept.write_bytes(b"\n".join([header, json.dumps(damaged).encode(), articles]))
    with caplog.at_level(logging.WARNING, logger="corpus.snapshot"):
        assert read_corpus(corpus_copy, None, kept) == documents
    assert "is unusable" in caplog.text
