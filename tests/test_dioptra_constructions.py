"""Why a place was shut, what pupils were sent home for, and a post the tagger took for an
adjective.

Found through the dev half of dioptra: "have closed their sunflower field ... after visitors
trampled thousands of flowers" against "has shut its sunflower field ... after an ambulance was
held up"; "sent home ... for wearing trainers" against "for wearing their OLD BLAZERS"; and "The
headteacher, Adrian Whitelock, said" against "Adrian Whitelock, chief executive of the Hatchmoor
Learning Trust". Each model test writes short reports of one story and checks what the
disagreement table holds.
"""

from __future__ import annotations

import pytest

from index.encoder import Encoder
from tests.tiny_corpora import assistant_of as _qa
from tests.tiny_corpora import disputed_values

_FIELD = "Neil and Jo Hallstead opened their sunflower field at Quillfield Farm on Saturday."
_SCHOOL = "Hatchmoor Grange Academy in Hatchmoor brought in a new uniform this term."


@pytest.mark.model
def test_what_a_place_was_shut_after_is_its_cause(real_encoder: Encoder) -> None:
    """A place closed or shut "after" something was shut because of it, whoever's deed it was:
    what the visitors did, or what happened to the ambulance (with its particle, "held up")."""
    qa = _qa(
        real_encoder,
        ("Wire", f"{_FIELD} The Hallsteads have closed their sunflower field at Quillfield Farm "
         "to the public after visitors trampled thousands of flowers in a weekend scramble."),
        ("Despatch", f"{_FIELD} The Hallsteads have shut their sunflower field at Quillfield "
         "Farm to visitors after an ambulance was held up by parked cars in the lane."),
    )  # fmt: skip
    assert disputed_values(qa, "cause") == [
        {("d1", "visitors trampled thousands of flowers"), ("d2", "an ambulance was held up")}
    ]


@pytest.mark.model
def test_what_pupils_were_sent_home_for_is_a_cause(real_encoder: Encoder) -> None:
    """ "sent home ... for wearing trainers" tells why, as far from the verb as the parse hangs
    the "for" (on "term" in "on the first day of term for wearing"), and without what they
    wore instead of: two reports naming different clothes disagree."""
    qa = _qa(
        real_encoder,
        ("Radio", f"{_SCHOOL} About 40 pupils were sent home from Hatchmoor Grange Academy on "
         "Tuesday for wearing trainers instead of black leather shoes."),
        ("Bawl", f"{_SCHOOL} FURIOUS parents have slammed Hatchmoor Grange Academy after 150 kids "
         "were sent home on the first day of term for wearing their OLD BLAZERS."),
    )  # fmt: skip
    assert disputed_values(qa, "cause") == [
        {("d1", "wearing trainers"), ("d2", "wearing their old blazers")}
    ]


@pytest.mark.model
def test_a_post_tagged_an_adjective_is_a_post(real_encoder: Encoder) -> None:
    """ "The headteacher, Adrian Whitelock, said": the tagger calls "headteacher" an
    adjective, but a word with its own article is a noun, and the post clashes with another
    report's "chief executive"."""
    qa = _qa(
        real_encoder,
        ("Radio", f"{_SCHOOL} The headteacher, Adrian Whitelock, said parents had been told "
         "about the rules in June."),
        ("Bawl", f"{_SCHOOL} Adrian Whitelock, chief executive of the Hatchmoor Learning Trust, "
         "refused to back down."),
    )  # fmt: skip
    assert disputed_values(qa, "role") == [{("d1", "headteacher"), ("d2", "chief executive")}]
