"""Answers on the bundled articles with the real model: quotes, conflicts, agreement, abstention."""

from __future__ import annotations

from typing import Any

import pytest

from assistant import Answer, Assistant

pytestmark = pytest.mark.model

A = "000_f5be0e313111c47b"  # "US raid in Syria killed an undercover agent, not its IS target"
B = "002_b71361dace5457b4"  # "US soldiers mistakenly shot an undercover agent in a raid on Dumayr"


def _check_offsets(answer: Answer, texts: dict[str, str]) -> None:
    for citation in [*answer.citations, *answer.related]:
        assert texts[citation.doc_id][citation.start : citation.end] == citation.quote
    for conflict in answer.conflicts:
        for claim in conflict.claims:
            assert texts[claim.doc_id][claim.start : claim.end] == claim.quote
            assert claim.value in claim.quote
            # The claim's citation is the one quoting its sentence.
            assert answer.citations[claim.citation - 1].quote == claim.quote


def _check_markers(answer: Answer) -> None:
    """Every quote in the text is followed by its marker; every marker has a citation."""
    for citation in answer.citations:
        assert f"“{citation.quote}” [{citation.number}]" in answer.text
    assert [c.number for c in answer.citations] == list(range(1, len(answer.citations) + 1))
    quoted = [(c.doc_id, c.start) for c in answer.citations]
    assert len(quoted) == len(set(quoted)), "a sentence is quoted twice"


def test_the_raid_date_conflict_names_both_sources(bundled_qa: Assistant) -> None:
    answer = bundled_qa.ask("When did the US raid on Dumayr take place?")
    assert not answer.abstained
    [conflict] = answer.conflicts
    assert conflict.kind == "date"
    assert conflict.about == "the date of the raid"  # named from the corpus, not the question
    assert {(c.doc_id, c.value, c.normalized) for c in conflict.claims} == {
        (A, "October 28, 2025", "2025-10-28"),
        (B, "19/10", "--10-19"),
    }
    assert [(c.doc_id, c.citation, c.reading) for c in conflict.claims] == [
        (A, 1, None),  # "October 28, 2025" says itself
        (B, 2, "19 October"),
        (B, 3, "19 October"),  # B gives 19/10 twice: "a pre-dawn raid on 19/10", "the 19/10 raid"
    ]
    assert answer.text.startswith("The sources disagree on the date of the raid: ")
    assert (
        "“US raid in Syria killed an undercover agent, not its Islamic State target” "
        "(according to Associated Press)"
    ) in answer.text
    assert "(Nguyen Tien, according to AP, AFP) gives 19/10, which reads as 19 October" in (
        answer.text
    )
    assert {c.doc_id for c in answer.citations} == {A, B}


@pytest.mark.parametrize(
    "question",
    [
        # The shooting's sentence gives no date; "shot" is found in the raid date's sentences.
        "Which day of October was al-Masoud shot?",
        "Was the raid carried out on October 28?",
        "dumayr raid date",
    ],
)
def test_other_wordings_of_the_date_question_find_the_same_conflict(
    bundled_qa: Assistant, question: str
) -> None:
    [conflict] = bundled_qa.ask(question).conflicts
    assert {c.normalized for c in conflict.claims} == {"2025-10-28", "--10-19"}
    assert {c.doc_id for c in conflict.claims} == {A, B}


@pytest.mark.parametrize(
    ("question", "answer_word"),
    [
        ("In which month did the raid take place?", "October"),  # agree at the precision asked
        ("In which town did the raid take place?", "Dumayr"),  # "near" vs "east of" Damascus
        ("Who was killed in the US raid?", "Khaled al-Masoud"),
    ],
)
def test_agreement_is_no_conflict(bundled_qa: Assistant, question: str, answer_word: str) -> None:
    answer = bundled_qa.ask(question)
    assert answer.conflicts == []
    assert not answer.abstained
    assert answer_word in answer.text


def test_both_sources_are_quoted_when_they_agree(bundled_qa: Assistant) -> None:
    answer = bundled_qa.ask("In which town did the raid take place?")
    assert {c.doc_id for c in answer.citations} == {A, B}
    assert all("Dumayr" in c.quote for c in answer.citations)


def test_killed_in_the_raid_against_wounded_and_died_later(bundled_qa: Assistant) -> None:
    [conflict] = bundled_qa.ask("Did al-Masoud die on the spot during the raid?").conflicts
    assert conflict.kind == "account"
    assert conflict.about == "what happened to Khaled al-Masoud"
    told = {(c.doc_id, c.normalized, c.reading) for c in conflict.claims}
    assert (A, "killed", "killed in the event") in told
    assert (B, "died-later", "died later") in told
    assert (B, "wounded, captured", "wounded, captured or taken away") in told


def test_target_missed_against_member_reported_captured(bundled_qa: Assistant) -> None:
    answer = bundled_qa.ask("Did the US capture a high-ranking IS member during the raid?")
    [conflict] = answer.conflicts
    assert conflict.about == "what happened to the target"
    assert {(c.doc_id, c.normalized, c.value) for c in conflict.claims} == {
        (B, "captured", "captured"),
        (A, "missed", "not the senior Islamic State group official it was targeting"),
    }


@pytest.mark.parametrize(
    "question",
    ["What is the capital of Australia?", "How do I bake sourdough bread?"],
)
def test_abstains_with_related_passages(bundled_qa: Assistant, question: str) -> None:
    answer = bundled_qa.ask(question)
    assert answer.abstained
    assert answer.text.startswith("The articles don't say.")
    assert answer.citations == [] and answer.conflicts == []
    assert 1 <= len(answer.related) <= 3


def test_abstains_when_the_asked_for_kind_is_absent(bundled_qa: Assistant) -> None:
    answer = bundled_qa.ask("How many US soldiers took part in the raid?")
    assert answer.abstained  # "5 daughters" counts something else
    assert "No passage gives a figure for this." in answer.text


def test_citation_offsets_hold_for_every_evaluation_answer(
    bundled_qa: Assistant, bundled_eval_items: list[Any]
) -> None:
    texts = {d.id: d.text for d in bundled_qa.documents}
    for item in bundled_eval_items:
        answer = bundled_qa.ask(item.question, history=list(item.history))
        _check_offsets(answer, texts)
        if not answer.abstained:
            _check_markers(answer)
            assert answer.citations


@pytest.mark.parametrize(
    "question",
    [
        "When was the raid?",
        "When did the raid happen?",
        "On what date did the raid happen?",
        "What day was the raid?",
        "Date of the raid?",
        "raid date",
        "When did the raid tkae place?",
        "When did US forces raid Dumayr?",
    ],
)
def test_every_wording_of_the_date_question_names_the_disagreement(
    bundled_qa: Assistant, question: str
) -> None:
    """Metamorphic: the disagreement is a fact about the corpus, so the wording cannot lose it."""
    [conflict] = bundled_qa.ask(question).conflicts
    assert conflict.about == "the date of the raid"
    assert {(c.doc_id, c.normalized) for c in conflict.claims} == {
        (A, "2025-10-28"),
        (B, "--10-19"),
    }


@pytest.mark.parametrize(
    "question",
    ["Where did the raid take place?", "Who was killed in the raid?", "In what year was the raid?"],
)
def test_agreed_facts_name_no_disagreement(bundled_qa: Assistant, question: str) -> None:
    assert bundled_qa.ask(question).conflicts == []
