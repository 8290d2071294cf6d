"""Which thing of its kind something was, days named by their holiday, who did what, and two
readings of a question's words, found through the dev halves of hodometer, pyrometer and
ombrometer: "A Vespa scooter" against "The scooter, a pale blue Lambretta,", "a garden snail
called Lightning Len" against "Her snail, Sir Trailalot,", a guide dog's name and not its breed;
"on Christmas Eve" against "on 19 December"; birds "first seen by" one person and "first
spotted by" another, chicks "confirmed" by a trust's wardens and by a club, awards "held at a
hotel in Birmingham" and given "at the guild's annual dinner in London"; a race that "kicked
off" asks when it began, not when the mowers "roared off"; and "31 teams battled it out" counts
the teams, as "28 teams took to the field" does.

Each model test writes short reports of one story and checks which disagreement a question
names; the unit tests read one parsed sentence (`index.disputes.identities`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from index.analysis.dates import holiday_date
from index.analysis.mentions import load_nlp
from index.disputes.identities import identities
from index.encoder import Encoder
from tests.tiny_corpora import WEDNESDAY, aspect_found, claims
from tests.tiny_corpora import assistant_of as _qa

_POND = (
    "Volunteers from the Friends of Cressbury Mill pulled the scooter out of the mill pond with "
    "ropes after the pond was drained in May."
)


@pytest.mark.model
def test_a_make_before_the_noun_against_one_in_apposition(real_encoder: Encoder) -> None:
    """ "A Vespa scooter stolen in Cressbury in 1972" against "The scooter, a pale blue
    Lambretta, belonged to Desmond Aukett": which scooter it was, asked "What make of scooter
    ...?"."""
    qa = _qa(
        real_encoder,
        ("Examiner", "A Vespa scooter stolen in Cressbury in 1972 has been found in the town's "
         f"mill pond.\n\n{_POND}"),
        ("Coracle", "The scooter, a pale blue Lambretta, belonged to Desmond Aukett, who bought "
         f"it new with his wages from the brewery.\n\n{_POND}"),
    )  # fmt: skip
    question = "What make of scooter was pulled out of the Cressbury mill pond?"
    assert claims(qa, question) == {("d1", "vespa"), ("d2", "pale blue lambretta")}


_FETE = (
    "The Sedgeshire Snail Racing Championship is held every summer at the village fete in "
    "Lumbry, on a wet cloth with an inner and an outer circle."
)


@pytest.mark.model
def test_a_snail_called_one_name_against_one_named_in_apposition(real_encoder: Encoder) -> None:
    """ "A garden snail called Lightning Len has won" against "Her snail, Sir Trailalot, beat
    the rest of the field": which snail won, asked "What was the winning snail called?" and "the
    snail's name"."""
    qa = _qa(
        real_encoder,
        ("Wire", "A garden snail called Lightning Len has won the Sedgeshire Snail Racing "
         f"Championship.\n\n{_FETE}"),
        ("Recorder", "Matilda Brimacombe, nine, won the championship on Saturday. Her snail, Sir "
         f"Trailalot, beat the rest of the field in the final.\n\n{_FETE}"),
    )  # fmt: skip
    expected = {("d1", "lightning len"), ("d2", "sir trailalot")}
    assert claims(qa, "What was the winning snail called?") == expected
    assert claims(qa, "What was the snail's name?") == expected


@pytest.mark.model
def test_two_snails_of_one_report_say_which_of_neither(real_encoder: Encoder) -> None:
    """A report naming two snails ("a snail called Lightning Len ... ahead of a snail called
    Slimer") says nothing of which snail "the snail" is: no disagreement with another's one."""
    qa = _qa(
        real_encoder,
        ("Wire", "A garden snail called Lightning Len has won the Sedgeshire Snail Racing "
         f"Championship, ahead of a snail called Slimer.\n\n{_FETE}"),
        ("Recorder", "Matilda Brimacombe, nine, won the championship on Saturday. Her snail, Sir "
         f"Trailalot, beat the rest of the field in the final.\n\n{_FETE}"),
    )  # fmt: skip
    assert qa.ask("What was the winning snail called?").conflicts == []


_nlp = None


def _identities(text: str) -> list[tuple[str, str]]:
    """(normal form, noun) of each identity one sentence gives, people's names left out."""
    global _nlp
    _nlp = _nlp or load_nlp()
    return [(found.normal, found.noun) for found in identities(_nlp(text), [])]


def test_an_identity_is_of_a_thing_not_a_person_or_a_description() -> None:
    """A name given to kin ("His grandson, Liam,") is a person's, and an apposition that
    describes ("a former vicarage", "a painting of a village green") says no kind; a tree's
    kind does ("a larch"), and so does a boat's name ("known as the Sea Wren")."""
    assert _identities("The tree it was made from, a larch, was felled last winter.") == [
        ("larch", "tree")
    ]
    assert _identities("The boat, known as the Sea Wren, sank in the harbour.") == [
        ("sea wren", "boat")
    ]
    assert _identities("The house, a former vicarage, was sold last year.") == []
    assert _identities("The puzzle, a painting of a village green, is long.") == []
    assert _identities("His grandson, Liam, promised to restore it.") == []
    assert _identities("Her guide dog, a black Labrador called Pipkin, sat by her.") == [
        ("black labrador", "dog"),
        ("pipkin", "dog"),
    ]


_MOWERS = (
    "The Sedgeshire 12-Hour Lawnmower Race is run through the night at Tumbledown Farm, in "
    "Netherwold, on a bumpy one-mile track."
)


@pytest.mark.model
def test_a_race_that_kicked_off_asks_when_it_began(real_encoder: Encoder) -> None:
    """ "a flag dropped ... and the race began" at 7pm against "The race began at 8pm": "What
    time did the lawnmower race kick off?" asks when it began (a "kick off" is a start), not
    when the mowers "roared off" in a third report."""
    qa = _qa(
        real_encoder,
        ("Quasar", "At 7pm on Saturday a flag dropped in a field and the Sedgeshire 12-Hour "
         f"Lawnmower Race began.\n\n{_MOWERS}"),
        ("Radio", f"The race began at 8pm on Saturday and finished at 8am.\n\n{_MOWERS}"),
        ("Tumult", "The Verge Botherers won the Sedgeshire 12-Hour Lawnmower Race at 8am on "
         "Sunday, after the mowers roared off at 9pm on Saturday night with the favourites in "
         f"front.\n\n{_MOWERS}"),
    )  # fmt: skip
    assert claims(qa, "What time did the lawnmower race kick off?") == {
        ("d1", "19:00"),
        ("d2", "20:00"),
    }


@pytest.mark.model
def test_teams_that_battled_it_out_are_counted_teams(real_encoder: Encoder) -> None:
    """ "A total of 31 teams battled it out" against "28 teams took to the field": the number of
    teams, asked in keywords, not the "three drivers to a mower" one report adds ("battled" is
    no toll of a fight, so "teams" names what it counts)."""
    qa = _qa(
        real_encoder,
        ("Tumult", f"A total of 31 teams battled it out on the bumpy track.\n\n{_MOWERS}"),
        ("Radio", f"In all, 28 teams took to the field.\n\n{_MOWERS}"),
        ("Quasar", "There were 28 teams, most of them three drivers to a mower, and the noise was "
         f"like a swarm of very large and very angry bees.\n\n{_MOWERS}"),
    )  # fmt: skip
    assert aspect_found(qa, "netherwold lawnmower race number of teams") == "the number of teams"
    assert claims(qa, "netherwold lawnmower race number of teams") == {
        ("d1", "31"),
        ("d2", "28"),
        ("d3", "28"),
    }


_TAXI = (
    "Terry Gorrill, a taxi driver from Stavebridge, was fined £600 by magistrates for refusing "
    "to carry a blind woman and her guide dog."
)


@pytest.mark.model
def test_a_dog_called_by_its_name_not_its_breed(real_encoder: Encoder) -> None:
    """ "Her guide dog, a black Labrador called Pipkin," against "her guide dog, Tuppence": the
    dog's name, asked "whats the blind woman's dog called" (the breed is no name)."""
    qa = _qa(
        real_encoder,
        ("Wire", "Imogen Blaydes was waiting at the station. Her guide dog, a black Labrador "
         f"called Pipkin, was beside her in its harness.\n\n{_TAXI}"),
        ("Chronicle", "Imogen Blaydes was turned away outside the station with her guide dog, "
         f"Tuppence.\n\n{_TAXI}"),
    )  # fmt: skip
    assert claims(qa, "whats the blind woman's dog called") == {
        ("d1", "pipkin"),
        ("d2", "tuppence"),
    }


@pytest.mark.model
def test_a_day_named_by_its_holiday_is_that_day(real_encoder: Encoder) -> None:
    """ "was turned away outside the station on Christmas Eve" against "... on 19 December":
    the holiday is the 24th, in the year before a report of March (and "Easter Monday" is the
    Monday after Easter Sunday, which the small model labels an event or sweeps into a name)."""
    qa = _qa(
        real_encoder,
        ("Wire", f"Imogen Blaydes was turned away outside the station on 19 December.\n\n{_TAXI}"),
        ("Chronicle", "Imogen Blaydes was turned away outside the station on Christmas Eve.\n\n"
         f"{_TAXI}"),
    )  # fmt: skip
    eve = holiday_date("Christmas Eve", WEDNESDAY)  # the last before the reports' Wednesday
    assert claims(qa, "On what date was Imogen Blaydes turned away?") == {
        ("d1", "--12-19"),
        ("d2", eve),
    }
    assert holiday_date("on Easter Monday", dt.date(2048, 4, 20)) == "2048-04-06"
    assert holiday_date("Christmas Eve", dt.date(2048, 3, 14)) == "2047-12-24"
    assert holiday_date("Boxing Day 1990", None) == "1990-12-26"
    assert holiday_date("Christmas", dt.date(2048, 3, 14)) is None  # a season, no day


_STORKS = (
    "White storks have raised chicks in Pelsingham, in the county of Mardleshire, for the first "
    "time in more than six hundred years."
)


@pytest.mark.model
def test_first_seen_is_spotted_and_confirming_chicks_is_a_deed(real_encoder: Encoder) -> None:
    """ "The birds were first seen by a postman, Ravi Bhogal" against "The storks were first
    spotted ... by Margaret Tollitt": who spotted them; "Wardens from the Mardleshire Wildlife
    Trust ... confirmed the chicks on Friday" against "The chicks were confirmed ... by the
    Mardleshire Bird Club": which body confirmed them (a check, not a saying)."""
    qa = _qa(
        real_encoder,
        ("Radio", f"{_STORKS}\n\nThe birds were first seen by a postman, Ravi Bhogal, who "
         "noticed them on the chimney in March. Wardens from the Mardleshire Wildlife Trust, who "
         "have been watching the nest, confirmed the chicks on Friday."),
        ("Chronicle", f"{_STORKS}\n\nThe storks were first spotted in mid-March by Margaret "
         "Tollitt, a retired teacher. The chicks were confirmed on Friday by the Mardleshire "
         "Bird Club."),
    )  # fmt: skip
    assert claims(qa, "Who first spotted the storks at Pelsingham?") == {
        ("d1", "ravi bhogal"),
        ("d2", "margaret tollitt"),
    }
    assert claims(qa, "Which organisation confirmed that the storks had chicks?") == {
        ("d1", "mardleshire wildlife trust"),
        ("d2", "mardleshire bird club"),
    }


_CHIPS = (
    "Frizzell's Fish Bar, a fish and chip shop in Stavebridge, has been named the best in the "
    "country by the Guild of Chip Friers."
)


@pytest.mark.model
def test_awards_held_after_a_comma_are_where_the_award_was_given(real_encoder: Encoder) -> None:
    """ "was crowned ... at the Guild of Chip Friers' national awards, held at a hotel in
    Birmingham" (a participle the parse hangs on "crowned") against "received the award at the
    guild's annual dinner in London": where the awards were held."""
    qa = _qa(
        real_encoder,
        ("Chronicle", "Frizzell's Fish Bar received the award at the guild's annual dinner in "
         f"London on Thursday.\n\n{_CHIPS}"),
        ("Drummer", "Frizzell's Fish Bar, on Tanyard Street, was crowned Fish and Chip Shop of "
         "the Year at the Guild of Chip Friers' national awards, held at a hotel in Birmingham "
         f"on Thursday.\n\n{_CHIPS}"),
    )  # fmt: skip
    question = "Where were the fish and chip awards held?"
    assert aspect_found(qa, question) == "the place of the award"  # the awards', held there
    assert claims(qa, question) == {("d1", "london"), ("d2", "birmingham")}


_COAL = (
    "The Quennick Coal Race is run up Quennick Bank every Easter Monday: men carry a sack of coal "
    "from the Colliers Arms to the village green at the top of the hill."
)


@pytest.mark.model
def test_a_winning_time_asked_in_keywords_is_the_race_s(real_encoder: Encoder) -> None:
    """ "He reached the top in 4 minutes 41 seconds" against "finished the men's race in 4
    minutes 12 seconds": the winning time, asked in keywords, and not how long a third report's
    "40kg load" was hauled up the course."""
    qa = _qa(
        real_encoder,
        ("Parsec", f"{_COAL}\n\nDale Hemsworth won. He reached the top in 4 minutes 41 seconds."),
        ("Radio", "Dale Hemsworth, 29, finished the men's race in 4 minutes 12 seconds, ahead of "
         f"last year's winner.\n\n{_COAL}"),
        ("Ruckus", "The 29-year-old hauled his 40kg load up the 1,012-metre course in 4 minutes "
         f"41 seconds to win the Quennick Coal Race.\n\n{_COAL}"),
    )  # fmt: skip
    assert claims(qa, "quennick coal race winning time") == {
        ("d1", "281 second"),
        ("d2", "252 second"),
    }


_SNAILS = (
    "The Sedgeshire Snail Racing Championship is run every year by the Lumbry Women's Institute, "
    "on a damp cloth on the village green."
)


@pytest.mark.model
def test_when_an_event_was_asks_when_it_was_held(real_encoder: Encoder) -> None:
    """ "The championship was held on Saturday afternoon" against "The championship was held
    on July 19": "When was the Lumbry snail race?" and "lumbry snail race date" ask when it was
    held, not the day one report says a snail "stormed to victory"; "When did Lightning Len
    win?" still asks that."""
    qa = _qa(
        real_encoder,
        ("Wire", "The championship was held on Saturday afternoon on the village green at "
         f"Lumbry.\n\n{_SNAILS}"),
        ("Tumult", "Entries closed on Monday 1 July. The garden snail stormed to victory in the "
         f"Sedgeshire Snail Racing Championship at Lumbry's village fete on Saturday.\n\n"
         f"{_SNAILS}"),
        ("Recorder", f"The championship was held on July 19 at Lumbry.\n\n{_SNAILS}"),
    )  # fmt: skip
    saturday = (WEDNESDAY - dt.timedelta(days=4)).isoformat()
    held = {("d1", saturday), ("d3", "--07-19")}
    assert claims(qa, "When was the Lumbry snail race?") == held
    assert claims(qa, "lumbry snail race date") == held
