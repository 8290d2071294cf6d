"""Whose name a question asks, by the post it gives the person or what they did, when the
reports spell the name two ways.

Found through the dev halves of alidade, octant, sundial and clarion: "What is the name of the
owner of Garsdyke Stores?", "What was the name of the pilot who landed the bomber on Gorse
Tarn?". Each test writes two short reports of one story and checks which aspect of the
disagreement table a question is found to ask about.
"""

from __future__ import annotations

import pytest

from index.encoder import Encoder
from tests.tiny_corpora import aspect_found
from tests.tiny_corpora import assistant_of as _qa

_RAID = (
    "Thieves used a stolen digger to rip the cash machine from the wall of Garsdyke Stores on "
    "Tuesday."
)
_BOMBER = "A Wellington bomber was lifted from Gorse Tarn on Saturday, 80 years after it sank."


@pytest.mark.model
def test_the_name_of_the_owner_of_a_named_shop(real_encoder: Encoder) -> None:
    """ "The shop's owner, Sunita Chaudhry" is whom "the owner of Garsdyke Stores" asks, though
    the lexicon counts "owner" a word of ownership, not of a name."""
    qa = _qa(
        real_encoder,
        (
            "Radio",
            f"{_RAID} The shop's owner, Sunita Chaudhry, said she had been woken by a loud bang "
            "at her home above the shop.",
        ),
        ("Din", f"{_RAID} Shopkeeper Sunita Choudhry, 52, was jolted awake by an almighty crash."),
    )
    found = aspect_found(qa, "What is the name of the owner of Garsdyke Stores?")
    assert found == "the spelling of Sunita Chaudhry's name"


@pytest.mark.model
def test_the_name_of_someone_asked_by_what_they_did(real_encoder: Encoder) -> None:
    """ "the pilot who landed the bomber on Gorse Tarn" asks the pilot's name: the clause says
    which pilot, in words the sentences naming him need not use."""
    qa = _qa(
        real_encoder,
        (
            "Wire",
            f"{_BOMBER} Its pilot, Wilfred Mawdsley, brought it down on the frozen tarn in 1944.",
        ),
        (
            "Times",
            f"{_BOMBER} The pilot, Wilfred Mawdesley, brought it down on the frozen tarn in 1944.",
        ),
    )
    found = aspect_found(qa, "What was the name of the pilot who landed the bomber on Gorse Tarn?")
    assert found == "the spelling of Wilfred Mawdesley's name"


@pytest.mark.model
def test_the_name_of_someone_the_reports_never_name(real_encoder: Encoder) -> None:
    """The dog walkers the pilot landed among are no name the reports give: the sentences
    that name the pilot do not call him a dog walker, so his name's spellings are no answer."""
    landing = "landed the two-seater on the sand at Wrackholm on Sunday as dog walkers ran clear."
    qa = _qa(
        real_encoder,
        ("Wire", f"Pilot Declan Ormeshaw, 52, {landing} A dog walker said he chose the spot well."),
        ("Ballyhoo", f"Ace flyer Declan Ormshaw, 52, {landing}"),
    )
    question = "What is the name of the dog walker who said the pilot chose the spot well?"
    assert aspect_found(qa, question) is None
    assert qa.ask(question).conflicts == []
