"""The second, deeper look for the question's focus (`assistant.deeper`).

"Who was the superintendent in charge at the Ravensike rave?" retrieves passages about the rave
that never say "superintendent"; the passages of the same articles that do are added after
them. The unit tests use hand-made hits (the look is a rule on passage text); the model test
asks a real index.
"""

from __future__ import annotations

import pytest

from assistant.deeper import with_focus
from corpus.models import Passage
from index.encoder import Encoder
from index.models import Hit
from index.options import DEFAULT_K
from tests.tiny_corpora import assistant_of


def _hit(doc_id: str, n: int, text: str) -> Hit:
    passage = Passage(doc_id=doc_id, id=f"{doc_id}#{n}", text=text, start=0, end=len(text))
    return Hit(passage=passage, score=1.0 / (n + 1))


_TOP = [
    _hit("wire", 0, "The rave began on Saturday at Ravensike Quarry."),
    _hit("post", 0, "Volunteers cleared rubbish from Ravensike Quarry after the rave."),
]
_DEEPER = [
    *_TOP,
    _hit("other", 3, "The trust's superintendent, Ann Lee, opened the fete."),
    _hit("wire", 4, "Superintendent Gareth Pomfret said officers had waited."),
    _hit("post", 5, "Superintendent Gareth Pomfrett said the force had acted safely."),
    _hit("wire", 6, "Superintendent Gareth Pomfret thanked the villagers."),
]


def test_passages_of_the_same_articles_saying_the_focus_are_added() -> None:
    """Two at most, in the order of the deeper search, from the articles already retrieved
    (another article's superintendent is no answer), after the passages first found."""
    depths: list[int] = []

    def search(k: int) -> list[Hit]:
        depths.append(k)
        return _DEEPER

    found = with_focus("Who was the superintendent in charge at the Ravensike rave?", _TOP, search)
    assert [h.passage.id for h in found] == ["wire#0", "post#0", "wire#4", "post#5"]
    assert depths == [4]


def test_no_second_look_when_a_passage_says_the_focus_or_it_is_the_kind_asked() -> None:
    """Nothing is searched again when a retrieved passage says the focus (the deed of "Who
    cleared ...?"), nor when the focus is the kind of place or body asked for ("In what country
    ...?" is answered by a name that need not say "country")."""

    def search(k: int) -> list[Hit]:
        raise AssertionError("searched again")

    assert with_focus("When did the rave at Ravensike Quarry begin?", _TOP, search) == _TOP
    assert with_focus("Who cleared rubbish from Ravensike Quarry?", _TOP, search) == _TOP
    assert with_focus("In what country is Ravensike Quarry?", _TOP, search) == _TOP
    assert with_focus("Which company owns Ravensike Quarry?", _TOP, search) == _TOP


def _report(name: str) -> str:
    paragraphs = [
        "Police broke up an illegal rave at Ravensike Quarry near Gilderby on Monday.",
        "The rave at Ravensike Quarry drew 3,000 people to the disused site.",
        "Neighbours of Ravensike Quarry complained about the rave all weekend.",
        "The Ravensike rave left two tonnes of rubbish in the quarry.",
        "Ravensike Quarry closed in 1996 and the rave used its old floor.",
        "A Gilderby resident said the Ravensike rave kept her awake.",
        "Music from the Ravensike rave was heard five miles from the quarry.",
        "The Ravensike rave was in charge of its own music until the police came.",
        "Cars parked along the lanes to the Ravensike rave for two nights.",
        f"Superintendent Gareth {name} said officers had not tried to clear the site while it "
        "was full.",
    ]
    return "\n\n".join(paragraphs)


@pytest.mark.model
def test_the_answer_weighs_the_passages_the_second_look_adds(real_encoder: Encoder) -> None:
    """Passages about the Ravensike rave outrank the one naming the superintendent for a
    question that says "Ravensike rave" as often as "superintendent": the five retrieved are
    all about the rave, and the answer is composed from the superintendent's passage too."""
    qa = assistant_of(real_encoder, ("Wire", _report("Pomfret")))
    answer = qa.ask("Who was the superintendent in charge at the Ravensike rave?")
    assert [h.passage.text.split()[0] for h in answer.hits][DEFAULT_K:] == ["Superintendent"]


def test_the_deed_of_who_did_it_is_looked_for() -> None:
    """ "Who organised the rave ...?" asks the doer: passages saying "organised" are looked
    for when none of those retrieved does ("the police have not said who organised it")."""
    said = _hit("post", 7, "The police have not said who organised the rave.")

    def search(k: int) -> list[Hit]:
        return [*_TOP, said]

    found = with_focus("Who organised the rave at Ravensike Quarry?", _TOP, search)
    assert found == [*_TOP, said]
