"""Disagreements over counts, measures and who runs things, read on tiny corpora.

Each test sets two invented reports of one story against each other in a construction the
disagreement table once missed or merged: the injured beside those taken to hospital, passengers
beside the cars on a ferry, a part of a plural ("68 of the little buildings"), a job the tagger
took for an adjective ("Watch manager"), who runs a service ("which runs the ferry"), and a
weight converted from another unit. The reports share names so that the story model groups
them, as real reports of one event do.
"""

from __future__ import annotations

import pytest

from index.disputes.values import with_unit_compatible
from index.encoder import Encoder
from tests.tiny_corpora import assistant_of as _qa
from tests.tiny_corpora import disputed_values as _disputed_values

_RACE = (
    "Hilltop Post",
    "Some 14 runners were hurt at the Hensleigh cheese-rolling race down Quarley Edge on "
    "Saturday. Paramedics treated the injured at the foot of the hill, and two were taken to "
    "hospital with broken bones. The race was won by Shona Ketley.",
)
_RACE_AGAIN = (
    "Vale Radio",
    "Nine people were treated for injuries at the Hensleigh cheese-rolling race on Quarley Edge "
    "on Saturday. Two of them were taken to hospital. Shona Ketley won the women's race.",
)


@pytest.mark.model
def test_those_taken_to_hospital_are_counted_apart_from_those_hurt(
    real_encoder: Encoder,
) -> None:
    """ "Some 14 runners were hurt" against "Nine people were treated for injuries": both
    reports' "two taken to hospital" are a count of their own, which had joined the injured
    and made the two reports agree."""
    qa = _qa(real_encoder, _RACE, _RACE_AGAIN)
    assert {("d1", "~14"), ("d2", "9")} in _disputed_values(qa, "count")


@pytest.mark.model
def test_cars_on_a_ferry_are_no_count_of_its_passengers(real_encoder: Encoder) -> None:
    """47 passengers against 31: the dozen cars both reports put on board are not passengers."""
    qa = _qa(
        real_encoder,
        (
            "Daily Hoot",
            "A total of 47 passengers were stuck on the Wraxby chain ferry, along with a dozen "
            "cars, after it broke down on the River Scarle on Tuesday evening.",
        ),
        (
            "Scarle Advertiser",
            "In all 31 passengers and a dozen cars were stuck in the middle of the River Scarle "
            "on Tuesday when the Wraxby chain ferry broke down. The rest of the dozen cars on "
            "board were towed off on Wednesday.",
        ),
    )
    assert {("d1", "47"), ("d2", "31")} in _disputed_values(qa, "count")


@pytest.mark.model
def test_a_part_of_a_plural_counts_it(real_encoder: Encoder) -> None:
    """ "68 of the little buildings were damaged" against "About 40 of the model buildings":
    the small model gives such a figure no entity, and a part "of the" was read as no count."""
    qa = _qa(
        real_encoder,
        (
            "Brantingby Advertiser",
            "Vandals wrecked Hollinsgate Model Village on Sunday. In all, 68 of the little "
            "buildings were damaged, some of them beyond repair, Lorna Bowdery said.",
        ),
        (
            "Fieldfare Weekly",
            "Lorna Bowdery found Hollinsgate Model Village wrecked on Sunday morning. About 40 of "
            "the model buildings were damaged, among them the church.",
        ),
    )
    assert {("d1", "68"), ("d2", "~40")} in _disputed_values(qa, "count")


@pytest.mark.model
def test_a_job_the_tagger_calls_an_adjective_is_kept(real_encoder: Encoder) -> None:
    """ "Watch manager Gary Stonehewer" against "Station manager Gary Stonehewer": "Watch",
    tagged an adjective at the start of the sentence, had been cut, leaving a "manager" that
    fits any manager."""
    qa = _qa(
        real_encoder,
        (
            "Greylag Wire",
            "Firefighters freed a mare from a bog near Coldbeck on Sunday. Watch manager Gary "
            "Stonehewer, who led the crews, said she never stopped trying.",
        ),
        (
            "Brantingby Advertiser",
            "A mare was pulled from a bog near Coldbeck on Sunday. Station manager Gary "
            "Stonehewer said the crews had trained for exactly this kind of rescue.",
        ),
    )
    assert {("d1", "watch manager"), ("d2", "station manager")} in _disputed_values(qa, "role")


_FERRY_COUNCIL = (
    "Daily Hoot",
    "The Wraxby chain ferry broke down on the River Scarle on Tuesday. Fennshire County "
    "Council, which runs the ferry, said sorry and promised an investigation.",
)


@pytest.mark.model
def test_who_runs_a_service_is_read_from_which_runs(real_encoder: Encoder) -> None:
    """ "Fennshire County Council, which runs the ferry" against "The crossing is run by Scarle
    Crossings": an active "runs" of a body, left out with the other verbs bodies are subjects
    of, says who runs it as the passive does."""
    qa = _qa(
        real_encoder,
        _FERRY_COUNCIL,
        (
            "Scarle Advertiser",
            "The Wraxby chain ferry broke down on the River Scarle on Tuesday. The crossing is run "
            "by Scarle Crossings, a company set up by businesses on both banks.",
        ),
    )
    expected = {("d1", "fennshire county council"), ("d2", "scarle crossings")}
    assert expected in _disputed_values(qa, "agent")


@pytest.mark.model
def test_two_funds_set_up_are_two_deeds(real_encoder: Encoder) -> None:
    """ "The Clang has set up a fund" and "A fund set up by the Highlander": nothing says the
    two funds are one, so who set each up is no disagreement, while "has launched an appeal"
    and "The appeal set up by" one body and another are (one of them is "the" appeal)."""
    funds = _qa(
        real_encoder,
        (
            "Clang",
            "Fourteen miners were trapped at Holmgarth colliery on Monday. The Clang has set up "
            "a fund for the families of the miners.",
        ),
        (
            "Highlander",
            "A dozen miners were trapped at Holmgarth colliery on Monday. A fund set up by the "
            "Highlander for the families of the miners has raised 18,400 talvers.",
        ),
    )
    assert _disputed_values(funds, "agent") == []
    appeal = _qa(
        real_encoder,
        (
            "Brantingby Advertiser",
            "Vandals wrecked Hollinsgate Model Village on Sunday. The Hollinsgate Civic Society "
            "has launched an appeal to pay for the repairs.",
        ),
        (
            "Fieldfare Weekly",
            "Vandals wrecked Hollinsgate Model Village on Sunday. The appeal set up by "
            "Hollinsgate Women's Institute has raised enough to buy the stone.",
        ),
    )
    expected = {("d1", "hollinsgate civic society"), ("d2", "hollinsgate women's institute")}
    assert expected in _disputed_values(appeal, "agent")


def test_a_converted_measure_is_as_exact_as_it_is_written() -> None:
    """A figure in another unit is as exact as its digits: "1.2 tonnes" is not "around
    900kg", "20FT" not "about four metres", "10lb" not "4kg"; "40 feet" may be "12 metres"
    (a figure ending in zeros rounded by at most a tenth of it), "6ft" may be "1.8 metres"."""
    assert not with_unit_compatible("~900 kg", "1.2 tonne")
    assert not with_unit_compatible("20 foot", "~4 metre")
    assert not with_unit_compatible("10 lb", "4 kg")
    assert with_unit_compatible("40 foot", "12 metre")
    assert with_unit_compatible("6 foot", "1.8 metre")
    assert with_unit_compatible("100 yard", "90 metre")


_MARE = (
    "Greylag Wire",
    "Firefighters spent six hours freeing a 23-year-old horse that sank up to its neck in a "
    "bog on Fallowgill Moss near Coldbeck on Sunday. The mare, called Marigold, belongs to "
    "Janet Dunstall. The alarm was raised by a walker, Pauline Merridew, who saw the horse in "
    "the bog.",
)
_MARE_AGAIN = (
    "Fennshire Chronicle",
    "A 19-year-old horse was pulled to safety after six hours trapped up to her neck in a bog "
    "on Fallowgill Moss near Coldbeck on Sunday. Marigold belongs to Janet Dunstall. The alarm "
    "was raised by a passing walker, Pauline Merridew, who saw the horse in the bog.",
)
_MARE_THIRD = (
    "Brantingby Advertiser",
    "A 23-year-old mare is back in her stable after firefighters pulled her from a bog on "
    "Fallowgill Moss near Coldbeck on Sunday. Marigold belongs to Janet Dunstall. The alarm was "
    "raised by Mrs Dunstall's daughter, Freya Dunstall, who saw the horse in the bog.",
)


@pytest.mark.model
def test_an_unnamed_animal_is_one_whatever_noun_ages_it(real_encoder: Encoder) -> None:
    """ "A 23-year-old mare" of one report is "the horse" two others give 23 and 19 years:
    ages of unnamed things that are no person are joined as sums told in other words are, by
    their sentences' meaning, so "age of the mare" finds the disagreement."""
    qa = _qa(real_encoder, _MARE, _MARE_AGAIN, _MARE_THIRD)
    assert {("d1", "23"), ("d2", "19"), ("d3", "23")} in _disputed_values(qa, "age")
    [conflict] = qa.ask("age of the mare rescued from the bog").conflicts
    assert {c.doc_id for c in conflict.claims} == {"d1", "d2", "d3"}


@pytest.mark.model
def test_who_called_999_asks_who_raised_the_alarm(real_encoder: Encoder) -> None:
    """ "Who called 999 ...?" names no word of "The alarm was raised by": a call to 999 or to
    the fire brigade asks the alarm, as "dialled 999" tells it."""
    qa = _qa(real_encoder, _MARE, _MARE_AGAIN, _MARE_THIRD)
    for question in (
        "who called 999 for the horse in the bog",
        "Who rang the fire brigade about the horse in the bog?",
    ):
        [conflict] = qa.ask(question).conflicts
        assert {(c.doc_id, c.value) for c in conflict.claims} == {
            ("d1", "Pauline Merridew"),
            ("d2", "Pauline Merridew"),
            ("d3", "Freya Dunstall"),
        }


@pytest.mark.model
def test_what_snapped_when_passengers_were_stuck_is_a_cause(real_encoder: Encoder) -> None:
    """ "were stuck in the middle of the river ... when one of the chains snapped" tells why
    the ferry stopped, against another report's "An electrical fault knocked out the engine"."""
    qa = _qa(
        real_encoder,
        (
            "Daily Hoot",
            "Passengers were stranded on the Wraxby chain ferry on the River Scarle on Tuesday. "
            "An electrical fault knocked out the ferry's engine halfway across.",
        ),
        (
            "Scarle Advertiser",
            "Passengers were stuck in the middle of the River Scarle on the Wraxby chain ferry on "
            "Tuesday when one of the chains that pulls the ferry across the water snapped.",
        ),
    )
    expected = {("d1", "an electrical fault"), ("d2", "the chains")}
    assert expected in _disputed_values(qa, "cause")


@pytest.mark.model
def test_a_figure_both_give_does_not_make_their_others_agree(real_encoder: Encoder) -> None:
    """Both reports give the 19 whales saved and their own count of those stranded (47, 62):
    the 19 they share is one thing and the stranded another, which they disagree on, and the
    participle after the noun ("62 ... whales stranded") says what the count is of."""
    qa = _qa(
        real_encoder,
        (
            "Ravelsby Record",
            "Volunteers refloated 19 whales on Wednesday night after 47 pilot whales beached "
            "themselves on Sandlefoot Beach, north of Esterhythe. Volunteers from Pellow Marine "
            "Rescue and the Esterhythe coastguard worked through the night.",
        ),
        (
            "Fenlow Bulletin",
            "Nineteen whales were returned to the sea on Wednesday evening after a pod of 62 "
            "false killer whales stranded in Gorrach Cove, just south of Esterhythe. Pellow Marine "
            "Rescue and the Esterhythe coastguard led the rescue.",
        ),
    )
    assert _disputed_values(qa, "count") == [{("d1", "47"), ("d2", "62")}]
    [conflict] = qa.ask("How many whales stranded near Esterhythe?").conflicts
    assert {(c.doc_id, c.normalized) for c in conflict.claims} == {("d1", "47"), ("d2", "62")}


@pytest.mark.model
def test_what_a_when_clause_tells_dates_the_day(real_encoder: Encoder) -> None:
    """ "The first alarm sounded ... on Monday, when a drilling crew broke into an old working"
    against "The water broke into the lower gallery ... early on Tuesday": the "when" clause
    tells what happened that day, and "first" of the alarm does not set the day apart from one
    of the water (as "fifth" sets Friday's fifth stage apart from the stage)."""
    qa = _qa(
        real_encoder,
        (
            "Skyvale TV",
            "Fourteen miners were trapped in the Holmgarth mine near Dunmarrow. The first alarm "
            "sounded shortly before midnight on Monday, when a drilling crew broke into an old "
            "working, the mine's owner Brandlow Metals said.",
        ),
        (
            "Kessary Highlander",
            "The water broke into the lower gallery of the Holmgarth mine near Dunmarrow early "
            "on Tuesday morning, trapping a dozen miners, Brandlow Metals said.",
        ),
    )
    expected = {("d1", "2026-02-09"), ("d2", "2026-02-10")}
    assert expected in _disputed_values(qa, "date")


@pytest.mark.model
def test_posts_cut_are_jobs_lost(real_encoder: Encoder) -> None:
    """ "cutting about 900 posts" against "1,500 jobs are set to be axed": posts are jobs."""
    qa = _qa(
        real_encoder,
        (
            "Bellwether Wire",
            "Brantvik Energy has made a takeover offer for Solvarra Power. Leonie Vasshaug said "
            "the combined company would save money by cutting about 900 posts.",
        ),
        (
            "Daily Rattle",
            "Leonie Vasshaug of Brantvik Energy wants to swallow up Solvarra Power, and 1,500 "
            "jobs are set to be axed if she gets her way.",
        ),
    )
    assert {("d1", "~900"), ("d2", "1500")} in _disputed_values(qa, "count")


@pytest.mark.model
def test_how_the_thieves_got_in_is_a_way_in_of_its_own(real_encoder: Encoder) -> None:
    """ "got in through an unlocked window" against "forced the back door": the way in is
    read, asked by "How did the thieves get in?", and named as the way in, an aspect apart
    from what caused anything else in a story."""
    qa = _qa(
        real_encoder,
        (
            "Greylag Wire",
            "The mayor's chain was stolen from Brantingby Town Hall on Saturday night. The "
            "thieves got in through an unlocked window at the back of the building, Fennshire "
            "Police said.",
        ),
        (
            "Radio Scarle",
            "The mayor's chain was stolen from Brantingby Town Hall on Saturday night. Fennshire "
            "Police believe the thieves forced the back door of the town hall with a crowbar.",
        ),
    )
    expected = {("d1", "an unlocked window"), ("d2", "the back door of the town hall")}
    assert expected in _disputed_values(qa, "cause")
    [conflict] = qa.ask("How did the thieves get into Brantingby Town Hall?").conflicts
    assert conflict.about == "the way in or out"
    assert {(c.doc_id, c.normalized) for c in conflict.claims} == expected


@pytest.mark.model
def test_who_made_it_is_read_through_a_pronoun(real_encoder: Encoder) -> None:
    """ "was built by Arthur Bowdery" against "It was built in the 1950s by Herbert Bowdery":
    who made "it" made the thing the story is about, as who found it found it (who owns "it"
    stays unread: which of a story's things "it" is, nothing says)."""
    qa = _qa(
        real_encoder,
        (
            "Brantingby Advertiser",
            "Vandals wrecked Hollinsgate Model Village on Sunday. The model village was built by "
            "Arthur Bowdery, a railway signalman, who began it in 1953.",
        ),
        (
            "Fieldfare Weekly",
            "Vandals wrecked Hollinsgate Model Village on Sunday. It was built in the 1950s by "
            "Herbert Bowdery, a signalman on the old branch line.",
        ),
    )
    expected = {("d1", "arthur bowdery"), ("d2", "herbert bowdery")}
    assert expected in _disputed_values(qa, "agent")


@pytest.mark.model
def test_a_body_named_before_its_people_did_their_work(real_encoder: Encoder) -> None:
    """ "Fennshire Ambulance Service paramedics treated the injured" against "Volunteers from
    Hensleigh First Responders treated the injured": the body whose people did the work is
    read when its name stands before them, as it is after "from"."""
    qa = _qa(
        real_encoder,
        (
            "Daily Hoot",
            "Some 14 runners were hurt at the Hensleigh cheese-rolling race on Quarley Edge on "
            "Saturday. Fennshire Ambulance Service paramedics treated the injured at the foot "
            "of the hill.",
        ),
        (
            "Radio Scarle",
            "Nine people were hurt at the Hensleigh cheese-rolling race on Quarley Edge on "
            "Saturday. Volunteers from Hensleigh First Responders treated the injured at the "
            "bottom of the slope.",
        ),
    )
    expected = {("d1", "fennshire ambulance service"), ("d2", "hensleigh first responders")}
    assert expected in _disputed_values(qa, "agent")
