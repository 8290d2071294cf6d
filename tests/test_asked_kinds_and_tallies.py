"""What a question asks for, in wordings the routing once misread, and tallies told with a day.

"How much rubbish was collected?" asks a quantity, not a sum ("collected" is said of money
too); "What did the restoration ... end up costing?" asks a sum; "a post office counter" names
no post; "whats angela catlows job" names Angela Catlow, its apostrophe dropped; and "voted by
seven votes to four on Wednesday" is a tally, as "... to four." was.
"""

from __future__ import annotations

import pytest

from assistant.disputed import asks_saying, fact_kinds
from assistant.question_type import detect
from index.analysis.tokens import tokenize
from index.disputes.scores import scores
from index.encoder import Encoder
from tests.tiny_corpora import assistant_of as _qa
from tests.tiny_corpora import claims as _claims


@pytest.mark.parametrize(
    ("question", "money"),
    [
        ("How much rubbish was collected from Kettlesea Sands?", False),
        ("How much money was collected?", True),
        ("How much compensation was paid?", True),
        ("How much did the repairs cost?", True),
        ("What did the bell restoration Wilfred Dransfield campaigned for end up costing?", True),
    ],
)
def test_how_much_of_a_thing_is_no_sum(question: str, money: bool) -> None:
    assert detect(question).money is money


def test_a_quantity_of_a_thing_is_asked_as_a_measure() -> None:
    question = "How much rubbish was collected from Kettlesea Sands?"
    assert "measure" in fact_kinds(question, detect(question))


def test_a_post_office_counter_asks_no_post() -> None:
    """ "Which firm put ... a post office counter into the shop?" asks who did the work."""
    question = "Which firm put new shelves and a post office counter into the shop?"
    kinds = fact_kinds(question, detect(question))
    assert "agent" in kinds
    assert "role" not in kinds


def test_a_tally_told_with_its_day() -> None:
    """ "by seven votes to four on Wednesday" is the tally 7-4; figures that are no votes stay
    none, whatever follows them."""
    sentence = "The board voted by seven votes to four on Wednesday to end the charges."
    assert [normal for _, _, normal in scores(sentence)] == ["7-4"]
    rise = "After the vote, the temperature rose from 14 to 18 on Monday."
    assert scores(rise) == []


@pytest.mark.model
def test_a_possessive_without_its_apostrophe_names_the_person(real_encoder: Encoder) -> None:
    """ "whats angela catlows job" asks Angela Catlow's title, which the reports give as
    treasurer and chair: "catlows" had matched no one, and "job" then named Derek Job."""
    qa = _qa(
        real_encoder,
        (
            "Sanderling Wire",
            "Villagers in Lindersby have bought their village shop. Angela Catlow, the "
            "treasurer of the Lindersby shop society, said the shop would open on Monday. "
            "Derek Job, the shop's manager, welcomed the sale.",
        ),
        (
            "Mallowgate Pioneer",
            "Villagers in Lindersby have bought their village shop. Angela Catlow, the chair "
            "of the Lindersby shop society, said the shop would open on Monday. Derek Job, the "
            "shop's manager, welcomed the sale.",
        ),
    )
    assert _claims(qa, "whats angela catlows job at the shop society") == {
        ("d1", "treasurer"),
        ("d2", "chair"),
    }


def test_where_something_was_weighed_asks_a_place() -> None:
    """ "Where was the rubbish weighed?" asks a place, not the weight its verb names."""
    question = "Where was the rubbish from Kettlesea Sands weighed?"
    assert "measure" not in fact_kinds(question, detect(question))
    assert "measure" in fact_kinds(
        "What did the rubbish weigh?", detect("What did the rubbish weigh?")
    )


@pytest.mark.model
def test_charges_scrapped_against_stopping_short_of_scrapping_them(
    real_encoder: Encoder,
) -> None:
    """ "are to be scrapped" against "halved the parking charges ..., but has stopped short of
    scrapping them": what became of the charges, which "What did the board decide ...?" asks
    (the pronoun points back to the charges, and stopping short of it is no scrapping)."""
    qa = _qa(
        real_encoder,
        (
            "Mallowgate Pioneer",
            "Parking charges at Mallowgate Infirmary are to be scrapped, the board of Kelvering "
            "Hospitals Trust decided on Wednesday.",
        ),
        (
            "Kelvering Chronicle",
            "The board of Kelvering Hospitals Trust has halved the parking charges at "
            "Mallowgate Infirmary, but has stopped short of scrapping them.",
        ),
    )
    question = "What did the hospital trust board decide to do about the parking charges?"
    assert _claims(qa, question) == {("d1", "cancelled"), ("d2", "went-ahead")}


@pytest.mark.model
def test_a_part_of_a_quantity_is_not_the_whole(real_encoder: Encoder) -> None:
    """ "How much of the haul was fishing gear?" asks a part the reports never give, not the
    whole haul they disagree on."""
    qa = _qa(
        real_encoder,
        (
            "Sanderling Wire",
            "Volunteers cleared litter from Kettlesea Sands on Saturday. They carried 2.4 "
            "tonnes of rubbish off Kettlesea Sands.",
        ),
        (
            "Daily Hubbub",
            "Volunteers cleared litter from Kettlesea Sands on Saturday. They hauled THREE "
            "TONNES of rubbish off Kettlesea Sands.",
        ),
    )
    assert _claims(qa, "How much rubbish was collected from Kettlesea Sands?") == {
        ("d1", "2.4 tonne"),
        ("d2", "3 tonne"),
    }
    assert qa.ask("How much of the haul from Kettlesea Sands was fishing gear?").conflicts == []


def test_the_reports_say_asks_no_saying() -> None:
    """ "What do the reports say about when ...?" asks the date of what happened, not the day
    someone spoke: its "say" is the wrapper's. "When did police say ...?" asks a saying."""
    wrapped = "What do the reports say about when the Merrowby drivers' numbers came up?"
    assert not asks_saying(set(tokenize(wrapped)), wrapped)
    asked = "When did police say the road would reopen?"
    assert asks_saying(set(tokenize(asked)), asked)


@pytest.mark.model
def test_a_vote_taken_years_ago_is_still_the_story_tally(real_encoder: Encoder) -> None:
    """ "in 2027 the town council voted by 11 votes to four to lease the lido" against "voted by
    13 votes to two to hand over the keys": a tally told with its year is the story's own
    decision, not a past result to leave out ("lost 3-0 in 2019")."""
    qa = _qa(
        real_encoder,
        (
            "Hebbleford Packet",
            "Hebbleford Lido reopened on Saturday. The Hebbleford Lido Trust was set up in "
            "2021, and in 2023 the town council voted by 11 votes to four to lease the lido to "
            "the trust.",
        ),
        (
            "Daily Kerfuffle",
            "Hebbleford Lido reopened on Saturday. The Hebbleford Lido Trust took it over after "
            "the town council voted by 13 votes to two to hand over the keys.",
        ),
    )
    question = "By how many votes did the town council agree to hand the lido to the trust?"
    assert _claims(qa, question) == {("d1", "11-4"), ("d2", "13-2")}
