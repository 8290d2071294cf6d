"""Comparing sources on the bundled articles: who says what, quoted at exact offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant import Assistant
from assistant.compare import ComparedAspect, Comparison
from assistant.filters import NoArticleError
from tests.fakes import CountingEncoder

pytestmark = pytest.mark.model

FIRST = "000_f5be0e313111c47b"  # no outlet named; gives the date in full
SECOND = "002_b71361dace5457b4"  # "Nguyen Tien (According to AP, AFP)"; gives "19/10"
SECOND_OUTLET = "Nguyen Tien (According to AP, AFP)"
RAID_DATE_FIRST = (
    "The operation took place on October 28, 2025, in the town of al-Dumayr, located in the "
    "countryside surrounding Damascus."
)
RAID_DATE_SECOND = (
    "US soldiers, alongside members of the Syrian Free Army (SFA)—a group trained by Washington "
    "that previously fought against the regime of former president Bashar al-Assad—launched a "
    "pre-dawn raid on 19/10 in Dumayr town, east of the capital Damascus."
)
RAID_DATE_SECOND_AGAIN = (
    "It remains unclear whether anyone intentionally provided false information during the "
    "19/10 raid."
)


def _aspect(comparison: Comparison, name: str) -> ComparedAspect:
    (found,) = [a for a in comparison.aspects if a.name == name]
    return found


def _check_offsets(qa: Assistant, comparison: Comparison) -> None:
    """Every claim and citation quotes its article at its offsets, and claims point at the
    citation with their own quote."""
    for citation in comparison.citations:
        text = qa.get_document(citation.doc_id).text
        assert text[citation.start : citation.end] == citation.quote
    for aspect in comparison.aspects:
        for claim in aspect.claims:
            assert qa.get_document(claim.doc_id).text[claim.start : claim.end] == claim.quote
            assert claim.value in claim.quote
            cited = comparison.citations[claim.citation - 1]
            assert (cited.doc_id, cited.start, cited.end) == (claim.doc_id, claim.start, claim.end)


def test_the_story_compares_both_articles_and_the_raid_date_is_disputed(
    bundled_qa: Assistant,
) -> None:
    (story,) = bundled_qa.compare()
    assert [d.doc_id for d in story.documents] == [FIRST, SECOND]  # both undated: corpus order
    assert story.documents[1].outlet == SECOND_OUTLET
    date = _aspect(story, "the date of the raid")
    assert date.kind == "date" and date.disagree
    assert sorted(map(sorted, date.groups)) == [[FIRST], [SECOND]]
    said = [(c.doc_id, c.value, c.reading, c.quote, c.start, c.end) for c in date.claims]
    first, second = (bundled_qa.get_document(d).text for d in (FIRST, SECOND))
    assert said == [
        (FIRST, "October 28, 2025", None, RAID_DATE_FIRST, 423, 543),
        (SECOND, "19/10", "19 October", RAID_DATE_SECOND, 0, 248),
        (SECOND, "19/10", "19 October", RAID_DATE_SECOND_AGAIN, 2391, 2488),
    ]
    assert first.index(RAID_DATE_FIRST) == 423 and second.index(RAID_DATE_SECOND_AGAIN) == 2391
    cell = date.said_by(SECOND)
    assert [(s.value, s.reading, len(s.citations)) for s in cell] == [("19/10", "19 October", 2)]
    _check_offsets(bundled_qa, story)


def test_agreement_is_not_a_disagreement_and_the_place_is_not_disputed(
    bundled_qa: Assistant,
) -> None:
    (story,) = bundled_qa.compare()
    mother = _aspect(story, "the title of Sabah al-Sheikh al-Kilani")
    assert {c.doc_id for c in mother.claims} == {FIRST, SECOND}
    assert not mother.disagree and len(mother.groups) == 1
    assert [a.disagree for a in story.aspects] == sorted(
        (a.disagree for a in story.aspects), reverse=True
    )  # disputed rows first
    place = bundled_qa.ask("Where did the raid take place?")
    assert place.conflicts == []
    assert "al-Dumayr" in place.text


def test_a_topic_compares_the_story_it_retrieves_and_nothing_else(bundled_qa: Assistant) -> None:
    assert bundled_qa.compare("raid in Dumayr") == bundled_qa.compare()


def test_disagreements_are_the_disputed_rows_told_as_answers_tell_them(
    bundled_qa: Assistant,
) -> None:
    (story,) = bundled_qa.compare()
    conflicts = bundled_qa.disagreements()
    assert [c.about for c in conflicts] == [a.name for a in story.disputed]
    date = next(c for c in conflicts if c.about == "the date of the raid")
    assert date.kind == "date"
    assert [(c.doc_id, c.value, c.quote) for c in date.claims] == [
        (FIRST, "October 28, 2025", RAID_DATE_FIRST),
        (SECOND, "19/10", RAID_DATE_SECOND),
        (SECOND, "19/10", RAID_DATE_SECOND_AGAIN),
    ]
    for conflict in conflicts:
        for claim in conflict.claims:
            text = bundled_qa.get_document(claim.doc_id).text
            assert text[claim.start : claim.end] == claim.quote


@pytest.mark.parametrize(
    "question",
    [
        "What do the sources disagree about?",
        "Where do the reports differ?",
        "Do the two articles contradict each other?",
    ],
)
def test_asking_what_the_sources_disagree_about_lists_every_disputed_point(
    bundled_qa: Assistant, question: str
) -> None:
    answer = bundled_qa.ask(question)
    assert [c.about for c in answer.conflicts] == [c.about for c in bundled_qa.disagreements()]
    assert answer.lead.startswith(f"{len(answer.conflicts)} disagreements between the sources.")
    assert "The sources disagree on the date of the raid:" in answer.lead
    quoted = {c.number: c for c in answer.citations}
    for conflict in answer.conflicts:
        for claim in conflict.claims:
            assert quoted[claim.citation].quote == claim.quote
    for citation in answer.citations:
        text = bundled_qa.get_document(citation.doc_id).text
        assert text[citation.start : citation.end] == citation.quote
        assert f"“{citation.quote}” [{citation.number}]" in answer.text


def test_a_question_filtered_to_one_outlet_quotes_only_it_and_names_no_disagreement(
    bundled_qa: Assistant,
) -> None:
    hits = bundled_qa.retrieve("When did the raid take place?", k=5, sources=[SECOND_OUTLET])
    assert len(hits) == 5 and {h.doc_id for h in hits} == {SECOND}
    answer = bundled_qa.ask("When did the raid take place?", sources=[SECOND_OUTLET])
    assert answer.conflicts == []
    assert answer.citations and {c.doc_id for c in answer.citations} == {SECOND}
    assert "19/10" in answer.text and "October 28" not in answer.text
    overview = bundled_qa.ask("What do the sources disagree about?", sources=[SECOND_OUTLET])
    assert overview.conflicts == [] and overview.citations == []


def test_a_filtered_comparison_keeps_only_the_admitted_sources(bundled_qa: Assistant) -> None:
    assert bundled_qa.compare(sources=[SECOND_OUTLET]) == []  # one source: nothing to compare
    (story,) = bundled_qa.compare("raid", sources=[SECOND_OUTLET])
    assert story.id == bundled_qa.compare()[0].id
    assert [d.doc_id for d in story.documents] == [SECOND]
    assert not story.disputed
    assert {c.doc_id for a in story.aspects for c in a.claims} == {SECOND}
    _check_offsets(bundled_qa, story)


def test_a_date_filter_on_undated_articles_says_none_is_dated(bundled_qa: Assistant) -> None:
    with pytest.raises(NoArticleError, match="no article is dated"):
        bundled_qa.compare(published_before="2026-01-01")
    with pytest.raises(NoArticleError, match="No article is from Reuters"):
        bundled_qa.ask("When did the raid take place?", sources=["Reuters"])


def test_comparing_reads_the_stored_table_without_the_model(
    tmp_path: Path, counting_encoder: CountingEncoder
) -> None:
    qa = Assistant.from_corpus(index_dir=tmp_path, encoder=counting_encoder)
    counting_encoder.seen.clear()
    (story,) = qa.compare()
    qa.disagreements()
    assert counting_encoder.seen == []
    assert _aspect(story, "the date of the raid").disagree
