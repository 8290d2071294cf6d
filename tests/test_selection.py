"""Which sentences may answer: rules of sentence selection checked on a small corpus of its own."""

from __future__ import annotations

import pytest

from assistant import Assistant
from corpus.models import Document
from index.encoder import Encoder


@pytest.mark.model
def test_a_question_an_article_asks_is_never_quoted_as_the_answer(real_encoder: Encoder) -> None:
    # The feature's own question shares every word with the reader's; it answers nothing.
    text = (
        "Two ships collided in the Vennel Strait on Tuesday. What caused the crash? "
        "Investigators believe the officer on watch on the tanker had fallen asleep. "
        "Clean-up crews are working along the coast."
    )
    documents = [Document(id="d1", title="Collision", source="Radio Kestmere", text=text)]
    qa = Assistant.from_documents(documents, encoder=real_encoder)
    answer = qa.ask("What caused the crash?")
    assert "What caused the crash?" not in answer.text
    assert "fallen asleep" in answer.text
