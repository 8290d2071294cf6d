"""Who an article is by and whose report it relays, read from its own text (corpus.attribution)."""

from __future__ import annotations

import datetime as dt

import pytest

from corpus.attribution import Attribution, read_attribution, split_credit
from corpus.loader import document_from_text, load_corpus


def test_the_bundled_articles_name_what_their_text_gives_and_nothing_more() -> None:
    docs = {d.id: d for d in load_corpus()}
    relayed, credited = docs["000_f5be0e313111c47b"], docs["002_b71361dace5457b4"]
    # "... according to an Associated Press report." in the lead; no byline, no date.
    assert (relayed.source, relayed.reported_by, relayed.published) == (
        None,
        "Associated Press",
        None,
    )
    # "source: Nguyen Tien (According to AP, AFP)" in the front matter and as the last line.
    assert (credited.source, credited.reported_by, credited.published) == (
        "Nguyen Tien",
        "AP, AFP",
        None,
    )
    assert relayed.attribution == "according to Associated Press"
    assert credited.attribution == "Nguyen Tien, according to AP, AFP"
    assert {d.named_source for d in docs.values()} == {"Associated Press", "Nguyen Tien"}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Nguyen Tien (According to AP, AFP)", ("Nguyen Tien", "AP, AFP")),
        ("Jane Roe (via Reuters)", ("Jane Roe", "Reuters")),
        ("(Source: AFP)", (None, "AFP")),
        ("Jane Roe", ("Jane Roe", None)),
        ("Jane Roe (Kyiv)", ("Jane Roe (Kyiv)", None)),  # a place in brackets is not a credit
        ("", (None, None)),
    ],
)
def test_a_credit_is_split_from_the_name(line: str, expected: tuple[str | None, ...]) -> None:
    assert split_credit(line) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "WASHINGTON (AP) — The Senate passed the bill on Tuesday.\n",
            Attribution(reported_by="AP"),
        ),
        (
            "BEIRUT, Lebanon, Oct. 30, 2025 (Reuters) - Fuel prices rose again on Thursday.\n",
            Attribution(reported_by="Reuters", published=dt.date(2025, 10, 30)),
        ),
        (
            "PARIS, 3 November 2025 — Museums reopened after the strike ended.\n",
            Attribution(published=dt.date(2025, 11, 3)),
        ),
        # A day without its year is not a date: the year would be invented.
        (
            "LONDON, Oct 30 (AFP) - Trains were cancelled across the south.\n",
            Attribution(reported_by="AFP"),
        ),
        (
            "Floods Hit the Valley\nRain fell for three days. Rivers rose.\nBy Jane Roe\n",
            Attribution(source="Jane Roe"),
        ),
        (
            "The mayor resigned on Friday, according to a report by the Kent Messenger.\n",
            Attribution(reported_by="Kent Messenger"),
        ),
        # Only the lead says where the article comes from; later it is about the story.
        (
            "The council met on Monday.\nThe budget was cut, according to a Treasury report.\n",
            Attribution(),
        ),
        ("The council met on Monday to discuss the bridge.\n", Attribution()),
    ],
)
def test_the_text_gives_bylines_datelines_and_relayed_reports(
    body: str, expected: Attribution
) -> None:
    assert read_attribution(body) == expected


def test_front_matter_wins_over_the_text_and_its_date_is_kept() -> None:
    raw = (
        "---\nsource: Test Wire\nreported_by: Reuters\npublished: 2025-10-28\n---\n"
        "WASHINGTON (AP) — The Senate passed the bill.\nBy Jane Roe\n"
    )
    doc = document_from_text(raw, "bill")
    assert (doc.source, doc.reported_by, doc.published) == (
        "Test Wire",
        "Reuters",
        dt.date(2025, 10, 28),
    )


def test_an_outlet_naming_itself_in_its_dateline_relays_nobody() -> None:
    """ "OKEBY, Feb 11 (Quayside Press) - ..." in Quayside Press's own article is its own report:
    the reader is not told "Quayside Press, according to Quayside Press"."""
    raw = (
        "---\nsource: Quayside Press\npublished: 2026-02-11\n---\n"
        "OKEBY, Feb 11 (Quayside Press) - Residents began returning to their homes.\n"
    )
    doc = document_from_text(raw, "dam")
    assert (doc.source, doc.reported_by, doc.attribution) == (
        "Quayside Press",
        None,
        "Quayside Press",
    )
