"""Disagreements over weights in stone, lengths in two units, injuries, routes and the last time.

Each test sets two or three invented reports of one story against each other in a construction
the disagreement table once missed: a pup that "tipped the scales at four stone" against one
that "weighed 15kg", a flight home "after five hours and 47 minutes" (which the NER splits in
two), "a deep cut on her right front flipper" against "unhurt", a first length "was swum by"
someone (a participle the tagger takes for an adjective), volunteers counted in two ledes, a
run that "completed the full route" or "was cut short", and when a hill figure was last
re-chalked; and a quarry or a farm named as a site. The reports share names so that the story
model groups them, as real reports of one event do.
"""

from __future__ import annotations

import pytest

from index.analysis.entities import Entity, place_by_context
from index.disputes.values import (
    compatible,
    is_job,
    measure_form,
    places_compatible,
    smaller_unit_end,
)
from index.encoder import Encoder
from index.models import Kind
from tests.tiny_corpora import assistant_of as _qa
from tests.tiny_corpora import claims as _claims
from tests.tiny_corpora import disputed_values as _disputed_values
from tests.tiny_corpora import outcome_names as _outcome_names
from tests.tiny_corpora import table_of as _table_of


def test_a_stone_is_a_weight_only_with_no_noun_after_it() -> None:
    """ "four stone" is about 25kg, not the 15kg another report gives; "three stone arches" are
    arches, and "a 15-stone man" weighs 15 stone."""
    assert measure_form("FOUR STONE") == "4 stone"
    assert measure_form("a 15-stone man") == "15 stone"
    assert measure_form("three stone arches") is None
    assert not compatible("measure", "15 kg", "4 stone")
    assert compatible("measure", "~25 kg", "4 stone")


def test_a_quarry_or_a_farm_is_a_site() -> None:
    """ "The chalk came from Haddow Quarry" names a place the small model calls a person, and
    "Cold Sallow Farm" is a site in the town another report names, not another place; a person
    whose name ends so stays a person where nothing is put in, at or from it."""
    cases: list[tuple[Kind, str, str, str, str]] = [
        ("person", "PERSON", "Haddow Quarry", "The chalk came from Haddow Quarry.", "place"),
        ("organization", "ORG", "Cold Sallow Farm", "They met at Cold Sallow Farm.", "place"),
        ("person", "PERSON", "Grace Park", "Grace Park said she was delighted.", "person"),
    ]
    for kind, label, name, sentence, read_as in cases:
        start = sentence.index(name)
        entity = Entity(kind, label, start, start + len(name), name)
        assert place_by_context(entity, sentence).kind == read_as
    assert places_compatible("cold sallow farm", "scarbeck")


def test_a_length_in_two_units_is_read_to_its_end() -> None:
    """ "five hours" of "five hours and 47 minutes" ends after the minutes: the NER labels the
    two parts as two lengths, and "five hours" alone agrees with nothing told."""
    sentence = "She was in her loft after five hours and 47 minutes."
    start = sentence.index("five")
    assert sentence[start : smaller_unit_end(sentence, start, start + 10)] == (
        "five hours and 47 minutes"
    )
    assert smaller_unit_end("It took five hours to get back.", 8, 18) == 18


def test_an_injury_is_told_by_the_wound() -> None:
    """A cut on a flipper, a broken wing and a broken leg are injuries; a cut in funding is not;
    "not seriously hurt" is hurt, if not badly, so neither hurt nor unhurt is read from it, and
    "appeared to be unhurt" is unhurt (not merely alive: "survived")."""
    names = _outcome_names(
        "The pup had a deep cut on her right front flipper.",
        "The swan had a broken wing.",
        "He broke his left leg in the fall.",
        "The trust faces a cut in funding to the pool.",
        "A keeper was knocked over but was not seriously hurt, the park said.",
        "The pup appeared to be unhurt.",
        "Both men survived the crash.",
    )
    assert names == [["wounded"], ["wounded"], ["wounded"], [], [], ["unhurt"], ["unharmed"]]


def test_a_journey_finished_or_cut_short() -> None:
    """ "completed the full route" and "went the full route" against "was cut short"."""
    names = _outcome_names(
        "The tractors set off at 5pm and completed the full route to Hebbleford.",
        "It went the full route, as it does every year.",
        "The convoy was cut short at Ravensett, about halfway along the route.",
    )
    assert names == [["finished"], ["finished"], ["cut-short"]]


@pytest.mark.model
def test_a_weight_in_stone_disagrees_with_one_in_kilograms(real_encoder: Encoder) -> None:
    """ "tipped the scales at a whopping FOUR STONE" against "weighed about 15kg": the NER
    labels "FOUR" alone, and "stone" was no unit."""
    qa = _qa(
        real_encoder,
        (
            "Wharle Wire",
            "A grey seal pup was found on a slipway in Hebbleford on Saturday. Fiona Haslam "
            "said the Hebbleford pup weighed about 15kg.",
        ),
        (
            "Daily Kerfuffle",
            "A grey seal pup turned up on a slipway in Hebbleford on Saturday. Rescuers found "
            "the Hebbleford pup, who tipped the scales at a whopping FOUR STONE, in the river.",
        ),
    )
    assert {("d1", "~15 kg"), ("d2", "4 stone")} in _disputed_values(qa, "measure")


@pytest.mark.model
def test_a_time_in_hours_and_minutes_is_one_length(real_encoder: Encoder) -> None:
    """ "reached his loft after five hours and 47 minutes" against "took seven hours and ten
    minutes to get back": the first had been read as two lengths, five hours and 47 minutes."""
    qa = _qa(
        real_encoder,
        (
            "Wharle Wire",
            "The pigeon race from Ockenby was won by Stan Knowles on Saturday. His hen Midnight "
            "Lass reached his loft after five hours and 47 minutes.",
        ),
        (
            "Daily Kerfuffle",
            "Stan Knowles won the pigeon race from Ockenby on Saturday. His hen Midnight Lass "
            "took seven hours and ten minutes to get back to his loft.",
        ),
    )
    assert {("d1", "347 minute"), ("d2", "430 minute")} in _disputed_values(qa, "duration")


@pytest.mark.model
def test_a_cut_flipper_disagrees_with_unhurt(real_encoder: Encoder) -> None:
    """ "appeared to be unhurt" against "had a nasty cut on one flipper": the wound was no
    outcome, and "unhurt" was read as merely alive."""
    qa = _qa(
        real_encoder,
        (
            "Wharle Wire",
            "A grey seal pup was found on a slipway in Hebbleford on Saturday. Fiona Haslam "
            "said the Hebbleford pup appeared to be unhurt, though she was thin.",
        ),
        (
            "Daily Kerfuffle",
            "A grey seal pup turned up on a slipway in Hebbleford on Saturday. Rescuers found "
            "that the Hebbleford pup had a nasty cut on one flipper.",
        ),
    )
    assert {("d1", "unhurt"), ("d2", "wounded")} in _disputed_values(qa, "outcome")


@pytest.mark.model
def test_a_first_length_swum_by_one_and_swum_by_another(real_encoder: Encoder) -> None:
    """ "The first length ... was swum by Dana Wardle" against "Mabel Cotterill swam the first
    length": the tagger reads "swum" as an adjective and "swam" as a base form, so neither the
    passive agent nor the one verb was seen."""
    qa = _qa(
        real_encoder,
        (
            "Hebbleford Packet",
            "Hebbleford Lido reopened on Saturday after 40 years. The first length of the "
            "restored 50-metre pool was swum by Dana Wardle, the county backstroke champion.",
        ),
        (
            "Daily Kerfuffle",
            "Hebbleford Lido reopened on Saturday after decades. Mabel Cotterill swam the "
            "first length of Hebbleford Lido when the gates opened at 10am.",
        ),
    )
    expected = {("d1", "dana wardle"), ("d2", "mabel cotterill")}
    assert expected in _disputed_values(qa, "agent")


@pytest.mark.model
def test_volunteers_and_people_counted_in_two_ledes(real_encoder: Encoder) -> None:
    """ "More than 300 volunteers spent the weekend" against "about 120 people climbed": the
    volunteers' "spent" had been read as money spent, and "people" as no one counted."""
    qa = _qa(
        real_encoder,
        (
            "Wharle Wire",
            "More than 300 volunteers spent the weekend hammering fresh chalk into the Fallowby "
            "Giant, a figure cut into a hillside above Fallowby. Margery Pilkington of the "
            "Friends of the Fallowby Giant said the Fallowby Giant was white again.",
        ),
        (
            "Aphelion Weekly",
            "On the weekend of February 7 and 8, about 120 people climbed Fallowby Down with "
            "spades and set about making the Fallowby Giant white again. Margery Pilkington of "
            "the Friends of the Fallowby Giant led them.",
        ),
    )
    assert {("d1", ">300"), ("d2", "~120")} in _disputed_values(qa, "count")


@pytest.mark.model
def test_a_run_that_went_the_full_route_and_one_cut_short(real_encoder: Encoder) -> None:
    """Whoever went it ("the tractors", "the convoy"), a run finished or cut short is one
    account of its route."""
    qa = _qa(
        real_encoder,
        (
            "Wharle Wire",
            "The Skelbrough Christmas tractor run raised money on Saturday. The tractors set "
            "off from Skelbrough at 5pm and completed the full route to Hebbleford.",
        ),
        (
            "Morvendale Intelligencer",
            "The Skelbrough Christmas tractor run took place on Saturday. The convoy was cut "
            "short at Ravensett after police warned that the hill into Hebbleford had frozen.",
        ),
    )
    assert {("d1", "finished"), ("d2", "cut-short")} in _disputed_values(qa, "outcome")


@pytest.mark.model
def test_when_a_figure_was_last_re_chalked(real_encoder: Encoder) -> None:
    """ "The giant was last re-chalked in 1998" against "the first time the figure has been
    re-chalked since 1987": a year alone had been no date, and "When was it last ...?" asked
    of background the table did not hold."""
    qa = _qa(
        real_encoder,
        (
            "Wharle Wire",
            "Volunteers re-chalked the Fallowby Giant on Sunday. The giant was last re-chalked "
            "in 1998, said Margery Pilkington.",
        ),
        (
            "Radio Wharledale",
            "Volunteers re-chalked the Fallowby Giant on Sunday. It is the first time the "
            "figure has been re-chalked since 1987, the Friends of the giant say.",
        ),
    )
    assert {("d1", "1998"), ("d2", "1987")} in _disputed_values(qa, "date")
    assert _claims(qa, "When was the Fallowby Giant last re-chalked?") == {
        ("d1", "1998"),
        ("d2", "1987"),
    }
    assert [a.name for a in _table_of(qa).disputed if a.kind == "date"] == ["when it was last done"]


@pytest.mark.model
def test_the_others_unhurt_are_not_the_one_hurt(real_encoder: Encoder) -> None:
    """ "the others were unhurt" tells of others than the ones the story follows: no account to
    set against "A skier was flown to hospital"."""
    qa = _qa(
        real_encoder,
        (
            "Ostwick Chronicle",
            "An avalanche above Vallonbrise buried six skiers led by the mountain guide Anselme "
            "Perrouz on Saturday. Anselme Perrouz was dug out by rescuers, and the others were "
            "unhurt.",
        ),
        (
            "Alpine Radio",
            "An avalanche above Vallonbrise buried the mountain guide Anselme Perrouz and his "
            "group of skiers on Saturday. A skier was flown to hospital in Morgeval.",
        ),
    )
    assert _disputed_values(qa, "outcome") == []


@pytest.mark.model
def test_people_asked_of_volunteers_and_birds_of_pigeons(real_encoder: Encoder) -> None:
    """ "How many people turned out ...?" asks the count of the volunteers, and "How many birds
    were let go ...?" the count of the pigeons: a question names what is counted by its kind."""
    qa = _qa(
        real_encoder,
        (
            "Wharle Wire",
            "More than 300 volunteers spent the weekend re-chalking the Fallowby Giant, a figure "
            "cut into a hillside above Fallowby. Margery Pilkington of the Friends of the "
            "Fallowby Giant said he was white again. In the pigeon race from Ockenby on "
            "Saturday, about 4,000 pigeons were released.",
        ),
        (
            "Aphelion Weekly",
            "On the weekend of February 7 and 8, about 120 people climbed Fallowby Down with "
            "spades to re-chalk the Fallowby Giant. Margery Pilkington of the Friends of the "
            "Fallowby Giant led them. In the pigeon race from Ockenby on Saturday, 6,000 "
            "pigeons were released.",
        ),
    )
    assert _claims(qa, "How many people turned out to re-chalk the Fallowby Giant?") == {
        ("d1", ">300"),
        ("d2", "~120"),
    }
    assert _claims(qa, "How many birds were let go in the race from Ockenby?") == {
        ("d1", "~4000"),
        ("d2", "6000"),
    }


@pytest.mark.model
def test_a_shouted_unit_after_a_figure_is_read(real_encoder: Encoder) -> None:
    """ "SIX FEET of icy water" in a tabloid: read in title case ("Six Feet") the small model
    saw no quantity; the unit after a figure is read in lower case."""
    qa = _qa(
        real_encoder,
        (
            "Radio Lenningdale",
            "A mother and her two children were rescued from the flooded Sawpit Lane underpass "
            "in Mallowgate on Tuesday. A delivery driver waded through water four feet deep "
            "in the Sawpit Lane underpass to reach them.",
        ),
        (
            "Daily Hubbub",
            "A mum and her two kids were rescued from the flooded Sawpit Lane underpass in "
            "Mallowgate on Tuesday. Leanne Critchlow screamed for help as SIX FEET of icy water "
            "swirled around her car in the Sawpit Lane underpass.",
        ),
    )
    measures = {(f.sentence.split("#")[0], f.normalized) for f in _table_of(qa).facts}
    assert {("d1", "4 foot"), ("d2", "6 foot")} <= measures


@pytest.mark.model
def test_what_sent_water_pouring_in_is_a_cause(real_encoder: Encoder) -> None:
    """ "a burst water main ... had sent thousands of litres of water pouring into the
    underpass" gives the water main as the cause, against another report's blocked drain;
    water, a floodwater or a river, with a job's ending, is no one who acted."""
    qa = _qa(
        real_encoder,
        (
            "Radio Lenningdale",
            "A family was rescued from the flooded Sawpit Lane underpass in Mallowgate on "
            "Tuesday. Lenning Water said a burst water main under Sawpit Lane had sent "
            "thousands of litres of water pouring into the underpass in a matter of minutes.",
        ),
        (
            "Daily Hubbub",
            "A family was rescued from the flooded Sawpit Lane underpass in Mallowgate on "
            "Tuesday. Locals blame a blocked drain that has not been cleared for months.",
        ),
    )
    [causes] = _disputed_values(qa, "cause")
    assert causes == {("d1", "a burst water main under sawpit lane"), ("d2", "a blocked drain")}
    assert not is_job("floodwater")
    assert is_job("plumber")
