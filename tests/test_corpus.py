"""The corpus layer: bundled articles, front matter, structure labels, chunk offsets."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
import yaml

from corpus import frontmatter
from corpus.chunking import chunk_document
from corpus.frontmatter import split_front_matter
from corpus.loader import BUNDLED_CORPUS, document_from_text, load_corpus
from corpus.models import Document
from corpus.structure import split_blocks

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
# SHA-256 of the two seed articles as published in ../shared/seeds: the bundled bodies must
# stay byte for byte the same even when that folder is not beside the checkout.
SEED_SHA256 = {
    "000_f5be0e313111c47b": "2504f3207a81a1a9f30f2dbe691c4025e95b182894a1e92eea3e0d01b34a2a17",
    "002_b71361dace5457b4": "bff92b90e2b1229744016e76156c11ec57e8aa23a830a26babfe99bdadc5de03",
}


def test_bundled_bodies_are_the_seed_articles_byte_for_byte() -> None:
    docs = {d.id: d for d in load_corpus()}
    assert set(docs) == set(SEED_SHA256)
    for doc_id, digest in SEED_SHA256.items():
        assert hashlib.sha256(docs[doc_id].text.encode("utf-8")).hexdigest() == digest
        seed = SEEDS / f"{doc_id}.txt"
        if seed.exists():
            assert docs[doc_id].text.encode("utf-8") == seed.read_bytes()


def test_bundled_metadata() -> None:
    docs = {d.id: d for d in load_corpus()}
    second = docs["002_b71361dace5457b4"]
    assert (second.source, second.reported_by) == ("Nguyen Tien", "AP, AFP")
    assert docs["000_f5be0e313111c47b"].source is None
    assert second.title == "US soldiers mistakenly shot an undercover agent in a raid on Dumayr"


def test_front_matter_fields_and_body_kept_exactly() -> None:
    raw = "---\ntitle: T\nsource: Wire\npublished: 2025-10-30\nurl: https://x.org/a\n---\nBody.\n"
    meta, body = split_front_matter(raw)
    assert (meta.title, meta.source, meta.published, meta.url) == (
        "T",
        "Wire",
        dt.date(2025, 10, 30),
        "https://x.org/a",
    )
    assert body == "Body.\n"


def test_without_front_matter_title_and_byline_come_from_the_text() -> None:
    raw = "Floods Hit the Valley\nRain fell for three days. Rivers rose.\nBy Jane Roe\n"
    doc = document_from_text(raw, "floods")
    assert doc.title == "Floods Hit the Valley"
    assert doc.source == "Jane Roe"
    untitled = document_from_text("The council voted on Monday to close the bridge.", "x")
    assert untitled.title == "The council voted on Monday to close the bridge."


def test_structure_labels_headings_bylines_and_image_residue() -> None:
    doc = {d.id: d for d in load_corpus()}["002_b71361dace5457b4"]
    labelled = {doc.text[b.start : b.end]: b.kind for b in split_blocks(doc.text)}
    assert labelled["![]() |"] == "residue"
    assert labelled["Khaled al-Masoud. *Photo: AP* |"] == "residue"
    assert labelled["Nguyen Tien (According to AP, AFP)"] == "byline"
    first = {d.id: d for d in load_corpus()}["000_f5be0e313111c47b"]
    kinds = {first.text[b.start : b.end]: b.kind for b in split_blocks(first.text)}
    assert kinds["The Raid and Its Tragic Outcome"] == "heading"
    assert sum(kind == "prose" for kind in kinds.values()) == 8


@pytest.mark.parametrize("doc", load_corpus(BUNDLED_CORPUS), ids=lambda d: d.id)
def test_chunks_keep_offsets_and_skip_non_prose(doc: Document) -> None:
    passages, sentences = chunk_document(doc)
    for item in [*passages, *sentences]:
        assert doc.text[item.start : item.end] == item.text
    by_id = {p.id: p for p in passages}
    for sentence in sentences:
        passage = by_id[sentence.passage_id]
        assert passage.start <= sentence.start < sentence.end <= passage.end
    quoted = " ".join(p.text for p in passages)
    for residue in ("![]()", "*Photo: AP*", "Nguyen Tien", "The Raid and Its Tragic Outcome"):
        assert residue not in quoted


def test_passages_respect_the_word_limit_and_split_long_sentences() -> None:
    text = "Intro sentence here. " + " ".join(f"w{i}" for i in range(250)) + "."
    passages, sentences = chunk_document(document_from_text(text, "long"), max_words=100)
    assert [len(p.text.split()) for p in passages] == [3, 100, 100, 50]
    assert [s.id for s in sentences][:2] == ["long#0.0", "long#1.0"]


def test_chunk_ids_are_stable_across_runs() -> None:
    doc = load_corpus()[0]
    assert [p.id for p in chunk_document(doc)[0]] == [p.id for p in chunk_document(doc)[0]]
    assert chunk_document(doc)[0][1].id == f"{doc.id}#1"


def test_front_matter_is_parsed_by_libyaml_when_pyyaml_has_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The C loader reads front matter (~5x faster: most of opening a large corpus)."""
    used: list[type] = []
    real_load = yaml.load

    def spy(text: str, Loader: type) -> object:
        used.append(Loader)
        return real_load(text, Loader=Loader)

    monkeypatch.setattr(frontmatter.yaml, "load", spy)
    metadata, body = frontmatter.split_front_matter("---\ntitle: Floods\n---\nRain fell.\n")
    assert (metadata.title, body) == ("Floods", "Rain fell.\n")
    assert used == [yaml.CSafeLoader]
