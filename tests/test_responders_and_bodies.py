"""Constructions found through the blind corpora theodolite, lantern, planisphere, dispatch
and heliograph, each read from two tiny reports of one story.

"Volunteers from the Carrowby Animal Rescue reached the quarry" and "volunteers from Pennock
Lifeboat Trust were at the quarry" name two bodies for one rescue: coming to the scene, with no
object, says who answered the call as a deed done to the dog does. Then where someone lay or
was kept, how long something sat stuck, ages said alone or at death, a strike's length, an
employer, causes told by a state or a shortage, and whom "he" is after a sentence about "the
driver".
"""

from __future__ import annotations

import pytest

from assistant.disputed import fact_kinds
from assistant.question_type import detect
from index.analysis.entities import Entity, untitle
from index.disputes import lexicon
from index.encoder import Encoder
from tests.tiny_corpora import aspects_weighed, disputed_values, outcome_names
from tests.tiny_corpora import assistant_of as _qa
from tests.tiny_corpora import claims as _claims


@pytest.mark.model
def test_people_of_a_body_who_came_to_the_scene(real_encoder: Encoder) -> None:
    qa = _qa(
        real_encoder,
        (
            "Wharfside Wire",
            "A spaniel called Biscuit was rescued from a ledge in Bramley Quarry on Sunday "
            "after falling 30ft while out with her owner, Maureen Tallis. Volunteers from the "
            "Carrowby Animal Rescue reached the quarry within an hour and lifted the dog to "
            "safety. Mrs Tallis said she was overjoyed.",
        ),
        (
            "Dale Gazette",
            "Biscuit the spaniel is home after a fall in Bramley Quarry. Her owner, Maureen "
            "Tallis, raised the alarm, and volunteers from Pennock Lifeboat Trust were at the "
            "quarry within the hour. The dog was unhurt.",
        ),
    )
    assert disputed_values(qa, "agent") == [
        {("d1", "carrowby animal rescue"), ("d2", "pennock lifeboat trust")}
    ]


@pytest.mark.model
def test_what_a_bodys_people_said_is_no_deed(real_encoder: Encoder) -> None:
    """Officers who said something at the scene did nothing there that a question asks of."""
    qa = _qa(
        real_encoder,
        (
            "Wharfside Wire",
            "A spaniel called Biscuit was rescued from a ledge in Bramley Quarry on Sunday. "
            "Officers from Carrowby Police said at the quarry that the dog was unhurt.",
        ),
        (
            "Dale Gazette",
            "Biscuit the spaniel is home after a fall in Bramley Quarry. Staff from Pennock "
            "Council said at the quarry that fencing would be put up.",
        ),
    )
    assert disputed_values(qa, "agent") == []


@pytest.mark.model
def test_where_someone_lay_is_where_they_were_found(real_encoder: Encoder) -> None:
    """ "lying at the foot of a steep gully known as Hobcross Ghyll" against "found ... near
    Scalder Tarn": one place of a search, its names ending in their kind of site (a ghyll, a
    tarn), which the small model calls people."""
    qa = _qa(
        real_encoder,
        (
            "Fellside Radio",
            "Missing walker Ada Pruett, 64, was found alive on Monday by a search dog. She was "
            "lying at the foot of a steep gully known as Hobcross Ghyll, below the summit of "
            "Wether Knott.",
        ),
        (
            "Dales Record",
            "Walker Ada Pruett, 64, has been found safe after two nights on the fells. She was "
            "found on Monday in the ruins of a stone barn near Scalder Tarn.",
        ),
    )
    assert disputed_values(qa, "place") == [{("d1", "hobcross ghyll"), ("d2", "scalder tarn")}]


@pytest.mark.model
def test_where_someone_was_kept_chained_is_where_they_were_kept(real_encoder: Encoder) -> None:
    """ "was kept chained in a cave in the Orrab Hills": where she was kept, as "was kept ...
    in a farmhouse near the town of Zell Orrin" is; not where a chaining happened."""
    qa = _qa(
        real_encoder,
        (
            "Moor Radio",
            "Nurse Signe Holt, 38, from Ravensk, was freed in Qandera on Monday after months in "
            "the hands of the Harrab Front. She was kept for most of that time in a farmhouse "
            "near the town of Zell Orrin.",
        ),
        (
            "Dale Weekly",
            "Nurse Signe Holt is home after months in the hands of the Harrab Front in Qandera. "
            "Signe, 38, was kept chained in a cave in the Orrab Hills, with only a blanket, a "
            "bucket and a torch.",
        ),
    )
    assert disputed_values(qa, "place") == [{("d1", "zell orrin"), ("d2", "orrab hills")}]


@pytest.mark.model
def test_how_long_a_lorry_sat_stuck(real_encoder: Encoder) -> None:
    """ "was stuck there for 19 hours" (the lemma "stick") against "For 31 hours it sat in the
    lane": one time stranded."""
    qa = _qa(
        real_encoder,
        (
            "Moor Radio",
            "A lorry became wedged in Cotter Lane in Hawby on Tuesday. It was stuck there for "
            "19 hours before a crane lifted it free, said driver Stan Mowbray.",
        ),
        (
            "Dale Weekly",
            "Driver Stan Mowbray's lorry spent Tuesday wedged in Cotter Lane in Hawby. For 31 "
            "hours it sat in the lane until a crane lifted it free.",
        ),
    )
    assert disputed_values(qa, "duration") == [{("d1", "19 hour"), ("d2", "31 hour")}]


@pytest.mark.model
def test_an_age_said_in_a_sentence_of_its_own(real_encoder: Encoder) -> None:
    """ "Maisie is 10." gives her age, though the small model tags no one in it: the first
    name is of the girl the article named before."""
    qa = _qa(
        real_encoder,
        (
            "Coast Wire",
            "An 11-year-old girl, Maisie Tarrant, has found a fossil skull on the beach at "
            "Hollerby. Maisie Tarrant spotted the teeth on Saturday.",
        ),
        (
            "Weekly Fossil",
            "Maisie Tarrant saw the teeth on Saturday on the beach at Hollerby. Maisie is 10. "
            "She keeps her ammonites in egg boxes.",
        ),
    )
    assert disputed_values(qa, "age") == [{("d1", "11"), ("d2", "10")}]


@pytest.mark.model
def test_how_long_they_had_been_on_strike(real_encoder: Encoder) -> None:
    """ "had been on strike for five weeks in a row" is the strike's length, as "a strike that
    lasted three weeks" is, though its subject is the collectors."""
    qa = _qa(
        real_encoder,
        (
            "Coast Wire",
            "Refuse workers in Fellby have ended a strike that lasted three weeks after voting "
            "to accept a pay offer from Fellby District Council.",
        ),
        (
            "Weekly Fossil",
            "Fellby District Council has agreed a pay offer. The district's 140 refuse "
            "collectors had been on strike for five weeks in a row over pay.",
        ),
    )
    assert disputed_values(qa, "duration") == [{("d1", "3 week"), ("d2", "5 week")}]


@pytest.mark.model
def test_whom_they_work_for_and_who_employs_them(real_encoder: Encoder) -> None:
    """ "They work for Grendale Waste Services" and "The workers are employed by Cleanflow
    Environmental" name two employers of one workforce."""
    qa = _qa(
        real_encoder,
        (
            "Coast Wire",
            "Refuse collectors in Fellby have ended their three-week strike after voting to "
            "accept a pay offer, Fellby District Council leader Moira Haigh said. They work for "
            "Grendale Waste Services, which collects the district's rubbish.",
        ),
        (
            "Weekly Fossil",
            "Refuse workers in Fellby have voted to accept a pay offer and end their strike, "
            "Fellby District Council leader Moira Haigh said. The workers are employed by "
            "Cleanflow Environmental, which holds the rubbish contract.",
        ),
    )
    assert disputed_values(qa, "agent") == [
        {("d1", "grendale waste services"), ("d2", "cleanflow environmental")}
    ]
    assert [c.about for c in qa.disagreements()] == ["the employer"]


@pytest.mark.model
def test_ages_at_death(real_encoder: Encoder) -> None:
    """ "Edith Marrow, who died in June aged 93" (the age of whoever died, through "who") and
    "When she died in June, at 97," (a bare number the NER calls a date)."""
    qa = _qa(
        real_encoder,
        (
            "Coast Wire",
            "Piano teacher Edith Marrow, who died in June aged 93, has left her village of "
            "Stannerby £900,000. Edith Marrow taught piano in Stannerby for sixty years.",
        ),
        (
            "Weekly Fossil",
            "Edith Marrow taught piano in Stannerby for sixty years. When she died in June, at "
            "97, she left the village £900,000.",
        ),
    )
    assert disputed_values(qa, "age") == [{("d1", "93"), ("d2", "97")}]
    assert [c.about for c in qa.disagreements()] == ["the age of Edith Marrow"]


@pytest.mark.model
def test_called_off_because_of_a_state(real_encoder: Encoder) -> None:
    """ "called off ... because the site was waterlogged" gives the state as the cause (not
    "the site"), against "after high winds tore the roof"; "who were due to headline on
    Saturday night" is a timetable, no cause."""
    qa = _qa(
        real_encoder,
        (
            "Coast Wire",
            "The Greyling Festival at Hagg Farm was called off on Saturday after high winds "
            "tore the roof from its main stage. The band Copper Moth, who were due to headline "
            "on Saturday night, said they were gutted.",
        ),
        (
            "Weekly Fossil",
            "The Greyling Festival at Hagg Farm was called off on Saturday, a few hours after "
            "its gates opened, because the site was waterlogged. The band Copper Moth said they "
            "were gutted.",
        ),
    )
    assert disputed_values(qa, "cause") == [
        {("d1", "high winds"), ("d2", "the site was waterlogged")}
    ]


@pytest.mark.model
def test_ran_out_of_fuel_is_a_cause(real_encoder: Encoder) -> None:
    """ "brought his tiny plane down ... after it ran out of fuel - missing families by inches":
    running out of something is why, whatever the event; the aside after the dash is not."""
    qa = _qa(
        real_encoder,
        (
            "Coast Wire",
            "A pilot landed his plane on the beach at Wrackholm on Sunday. Its engine failed "
            "over the sea because of a mechanical fault, police said.",
        ),
        (
            "Weekly Fossil",
            "A pilot brought his tiny plane down on the beach at Wrackholm on Sunday after it "
            "ran out of fuel - missing families by inches.",
        ),
    )
    assert disputed_values(qa, "cause") == [
        {("d1", "a mechanical fault"), ("d2", "ran out of fuel")}
    ]


@pytest.mark.model
def test_he_after_a_sentence_about_the_driver_is_the_driver(real_encoder: Encoder) -> None:
    """ "The driver, 51, ... was cut free. He was arrested" and "freeing the driver ... He was
    not arrested": "he" is the driver the sentence before told of, not the haulier named
    further back (which the small model takes for a person); the police's "appealed for anyone
    with dashboard camera footage" is no appeal of the driver's."""
    qa = _qa(
        real_encoder,
        (
            "Wexcombe Gazette",
            "The Haddenford bypass was closed after a lorry overturned at the Quarry Lane "
            "roundabout. The crash happened when a tyre blew out as the lorry, operated by "
            "Cressing Freight, came down the hill, police said. The driver, 51, who suffered a "
            "broken collarbone, was cut free from his cab by firefighters. He was arrested at "
            "the scene on suspicion of dangerous driving.",
        ),
        (
            "Pellowmere Star",
            "The Haddenford bypass was closed after a lorry overturned at the Quarry Lane "
            "roundabout, police said. Firefighters spent nearly an hour freeing the driver, a "
            "51-year-old man, who was taken to hospital with a broken collarbone. He was not "
            "arrested, and police said they were not looking for anyone else. They have "
            "appealed for anyone with dashboard camera footage to come forward.",
        ),
    )
    assert disputed_values(qa, "outcome") == [
        {("d1", "captured"), ("d1", "wounded"), ("d2", "escaped")}
    ]
    assert [c.about for c in qa.disagreements()] == ["what happened to the driver"]


def test_appealing_for_witnesses_is_no_appeal() -> None:
    assert outcome_names(
        "Police have appealed for witnesses to come forward.",
        'Inspector Netherfold said: "I would appeal to anyone who saw the bus to come forward."',
        "She has appealed against the ban.",
        "The club said it would appeal.",
    ) == [[], [], ["appealing"], ["appealing"]]


def test_a_keyword_query_of_an_arrest_asks_what_happened() -> None:
    """ "haddenford lorry driver arrest" asks whether he was arrested, as "charged" did."""
    assert detect("haddenford lorry driver arrest").account
    assert not detect("haddenford lorry driver age").account


def test_a_sighting_is_a_finding() -> None:
    """ "rubythroat first sighting day" asks when the bird was first spotted: a sighting is of
    the class of finding and spotting, which the question's words are matched through."""
    assert lexicon.classes(("sighting",)) == lexicon.classes(("spot",)) == {"found"}
    assert "sight" in lexicon.member_stems("found")


@pytest.mark.model
def test_first_sighting_day_names_the_two_days(real_encoder: Encoder) -> None:
    qa = _qa(
        real_encoder,
        (
            "Callow Express",
            "A rare Siberian rubythroat has been seen in the village of Cauldwick. The "
            "rubythroat was first spotted on Saturday by birdwatcher Dilys Ormerod in her "
            "garden on Mill Lane.",
        ),
        (
            "Tamber Chronicle",
            "Birdwatchers have flocked to Cauldwick to see a Siberian rubythroat. Dilys Ormerod "
            "first saw the rubythroat in her garden on Mill Lane on Friday.",
        ),
    )
    assert _claims(qa, "rubythroat first sighting day") == {
        ("d1", "2026-02-07"),
        ("d2", "2026-02-06"),
    }


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("For how long was the lorry jammed against the wall?", False),
        ("How long was the lorry stuck in Kiln Lane?", False),
        ("How long was the bridge closed?", False),
        ("How long was the scarf?", True),
        ("What was the length of the scarf?", True),
    ],
)
def test_how_long_a_state_lasted_asks_no_measure(question: str, measure: bool) -> None:
    """ "For how long was ..." and a state that lasts ("stuck", "closed") ask a time; "How long
    was the scarf?" may ask its length."""
    kinds = fact_kinds(question, detect(question))
    assert "duration" in kinds
    assert ("measure" in kinds) is measure


@pytest.mark.model
def test_a_named_dog_is_who_its_age_is_of(real_encoder: Encoder) -> None:
    """ "Four-year-old collie Juniper" and "Juniper, a seven-year-old border collie" give
    Juniper's age, which "juniper collie age" asks; a one-word name set beside an animal noun
    is the animal's, as a title makes a name a person's."""
    qa = _qa(
        real_encoder,
        (
            "Squawk",
            "Four-year-old collie Juniper vanished three weeks ago when farmer Ezra Coldwell "
            "stopped at Rookham Services. Juniper turned up at Hagg End Farm on Wednesday.",
        ),
        (
            "Dunmorrow TV",
            "Juniper, a seven-year-old border collie, disappeared from Marlingford mart when "
            "farmer Ezra Coldwell stopped at Rookham Services.",
        ),
    )
    assert disputed_values(qa, "age") == [{("d1", "4"), ("d2", "7")}]
    assert [c.about for c in qa.disagreements()] == ["the age of Juniper"]


@pytest.mark.model
def test_an_unnamed_animal_aged_by_its_breed_is_the_named_one(real_encoder: Encoder) -> None:
    """ "An 18-month-old sheepdog pup" is the dog another report names and ages, "Scarsdale
    Nell, a two-year-old sheepdog", when the story ages one thing called a sheepdog."""
    qa = _qa(
        real_encoder,
        (
            "Squawk",
            "An 18-month-old sheepdog pup bred by Ivor Pennock sold for a record 21,000 "
            "guineas at Gillthwaite mart on Friday.",
        ),
        (
            "Dunmorrow TV",
            "Scarsdale Nell, a two-year-old sheepdog bred by Ivor Pennock at Scarsdale Farm, "
            "made 21,000 guineas at Gillthwaite mart.",
        ),
    )
    assert disputed_values(qa, "age") == [{("d1", "1.5"), ("d2", "2")}]
    assert [c.about for c in qa.disagreements()] == ["the age of Scarsdale Nell"]


@pytest.mark.model
def test_the_name_of_someone_asked_through_a_possessive(real_encoder: Encoder) -> None:
    """ "What was the name of the county's oldest woman?" weighs the name the reports spell
    two ways: the "s" of "county's" is no post that the sentences giving the name leave out."""
    qa = _qa(
        real_encoder,
        (
            "Squawk",
            "Winifred Gathercole, the oldest woman in the county, has died in Pellingham at "
            "the age of 111.",
        ),
        (
            "Dunmorrow TV",
            "Winifred Gathercoal, the oldest woman in the county, has died at her care home in "
            "Pellingham. Mrs Gathercoal was born in 1915.",
        ),
    )
    weighed = aspects_weighed(qa, "What was the name of the county's oldest woman?")
    assert "the spelling of Mrs Gathercoal's name" in weighed


@pytest.mark.model
def test_who_towed_or_dragged_it_clear(real_encoder: Encoder) -> None:
    """ "drove his tractor onto the beach and towed the aircraft" against "roared onto the
    sand ..., tied a rope to the plane and dragged it clear": the hauling is the deed, however
    far along a chain of verbs it comes and whether a pronoun names what was hauled."""
    qa = _qa(
        real_encoder,
        (
            "Whinchat Wire",
            "A light aircraft piloted by Declan Ormeshaw landed on the beach at Wrackholm on "
            "Sunday. A local farmer, Joe Gaukroger, drove his tractor onto the beach and towed "
            "the aircraft above the high-water mark.",
        ),
        (
            "Daily Ballyhoo",
            "Pilot Declan Ormeshaw brought his plane down on the beach at Wrackholm on Sunday. "
            "Surf shop owner Kev Scudamore, 38, roared onto the sand in his pick-up truck, tied "
            "a rope to the plane and dragged it clear of the waves.",
        ),
    )
    assert disputed_values(qa, "agent") == [{("d1", "joe gaukroger"), ("d2", "kev scudamore")}]
    assert [c.about for c in qa.disagreements()] == ["who came to the rescue"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Organiser Gareth Hird", "Gareth Hird"),
        ("Schoolgirl Isla Scargill", "Isla Scargill"),
        ("Councillor Glenys Kitching", "Glenys Kitching"),
        ("Grace Ann Hird", "Grace Ann Hird"),
        ("Farmer Hird", "Farmer Hird"),
    ],
)
def test_what_someone_is_is_no_part_of_their_name(text: str, name: str) -> None:
    """ "Organiser Gareth Hird said": the small model reads the descriptor into the name, which
    then named another person than "Gareth Hird" (a false "who the mayor is" between
    "Councillor Glenys Kitching" and "Glenys Kitching"). A word alone before one name stays."""
    entity = Entity(kind="person", label="PERSON", start=10, end=10 + len(text), text=text)
    untitled = untitle(entity)
    assert untitled is not None
    assert untitled.text == name
    assert untitled.end == entity.end


@pytest.mark.model
def test_no_arrests_against_the_driver_arrested(real_encoder: Encoder) -> None:
    """ "No arrests have been made" is said of no one in particular and denies the arrest
    another report tells of "the driver of a bus"."""
    qa = _qa(
        real_encoder,
        (
            "Wendlow Standard",
            "Fourteen people were taken to hospital after a bus carrying members of a Hobthorpe "
            "social club overturned on Stellick Bank on Saturday. No arrests have been made, "
            "police said.",
        ),
        (
            "Gorsebrook Record",
            "The driver of a bus that overturned on Stellick Bank on Saturday, injuring 14 "
            "members of a Hobthorpe social club, has been arrested on suspicion of dangerous "
            "driving.",
        ),
    )
    assert disputed_values(qa, "outcome") == [{("d1", "escaped"), ("d2", "captured")}]
    assert [c.about for c in qa.disagreements()] == ["what happened to the driver"]


@pytest.mark.model
def test_the_storm_and_its_hail_last_one_time(real_encoder: Encoder) -> None:
    """ "The storm on Saturday lasted barely ten minutes" and "The hail fell for about 25
    minutes": a hailstorm told by its storm or by its hail is one event."""
    qa = _qa(
        real_encoder,
        (
            "Hallamby Advertiser",
            "The storm over Ebbingham on Saturday lasted barely ten minutes, but hailstones "
            "shattered windscreens and greenhouses across the town.",
        ),
        (
            "Westerholt Examiner",
            "Hailstones shattered windscreens and greenhouses across Ebbingham on Saturday. The "
            "hail fell for about 25 minutes, witnesses said.",
        ),
    )
    assert disputed_values(qa, "duration") == [{("d1", "~10 minute"), ("d2", "~25 minute")}]
