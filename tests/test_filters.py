"""Article filters: which articles they admit, their errors, and the table seen through them."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

import pytest

from assistant.errors import QuestionError
from assistant.filters import (
    ArticleFilter,
    NoArticleError,
    admitted,
    article_filter,
    restricted_table,
)
from corpus.articles import outlets_and_dates
from corpus.models import Document
from index.disputes.aspects import Aspect
from index.disputes.facts import Fact
from index.disputes.table import DisputeTable


def _doc(doc_id: str, source: str | None, published: str | None) -> Document:
    day = dt.date.fromisoformat(published) if published else None
    return Document(id=doc_id, title=doc_id, source=source, published=day, text="x")


DOCS = [
    _doc("hw", "Harbor Wire", "2025-10-15"),
    _doc("ct", "Coastal Times", "2025-10-28"),
    _doc("undated", "Harbor Wire", None),
    _doc("anonymous", None, "2025-10-20"),
]


def _ids(chosen: ArticleFilter) -> set[str]:
    return {d.id for d in DOCS if chosen.admits(d)}


def test_no_argument_is_no_filter_and_an_empty_outlet_list_is_any_outlet() -> None:
    assert article_filter() is None
    assert article_filter(sources=[]) is None
    assert article_filter(sources=["  "]) is None


def test_outlets_match_ignoring_case_and_surrounding_space() -> None:
    chosen = article_filter(sources=[" harbor wire"])
    assert chosen is not None
    assert _ids(chosen) == {"hw", "undated"}


def test_dates_are_strict_bounds_and_leave_undated_articles_out() -> None:
    after = article_filter(published_after="2025-10-15")
    assert after is not None and _ids(after) == {"ct", "anonymous"}
    as_of_the_28th = article_filter(published_before=dt.date(2025, 10, 29))
    assert as_of_the_28th is not None and _ids(as_of_the_28th) == {"hw", "ct", "anonymous"}
    before_the_28th = article_filter(published_before="2025-10-28")
    assert before_the_28th is not None and _ids(before_the_28th) == {"hw", "anonymous"}


def test_outlet_and_dates_combine() -> None:
    chosen = article_filter(["Harbor Wire"], "2025-10-01", "2025-10-31")
    assert chosen is not None and _ids(chosen) == {"hw"}
    assert chosen.describe() == (
        "from Harbor Wire, published after 2025-10-01, published before 2025-10-31"
    )


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"published_after": "2025-10-20", "published_before": "2025-10-21"},
            "The article filter is not valid: no day is after 2025-10-20 and before 2025-10-21",
        ),
        (
            {"published_after": "2025-13-01"},
            "The article filter is not valid: published_after: Input should be a valid date",
        ),
    ],
)
def test_a_filter_that_cannot_be_met_is_a_question_error_naming_it(
    kwargs: dict[str, str], message: str
) -> None:
    with pytest.raises(QuestionError) as raised:
        article_filter(**kwargs)
    assert str(raised.value).startswith(message)


def test_no_admitted_article_is_an_error_that_lists_what_exists() -> None:
    chosen = article_filter(sources=["Metro Dispatch"])
    assert chosen is not None
    with pytest.raises(NoArticleError) as raised:
        admitted(outlets_and_dates(DOCS), chosen)
    assert str(raised.value) == (
        "No article is from Metro Dispatch. Outlets: Coastal Times, Harbor Wire; "
        "dates 2025-10-15 to 2025-10-28. Widen the filter."
    )


def _count(value: str, normalized: str, doc: str) -> Fact:
    return Fact("count", value, normalized, 0, len(value), ("death", "toll"), "", f"{doc}#0.0")


class _Sentences(list[SimpleNamespace]):
    """Sentences by row, and a field of all of them as the content's columns give it."""

    def strings(self, name: str) -> list[str]:
        return [getattr(sentence, name) for sentence in self]

    coded = strings


def _content(facts: list[Fact], aspects: list[Aspect], stories: list[list[str]]) -> Any:
    """The two things the filter reads from an index's content: sentences and their rows."""
    sentences = _Sentences(
        SimpleNamespace(id=f.sentence, doc_id=f.sentence.split("#")[0]) for f in facts
    )
    rows = {s.id: i for i, s in enumerate(sentences)}
    table = DisputeTable(stories, facts, aspects, [frozenset() for _ in stories])
    return SimpleNamespace(
        sentences=sentences, lookups=SimpleNamespace(sentence_rows=rows), disputes=table
    )


def test_leaving_out_the_source_that_bridged_two_others_makes_them_disagree() -> None:
    # "at least seven" agrees with both 7 and 9, so the table holds one group; without it,
    # 7 and 9 disagree. Filtering the group would hide that; grouping again finds it.
    facts = [_count("seven", "7", "a"), _count("at least seven", ">=7", "b"), _count("9", "9", "c")]
    toll = Aspect(0, "count", "the death toll", "", ("toll",), (0, 1, 2), (("a", "b", "c"),))
    content = _content(facts, [toll], [["a", "b", "c"]])
    assert not toll.disputed
    seen = restricted_table(content, frozenset({"a", "c"}))
    assert seen.stories == [["a", "c"]]
    (aspect,) = seen.aspects
    assert aspect.facts == (0, 2)
    assert sorted(map(sorted, aspect.groups)) == [["a"], ["c"]]
    assert aspect.disputed


def test_an_aspect_only_left_out_sources_report_is_dropped_and_a_whole_one_kept() -> None:
    facts = [_count("seven", "7", "a"), _count("nine", "9", "c")]
    only_c = Aspect(0, "count", "the number of boats", "", ("boat",), (1,), (("c",),))
    toll = Aspect(0, "count", "the death toll", "", ("toll",), (0,), (("a",),))
    content = _content(facts, [only_c, toll], [["a", "c"]])
    assert restricted_table(content, frozenset({"a"})).aspects == [toll]
