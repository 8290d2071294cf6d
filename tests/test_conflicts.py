"""Conflicts: dates at the precision both give, counts of the same thing, accounts, agreement.

The unit tests exercise the comparisons; the model tests build small corpora of their own, so
the behaviour is checked on articles other than the bundled ones.
"""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.accounts import Told, disagreements
from assistant.selection import Candidate
from assistant.values import at_precision, clash_field
from corpus.models import Document, Sentence
from index.encoder import Encoder
from index.models import Mention


def _told(doc_id: str, outcome: str, person: str | None = "khaled al-masoud") -> Told:
    sentence = Sentence(id=f"{doc_id}#0.0", passage_id=f"{doc_id}#0", doc_id=doc_id, text="x",
                        start=0, end=1)  # fmt: skip
    candidate = Candidate(0, sentence, 0.5, 0.5, (), 0.0, 1.0, 0)
    mention = Mention(kind="other", label="OUTCOME", text=outcome, start=0, end=1,
                      normalized=outcome)  # fmt: skip
    return Told(mention, person, candidate)


def test_killed_in_the_event_against_died_later_is_a_disagreement() -> None:
    told = {"a": [_told("a", "killed")], "b": [_told("b", "wounded"), _told("b", "died-later")]}
    pairs = {(x.outcome.normalized, y.outcome.normalized) for x, y in disagreements(told, True)}
    assert pairs == {("killed", "wounded"), ("killed", "died-later")}


def test_a_death_without_timing_agrees_with_either_account() -> None:
    told = {"a": [_told("a", "killed")], "b": [_told("b", "died")]}
    assert disagreements(told, True) == []
    told = {"a": [_told("a", "died")], "b": [_told("b", "died-later")]}
    assert disagreements(told, True) == []


def test_a_document_telling_both_outcomes_disagrees_with_neither() -> None:
    told = {"a": [_told("a", "killed"), _told("a", "died-later")], "b": [_told("b", "died-later")]}
    assert disagreements(told, True) == []


def test_missed_target_against_captured_needs_no_name() -> None:
    told = {"a": [_told("a", "missed", None)], "b": [_told("b", "captured", None)]}
    assert len(disagreements(told, False)) == 1
    told = {"a": [_told("a", "killed", None)], "b": [_told("b", "captured", None)]}
    assert disagreements(told, False) == []  # of whom? nothing says it is the same person


def test_dates_are_cut_to_the_precision_asked() -> None:
    month = Mention(kind="date", label="DATE", text="19/10", start=0, end=5, normalized="--10-19")
    assert at_precision(month, "month") == "--10"
    assert at_precision(month, None) == "--10-19"
    assert clash_field("2025-10-28", "--10-19") == 2
    assert clash_field("2025-10", "2025-11") == 1
    assert clash_field("2025-10", "--10-19") is None


def _qa(encoder: Encoder, *texts: tuple[str, str, str]) -> Assistant:
    documents = [Document(id=i, title=t, source=s, text=body) for i, (t, s, body) in
                 zip(("d1", "d2"), texts, strict=True)]  # fmt: skip
    return Assistant.from_documents(documents, encoder=encoder)


STORY = (
    "Flood waters swept through the river town of Elmsford this week. {line} Rescue teams "
    "searched the valley for days, and the regional governor visited the shelters. Residents "
    "said the river had never risen so fast."
)


@pytest.mark.model
def test_a_death_toll_conflict_between_two_reports(real_encoder: Encoder) -> None:
    qa = _qa(
        real_encoder,
        ("Floods hit Elmsford", "Daily Courier",
         STORY.format(line="The flood killed 12 people in Elmsford, officials said.")),
        ("Elmsford counts its dead", "River Times",
         STORY.format(line="The flood killed 15 people in Elmsford, officials said.")),
    )  # fmt: skip
    answer = qa.ask("How many people did the flood in Elmsford kill?")
    [conflict] = answer.conflicts
    assert conflict.kind == "number"
    assert {(c.doc_id, c.normalized) for c in conflict.claims} == {("d1", "12"), ("d2", "15")}
    assert "Daily Courier" in answer.text and "River Times" in answer.text


@pytest.mark.model
@pytest.mark.parametrize(
    ("first", "second", "question"),
    [
        ("The flood killed about 12 people in Elmsford, officials said.",
         "The flood killed 13 people in Elmsford, officials said.",
         "How many people did the flood in Elmsford kill?"),
        ("The river burst its banks in late October 2024, officials said.",
         "The river burst its banks on 19 October 2024, officials said.",
         "When did the river burst its banks?"),
        ("The worst damage was near Elmsford Bridge, officials said.",
         "The worst damage was east of Elmsford Bridge, officials said.",
         "Where was the worst damage?"),
    ],
)  # fmt: skip
def test_approximate_vague_or_added_detail_is_no_conflict(
    real_encoder: Encoder, first: str, second: str, question: str
) -> None:
    qa = _qa(
        real_encoder,
        ("Floods hit Elmsford", "Daily Courier", STORY.format(line=first)),
        ("Elmsford after the flood", "River Times", STORY.format(line=second)),
    )
    answer = qa.ask(question)
    assert not answer.abstained
    assert answer.conflicts == []


@pytest.mark.model
def test_a_date_conflict_in_month_day_order(real_encoder: Encoder) -> None:
    # The second article writes dates month/day (it says 10/25, which only reads one way).
    qa = _qa(
        real_encoder,
        ("Floods hit Elmsford", "Daily Courier",
         STORY.format(line="The river burst its banks on October 19, 2024, officials said.")),
        ("Elmsford after the flood", "River Times",
         STORY.format(line="The river burst its banks on 10/12, officials said. Aid came 10/25.")),
    )  # fmt: skip
    [conflict] = qa.ask("When did the river burst its banks?").conflicts
    assert {(c.doc_id, c.normalized) for c in conflict.claims} == {
        ("d1", "2024-10-19"),
        ("d2", "--10-12"),
    }
