"""Disagreements over times in words, what became of someone, and who did which deed.

Each test sets two or three invented reports of one story against each other in a construction
the disagreement table once missed, invented or merged: a time of day in words ("half past four
in the afternoon"), a tortoise "given up for dead", a driver "reported for driving without due
care" or facing "no action", the finder of medals beside the soldier who won them, a fight and
a battle that are one struggle, and half a mile from one place. The reports share names so
that the story model groups them, as real reports of one event do.
"""

from __future__ import annotations

import pytest

from assistant.disputed import fact_kinds, relatives_of
from assistant.question_type import detect
from index.analysis.entities import Entity, place_by_context
from index.analysis.outcomes import find_outcomes
from index.disputes.values import (
    duration_form,
    measure_form,
    places_compatible,
    time_form,
    times_compatible,
)
from index.encoder import Encoder
from tests.tiny_corpora import assistant_of as _qa
from tests.tiny_corpora import disputed_values as _disputed_values
from tests.tiny_corpora import table_of as _table_of


def test_a_time_in_words_is_a_time_of_day() -> None:
    """ "half past four in the afternoon" is 16:30; with nothing to say which half of the day
    it is either, so it agrees with 4.30pm and not with 3pm; odds are no time."""
    assert time_form("half past four in the afternoon") == "16:30"
    assert time_form("a quarter to nine") == "08:45/20:45"
    assert time_form("ten o'clock at night") == "22:00"
    assert time_form("ten to one") is None
    assert times_compatible("04:30/16:30", "16:30")
    assert not times_compatible("04:30/16:30", "15:00")


@pytest.mark.model
def test_a_start_in_words_disagrees_with_one_in_figures(real_encoder: Encoder) -> None:
    """ "The first pull started at 3pm" against "at half past four in the afternoon, sixteen
    people took hold of the rope": the small model calls the words a date, which no time is."""
    qa = _qa(
        real_encoder,
        (
            "Hilltop Post",
            "Ollerby beat Thorncastle in the tug-of-war across the River Lindrith on Saturday. "
            "The first pull started at 3pm in front of a big crowd.",
        ),
        (
            "Vale Radio",
            "On Saturday, at half past four in the afternoon, sixteen people from Ollerby and "
            "Thorncastle took hold of the rope across the River Lindrith and leaned back.",
        ),
    )
    assert {("d1", "15:00"), ("d2", "16:30")} in _disputed_values(qa, "time")


@pytest.mark.model
def test_given_up_for_dead_is_no_death(real_encoder: Encoder) -> None:
    """A tortoise "given up for dead" in 1991 and found alive this week: what its owner feared
    is no account of its death, against which "found alive" was set."""
    qa = _qa(
        real_encoder,
        (
            "Hilltop Post",
            "A tortoise has been found in a compost heap in Gildersby. Mortimer vanished from "
            "Marjorie Ellerker's garden in Gildersby in 1991, and was given up for dead.",
        ),
        (
            "Vale Radio",
            "Mortimer, the tortoise Marjorie Ellerker lost in Gildersby decades ago, was found "
            "alive in a compost heap on Sunday.",
        ),
    )
    assert _disputed_values(qa, "outcome") == []


_REPORTED = (
    "Hilltop Post",
    "A lorry was wedged in Kiln Lane, Upper Ambley, on Tuesday. Kelderdale Police said the "
    "driver had been reported for driving without due care and attention.",
)
_NO_ACTION = (
    "Vale Radio",
    "A lorry got stuck in Kiln Lane in Upper Ambley on Tuesday. Kelderdale Police have said "
    "the driver will face no action.",
)


@pytest.mark.model
def test_a_driver_reported_is_not_one_facing_no_action(real_encoder: Encoder) -> None:
    """ "had been reported for driving without due care" (summonsed) against "will face no
    action": the police's words for a case taken on and one dropped."""
    qa = _qa(real_encoder, _REPORTED, _NO_ACTION)
    assert {("d1", "charged"), ("d2", "released-uncharged")} in _disputed_values(qa, "outcome")


@pytest.mark.model
def test_who_won_the_medals_is_not_who_found_them(real_encoder: Encoder) -> None:
    """ "They were found by Gwen Tallentire" against "Carl Spofforth found four medals": the
    soldier the Military Medal was "won by" shares the medals with them, and had made the
    finders one aspect with him, where two finders agreed with each other."""
    qa = _qa(
        real_encoder,
        (
            "Hilltop Post",
            "Medals of Walter Ingledew were handed to his family in Brackwith on Friday. They "
            "were found by Gwen Tallentire at the Holmewood Hospice shop in Brackwith.",
        ),
        (
            "Vale Radio",
            "Carl Spofforth found four medals at the Holmewood Hospice shop in Brackwith. Among "
            "them was the Military Medal won by Walter Ingledew, whose family got them on Friday.",
        ),
    )
    expected = {("d1", "gwen tallentire"), ("d2", "carl spofforth")}
    assert expected in _disputed_values(qa, "agent")
    answer = qa.ask("Whose medals were found at the Holmewood Hospice shop?")
    assert answer.conflicts == []  # whose they were, not who found them


@pytest.mark.model
def test_a_fight_and_a_battle_are_one_struggle(real_encoder: Encoder) -> None:
    """ "The fight lasted 40 minutes" against "after a battle of an hour and 20 minutes": the
    two names of landing one fish, whose lengths were two aspects."""
    qa = _qa(
        real_encoder,
        (
            "Hilltop Post",
            "Jolene Ashburner caught the Baroness, a record carp, at Wetherlow Lakes on Sunday. "
            "The fight lasted 40 minutes.",
        ),
        (
            "Vale Radio",
            "Jolene Ashburner landed the Baroness, a record carp, at Wetherlow Lakes on Sunday "
            "after a battle of an hour and 20 minutes.",
        ),
    )
    assert {("d1", "40 minute"), ("d2", "80 minute")} in _disputed_values(qa, "duration")


@pytest.mark.model
def test_trouble_with_the_police_asks_what_became_of_the_driver(real_encoder: Encoder) -> None:
    """ "Is the lorry driver in trouble with the police?" asks the outcome the two reports give
    (reported, or no action), though it names none of their words."""
    qa = _qa(real_encoder, _REPORTED, _NO_ACTION)
    answer = qa.ask("Is the Kiln Lane lorry driver in trouble with the police?")
    assert {(c.doc_id, c.normalized) for c in answer.conflicts[0].claims} == {
        ("d1", "charged"),
        ("d2", "released-uncharged"),
    }


def test_halves_of_a_unit_are_measures() -> None:
    """ "about half a mile", "a mile and a half", "two and a half miles": a measure's halves
    are read as a length of time's are ("a mile" alone measures nothing)."""
    assert measure_form("about half a mile") == "~0.5 mile"
    assert measure_form("a mile and a half") == "1.5 mile"
    assert measure_form("two and a half miles") == "2.5 mile"
    assert measure_form("a mile") is None
    assert duration_form("about half an hour") == "~0.5 hour"


@pytest.mark.model
def test_distances_from_one_place_disagree(real_encoder: Encoder) -> None:
    """ "about half a mile from the home he walked out of" against "a mile and a half from Mrs
    Ellerker's old home": the NER splits both figures, and their verbs share no word; the
    place they are measured from is one. The island's own distance from the mainland, told
    from another place, is not the tortoise's."""
    qa = _qa(
        real_encoder,
        (
            "Hilltop Post",
            "Mortimer the tortoise was found alive in a compost heap in Gildersby on Sunday, "
            "about half a mile from the home he walked out of. Marjorie Ellerker was delighted.",
        ),
        (
            "Vale Radio",
            "Mortimer the tortoise turned up on the Gildersby allotments on Sunday. The "
            "allotments are a mile and a half from Marjorie Ellerker's old home. Gildersby "
            "lies nine miles from the coast.",
        ),
    )
    assert _disputed_values(qa, "measure") == [{("d1", "~0.5 mile"), ("d2", "1.5 mile")}]


@pytest.mark.model
def test_how_far_they_went_is_one_distance_whatever_the_verb(real_encoder: Encoder) -> None:
    """ "the family was walked a quarter of a mile to the river" against "the procession
    covered half a mile": lengths of going some way, which no shared word joined."""
    qa = _qa(
        real_encoder,
        (
            "Hilltop Post",
            "Volunteers of Wickerford Swan Rescue led a swan and her cygnets to the River Lunt on "
            "Thursday. The procession covered half a mile, along Culmstock Road.",
        ),
        (
            "Vale Radio",
            "On Thursday morning Wickerford Swan Rescue volunteers helped a swan family to the "
            "River Lunt. The family was walked a quarter of a mile to the river.",
        ),
    )
    table = _table_of(qa)
    [aspect] = [a for a in table.disputed if a.kind == "measure"]
    assert aspect.name == "the distance"
    values = {
        (table.facts[f].sentence.split("#")[0], table.facts[f].normalized) for f in aspect.facts
    }
    assert values == {("d1", "0.5 mile"), ("d2", "0.25 mile")}


def test_a_name_in_a_clause_about_the_one_asked_is_not_who_is_asked() -> None:
    """ "How old is the man who rented Gwen Altham's barn?" asks the tenant's age: Gwen
    Altham is named only to say which man, as "Viktor Leitl's widow" is not Leitl."""
    people = ["gwen altham", "wayne ledsham"]
    question = "How old is the man who rented Gwen Altham's barn?"
    assert relatives_of(question, people) == {"gwen altham"}
    assert relatives_of("How old is Gwen Altham?", people) == set()


@pytest.mark.model
def test_a_department_opening_a_sentence_stays_with_its_post(real_encoder: Encoder) -> None:
    """ "Operations director Pippa Varley" against "managing director Pippa Varley": the title
    read before the name stopped at "director", a post any director fits."""
    qa = _qa(
        real_encoder,
        (
            "Hilltop Post",
            "Passengers were led out of the Dunmorrow tunnel on Monday. Operations director "
            "Pippa Varley said the decision had been taken for their welfare.",
        ),
        (
            "Vale Radio",
            "Passengers walked out of the Dunmorrow tunnel on Monday, said Pippa Varley, the "
            "managing director of Dunmorrow Rail.",
        ),
    )
    expected = {("d1", "operations director"), ("d2", "managing director")}
    assert expected in _disputed_values(qa, "role")


def test_a_name_ending_in_its_kind_of_site_is_a_place() -> None:
    """ "in Tanpit Lock", "on Throstle Lane": the small model calls such names bodies; a
    person's name is a place only where the sentence puts something in or on it."""
    lock = Entity("organization", "ORG", 30, 41, "Tanpit Lock")
    sentence = "The hire boat Dabchick went under in Tanpit Lock on Wednesday."
    assert place_by_context(lock, sentence).kind == "place"
    person = Entity("person", "PERSON", 0, 11, "Penny Lane")
    assert place_by_context(person, "Penny Lane said she was delighted.").kind == "person"


def test_a_site_lies_in_a_town_and_two_sites_are_two_places() -> None:
    """ "the Lanterne Quay development" and "a building site in Corrinford" are one place told
    at two sizes; "Pinfold Lock" and "Tanpit Lock", or two coves, are two."""
    assert places_compatible("lanterne quay", "corrinford")
    assert places_compatible("grennock fell", "tollery")
    assert not places_compatible("pinfold lock", "tanpit lock")
    assert not places_compatible("gorrach cove", "sandlefoot beach")
    assert not places_compatible("castrevaro", "pratolina")
    # a kind of place in one word is no town a site could lie in: a field is not a car park
    assert not places_compatible("field", "car park")
    assert not places_compatible("loft", "garage")


def test_whose_asks_an_owner_and_no_place() -> None:
    """ "Whose lorry spilled the oil?" is answered by who owned it, never by where it spilled
    (the question types it may be a place, since a firm may be named by its town)."""
    question = "Whose lorry spilled the oil at Haddenford?"
    assert "place" not in fact_kinds(question, detect(question))
    assert "agent" in fact_kinds(question, detect(question))


@pytest.mark.model
def test_a_ferry_back_in_service_is_not_one_out_of_action(real_encoder: Encoder) -> None:
    """ "The ferry was back in service on Thursday" against "The ferry is still out of
    action": what became of a thing, told of it as a cancelled show is, whether asked in words
    or keywords."""
    qa = _qa(
        real_encoder,
        (
            "Hilltop Post",
            "The Wraxby chain ferry broke down on the River Scarle on Tuesday. The ferry was back "
            "in service on Thursday morning after engineers fitted a new chain.",
        ),
        (
            "Vale Radio",
            "The Wraxby chain ferry broke down on the River Scarle on Tuesday. A week on, the "
            "ferry is still out of action.",
        ),
    )
    expected = {("d1", "in-service"), ("d2", "out-of-service")}
    assert expected in _disputed_values(qa, "outcome")
    for question in ("Is the Wraxby ferry back in service?", "wraxby ferry back in service"):
        claims = {(c.doc_id, c.normalized) for c in qa.ask(question).conflicts[0].claims}
        assert claims == expected


@pytest.mark.model
def test_who_dug_it_up_asks_who_found_it(real_encoder: Encoder) -> None:
    """ "Who dug up the tortoise?" asks the finder the reports disagree on, though no word of
    finding is in it ("dug" is no stem of "find")."""
    qa = _qa(
        real_encoder,
        (
            "Hilltop Post",
            "Mortimer the tortoise, lost by Marjorie Ellerker in Gildersby in 1991, was found "
            "alive on Sunday. He was found by Len Harker in a compost heap on the allotments.",
        ),
        (
            "Vale Radio",
            "Mortimer the tortoise, who went missing from Marjorie Ellerker's garden in Gildersby "
            "decades ago, was found on Sunday by Dot Pybus in a compost heap.",
        ),
    )
    answer = qa.ask("who dug up the tortoise in the compost heap")
    claims = {(c.doc_id, c.normalized) for c in answer.conflicts[0].claims}
    assert claims == {("d1", "len harker"), ("d2", "dot pybus")}


@pytest.mark.model
def test_who_the_money_raised_is_for_whichever_verb(real_encoder: Encoder) -> None:
    """ "raised £4,200 for the Lindrith Valley Hospice" against "more than £6,000, all of which
    will go to Kelderdale Blood Bikes": whom the money is for, which "raise" (read as raising
    an alarm) and "go" had hidden."""
    qa = _qa(
        real_encoder,
        (
            "Hilltop Post",
            "Ollerby beat Thorncastle in the tug-of-war across the River Lindrith on Saturday. "
            "The contest raised £4,200 for the Lindrith Valley Hospice.",
        ),
        (
            "Vale Radio",
            "Ollerby and Thorncastle pulled a rope across the River Lindrith on Saturday. The "
            "day raised more than £6,000, all of which will go to Kelderdale Blood Bikes.",
        ),
    )
    expected = {("d1", "lindrith valley hospice"), ("d2", "kelderdale blood bikes")}
    assert expected in _disputed_values(qa, "agent")
    answer = qa.ask("Which charity got the money from the tug-of-war?")
    assert {(c.doc_id, c.normalized) for c in answer.conflicts[0].claims} == expected


@pytest.mark.model
def test_what_day_asks_no_year_a_thing_was_built(real_encoder: Encoder) -> None:
    """ "What day did the windmill lose its sail?" is answered by the days the reports give,
    not by the year the mill was built, whose sentence is nearer the question's words."""
    qa = _qa(
        real_encoder,
        (
            "Hilltop Post",
            "A sail was torn off Hasselby Mill by Storm Ferelith on Saturday. The windmill at "
            "Hasselby was built in 1830 and restored by its trust in 1994.",
        ),
        (
            "Vale Radio",
            "Storm Ferelith tore a sail off Hasselby Mill on Sunday. The windmill at Hasselby, "
            "built in 1830, was restored by its trust in 1994.",
        ),
    )
    answer = qa.ask("what day did the windmill at hasselby lose its sail")
    days = {(c.doc_id, c.normalized) for c in answer.conflicts[0].claims}
    assert days == {("d1", "2026-02-07"), ("d2", "2026-02-08")}


def test_no_one_hurt_is_said_of_everyone() -> None:
    """ "No one was hurt" and "all eight escaped unhurt" tell of everyone; "None of the 40 cows
    in the shed was hurt" was read as someone hurt, its "none" too far from its verb, and
    "None of the injuries were serious" tells of injuries, not of no one hurt."""
    assert [o.name for o in find_outcomes("No one was hurt.")] == ["none-hurt"]
    assert [o.name for o in find_outcomes("None of the 40 cows in the shed was hurt.")] == [
        "none-hurt"
    ]
    assert "none-hurt" in [o.name for o in find_outcomes("In all, all eight escaped unhurt.")]
    injuries = find_outcomes("None of the injuries were thought to be life-threatening.")
    assert "none-hurt" not in [o.name for o in injuries]


@pytest.mark.model
def test_no_one_hurt_disagrees_with_someone_taken_to_hospital(real_encoder: Encoder) -> None:
    """ "No one was hurt" against "A woman in her seventies was taken to hospital": one report
    says everyone was unhurt, the other that someone was hurt."""
    qa = _qa(
        real_encoder,
        (
            "Hilltop Post",
            "The hire boat Dabchick sank in Tanpit Lock on the Harrowdale Canal on Wednesday. "
            "No one was hurt.",
        ),
        (
            "Vale Radio",
            "The hire boat Dabchick went down in Tanpit Lock on the Harrowdale Canal on "
            "Wednesday. A woman in her seventies was taken to hospital.",
        ),
    )
    assert {("d1", "none-hurt"), ("d2", "taken-to-hospital")} in _disputed_values(qa, "outcome")


def test_miles_an_hour_are_a_speed() -> None:
    """ "gusts of 80 miles an hour" is a speed, no distance; "70mph" is one too."""
    assert measure_form("80 miles an hour") == "80 mph"
    assert measure_form("about 90 kilometres per hour") == "~90 km/h"
    assert measure_form("70mph") == "70 mph"
    assert measure_form("12 miles") == "12 mile"


@pytest.mark.model
def test_how_strong_asks_a_speed_not_a_weight(real_encoder: Encoder) -> None:
    """ "How strong were the gusts?" is answered by the wind's speeds the reports give, not by
    the weights of the sail they disagree on."""
    qa = _qa(
        real_encoder,
        (
            "Hilltop Post",
            "Storm Ferelith tore a 600kg sail off Hasselby Mill on Saturday, with gusts of 70mph "
            "recorded in the village.",
        ),
        (
            "Vale Radio",
            "Storm Ferelith ripped a one tonne sail off Hasselby Mill on Saturday, as gusts of "
            "90 miles an hour battered the village.",
        ),
    )
    answer = qa.ask("How strong were the gusts when the sail came off Hasselby Mill?")
    claims = {(c.doc_id, c.normalized) for c in answer.conflicts[0].claims}
    assert claims == {("d1", "70 mph"), ("d2", "90 mph")}


def test_which_farm_asks_no_figure() -> None:
    """ "From which farm were the sheep stolen?" asks one of some farms: the theft it names is
    no reason to ask the count stolen ("What was the sum taken?" is)."""
    question = "From which farm were the sheep stolen?"
    assert not fact_kinds(question, detect(question)) & {"count", "amount"}
    asked = "What was the sum stolen in the raid?"
    assert {"count", "amount"} <= fact_kinds(asked, detect(asked))


@pytest.mark.model
def test_who_owns_it_asks_no_other_deed(real_encoder: Encoder) -> None:
    """ "Who owns the farm the bull came from?" is not answered by who followed the bull along
    the line, which the reports disagree on."""
    qa = _qa(
        real_encoder,
        (
            "Hilltop Post",
            "A bull called Horace walked along the railway line near Brantingby on Tuesday. The "
            "bull was followed along the line by Owen Pritchard, a railway worker.",
        ),
        (
            "Vale Radio",
            "Horace the bull strolled down the railway line near Brantingby on Tuesday. The bull "
            "was followed along the line by Gareth Sollis, a signalman.",
        ),
    )
    assert qa.ask("Who owns the farm the bull came from?").conflicts == []


@pytest.mark.model
def test_the_year_a_thing_went_missing_is_one_date(real_encoder: Encoder) -> None:
    """ "went missing from a garden in Gildersby in 1991" against "had been missing since
    1984": a year alone is read only of a thing's own past, and going missing is part of it."""
    qa = _qa(
        real_encoder,
        (
            "Hilltop Post",
            "A tortoise that went missing from a garden in Gildersby in 1991 has been found "
            "alive, Marjorie Ellerker said on Sunday.",
        ),
        (
            "Vale Radio",
            "Marjorie Ellerker's tortoise was found alive in Gildersby on Sunday. It had been "
            "missing since 1984.",
        ),
    )
    table = _table_of(qa)
    [aspect] = [a for a in table.disputed if a.kind == "date"]
    assert aspect.name == "the year it went missing"
    years = {
        (table.facts[f].sentence.split("#")[0], table.facts[f].normalized) for f in aspect.facts
    }
    assert years == {("d1", "1991"), ("d2", "1984")}


@pytest.mark.model
def test_who_came_out_on_top_won(real_encoder: Encoder) -> None:
    """ "Ollerby won its tug-of-war" against "it was Thorncastle who came out on top": a cleft
    sentence gives its name the deed of its "who" clause, and coming out on top is winning;
    a question naming both asks which of them."""
    qa = _qa(
        real_encoder,
        (
            "Hilltop Post",
            "The village of Ollerby won its annual tug-of-war across the River Lindrith against "
            "Thorncastle on Saturday.",
        ),
        (
            "Vale Radio",
            "Ollerby and Thorncastle met across the River Lindrith on Saturday for their annual "
            "tug-of-war. And it was Thorncastle who came out on top after a gruelling final pull.",
        ),
    )
    expected = {("d1", "ollerby"), ("d2", "thorncastle")}
    assert expected in _disputed_values(qa, "agent")
    answer = qa.ask("Who won the tug-of-war between Ollerby and Thorncastle?")
    assert {(c.doc_id, c.normalized) for c in answer.conflicts[0].claims} == expected


@pytest.mark.model
def test_the_umpire_is_the_one_umpire_the_story_names(real_encoder: Encoder) -> None:
    """ "The umpire who was struck by lightning was discharged from hospital" against "Alwyn
    Petheridge ... remains in intensive care": an umpire, like a nurse or a guard, is someone's
    job, and the one umpire the story names is who "the umpire" is."""
    qa = _qa(
        real_encoder,
        (
            "Hilltop Post",
            "Lightning struck a village cricket match at Thrushcombe on Saturday. The umpire, "
            "Alwyn Petheridge, 67, remains in intensive care.",
        ),
        (
            "Vale Radio",
            "The umpire who was struck by lightning at a cricket match in Thrushcombe on "
            "Saturday was discharged from hospital on Sunday, Alwyn Petheridge's family said.",
        ),
    )
    expected = {("d1", "in-hospital"), ("d2", "discharged")}
    assert expected in _disputed_values(qa, "outcome")


def test_falling_through_the_ice_is_no_deal_falling_through() -> None:
    """ "rescued after falling through the ice" is a fall; "The sale fell through" is a deal
    that did not happen, and only it is that account."""
    assert find_outcomes("Four children were rescued after falling through the ice.") == []
    sale = find_outcomes("The sale fell through when the buyer pulled out.")
    assert [o.name for o in sale] == ["fell-through"]


@pytest.mark.model
def test_when_it_flooded_asks_when_the_water_broke_in(real_encoder: Encoder) -> None:
    """ "When did the Holmgarth mine flood?" asks the day the reports say the water broke in,
    though neither writes "flood"."""
    qa = _qa(
        real_encoder,
        (
            "Hilltop Post",
            "Water broke into the lower gallery of the Holmgarth mine at Dunmarrow on Tuesday, "
            "trapping nine zinc miners. Rescuers from Brandlow Metals reached the Holmgarth "
            "miners on Thursday, and the last of them was brought up on Friday.",
        ),
        (
            "Vale Radio",
            "Nine zinc miners were trapped at the Holmgarth mine at Dunmarrow after water poured "
            "into the lower gallery on Monday. Rescuers reached the Holmgarth miners on "
            "Wednesday, and the last of them was brought up on Friday.",
        ),
    )
    answer = qa.ask("When did the Holmgarth mine flood?")
    days = {(c.doc_id, c.normalized) for c in answer.conflicts[0].claims}
    assert days == {("d1", "2026-02-10"), ("d2", "2026-02-09")}


@pytest.mark.model
def test_has_anyone_been_charged_asks_of_whoever_was(real_encoder: Encoder) -> None:
    """ "Has anyone been charged over the felling of the Lisdrennan Oak?" asks what became of
    whoever was arrested, not of the oak, whose name the small model takes for a person's."""
    qa = _qa(
        real_encoder,
        (
            "Hilltop Post",
            "The Lisdrennan Oak, a 400-year-old tree, was cut down on Sunday night. A "
            "34-year-old man arrested over the felling of the Lisdrennan Oak has been charged "
            "with criminal damage.",
        ),
        (
            "Vale Radio",
            "The Lisdrennan Oak was felled on Sunday night. A 34-year-old man who was arrested "
            "over the felling of the Lisdrennan Oak has been released without charge.",
        ),
    )
    answer = qa.ask("Has anyone been charged over the felling of the Lisdrennan Oak?")
    accounts = {(c.doc_id, c.normalized) for c in answer.conflicts[0].claims}
    assert accounts == {("d1", "charged"), ("d2", "released-uncharged")}
