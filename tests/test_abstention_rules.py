"""Abstaining where the articles speak of what was asked but never give it."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant import Assistant
from corpus.models import Document
from index.encoder import Encoder

MONDAY = dt.date(2026, 6, 15)


@pytest.mark.model
def test_a_question_its_best_sentence_speaks_of_but_no_sentence_answers(
    real_encoder: Encoder,
) -> None:
    """ "Who will replace Perrin Haldane as race director?" is about his resignation, which names
    no successor; the sentences that name someone ("Mayor Agatha Penrose ordered ...") share
    none of its words. The question the article does answer is still answered."""
    text = (
        "The race director, Perrin Haldane, resigned on Monday morning after complaints about "
        "the shortage of water on the course.\n\nMayor Agatha Penrose ordered the Stanmorrow "
        "marathon to be stopped at 11:40 a.m. as temperatures reached 31C."
    )
    document = Document(
        id="d1", title="Marathon", source="Brackenhurst Post", text=text, published=MONDAY
    )
    qa = Assistant.from_documents([document], encoder=real_encoder)
    assert qa.ask("Who will replace Perrin Haldane as race director?").abstained
    answered = qa.ask("Who ordered the Stanmorrow marathon to be stopped?")
    assert not answered.abstained and "Agatha Penrose" in answered.text
