"""Correcting an article's title, outlet and date, and removing uploads (Assistant + corpus).

The bundled articles are shipped data: a correction goes to the overrides file beside the index
and the article files stay byte for byte the same. An uploaded article carries its correction
as front matter in its own file, with its text untouched.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest

from assistant import Assistant
from assistant.errors import ReadOnlyCorpusError
from corpus.frontmatter import split_front_matter, with_front_matter
from corpus.loader import BUNDLED_CORPUS
from corpus.overrides import OVERRIDES_FILE, MetadataError
from tests.fakes import HashingEncoder

SHIPPED = "000_f5be0e313111c47b"
UPLOAD = (
    "---\nsource: Maria Silva (According to Reuters)\nurl: https://example.org/port\n---\n"
    "LISBON — The port of Lisbon handled a record 14 million tonnes of cargo this year.\n"
)


def _digests() -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in BUNDLED_CORPUS.iterdir()}


def _open(tmp_path: Path) -> Assistant:
    return Assistant.from_corpus(
        index_dir=tmp_path / "index", added_dir=tmp_path / "added", encoder=HashingEncoder()
    )


def test_a_shipped_article_is_corrected_in_the_overrides_file_only(tmp_path: Path) -> None:
    before = _digests()
    qa = _open(tmp_path)
    fixed = qa.update_metadata(SHIPPED, "A new headline", "CityNews", dt.date(2025, 12, 6))
    assert (fixed.title, fixed.source, fixed.reported_by, fixed.published) == (
        "A new headline",
        "CityNews",
        "Associated Press",  # still what the text relays
        dt.date(2025, 12, 6),
    )
    assert _digests() == before
    stored = json.loads((tmp_path / "index" / OVERRIDES_FILE).read_text(encoding="utf-8"))
    assert stored == {
        SHIPPED: {"title": "A new headline", "source": "CityNews", "published": "2025-12-06"}
    }
    reopened = _open(tmp_path).get_document(SHIPPED)
    assert (reopened.title, reopened.source, reopened.published) == (
        "A new headline",
        "CityNews",
        dt.date(2025, 12, 6),
    )
    # Blank fields take the correction back: the article's own values show again.
    restored = qa.update_metadata(SHIPPED, "", " ", None)
    assert (restored.title, restored.source, restored.published) == (
        "US raid in Syria killed an undercover agent, not its Islamic State target",
        None,
        None,
    )
    assert json.loads((tmp_path / "index" / OVERRIDES_FILE).read_text(encoding="utf-8")) == {}


def test_an_upload_is_corrected_in_its_own_front_matter(tmp_path: Path) -> None:
    qa = _open(tmp_path)
    added = qa.add_article("port.md", UPLOAD.encode())
    assert (added.source, added.reported_by) == ("Maria Silva", "Reuters")
    fixed = qa.update_metadata(added.id, added.title, "Lisbon Daily", dt.date(2025, 12, 30))
    raw = (tmp_path / "added" / "port.md").read_text(encoding="utf-8")
    meta, body = split_front_matter(raw)
    assert body == split_front_matter(UPLOAD)[1]  # the text, so every offset, is unchanged
    assert (meta.source, meta.reported_by, meta.published, meta.url) == (
        "Lisbon Daily",
        "Reuters",  # the credit split out of the old source is kept
        dt.date(2025, 12, 30),
        "https://example.org/port",
    )
    assert "title" not in raw.split("---")[1]  # unchanged fields are not written
    expected = ("Lisbon Daily", "Reuters", dt.date(2025, 12, 30))
    assert (fixed.source, fixed.reported_by, fixed.published) == expected
    reopened = _open(tmp_path).get_document(added.id)
    assert (reopened.source, reopened.reported_by, reopened.published) == expected
    assert not (tmp_path / "index" / OVERRIDES_FILE).exists()


def test_a_field_too_long_is_refused_with_its_name(tmp_path: Path) -> None:
    qa = _open(tmp_path)
    with pytest.raises(MetadataError, match=r"^The outlet is 301 characters long\. Keep it"):
        qa.update_metadata(SHIPPED, None, "x" * 301, None)


def test_an_uploaded_article_is_removed_from_disk_and_index(tmp_path: Path) -> None:
    qa = _open(tmp_path)
    added = qa.add_article("port.md", UPLOAD.encode())
    assert qa.retrieve("Lisbon port cargo tonnes", k=1)[0].doc_id == added.id
    removed = qa.remove_article(added.id)
    assert removed.id == added.id
    assert not (tmp_path / "added" / "port.md").exists()
    assert added.id not in {d.id for d in qa.documents}
    assert all(hit.doc_id != added.id for hit in qa.retrieve("Lisbon port cargo tonnes", k=10))
    assert added.id not in {d.id for d in _open(tmp_path).documents}


def test_a_shipped_article_cannot_be_removed(tmp_path: Path) -> None:
    before = _digests()
    qa = _open(tmp_path)
    with pytest.raises(ReadOnlyCorpusError, match="not an uploaded article"):
        qa.remove_article(SHIPPED)
    assert SHIPPED in {d.id for d in qa.documents}
    assert _digests() == before


def test_front_matter_is_rewritten_around_the_body_keeping_other_keys() -> None:
    raw = "---\nTitle: Old\ndate: 2025-01-02\nlang: pt\n---\n---\nA rule, then text.\n"
    rewritten = with_front_matter(raw, {"title": "New: a colon", "published": None})
    meta, body = split_front_matter(rewritten)
    assert (meta.title, meta.published, body) == ("New: a colon", None, "---\nA rule, then text.\n")
    assert "lang: pt" in rewritten
    assert with_front_matter("Plain text.\n", {"source": None}) == "Plain text.\n"


def test_a_corrected_outlet_is_what_the_filter_follows(tmp_path: Path) -> None:
    qa = _open(tmp_path)
    qa.update_metadata(SHIPPED, None, "CityNews", None)
    hits = qa.retrieve("When did the raid take place?", k=5, sources=["CityNews"])
    assert {hit.doc_id for hit in hits} == {SHIPPED}
