"""Where things happened, told in the ways the dev halves showed the table missing them, a
thing's size, who did a work and what the police did, found through the dev half of chronometer
and the place disputes of the other dev halves.

"found it in a cardboard box in his loft" against "in a tin trunk in his garage" (a common noun
for where); "The couple's house backs onto the River Cawder" (a river named after "the");
"The previous record was set at Ravenscove" (a name the small model tags as nothing); "He was
taken to Swanlow Community Hospital" (where someone was taken); "Where was the landfill company
sentenced?" beside where it runs its site; "How big is the telescope?" of "a 14-inch
telescope"; "Contractors Linewright Ltd, who were hired ... to paint the markings"; "confirmed
by astronomers at Ottercombe University"; "given a formal written warning" against "no further
action". Each model test writes short reports of one story and checks what the disagreement
table holds or which disagreement a question names.
"""

from __future__ import annotations

import pytest

from index.encoder import Encoder
from tests.tiny_corpora import aspect_found, claims, disputed_values, table_of
from tests.tiny_corpora import assistant_of as _qa

_BOOK = "The library book, a guide to birds, was borrowed in 1974 by Dennis Fothergill."


@pytest.mark.model
def test_a_room_or_a_site_named_by_a_common_noun_is_where(real_encoder: Encoder) -> None:
    """ "found it in a cardboard box in his loft" against "in a tin trunk in his garage": where
    he found it, though neither names a town; the box and the trunk are what it was in."""
    qa = _qa(
        real_encoder,
        (
            "Radio",
            f"Mr Fothergill found it in a cardboard box in his loft last month. {_BOOK} "
            "He had taken it away on a camping holiday.",
        ),
        ("Journal", f"Mr Fothergill found it in a tin trunk in his garage last month. {_BOOK}"),
    )
    assert disputed_values(qa, "place") == [{("d1", "loft"), ("d2", "garage")}]
    assert claims(qa, "Where did Dennis Fothergill find the overdue book?") == {
        ("d1", "loft"),
        ("d2", "garage"),
    }
    # a room is told in every story: a question sharing none of its words asks something else
    assert qa.ask("Where did Dennis Fothergill go on the camping holiday?").conflicts == []


@pytest.mark.model
def test_a_common_noun_place_does_not_join_two_towns(real_encoder: Encoder) -> None:
    """A field is in any town: the field of "found in a field near Threlby" must not make one
    side of "found near Mardenby" and "near Threlby", which disagree."""
    story = "The cash machine was ripped from the wall of the Garsdyke Co-op on Monday night."
    qa = _qa(
        real_encoder,
        ("Din", f"{story} It was found near Mardenby on Tuesday."),
        ("Radio", f"{story} It was found in a field near Threlby on Tuesday."),
    )
    assert {("d1", "mardenby"), ("d2", "threlby")} in disputed_values(qa, "place")


@pytest.mark.model
def test_a_site_after_the_and_a_town_the_model_missed_are_places(real_encoder: Encoder) -> None:
    """ "released into the River Cawder" (a river after "the", which the model may call a
    body) against "into Skell Beck"; "was set at Ravenscove", where the model found no entity
    at all, is where the record was set, in both reports."""
    qa = _qa(
        real_encoder,
        ("Radio", "The otter found in the Ashursts' garden was released into the River Cawder "
         "on Sunday. The previous county beach litter record was set at Ravenscove in 2030."),
        ("Din", "The otter found in the Ashursts' garden was released into Skell Beck on Sunday. "
         "The previous county beach litter record was set at Ravenscove in 2030."),
    )  # fmt: skip
    [river] = disputed_values(qa, "place")  # the model may cut "Skell Beck" to "Skell"
    assert ("d1", "river cawder") in river and {doc for doc, _ in river} == {"d1", "d2"}
    table = table_of(qa)
    record = [f for f in table.facts if f.kind == "place" and f.normalized == "ravenscove"]
    assert [(f.sentence.split("#")[0], f.about[0]) for f in record] == [
        ("d1", "set"),
        ("d2", "set"),
    ]


@pytest.mark.model
def test_where_someone_was_taken_is_a_place(real_encoder: Encoder) -> None:
    """ "was taken to Swanlow Community Hospital" against "to Ottercombe General Hospital":
    the "to" of a verb of taking says where; "Which hospital ...?" asks that place, not the
    village he fell in, which the question's other words name."""
    fall = "Gordon Oxenbury, 67, fell through a trapdoor during the pantomime at Little Dunstow."
    qa = _qa(
        real_encoder,
        ("Radio", f"{fall} He was taken to Swanlow Community Hospital by ambulance."),
        ("Standard", f"{fall} He was taken to Ottercombe General Hospital by ambulance."),
    )
    assert claims(qa, "Which hospital was Gordon Oxenbury taken to after his fall?") == {
        ("d1", "swanlow community hospital"),
        ("d2", "ottercombe general hospital"),
    }


@pytest.mark.model
def test_a_place_question_asks_where_its_verb_was_done(real_encoder: Encoder) -> None:
    """ "Where was the landfill company sentenced?" asks the court, not where the company
    runs its site, though the company is named beside the site."""
    qa = _qa(
        real_encoder,
        ("Radio", "The company that runs the Skirlaw landfill site near Thornmere has been fined "
         "£240,000. Calderstone Waste Management was sentenced at Kestwick Crown Court."),
        ("Wire", "A landfill company has been fined £240,000 over a smell. Calderstone Waste "
         "Management was sentenced at Gallowmere Crown Court."),
    )  # fmt: skip
    question = "Where was the landfill company sentenced?"
    assert aspect_found(qa, question) == "the court"
    assert claims(qa, question) == {
        ("d1", "kestwick crown court"),
        ("d2", "gallowmere crown court"),
    }


@pytest.mark.model
def test_a_length_told_by_no_dimension_is_a_things_size(real_encoder: Encoder) -> None:
    """ "a 14-inch telescope" against "a 10-inch telescope": the telescope's size, asked "How
    big ...?" or "What size ...?", and so named."""
    comet = "Marian Chilcott, 73, found the comet from her garden in Nethercroft on Saturday."
    qa = _qa(
        real_encoder,
        ("Wire", f"{comet} Mrs Chilcott used a 14-inch reflecting telescope."),
        ("Weekly", f"{comet} Inside her observatory is a 10-inch telescope she built herself."),
    )
    for question in (
        "How big is the telescope Marian Chilcott used to find the comet?",
        "What size telescope did Marian Chilcott use?",
    ):
        assert (aspect_found(qa, question) or "").startswith("the size")  # "of the telescope"
        assert claims(qa, question) == {("d1", "14 inch"), ("d2", "10 inch")}


@pytest.mark.model
def test_who_was_hired_in_a_clause_after_the_name_did_the_work(real_encoder: Encoder) -> None:
    """ "Contractors Linewright Ltd, who were hired by the council to paint the markings"
    painted them, against "painted by a contractor, Kerbside Markings"."""
    school = "SCHOOL was painted misspelt on Anchor Road outside Tidemill Primary School."
    qa = _qa(
        real_encoder,
        ("Wire", f"{school} The marking had been painted by a contractor, Kerbside Markings."),
        ("Brouhaha", f"{school} Contractors Linewright Ltd, who were hired by the county council "
         "to paint the markings, burned off the howler on Tuesday."),
    )  # fmt: skip
    [painted] = disputed_values(qa, "agent")
    assert ("d1", "kerbside markings") in painted
    assert {doc for doc, value in painted if "linewright" in value} == {"d2"}


@pytest.mark.model
def test_people_at_a_body_who_checked_a_find_are_the_body(real_encoder: Encoder) -> None:
    """ "was confirmed on Sunday by astronomers at Ottercombe University" against "was
    confirmed by the Braemoss Observatory": who checked the find, though "confirmed" is most
    often a verb of saying."""
    comet = "Marian Chilcott, 73, discovered a comet from her garden in Nethercroft on Saturday."
    qa = _qa(
        real_encoder,
        ("Radio", f"{comet} Her discovery was confirmed on Sunday by astronomers at Ottercombe "
         "University."),
        ("Wire", f"{comet} The discovery was confirmed by the Braemoss Observatory in Scotland."),
    )  # fmt: skip
    [checked] = disputed_values(qa, "agent")
    assert {doc for doc, _ in checked} == {"d1", "d2"}
    assert ("d1", "ottercombe university") in checked


@pytest.mark.model
def test_a_written_warning_against_no_further_action(real_encoder: Encoder) -> None:
    """ "Police said he had been given a formal written warning" against "Police said no
    further action would be taken": what the police did about him, asked so."""
    ride = "Norman Bramhall, 89, rode his mobility scooter along the A3104 dual carriageway."
    qa = _qa(
        real_encoder,
        ("Radio", f"{ride} Police said no further action would be taken."),
        ("Wire", f"{ride} Police said he had been given a formal written warning."),
    )
    assert claims(qa, "What did police do about Norman Bramhall?") == {
        ("d1", "released-uncharged"),
        ("d2", "warned"),
    }


@pytest.mark.model
def test_a_delay_that_came_down_to_granite_against_the_storms_of_a_year(
    real_encoder: Encoder,
) -> None:
    """ "The delay ... came down to granite" against "caused by the winter storms of 2040" and
    "after storms ... washed away part of the site": why the wall was late, two sides, the
    storms of a year being storms (and no year that caused anything being who did it)."""
    opened = "The Saltwhistle sea wall opened on Monday."
    qa = _qa(
        real_encoder,
        ("Weekly", f"{opened} The delay, the council says, came down to granite: the quarry "
         "closed in 2040."),
        ("Standard", f"{opened} The delays were caused by the winter storms of 2040 and 2041, "
         "the council said."),
        ("Spyglass", f"{opened} The work fell behind after storms in the winter of 2040 washed "
         "away part of the site."),
    )  # fmt: skip
    assert disputed_values(qa, "cause") == [
        {("d1", "granite"), ("d2", "the winter storms of 2040"), ("d3", "storms")}
    ]
    assert not [f for f in table_of(qa).facts if f.kind == "agent"]
    assert {doc for doc, _ in claims(qa, "Why was the sea wall late?")} == {"d1", "d2", "d3"}
