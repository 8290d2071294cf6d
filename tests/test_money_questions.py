"""A how-much question about a sum is answered by a sum of money, not by any number nearby; a
how-high question by a measure."""

from __future__ import annotations

import pytest

from assistant.answer_values import answer_mentions, asks_measure
from assistant.question_type import detect
from corpus.models import Sentence
from index.models import Kind, Mention


@pytest.mark.parametrize(
    ("question", "money"),
    [
        ("How much was the water board fined in 2019?", True),
        ("How much compensation did the operator pay?", True),
        ("How much will the repairs cost?", True),
        ("How much were the paintings insured for?", True),
        ("How much rain fell on Monday?", False),
        ("How many people were fined?", False),
        ("What did the fallen turbine cost?", True),
        ("How much is the bank paying its advisers?", True),
        ("What will Rovers pay Albion for him?", True),
        ("How much did Jago Castleton win for the 147?", True),  # a prize
        ("How much money did he win?", True),
        ("By how much did the yes side win the tunnel vote?", False),  # a margin
        ("How much were visitors asked to give to see the sunflowers?", True),  # a donation
        ("How much did the couple donate?", True),
        ("How much blood did he give?", False),  # a quantity named after "how much"
    ],
)
def test_a_sum_is_asked_by_how_much_and_a_word_of_paying(question: str, money: bool) -> None:
    assert detect(question).money is money


def _sentence(text: str) -> Sentence:
    end = 100 + len(text)
    return Sentence(id="d#0.0", passage_id="d#0", doc_id="d", text=text, start=100, end=end)


def _mention(sentence: Sentence, words: str, label: str, kind: Kind = "number") -> Mention:
    start = sentence.start + sentence.text.index(words)
    end = start + len(words)
    return Mention(kind=kind, label=label, text=words, start=start, end=end, normalized=words)


def test_a_count_beside_the_fine_does_not_answer_how_much_it_was() -> None:
    sentence = _sentence("The board was fined in 2019 for failing to inspect two of its dams.")
    two = _mention(sentence, "two", "CARDINAL")
    fined = "How much was the board fined in 2019?"
    assert answer_mentions([two], detect(fined), fined, sentence) == ((), 0.0)
    counted = "How many dams were not inspected?"
    assert answer_mentions([two], detect(counted), counted, sentence) == ((two,), 1.0)


def test_a_sum_the_ner_calls_a_plain_number_still_answers() -> None:
    """ "2.4 million" is labelled CARDINAL; the currency after it makes it a sum."""
    sentence = _sentence("The paintings are insured for a total of 2.4 million euros.")
    sum_ = _mention(sentence, "2.4 million", "CARDINAL")
    question = "How much were the paintings insured for?"
    assert answer_mentions([sum_], detect(question), question, sentence) == ((sum_,), 1.0)


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("How high is the Lorrin dam?", True),
        ("How far is the plant from Ashwick?", True),
        ("How far did the bank's shares fall after the fine?", False),  # a change, in per cent
        ("How many people died?", False),
    ],
)
def test_a_measure_is_asked_by_how_high_far_deep(question: str, measure: bool) -> None:
    assert asks_measure(question) is measure


def test_a_count_of_people_does_not_answer_how_high() -> None:
    sentence = _sentence("Four people died when the dam, 42 metres high, burst on Monday.")
    four = _mention(sentence, "Four", "CARDINAL")
    height = _mention(sentence, "42", "CARDINAL")  # the NER may leave the unit out
    question = "How high was the dam?"
    assert answer_mentions([four, height], detect(question), question, sentence) == (
        (height,),
        1.0,
    )


def test_a_place_whose_name_carries_the_kind_asked_answers_best() -> None:
    """ "Which farm ...?" is answered by "Quillfield Farm" before "Hollinshire" beside it; a
    river's name need not say "river" ("the Amazon Basin")."""
    sentence = _sentence("They opened the field at Quillfield Farm, in the county of Hollinshire.")
    farm = _mention(sentence, "Quillfield Farm", "GPE", kind="place")
    county = _mention(sentence, "Hollinshire", "GPE", kind="place")
    question = "Which farm opened its sunflower field?"
    assert answer_mentions([county, farm], detect(question), question, sentence) == (
        (farm, county),
        1.0,
    )
    assert answer_mentions([county], detect(question), question, sentence) == ((county,), 0.5)
    river = "Which river has the largest basin?"
    assert answer_mentions([county], detect(river), river, sentence) == ((county,), 1.0)


def test_a_unit_without_a_figure_is_no_weight() -> None:
    """ "a few yards" has no figure to read a measure from, but its unit is a length: it does
    not answer how much the monolith weighs."""
    sentence = _sentence("The summit has a cairn, a few yards from where the pillar stands.")
    yards = _mention(sentence, "a few yards", "QUANTITY")
    question = "How much does the Harrowby Knott monolith weigh?"
    assert answer_mentions([yards], detect(question), question, sentence) == ((), 0.0)
    far = "How far is the cairn from the pillar?"
    assert answer_mentions([yards], detect(far), far, sentence) == ((yards,), 1.0)
