"""Figures and causes of village sport and small claims, found through the dev halves of
pyrometer and keystone: a course "raced over a mile and a half" (the NER's number is "half";
"over" after "raced" is no bound), a skating championship a question names in capitals beside a
place the model took for a person, a start "put back" or "held up" after fog or a crack, a payout
"awarded", "received" or "pocketed", a pole "the tallest in the country" at 86 feet, a time
fronted before two clauses, a flag that "dropped" at 7pm and a
team that "dropped out" at 3am, and who made a memorial against who unveiled it.

Each model test writes short reports of one story and checks which disagreement a question
names.
"""

from __future__ import annotations

import pytest

from assistant.disputed import stranger_asked
from index.encoder import Encoder
from tests.tiny_corpora import assistant_of as _qa
from tests.tiny_corpora import claims

_FEN = (
    "Hundreds of people watched the Sedgeshire Fen Skating Championship on Kittle Fen, near "
    "Kittlesford."
)


@pytest.mark.model
def test_a_course_raced_over_a_mile_and_a_half_is_that_long(real_encoder: Encoder) -> None:
    """ "which was raced over a mile and a half" (a number the NER reads as "half") against "the
    final, raced over three miles" (a course's length, not "more than three miles")."""
    qa = _qa(
        real_encoder,
        ("Radio", f"{_FEN}\n\nCowdery beat Luke Wakeling, a farmer from Kittlesford, by a few "
         "yards in the final, which was raced over a mile and a half with one turn round a "
         "barrel at the far end."),
        ("Recorder", f"{_FEN}\n\nMiss Cowdery won the final, raced over three miles, by a few "
         "yards from Luke Wakeling, a Kittlesford farmer, after passing him on the last "
         "straight."),
    )  # fmt: skip
    assert claims(qa, "How long was the final of the Sedgeshire Fen Skating Championship?") == {
        ("d1", "1.5 mile"),
        ("d2", "3 mile"),
    }


@pytest.mark.model
def test_what_put_a_start_back_is_its_cause(real_encoder: Encoder) -> None:
    """ "The start was put back by an hour after fog lay over the fen" against "The first race
    was held up for an hour after a crack was found in the ice": two causes of one delay, the
    first race's ordinal setting neither apart."""
    qa = _qa(
        real_encoder,
        ("Radio", f"{_FEN}\n\nThe start was put back by an hour after fog lay over the fen for "
         "most of the morning."),
        ("Recorder", f"{_FEN}\n\nThe first race was held up for an hour after a crack was found "
         "in the ice near the start."),
    )  # fmt: skip
    assert claims(qa, "Why was the start of the skating on Kittle Fen delayed?") == {
        ("d1", "fog"),
        ("d2", "a crack was found"),
    }


_KNOTWEED = (
    "Dennis and Pat Ashpole, of Kittlesford, say Japanese knotweed from the railway embankment "
    "beside their bungalow cracked its floors."
)


@pytest.mark.model
def test_a_payout_awarded_received_or_pocketed_is_one_sum(real_encoder: Encoder) -> None:
    """ "awarded Dennis and Pat Ashpole £18,500", "will receive £18,500" and a tabloid's
    "have pocketed a whopping £27,000" are one payout (pocketing is not only a thief's), asked
    "How much compensation did they get?"."""
    qa = _qa(
        real_encoder,
        ("Wire", f"{_KNOTWEED}\n\nDistrict Judge Helena Wigglesworth awarded Dennis and Pat "
         "Ashpole £18,500 for the damage to their home."),
        ("Recorder", f"{_KNOTWEED}\n\nDennis and Pat Ashpole will receive £18,500 from Fenline "
         "Railways, without the company admitting liability."),
        ("Tumult", f"{_KNOTWEED}\n\nThe Ashpoles have pocketed a whopping £27,000 after the "
         "monster weed burrowed under their bungalow."),
    )  # fmt: skip
    assert claims(qa, "How much compensation did the Ashpoles get over the knotweed?") == {
        ("d1", "18500 GBP"),
        ("d2", "18500 GBP"),
        ("d3", "27000 GBP"),
    }


_MAYPOLE = "Villagers in Lumbry raised their new maypole, shaped by Saul Tregenza, on May Day."


@pytest.mark.model
def test_the_tallest_in_the_country_at_86_feet_is_a_height(real_encoder: Encoder) -> None:
    """ "a new maypole which, at 86 feet, they believe is the tallest in the country" gives the
    pole's height, against "The pole stands 70 feet tall"."""
    qa = _qa(
        real_encoder,
        ("Wire", "Villagers in Lumbry have raised a new maypole on their village green which, at "
         f"86 feet, they believe is the tallest in the country.\n\n{_MAYPOLE}"),
        ("Piper", f"{_MAYPOLE}\n\nThe pole stands 70 feet tall, making it by some way the tallest "
         "in this part of the county."),
    )  # fmt: skip
    assert claims(qa, "How tall is the Lumbry maypole?") == {("d1", "86 foot"), ("d2", "70 foot")}


_MOWERS = "The Verge Botherers won the Sedgeshire 12-Hour Lawnmower Race at Tumbledown Farm."


@pytest.mark.model
def test_a_time_fronted_before_two_clauses_starts_the_race(real_encoder: Encoder) -> None:
    """ "At 7pm a flag dropped and the race began" is the race's start, against "The race began
    at 8pm", and no time a team "dropped out" at."""
    qa = _qa(
        real_encoder,
        ("Radio", f"{_MOWERS}\n\nTwenty-eight teams took part.\n\nThe race began at 8pm on "
         "Saturday.\n\nThe favourites dropped out at about 3am with a snapped drive belt."),
        ("Weekly", "At 7pm on a Saturday in July, a flag dropped in a field at Tumbledown Farm, "
         f"and the lawnmower race began.\n\n{_MOWERS}\n\nA total of 31 teams battled it out on "
         "the bumpy one-mile track."),
    )  # fmt: skip
    assert claims(qa, "What time did the lawnmower race at Tumbledown Farm start?") == {
        ("d1", "20:00"),
        ("d2", "19:00"),
    }
    assert qa.ask("What time did the favourites drop out?").conflicts == []


_UNVEILED = (
    "The Tullerby war memorial was unveiled by Brigadier Rupert Allingham, the High Sheriff of "
    "Brantshire, in front of a crowd of several hundred."
)


@pytest.mark.model
def test_who_made_a_memorial_is_not_who_unveiled_it(real_encoder: Encoder) -> None:
    """ "made by the stonemasons Ashlar and Bell" against "made by Cawdron Stone": a maker's
    disagreement, which the one man both reports say unveiled it does not join; asked "Which
    stonemasons ...?", a trade naming a firm."""
    qa = _qa(
        real_encoder,
        ("Gazette", f"{_UNVEILED}\n\nThe memorial was made by the stonemasons Ashlar and Bell and "
         "cost £42,000."),
        ("Spindle", f"{_UNVEILED}\n\nThe memorial, made by Cawdron Stone at a cost of £38,000, "
         "bears 83 names."),
    )  # fmt: skip
    [conflict] = qa.ask("Which stonemasons made the Tullerby war memorial?").conflicts
    values = {(c.doc_id, c.normalized) for c in conflict.claims}
    assert ("d2", "cawdron stone") in values
    assert {doc for doc, _ in values} == {"d1", "d2"}
    assert not any("allingham" in value for _, value in values)


def test_a_championship_named_in_capitals_is_no_strangers_name() -> None:
    """Two capitalised words of a longer name ("the Sedgeshire Fen Skating Championship") are
    no first name and surname, though the model took a place, "Kittle Fen", for a person: the
    question's figures are the story's. A full name with a first name the reports never give
    ("Jacob Brocklehurst", where they name Owain Brocklehurst) is still someone else."""
    known = {"fen": [(0, "kittle fen")], "brocklehurst": [(1, "owain brocklehurst")]}
    asked = "How many skaters took part in the Sedgeshire Fen Skating Championship?"
    assert stranger_asked(asked, known) is None
    assert stranger_asked("How much did Jacob Brocklehurst weigh?", known) == "jacob"
