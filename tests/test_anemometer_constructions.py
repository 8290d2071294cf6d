"""Constructions of local news found through the dev halves of anemometer and observer: a
suspect one report knows by his age and another never names (and a third says only that a man
was detained), an age "at the grand old age of 94", a loudness in decibels, a spelling bee that
asks no spelling, a place a thing was "sent from" or a collision was (the lane the parse hangs
on the mare collided with), and a name asked by the title of the one person who holds it,
spelled two ways.

"A 34-year-old man from Pitchley was arrested ... He was charged on Friday" against "A man
arrested after a drone forced the airport to close was released without charge"; "Police said
a man had been detained"; "Great-gran Edith Moxley has passed her driving test - at the grand
old age of 94"; "a cry measured at an ear-splitting 98 decibels". Each model test writes short
reports of one story and checks what the disagreement table holds or which disagreement a
question names.
"""

from __future__ import annotations

import pytest

from assistant.disputed import fact_kinds
from assistant.question_type import detect
from index.encoder import Encoder
from tests.tiny_corpora import assistant_of as _qa
from tests.tiny_corpora import claims, disputed_values


@pytest.mark.model
def test_a_suspect_known_by_his_age_and_one_never_named(real_encoder: Encoder) -> None:
    """The one suspect a report ages is the man another report never names, when the story
    tells of one; "he" after "A 34-year-old man ... was arrested" is that man, not the town a
    sentence further back named; and the report that says only "a man had been detained"
    takes no side between "charged" and "released without charge"."""
    closed = "A drone closed Wendle Airport for five hours on Thursday night."
    qa = _qa(
        real_encoder,
        ("Wire", f"{closed} Most flights were diverted to Quorlton. A 34-year-old man from "
         "Pitchley was arrested near the perimeter fence. He was charged on Friday with "
         "endangering an aircraft, police said."),
        ("Radio", "A man arrested after a drone forced Wendle Airport to close on Thursday was "
         "released without charge on Friday afternoon."),
        ("Times", f"{closed} Police said a man had been detained near the perimeter fence."),
    )  # fmt: skip
    expected = {("d1", "charged"), ("d2", "released-uncharged")}
    assert claims(qa, "Was the 34-year-old held near the Wendle perimeter fence charged?") == (
        expected
    )
    assert claims(qa, "What happened to the man arrested over the Wendle drone?") == expected


@pytest.mark.model
def test_an_age_at_the_grand_old_age_of(real_encoder: Encoder) -> None:
    """ "at the grand old age of 94", in the first sentence that tells anything (a tabloid's
    "MOVE over, boy racers!" tells nothing), is her age as much as "Edith Moxley, 92"."""
    qa = _qa(
        real_encoder,
        ("Fracas", "MOVE over, boy racers! Great-gran Edith Moxley has passed her driving test - "
         "at the grand old age of 94."),
        ("Informer", "Edith Moxley, 92, passed her driving test at the Drewsbury centre on "
         "Monday."),
    )  # fmt: skip
    assert claims(qa, "How old is Edith Moxley?") == {("d1", "94"), ("d2", "92")}


@pytest.mark.model
def test_a_loudness_in_decibels(real_encoder: Encoder) -> None:
    """A cry "measured at 98 decibels" is a loudness, asked "How loud ...?"."""
    won = "Reuben Lockyear, the Drewsbury town crier, won the county town criers' championship"
    qa = _qa(
        real_encoder,
        ("Fracas", f"{won} on Saturday, after a cry measured at an ear-splitting 98 decibels."),
        ("Skiff", f"{won} on Saturday. His cry was measured at 112 decibels, the loudest of the "
         "day."),
    )  # fmt: skip
    assert claims(qa, "How loud was the winning cry at the town criers' championship?") == {
        ("d1", "98 dB"),
        ("d2", "112 dB"),
    }


def test_a_spelling_bee_asks_no_spelling() -> None:
    """ "When was the final of the Schools Spelling Bee held?" asks a date; "How is the town
    crier's surname spelled?" a spelling."""
    when = "When was the final of the Tullingshire Schools Spelling Bee held?"
    spelled = "How is the town crier's surname spelled?"
    assert "date" in fact_kinds(when, detect(when))
    assert fact_kinds(spelled, detect(spelled)) == frozenset({"name"})


@pytest.mark.model
def test_a_place_a_thing_was_sent_from(real_encoder: Encoder) -> None:
    """ "It was sent from Alexandria" is where the card was posted, against "posted in
    Naples"; a man "from Pitchley" is no place anything was sent from."""
    delivered = "A postcard from the soldier Albert Hebden was delivered in Saltmere on Friday."
    qa = _qa(
        real_encoder,
        ("Wire", f"{delivered} The card was posted in Naples by Private Hebden."),
        ("Bellman", f"{delivered} It was sent from Alexandria, where he was serving."),
    )  # fmt: skip
    assert disputed_values(qa, "place") == [{("d1", "naples"), ("d2", "alexandria")}]


@pytest.mark.model
def test_a_name_asked_by_a_title_its_reports_spell_two_ways(real_encoder: Encoder) -> None:
    """ "Who conducts the Hatchmoor choir?" asks for the one person a report calls the choir's
    conductor, whose name the reports spell two ways: that is the disagreement, though the
    sentences that best match the question name no one. Her husband's name is not hers."""
    qa = _qa(
        real_encoder,
        ("Courier", "A choir from Hatchmoor Academy has been named county schools choir of the "
         "year after winning the final at Corbeck Hall on Saturday night. The 34 singers, aged "
         "11 to 16, performed three pieces. Their conductor, Isobel Carrodus, said she was "
         "proud of every one of them."),
        ("Radio", "Hatchmoor Academy's choir came home to a heroes' welcome after being crowned "
         "county schools choir of the year. Music teacher Isobel Carradus, who has led the "
         "singers since 2019, said it was the best day of her career."),
    )  # fmt: skip
    assert claims(qa, "Who conducts the Hatchmoor choir?") == {
        ("d1", "isobel carrodus"),
        ("d2", "isobel carradus"),
    }
    assert qa.ask("What is the name of the conductor's husband?").conflicts == []


@pytest.mark.model
def test_a_place_the_parse_hangs_on_the_thing_collided_with(real_encoder: Encoder) -> None:
    """ "collided with a grey mare on Quillet Lane": the parse hangs the lane on the mare, but
    it is where the collision was, against "on Pikestone Lane"."""
    died = "A cyclist died on Sunday after his bike collided with"
    qa = _qa(
        real_encoder,
        ("Wire", f"{died} a grey mare on Quillet Lane. Malcolm Tredinnick, 58, was thrown off."),
        ("Radio", f"{died} a horse on Pikestone Lane. Malcolm Tredinnick, 58, died at the scene."),
    )  # fmt: skip
    assert disputed_values(qa, "place") == [{("d1", "quillet lane"), ("d2", "pikestone lane")}]


@pytest.mark.model
def test_the_attempt_at_which_something_was_done(real_encoder: Encoder) -> None:
    """ "passed at the fourth attempt" against "at her second attempt": how many attempts it
    took, asked "How many tries ...?"; which attempt is the value, not what the count is of."""
    qa = _qa(
        real_encoder,
        ("Wire", "A 92-year-old great-grandmother, Edith Moxley, has passed her driving test at "
         "the fourth attempt, her instructor said on Tuesday."),
        ("Informer", "Edith Moxley, 92, passed her driving test at the Drewsbury centre on "
         "Monday, at her second attempt."),
    )  # fmt: skip
    assert disputed_values(qa, "count") == [{("d1", "4"), ("d2", "2")}]
    assert claims(qa, "How many tries did Edith Moxley need to pass her test?") == {
        ("d1", "4"),
        ("d2", "2"),
    }
