"""When a thing was made, whether anyone was arrested, a name spelled with a letter more, the
youngest's age, the court a case was heard at, appeals, rescuers, causes that are none and a
payment withheld.

Found through the dev half of nocturnal: "it was probably painted in about 1480" against
"painted around 1530"; "four men were arrested" against "there were no arrests", where every
report also says the police "seized the sound system"; "Superintendent Gareth Pomfret" against
"Gareth Pomfrett"; "Maisie Whiteley, the youngest at eight"; "pleaded guilty at Kestwick Crown
Court" against "appeared at Gallowmere Crown Court"; "the family intended to appeal" against
"rather than spend months fighting the council"; "was pulled from the rubble by" against "was dug
out by"; and two causes that were none ("could damage the oak", "the reason we bought the
house"). A payment the sources would not give is not answered by disputed sums of another
(clepsydra-dev). Each model test writes short reports of one story and checks what the
disagreement table holds or which disagreement a question names.
"""

from __future__ import annotations

import pytest

from index.encoder import Encoder
from tests.tiny_corpora import assistant_of as _qa
from tests.tiny_corpora import claims, disputed_values, outcome_names, table_of

_PAINTING = "A medieval wall painting has been found at the Lamb and Flag in Ellerdine."
_RAVE = "Police broke up an illegal rave at Ravensike Quarry near Gilderby on Monday."
_ILLEGAL = "Wexmoor Police said the rave at Ravensike Quarry near Gilderby had been illegal."
_HOGWEED = "Children were burned by giant hogweed in Kestwick on Sunday."
_TREEHOUSE = (
    "Kestwick District Council has refused to let a family in Lowmarsh keep the treehouse in "
    "their front garden."
)
_BLAST = (
    "A gas explosion destroyed a house on Tenter Street in Kestwick on Saturday, Wexmoor Fire and "
    "Rescue Service said."
)
_SHOP = "Villagers in Lindersby have bought their village shop from the Gothard family."
_LANDFILL = "The company running the Skirlaw landfill site near Thornmere has been fined."


@pytest.mark.model
def test_the_year_a_thing_was_painted_is_its_date(real_encoder: Encoder) -> None:
    """A year of a verb of making dates the thing made, as one of building does: "it was
    probably painted in about 1480", "painted around 1530", and "It was St George, painted on
    the wall ... in about 1480" (the participle tells of the main clause's subject)."""
    qa = _qa(
        real_encoder,
        ("Radio", f"{_PAINTING} The county archaeologist said it was probably painted in about "
         "1480, when the building was new."),
        ("Post", f"{_PAINTING} The county archaeologist believes it was painted around 1530, "
         "shortly before the Reformation."),
        ("Weekly", f"{_PAINTING} It was St George, painted on the wall of the Lamb and Flag in "
         "Ellerdine in about 1480 and hidden for most of the five centuries since."),
    )  # fmt: skip
    assert disputed_values(qa, "date") == [{("d1", "1480"), ("d2", "1530"), ("d3", "1480")}]


@pytest.mark.model
def test_a_deed_made_in_a_year_is_no_date_of_a_thing(real_encoder: Encoder) -> None:
    """ "made his break in 2008" is a deed of that year, not a thing made: "make" tells as
    many deeds as makings, so its year is no date of the story's."""
    qa = _qa(
        real_encoder,
        ("Radio", "Tom Castleton made a maximum break at the Mistleby snooker event. The previous "
         "holder of the record was 19 when he made his break in 2008."),
        ("Post", "Tom Castleton made a maximum break at the Mistleby snooker event."),
    )  # fmt: skip
    assert [f.value for f in table_of(qa).facts if f.kind == "date"] == []


def test_goods_seized_are_no_capture_and_no_arrests_is_none_arrested() -> None:
    """Police seize goods far more often than people: only a person seized is a capture. "there
    were no arrests" is nobody arrested, as "No arrests were made" is."""
    assert outcome_names(
        "Officers seized the sound system, and four men were arrested.",
        "Nearly forty tonnes of cigarettes were seized in warehouses.",
        "She had been seized on 25 September when gunmen stopped the car.",
        "When officers seized the sound system, there were no arrests.",
    ) == [["captured"], [], ["captured"], ["escaped"]]


@pytest.mark.model
def test_no_arrests_against_arrests_is_a_disagreement(real_encoder: Encoder) -> None:
    """ "four men were arrested" against "there were no arrests": the second is told of nobody,
    not of the superintendent the report named before it, so the two are one aspect."""
    qa = _qa(
        real_encoder,
        ("Wire", f"{_RAVE} Officers seized the sound system, and four men were arrested."),
        ("Weekly", f"{_RAVE} Wexmoor Police were led on the ground by Superintendent Gareth "
         "Pomfret. When officers finally seized the sound system, there were no arrests."),
    )  # fmt: skip
    assert claims(qa, "Was anyone arrested over the rave at Ravensike Quarry?") == {
        ("d1", "captured"),
        ("d2", "escaped"),
    }


@pytest.mark.model
def test_a_last_letter_doubled_is_one_name_spelled_two_ways(real_encoder: Encoder) -> None:
    """ "Superintendent Gareth Pomfret" and "Superintendent Gareth Pomfrett": one first name,
    and one last word with its last letter written twice."""
    qa = _qa(
        real_encoder,
        ("Wire", f"{_RAVE} Superintendent Gareth Pomfret said officers had not tried to clear "
         "the quarry while it was full."),
        ("Post", f"{_RAVE} Superintendent Gareth Pomfrett said the force had dealt with the "
         "event safely."),
    )  # fmt: skip
    assert disputed_values(qa, "name") == [{("d1", "gareth pomfret"), ("d2", "gareth pomfrett")}]


@pytest.mark.model
def test_the_youngest_at_an_age_is_that_age(real_encoder: Encoder) -> None:
    """ "Maisie Whiteley, the youngest at eight" gives her age, against "Maisie Whiteley, six"."""
    qa = _qa(
        real_encoder,
        ("Lamplighter", f"{_HOGWEED} The youngest, Maisie Whiteley, six, was taken to hospital."),
        ("Weekly", f"{_HOGWEED} Maisie Whiteley, the youngest at eight, still cannot wear short "
         "sleeves."),
    )  # fmt: skip
    assert claims(qa, "How old is Maisie Whiteley?") == {("d1", "6"), ("d2", "8")}


@pytest.mark.parametrize(
    "question",
    [
        "Which court heard the Skirlaw landfill case?",
        "Where was the waste company sentenced over the smell?",
    ],
)
@pytest.mark.model
def test_the_courts_of_a_story_are_one_aspect(real_encoder: Encoder, question: str) -> None:
    """A case heard at Kestwick Crown Court or at Gallowmere Crown Court, whatever each report
    says was done there ("pleaded guilty at", "appeared at"); "Which court ...?" asks a place,
    and a court is where the case was heard and sentenced."""
    qa = _qa(
        real_encoder,
        ("Radio", f"{_LANDFILL} Calderstone Waste Management pleaded guilty at Kestwick Crown "
         "Court to breaching its permit over the smell."),
        ("Wire", f"{_LANDFILL} Calderstone Waste Management admitted breaching its permit over "
         "the smell when it appeared at Gallowmere Crown Court on Thursday."),
    )  # fmt: skip
    assert claims(qa, question) == {
        ("d1", "kestwick crown court"),
        ("d2", "gallowmere crown court"),
    }


def test_an_appeal_intended_and_a_fight_given_up() -> None:
    """ "intended to appeal" is an appeal to come; "rather than spend months fighting the
    council" and "decided not to appeal" accept the decision."""
    assert outcome_names(
        "Gemma Brightmore said the family intended to appeal.",
        "The family had decided to dismantle it rather than spend months fighting the council.",
        "He decided not to appeal.",
    ) == [["appealing"], ["accepted"], ["accepted"]]


@pytest.mark.parametrize(
    "appeal",
    [
        "The family said they intended to appeal.",
        # "they" are the couple, not the child named between
        "The couple, whose children are Isla, 10, and seven-year-old twins Finn and Rory, said "
        "they would appeal against the decision.",
    ],
)
@pytest.mark.model
def test_an_appeal_against_a_fight_given_up_is_a_disagreement(
    real_encoder: Encoder, appeal: str
) -> None:
    """Whether an unnamed family will appeal or gave the fight up is one account whoever tells
    it: appealing and accepting exclude each other, as capture and escape do. "The couple,
    whose children are Isla, ..., said they would appeal" is the couple's appeal, not Isla's."""
    qa = _qa(
        real_encoder,
        ("Lamplighter", f"{_TREEHOUSE} {appeal}"),
        ("Yowl", f"{_TREEHOUSE} But last night the family said they had decided to dismantle it "
         "themselves rather than spend months fighting the council."),
    )  # fmt: skip
    assert claims(qa, "Is the family going to appeal against the treehouse decision?") == {
        ("d1", "appealing"),
        ("d2", "accepted"),
    }


@pytest.mark.model
def test_who_pulled_or_dug_someone_out_came_to_the_rescue(real_encoder: Encoder) -> None:
    """ "was pulled from the rubble by Lee Uttley" and "was dug out by his neighbour, Kieran
    Lusby" tell two rescuers, and "Who rescued ...?" asks for them though the story names the
    Wexmoor Fire and Rescue Service too (a name says which story, but not against the word of
    the lexicon the facts themselves say)."""
    qa = _qa(
        real_encoder,
        ("Radio", f"{_BLAST} Dennis Aldersley was dug out by his neighbour, Kieran Lusby."),
        ("Lamplighter", f"{_BLAST} Dennis Aldersley was pulled from the rubble by Lee Uttley, an "
         "off-duty firefighter."),
    )  # fmt: skip
    assert claims(qa, "Who rescued the man trapped in the Tenter Street blast?") == {
        ("d1", "kieran lusby"),
        ("d2", "lee uttley"),
    }


@pytest.mark.model
def test_a_harm_that_may_come_and_a_speakers_own_reason_are_no_causes(
    real_encoder: Encoder,
) -> None:
    """ "the structure ... could damage the oak" has done no harm, and "The tree was the reason
    we bought the house" is why the speakers did something, not why the story happened: neither
    is a cause, so the two reports have no cause to disagree on."""
    qa = _qa(
        real_encoder,
        ("Wire", f"{_TREEHOUSE} The council's tree officer warned that the structure, which "
         "weighs about two tonnes, could damage the oak."),
        ("Lamplighter", f'{_TREEHOUSE} "The tree was the reason we bought the house," Nathan '
         "Brightmore said."),
    )  # fmt: skip
    assert [f.value for f in table_of(qa).facts if f.kind == "cause"] == []


@pytest.mark.model
def test_a_payment_withheld_is_not_answered_by_sums_of_another(real_encoder: Encoder) -> None:
    """ "would not say how much the society had paid the Gothards for the building" answers
    "How much did the villagers pay the Gothards for the shop building?": the disputed sums
    raised from shares never say "paid", so they are of another payment."""
    qa = _qa(
        real_encoder,
        ("Wire", f"{_SHOP} Lindersby Community Shop raised £186,000 by selling shares."),
        ("Pioneer", f"{_SHOP} Lindersby Community Shop raised £240,000 by selling shares. Mrs "
         "Catlow would not say how much the society had paid the Gothards for the building."),
    )  # fmt: skip
    answer = qa.ask("How much did the Lindersby villagers pay the Gothards for the shop building?")
    assert (answer.abstained, answer.conflicts) == (True, [])
    assert "would not say" in answer.text


@pytest.mark.model
def test_attendance_asks_how_many_people_were_there(real_encoder: Encoder) -> None:
    """ "ravensike quarry rave attendance" asks the count of "a rave that drew 3,000 people"
    against "about 1,500 people had danced there": a count of people no class says more of."""
    qa = _qa(
        real_encoder,
        ("Wire", "Police broke up an illegal rave at Ravensike Quarry near Gilderby on Monday "
         f"after about 1,500 people had danced there for 36 hours. {_ILLEGAL}"),
        ("Post", "Volunteers have collected rubbish from Ravensike Quarry near Gilderby after an "
         f"illegal rave that drew 3,000 people to the disused site. {_ILLEGAL}"),
    )  # fmt: skip
    assert claims(qa, "ravensike quarry rave attendance") == {("d1", "~1500"), ("d2", "3000")}


@pytest.mark.model
def test_a_date_of_death_is_named_so(real_encoder: Encoder) -> None:
    """Two days a man died on are "the date of death", not "the date of death toll"."""
    qa = _qa(
        real_encoder,
        ("Radio", "Lancelot Greatorex, the oldest man in Britain, died at his home in Mistleby "
         "on Monday, aged 111."),
        ("Journal", "Lancelot Greatorex, the oldest man in Britain, died at his home in Mistleby "
         "on Tuesday, aged 111."),
    )  # fmt: skip
    table = table_of(qa)
    assert [a.name for a in table.disputed if a.kind == "date"] == ["the date of death"]
