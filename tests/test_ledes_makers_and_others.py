"""Ages in ledes and in words, makers, counts of others, what killed, and when something was
last done, read from tiny reports.

Each test writes two short reports of one story as outlets word it (found through the blind
corpus ephemeris's dev half) and checks what the disagreement table holds, or which
disagreement a question names.
"""

from __future__ import annotations

import pytest

from index.encoder import Encoder
from tests.tiny_corpora import aspect_found, claims, disputed_values, table_of
from tests.tiny_corpora import assistant_of as _qa


@pytest.mark.model
def test_an_age_in_words_set_off_after_a_name(real_encoder: Encoder) -> None:
    """ "Ruby Hainsworth, nine, a pupil" gives her age as "Ruby Hainsworth, 7," does."""
    qa = _qa(
        real_encoder,
        ("Packet", "Ruby Hainsworth, nine, a pupil at Sowerholme Primary School, named a gritter."),
        ("Whoop", "Ruby Hainsworth, 7, a pupil at Sowerholme Primary School, named a gritter."),
    )
    assert disputed_values(qa, "age") == [{("d1", "9"), ("d2", "7")}]


@pytest.mark.model
def test_a_lede_naming_no_one_but_a_place_or_a_thing(real_encoder: Encoder) -> None:
    """ "on Brantdale's roads" (a word alone the model may take for a person) names no one in
    the lede, so "a nine-year-old girl" is Ruby Hainsworth, whom the next sentence opens
    with."""
    qa = _qa(
        real_encoder,
        (
            "Radio",
            "A gritter called Thawbin Hood will be out on Brantdale's roads this winter after a "
            "nine-year-old girl's suggestion came top of a public vote. Ruby Hainsworth, a "
            "pupil at Sowerholme Primary School, was at the depot on Tuesday.",
        ),
        ("Whoop", "Ruby Hainsworth, 7, a pupil at Sowerholme Primary School, named a gritter."),
    )
    assert disputed_values(qa, "age") == [{("d1", "9"), ("d2", "7")}]
    assert [c.about for c in qa.disagreements()] == ["the age of Ruby Hainsworth"]


@pytest.mark.model
def test_two_ledes_ageing_the_woman_they_are_about(real_encoder: Encoder) -> None:
    """ "A 79-year-old woman was pulled from her car" is the "84-year-old woman" another lede
    tells of and names next: each lede's woman is the one the story is about."""
    qa = _qa(
        real_encoder,
        (
            "Wire",
            "A 79-year-old woman was pulled from her sinking car by a fisherman at Tarnfold on "
            "Thursday. The car had rolled off the quay.",
        ),
        (
            "Radio",
            "A fisherman has been praised for diving into Tarnfold harbour to rescue an "
            "84-year-old woman whose car rolled off the quay. Edith Hepworth had parked on the "
            "fish quay to buy crabs.",
        ),
    )
    assert disputed_values(qa, "age") == [{("d1", "79"), ("d2", "84")}]


@pytest.mark.model
def test_who_made_it_by_either_verb(real_encoder: Encoder) -> None:
    """ "It was made by Tanfield Steel" and "It was built by Marrick Forge" name two makers of
    one sculpture, which "Which firm built the heron?" asks."""
    lede = "A giant steel heron was unveiled on the Keldholme roundabout on Thursday. "
    qa = _qa(
        real_encoder,
        ("Radio", lede + "It was made by Tanfield Steel, a fabricator in Hagthorpe."),
        ("Apogee", lede + "It was built by Marrick Forge, a family firm of blacksmiths."),
    )
    both = {("d1", "tanfield steel"), ("d2", "marrick forge")}
    assert disputed_values(qa, "agent") == [both]
    assert [c.about for c in qa.disagreements()] == ["who made it"]
    assert claims(qa, "Which firm built the Keldholme heron?") == both


@pytest.mark.model
@pytest.mark.parametrize(
    "question",
    [
        "turbine manufacturer grennock fell",
        "collapsed grennock fell turbine builder",
        "Who manufactured the turbine that came down on Grennock Fell?",
    ],
)
def test_who_made_it_asked_by_the_trade(real_encoder: Encoder, question: str) -> None:
    """A maker is asked by the trade's word ("manufacturer", "builder"), which no report
    writes: "It was built by Brennick Windworks" and "It was made by Haverlund Turbines"
    answer it."""
    lede = "A wind turbine collapsed on Grennock Fell above Tollery in a storm on Sunday. "
    qa = _qa(
        real_encoder,
        ("Tribune", lede + "It was built by Brennick Windworks in 2017."),
        ("Post", lede + "It was made by Haverlund Turbines in 2017."),
    )
    assert aspect_found(qa, question) == "who made it"


@pytest.mark.model
def test_a_count_of_others_is_its_own(real_encoder: Encoder) -> None:
    """ "Two other dogs were taken ill" and "Four other dogs were taken ill" disagree; "four
    other residents were treated" is no count of all "Five people were injured"."""
    lede = "A labrador died after swimming in Hollinmere on Saturday. "
    dogs = _qa(
        real_encoder,
        ("Wire", lede + "Two other dogs that swam in the lake were taken ill."),
        ("Packet", lede + "Four other dogs were taken ill after swimming in the lake."),
    )
    assert disputed_values(dogs, "count") == [{("d1", "2"), ("d2", "4")}]
    hurt = _qa(
        real_encoder,
        (
            "Wire",
            "Five people were injured when a lift fell seven floors in a Kessingford tower "
            "block on Wednesday.",
        ),
        (
            "Advertiser",
            "A lift fell seven floors in a Kessingford tower block on Wednesday. A woman was "
            "taken to hospital, and four other residents were treated at the scene.",
        ),
    )
    assert disputed_values(hurt, "count") == []


@pytest.mark.model
def test_what_killed_them(real_encoder: Encoder) -> None:
    """ "had been killed by a large cat" and "were killed by a dog" are two causes of the
    sheep's deaths ("killed by a gunman" would say who, not what), which "What killed the ewes?"
    asks."""
    lede = "Three ewes were found dead at High Fold Farm near Stainmire Moor. "
    qa = _qa(
        real_encoder,
        ("Whoop", lede + "A vet told him the sheep had been killed by a large cat."),
        ("Journal", lede + "A post-mortem found the ewes were killed by a dog."),
    )
    both = {("d1", "a large cat"), ("d2", "a dog")}
    assert disputed_values(qa, "cause") == [both]
    assert claims(qa, "What killed the ewes at High Fold Farm?") == both


@pytest.mark.model
def test_the_last_one_to_do_it_and_the_year(real_encoder: Encoder) -> None:
    """ "The last player to take all ten wickets ... was Arthur Midgley, in 1987" and "The feat
    was last achieved in the league in 1974" tell when it was last done, which a question
    asking the year it was done asks too."""
    lede = "Ethan Scholefield took all ten Ormskell wickets for Wrayford on Saturday. "
    qa = _qa(
        real_encoder,
        (
            "Packet",
            lede + "The last player to take all ten wickets in a Brantdale League match was "
            "Arthur Midgley, for Hagthorpe, in 1987.",
        ),
        (
            "Apogee",
            lede + "The feat was last achieved in the league in 1974, by Arthur Midgley of "
            "Hagthorpe.",
        ),
    )
    both = {("d1", "1987"), ("d2", "1974")}
    assert disputed_values(qa, "date") == [both]
    assert claims(qa, "In which year did Arthur Midgley take all ten wickets?") == both


@pytest.mark.model
def test_owners_of_two_things(real_encoder: Encoder) -> None:
    """ "The Hollinmere Estate, which owns the lake" and "Brantdale Water, which owns the lake"
    disagree on the lake's owner; "a labrador belonging to Kirsty Pennington" owns no lake, so
    a question naming her still asks the lake's."""
    lede = "A dog died after swimming in Hollinmere on Saturday. "
    qa = _qa(
        real_encoder,
        ("Wire", lede + "The Hollinmere Estate, which owns the lake, has closed it to swimmers."),
        (
            "Packet",
            lede + "Pippin, a labrador belonging to Kirsty Pennington, collapsed after a swim. "
            "Brantdale Water, which owns the lake, said it had not closed it.",
        ),
    )
    both = {("d1", "hollinmere estate"), ("d2", "brantdale water")}
    assert disputed_values(qa, "agent") == [both]
    assert claims(qa, "Which organisation owns the lake that Kirsty Pennington wants shut?") == (
        both
    )


@pytest.mark.model
def test_when_asks_the_time_two_reports_give_an_agreed_day(real_encoder: Encoder) -> None:
    """ "threw their last darts at 6.15pm on Sunday" and "at 4.40pm on Sunday": "When did they
    throw their last darts?" is answered by the times, which disagree; "On which day ...?" is
    not."""
    lede = "A pub darts team in Hagthorpe has set a record for the longest marathon. "
    qa = _qa(
        real_encoder,
        ("Wire", lede + "The players threw their last darts at 6.15pm on Sunday."),
        ("Radio", lede + "The players threw their final darts at 4.40pm on Sunday."),
    )
    assert claims(qa, "When did the Hagthorpe players throw their last darts?") == {
        ("d1", "18:15"),
        ("d2", "16:40"),
    }
    assert qa.ask("On which day did the players throw their last darts?").conflicts == []


@pytest.mark.model
def test_an_age_is_not_asked_of_a_titled_person_never_aged(real_encoder: Encoder) -> None:
    """ "How old is the Wrayford bowler who took all ten wickets?" asks the leg-spinner's age,
    which the reports give two ways, not that of "Arthur Midgley, a seam bowler", whose age no
    report gives."""
    qa = _qa(
        real_encoder,
        (
            "Journal",
            "A 14-year-old leg-spinner took all ten wickets in an innings for Wrayford on "
            "Saturday. The last player to do so was Arthur Midgley, a seam bowler for Hagthorpe.",
        ),
        (
            "Apogee",
            "A 15-year-old leg-spinner took all ten wickets in an innings for Wrayford on "
            "Saturday. The last player to do so was Arthur Midgley, a seam bowler for Hagthorpe.",
        ),
    )
    assert claims(qa, "How old is the Wrayford bowler who took all ten wickets?") == {
        ("d1", "14"),
        ("d2", "15"),
    }


@pytest.mark.model
def test_a_patch_met_on_the_way_is_a_cause(real_encoder: Encoder) -> None:
    """ "The coach had hit a patch of black ice" tells what caused the crash; "an animal
    crossing a patch of snow" causes nothing."""
    lede = "A coach crashed on the Grevholt Pass on Monday. "
    qa = _qa(
        real_encoder,
        ("Wire", lede + "Police said the coach had hit a patch of black ice on the bend."),
        ("Radio", lede + "A photograph shows a deer crossing a patch of snow near the bend."),
    )
    assert [f.value for f in table_of(qa).facts if f.kind == "cause"] == ["black ice"]


@pytest.mark.model
def test_a_light_verb_done_for_the_first_time_is_a_moment(real_encoder: Encoder) -> None:
    """ "saw her gritter for the first time on Tuesday" and "saw it for the first time ... on
    Wednesday" date one moment, though "see" alone is too light a verb to say so."""
    lede = "Ruby Hainsworth, a Wrayford schoolgirl, has named one of the county's gritters. "
    qa = _qa(
        real_encoder,
        ("Whoop", lede + "Beaming Ruby saw her gritter for the first time on Tuesday."),
        ("Packet", lede + "She saw it for the first time at the depot in Keldholme on Wednesday."),
    )
    assert disputed_values(qa, "date") == [{("d1", "2026-02-10"), ("d2", "2026-02-11")}]


@pytest.mark.model
def test_a_count_is_named_by_its_plural(real_encoder: Encoder) -> None:
    """ "3,400 entries" and "2,150 entries": "the number of entries"."""
    lede = "Brantdale County Council asked schoolchildren to name its gritters. "
    qa = _qa(
        real_encoder,
        ("Radio", lede + "The council received 3,400 entries."),
        ("Whoop", lede + "The council received 2,150 entries."),
    )
    assert [c.about for c in qa.disagreements()] == ["the number of entries"]


@pytest.mark.model
def test_a_photo_is_the_photograph(real_encoder: Encoder) -> None:
    """ "stainmire moor big cat photo day" and "who got the picture of the big cat" ask of "The
    photograph was taken on Sunday by Gareth Shillito", which another report gives otherwise."""
    lede = "A large black cat has been seen on Stainmire Moor, where three ewes were found dead. "
    qa = _qa(
        real_encoder,
        ("Wire", lede + "The photograph was taken on Sunday by Gareth Shillito, a postman."),
        ("Journal", lede + "The photograph was taken on Monday by Sandra Pickles, a walker."),
    )
    assert claims(qa, "stainmire moor big cat photo day") == {
        ("d1", "2026-02-08"),
        ("d2", "2026-02-09"),
    }
    assert claims(qa, "who got the picture of the big cat") == {
        ("d1", "gareth shillito"),
        ("d2", "sandra pickles"),
    }


@pytest.mark.model
def test_which_bakery_baked_it(real_encoder: Encoder) -> None:
    """ "baked by Gaskell's Bakery" (a firm named by its owner and trade) and "baked by Moorgate
    Bakery" name two bakers of one pie, which "Which bakery ...?" asks."""
    lede = "Ormesdale's giant pie was pulled through the village by shire horses on Saturday. "
    qa = _qa(
        real_encoder,
        ("Wire", lede + "The pie was baked by Gaskell's Bakery, a family firm in Cragwick."),
        ("Weekly", lede + "The pie was baked by Moorgate Bakery over fourteen hours."),
    )
    assert claims(qa, "Which bakery baked the Ormesdale pie?") == {
        ("d1", "gaskell's bakery"),
        ("d2", "moorgate bakery"),
    }
