"""Which questions ask for every disagreement, and which name what they ask about."""

from __future__ import annotations

import pytest

from assistant.disagreements import asks_for_disagreements, names_a_topic


@pytest.mark.parametrize(
    "question",
    [
        "What do the sources disagree about?",
        "Where do the reports differ?",
        "What do the two articles disagree on?",
        "Do the sources contradict each other?",
        "How do the accounts vary?",
        "Are there any discrepancies between the two reports?",
        "What are the differences?",
        "Any contradictions?",
        "Which facts are disputed?",
        "where do the outlets diverge",
    ],
)
def test_a_question_about_the_disagreements_themselves_is_recognised(question: str) -> None:
    assert asks_for_disagreements(question)


@pytest.mark.parametrize(
    "question",
    [
        "When did the raid take place?",
        "How do the reports differ on the death toll?",
        "Do the sources disagree about the date of the raid?",
        "What caused the conflict?",
        "Why did the two governments disagree?",
        "Was there a conflict in Syria?",
        "What was the difference in the final score between the teams?",
        "Which territory is disputed?",
    ],
)
def test_a_question_that_names_its_point_or_is_about_the_news_is_not(question: str) -> None:
    assert not asks_for_disagreements(question)


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("What do the sources disagree about?", False),
        ("Where do the two reports differ?", False),
        ("Are there any discrepancies between the articles?", False),
        ("Where do the reports about the ferry differ?", True),
        ("What do the sources on the Brenmoor fire disagree about?", True),
    ],
)
def test_a_topic_is_any_word_beyond_asking_for_disagreements(question: str, topic: bool) -> None:
    assert names_a_topic(question) is topic
