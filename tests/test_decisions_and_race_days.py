"""What councils and courts decided, and the days and times of village contests, found through
the dev halves of pyrometer and anemometer: plans "approved" against a decision "deferred", a
case a judge "ruled" on against one "settled out of court", a title "taken" on Saturday against
a final "won" on Sunday, a race's "winning time", "switched off" asked of the day a camera was
switched off and not on, a pole "upright at 3.15pm" in a clause of its own, and "What do the
reports say about the maypole dancing on May Day?" asking what became of the dancing.

Each model test writes short reports of one story and checks which disagreement a question
names.
"""

from __future__ import annotations

import pytest

from index.encoder import Encoder
from tests.tiny_corpora import assistant_of as _qa
from tests.tiny_corpora import claims

_PETITION = (
    "Kit Mensah, 15, collected 1,200 signatures for a skatepark on Furlong Meadow in Crabwell, "
    "where teenagers now skate in the supermarket car park."
)


@pytest.mark.model
def test_plans_approved_against_a_decision_deferred(real_encoder: Encoder) -> None:
    """ "Plans for a skatepark ... have been approved by the town council's planning committee"
    against "has deferred its decision on a skatepark ... until November": what was decided,
    asked "Has the skatepark been given planning approval?"."""
    qa = _qa(
        real_encoder,
        ("Radio", "Plans for a skatepark on Furlong Meadow in Crabwell have been approved by the "
         f"town council's planning committee.\n\n{_PETITION}"),
        ("Weekly", "Crabwell Town Council's planning committee has deferred its decision on a "
         "skatepark for Furlong Meadow until November, after councillors asked for a report on "
         f"noise.\n\n{_PETITION}"),
    )  # fmt: skip
    assert claims(qa, "Has the Crabwell skatepark been given planning approval?") == {
        ("d1", "approved"),
        ("d2", "deferred"),
    }


_KNOTWEED = (
    "Dennis and Pat Ashpole say Japanese knotweed spread into their garden in Kittlesford from "
    "an old railway embankment."
)


@pytest.mark.model
def test_a_case_a_judge_ruled_on_against_one_settled_out_of_court(real_encoder: Encoder) -> None:
    """ "have won their case ..., after a judge ruled that it had been negligent" against "was
    settled out of court on Tuesday, on the morning the case was due to be heard"."""
    qa = _qa(
        real_encoder,
        ("Wire", "A retired couple have won their case against their local council, after a "
         f"judge ruled that it had been negligent in letting knotweed spread.\n\n{_KNOTWEED}"),
        ("Recorder", "The Ashpoles' case over Japanese knotweed was settled out of court on "
         f"Tuesday, on the morning it was due to be heard.\n\n{_KNOTWEED}"),
    )  # fmt: skip
    assert claims(qa, "Did a judge rule on the Ashpoles' knotweed case?") == {
        ("d1", "ruled"),
        ("d2", "settled"),
    }


_SKATING = (
    "Nell Cowdery, a veterinary nurse from Crabwell, won the Sedgeshire Fen Skating "
    "Championship on Kittle Fen in front of a crowd of several thousand."
)


@pytest.mark.model
def test_a_title_taken_and_a_final_won_are_one_win(real_encoder: Encoder) -> None:
    """ "Nell Cowdery took the title on Saturday" and "The 31-year-old won the final on Sunday 13
    January" date one win, asked "On what day did she win her skating title?" (a date, not
    the title she holds)."""
    qa = _qa(
        real_encoder,
        ("Radio", f"{_SKATING}\n\nNell Cowdery took the title on Saturday after three rounds of "
         "racing."),
        ("Recorder", f"{_SKATING}\n\nThe 31-year-old won the final on Sunday 8 February, after "
         "passing the favourite on the last straight."),
    )  # fmt: skip
    assert claims(qa, "On what day did the nurse from Crabwell win her fen skating title?") == {
        ("d1", "2026-02-07"),
        ("d2", "--02-08"),
    }


_SNAILS = "A garden snail called Lightning Len won the Sedgeshire Snail Racing Championship."


@pytest.mark.model
def test_a_winning_time_is_the_time_the_race_took(real_encoder: Encoder) -> None:
    """ "The winning time was 2 minutes 51 seconds" is the time Len "slid over the line in"
    another report's 3 minutes 20 seconds, asked "whats the winning time"."""
    qa = _qa(
        real_encoder,
        ("Recorder", f"{_SNAILS}\n\nThe winning time was 2 minutes 51 seconds."),
        ("Tumult", f"{_SNAILS}\n\nLen crossed the line in a blistering 3 minutes 20 seconds."),
    )  # fmt: skip
    assert claims(qa, "whats the winning time in the snail race") == {
        ("d1", "171 second"),
        ("d2", "200 second"),
    }


_CAMERA = "The Hobwick speed camera was recording speeds 4mph higher than they really were."


@pytest.mark.model
def test_switched_off_asks_the_day_it_was_switched_off(real_encoder: Encoder) -> None:
    """ "switched off on Friday" against "turned off on Monday" is the disagreement "switched
    off" asks, not the November day the camera was "switched on"."""
    qa = _qa(
        real_encoder,
        ("Radio", f"{_CAMERA}\n\nThe camera was switched off on Friday after a retired teacher "
         "found the fault."),
        ("Informer", f"{_CAMERA}\n\nThe camera, which was switched on on 14 November, was "
         "switched off on Monday."),
    )  # fmt: skip
    assert claims(qa, "On what day was the Hobwick speed camera switched off?") == {
        ("d1", "2026-02-06"),
        ("d2", "2026-02-09"),
    }


_MAYPOLE = (
    "Lumbry raised its new maypole, shaped by Saul Tregenza, on the village green on May Day."
)


@pytest.mark.model
def test_a_pole_upright_in_a_clause_of_its_own(real_encoder: Encoder) -> None:
    """ "Dozens of villagers took hold of the ropes, and the pole was upright at 3.15pm" times
    the raising, not the taking hold, against "hauled the pole upright at 11.40am"."""
    qa = _qa(
        real_encoder,
        ("Wire", f"{_MAYPOLE}\n\nAbout 60 villagers, guided by Saul Tregenza, hauled the pole "
         "upright at 11.40am."),
        ("Piper", f"{_MAYPOLE}\n\nDozens of villagers took hold of the ropes, and the pole was "
         "upright at 3.15pm, to a cheer."),
    )  # fmt: skip
    assert claims(qa, "What time did the Lumbry maypole go up?") == {
        ("d1", "11:40"),
        ("d2", "15:15"),
    }


@pytest.mark.model
def test_what_the_reports_say_about_an_event_is_what_became_of_it(
    real_encoder: Encoder,
) -> None:
    """ "What do the reports say about the maypole dancing on May Day?" names no kind of value
    ("May Day" is no day asked): what became of the dancing, held or put off."""
    qa = _qa(
        real_encoder,
        ("Wire", f"{_MAYPOLE}\n\nThe maypole dancing went ahead in the afternoon in heavy rain."),
        ("Piper", f"{_MAYPOLE}\n\nThe maypole dancing was postponed until Monday because of the "
         "rain."),
    )  # fmt: skip
    asked = "What do the reports say about the maypole dancing in Lumbry on May Day?"
    assert claims(qa, asked) == {("d1", "went-ahead"), ("d2", "postponed")}
