"""Posts written after whose they are, leaders of a named body, the people "of" a place, a
region named by its compass point, when something was last done, portions, bites and who was
taken to hospital, read from tiny reports.

Each test writes two short reports of one story as outlets word them (found through the blind
corpora ephemeris's and alidade's dev halves) and checks what the disagreement table holds, or
what a question is answered with.
"""

from __future__ import annotations

import pytest

from index.encoder import Encoder
from tests.tiny_corpora import assistant_of as _qa
from tests.tiny_corpora import claims, disputed_values, outcome_names, table_of


@pytest.mark.model
def test_a_post_written_with_whose_it_is_before_the_name(real_encoder: Encoder) -> None:
    """ "by the mayor of Keldholme, Councillor Norman Blakey, in front of" names the mayor as
    "The mayor, Ruth Amble," does: the reports disagree on who the mayor is."""
    qa = _qa(
        real_encoder,
        (
            "Radio",
            "The steel heron was unveiled on Thursday by the mayor of Keldholme, Councillor "
            "Norman Blakey, in front of a crowd of about 300 people.",
        ),
        (
            "Weekly",
            "The steel heron was unveiled on Thursday on the Skelgate roundabout. The mayor, "
            "Ruth Amble, said it would put Keldholme on the map.",
        ),
    )
    assert disputed_values(qa, "holder") == [{("d1", "norman blakey"), ("d2", "ruth amble")}]


@pytest.mark.model
def test_the_holder_of_a_post_written_with_whose_it_is(real_encoder: Encoder) -> None:
    """ "Who is the mayor of Keldholme?" is answered by the sentence that names him after his
    post and its town, not abstained on as a post whose holder no report names."""
    qa = _qa(
        real_encoder,
        (
            "Radio",
            "The steel heron was unveiled on Thursday by the mayor of Keldholme, Councillor "
            "Norman Blakey, in front of a crowd of about 300 people. The mayor said the "
            "sculpture would put Keldholme on the map.",
        ),
    )
    answer = qa.ask("Who is the mayor of Keldholme?")
    assert not answer.abstained
    assert "Councillor Norman Blakey" in answer.text


@pytest.mark.model
def test_who_leads_a_named_group(real_encoder: Encoder) -> None:
    """ "Hazel Pinnock, who founded and leads the Wethercote Toad Patrol" is its leader as
    "The Wethercote Toad Patrol is led by Gordon Tweddle" names another; a question naming the
    patrol (whose name holds the village's) asks who leads it."""
    qa = _qa(
        real_encoder,
        (
            "Warbler",
            "Mill Hollow Lane was closed at night for six weeks so that toads could cross. "
            "Hazel Pinnock, who founded and leads the Wethercote Toad Patrol, said the "
            "difference had been remarkable.",
        ),
        (
            "Weekly",
            "Mill Hollow Lane was closed at night for six weeks so that toads could cross. The "
            "Wethercote Toad Patrol is led by Gordon Tweddle, a retired geography teacher.",
        ),
    )
    assert claims(qa, "Who leads the Wethercote Toad Patrol?") == {
        ("d1", "hazel pinnock"),
        ("d2", "gordon tweddle"),
    }


@pytest.mark.model
def test_no_people_of_a_place_taken_for_a_person(real_encoder: Encoder) -> None:
    """ "the toads of Wethercote leave the woods" says nothing Wethercote did (the model takes
    the village for a person), while "The village of Ollerby won" is Ollerby's win."""
    qa = _qa(
        real_encoder,
        (
            "Weekly",
            "Every year the toads of Wethercote leave the woods where they have spent the "
            "winter and walk to the mill pond to spawn.",
        ),
        ("Wire", "The village of Ollerby won its annual tug-of-war against Thorncastle."),
    )
    table = table_of(qa)
    agents = {(f.sentence.split("#")[0], f.normalized) for f in table.facts if f.kind == "agent"}
    assert agents == {("d2", "ollerby")}


@pytest.mark.model
def test_when_something_was_last_done_in_other_words(real_encoder: Encoder) -> None:
    """ "The last was baked in 1994" and "It was the village's first giant pie since 1987"
    each date the last giant pie, so the reports disagree on when it was last done."""
    qa = _qa(
        real_encoder,
        (
            "Wire",
            "Ormesdale's giant pie was pulled through the village by Stanley Urquhart's shire "
            "horses on Saturday. The last was baked in 1994.",
        ),
        (
            "Weekly",
            "Ormesdale's giant pie was pulled through the village by Stanley Urquhart's shire "
            "horses on Saturday. It was the village's first giant pie since 1987.",
        ),
    )
    assert claims(qa, "When did Ormesdale last bake a giant pie?") == {
        ("d1", "1994"),
        ("d2", "1987"),
    }


@pytest.mark.model
def test_servings_are_portions(real_encoder: Encoder) -> None:
    """ "How many servings ...?" asks the number of portions a pie was divided into."""
    qa = _qa(
        real_encoder,
        ("Wire", "Ormesdale's giant pie was divided into 3,000 portions and sold for £2 each."),
        ("Weekly", "Ormesdale's giant pie was cut into 2,200 portions and sold for £2 each."),
    )
    assert claims(qa, "How many servings did the Ormesdale pie make?") == {
        ("d1", "3000"),
        ("d2", "2200"),
    }


def test_not_a_single_one_killed() -> None:
    """ "not a single toad was killed" says none was, as "No one was killed" does."""
    assert outcome_names("This year not a single toad was killed on the closed stretch.") == [
        ["unharmed"]
    ]


def test_a_bite_is_a_hurt() -> None:
    """ "was bitten on the hand" is an injury, and "Nobody was bitten" says no one was hurt."""
    assert outcome_names(
        "A Year 8 pupil was bitten on the hand by a false widow spider.",
        "Nobody was bitten, the headteacher said.",
    ) == [["wounded"], ["none-hurt"]]


@pytest.mark.model
def test_whether_anyone_was_bitten(real_encoder: Encoder) -> None:
    """ "Was anyone bitten ...?" asks what befell the pupils: one report has a boy bitten (in a
    tabloid's capitals, "was BITTEN", which is no name), another has nobody bitten."""
    qa = _qa(
        real_encoder,
        (
            "Warbler",
            "Nabworth High School in Cragwick was closed for a week after false widow spiders "
            "were found. Nobody was bitten, the headteacher, Janice Whitlam, said.",
        ),
        (
            "Din",
            "Nabworth High School in Cragwick was closed for a week after false widow spiders "
            "were found. One schoolboy, 12, was BITTEN on the hand, headteacher Janice "
            "Whitlam said.",
        ),
    )
    assert claims(qa, "Was anyone bitten by the false widow spiders at Nabworth High School?") == {
        ("d1", "none-hurt"),
        ("d2", "wounded"),
    }


@pytest.mark.model
def test_a_region_named_with_its_compass_point_holds_the_town(real_encoder: Encoder) -> None:
    """ "from a garden pond in northern England" places the otter no less than "in Cragwick"
    does: a region, which holds the town, contradicts it no more than a province would."""
    eaten = "An otter has eaten nine"
    qa = _qa(
        real_encoder,
        ("Radio", f"{eaten} prize koi carp from a garden pond in Cragwick, the owner said."),
        ("Wire", f"{eaten} koi carp worth £15,000 from a garden pond in northern England."),
    )
    assert disputed_values(qa, "place") == []


@pytest.mark.model
def test_the_age_of_a_boy_called_by_his_name(real_encoder: Encoder) -> None:
    """ "a 12-year-old boy called Alfie Brennand" is Alfie's age, which "Alfie Brennand, 14,"
    gives otherwise."""
    lights = "Orange lights hung over the sea off Beckhythe on Friday night."
    qa = _qa(
        real_encoder,
        (
            "Weekly",
            f"{lights} A video of the lights, filmed from a bedroom window by a 12-year-old boy "
            "called Alfie Brennand, has been watched two million times.",
        ),
        ("Informer", f"{lights} Alfie Brennand, 14, filmed the lights from his bedroom window."),
    )
    assert disputed_values(qa, "age") == [{("d1", "12"), ("d2", "14")}]


def test_taken_to_hospital_is_where_they_went() -> None:
    """ "taken to hospital" says where someone went, beside the injury it names; "treated at the
    scene" says they did not go."""
    assert outcome_names(
        "She was taken to hospital with a broken wrist.",
        "She was treated at the scene by paramedics.",
    ) == [["taken-to-hospital", "wounded"], ["treated-at-scene"]]


@pytest.mark.model
def test_taken_to_hospital_or_treated_at_the_scene(real_encoder: Encoder) -> None:
    """ "She was taken to hospital" against "She was treated at the scene ... and did not need
    to go to hospital" is a disagreement on what became of her, which "Was she taken to
    hospital?" asks."""
    attack = "A gull snatched a pasty from Winifred Trebilcock, 84, on Kittiwick seafront."
    qa = _qa(
        real_encoder,
        ("Wire", f"{attack} She was taken to hospital, where her wrist was put in plaster."),
        (
            "Tidings",
            f"{attack} She was treated at the scene by paramedics for a cut to her hand, and "
            "did not need to go to hospital.",
        ),
    )
    question = "Was Winifred Trebilcock taken to hospital after the gull attack?"
    assert claims(qa, question) == {
        ("d1", "taken-to-hospital"),
        ("d2", "treated-at-scene"),
    }
