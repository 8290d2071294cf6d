"""The Compare tab's pure parts: the filter bar's dates, the timeline's placing, the HTML."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from assistant.compare import ComparedAspect, ComparedSource, Comparison
from assistant.errors import QuestionError
from assistant.models import Citation, Claim
from corpus.models import Document
from ui.compare_render import articles_html, table_html
from ui.filters import filter_arguments
from ui.timeline import Placed, place, timeline_figure

HOSTILE = "Bridge <script>window.__pwned = 1</script> reopened on 19/10."
DOC = Document(id="d1", title="<b>Bridge</b>", source="<i>Wire</i>", text=f"Intro.\n{HOSTILE}")
START = DOC.text.index(HOSTILE)


def _comparison() -> Comparison:
    citation = Citation(
        number=1,
        doc_id="d1",
        title=DOC.title,
        source=DOC.source,
        passage_id="d1#1",
        quote=HOSTILE,
        start=START,
        end=START + len(HOSTILE),
    )
    claim = Claim(
        doc_id="d1",
        source="“<b>Bridge</b>” (<i>Wire</i>)",
        value="19/10",
        normalized="--10-19",
        quote=HOSTILE,
        start=citation.start,
        end=citation.end,
        citation=1,
        reading="19 October",
    )
    aspect = ComparedAspect(
        name="the date of the <em>reopening</em>",
        kind="date",
        disagree=True,
        groups=[["d1"], ["d2"]],
        claims=[claim],
    )
    source = ComparedSource(
        doc_id="d1", name=claim.source, title=DOC.title, outlet=DOC.source, published=None
    )
    return Comparison(
        id="story-x", title=DOC.title, documents=[source], aspects=[aspect], citations=[citation]
    )


def test_the_filter_bar_s_inclusive_days_become_strict_bounds() -> None:
    assert filter_arguments(None, None, None) == {}
    assert filter_arguments(["Harbor Wire"], "2025-10-15", "2025-10-28") == {
        "sources": ["Harbor Wire"],
        "published_after": dt.date(2025, 10, 14),
        "published_before": dt.date(2025, 10, 29),
    }


@pytest.mark.parametrize(
    ("date_from", "date_to", "message"),
    [
        ("15/10/2025", None, "“15/10/2025” is not a date for “Published on or after”"),
        ("2025-10-28", "2025-10-15", "The date range ends (2025-10-15) before it starts"),
    ],
)
def test_a_date_the_filter_bar_cannot_use_is_explained(
    date_from: str, date_to: str | None, message: str
) -> None:
    with pytest.raises(QuestionError, match=re.escape(message)):
        filter_arguments(None, date_from, date_to)


@pytest.mark.parametrize(
    ("normalized", "year", "placed"),
    [
        ("2025-10-28", None, Placed(dt.date(2025, 10, 28), dt.date(2025, 10, 28), False)),
        ("2025-12", None, Placed(dt.date(2025, 12, 1), dt.date(2025, 12, 31), False)),
        ("2025", 2024, Placed(dt.date(2025, 1, 1), dt.date(2025, 12, 31), False)),
        ("--10-19", 2025, Placed(dt.date(2025, 10, 19), dt.date(2025, 10, 19), True)),
        ("--10-19", None, None),
        ("--02-31", 2025, None),
        ("not a date", 2025, None),
    ],
)
def test_a_date_is_placed_no_more_precisely_than_written(
    normalized: str, year: int | None, placed: Placed | None
) -> None:
    assert place(normalized, year) == placed


def test_a_story_without_any_year_says_there_is_nothing_to_draw() -> None:
    figure = timeline_figure(_comparison())  # "19/10", undated article: no year to assume
    (axes,) = figure.axes
    assert [t.get_text() for t in axes.texts] == ["No publication date or dated event to show"]


def test_article_markup_in_a_comparison_is_text_and_every_quote_link_has_its_target() -> None:
    comparison = _comparison()
    table, articles = table_html(comparison), articles_html(comparison, {"d1": DOC})
    for html in (table, articles):
        assert "<script" not in html and "<b>Bridge" not in html and "<i>Wire" not in html
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in table
    assert "&lt;em&gt;reopening&lt;/em&gt;" in table
    assert 'class="nqa-cmp-disputed"' in table and "→ 19 October" in table
    links = re.findall(r'href="#([^"]+)"', table)
    targets = re.findall(r'<mark id="([^"]+)">', articles)
    assert links == targets == ["nqa-cmp-story-x-q1"]
