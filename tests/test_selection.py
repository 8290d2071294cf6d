"""Which sentences may answer: rules of sentence selection checked on a small corpus of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant import Assistant, selection
from assistant.question_type import detect
from corpus.models import Document
from index.encoder import Encoder


def _one_article(encoder: Encoder, text: str, outlet: str) -> Assistant:
    """An assistant over one undated article by `outlet`."""
    documents = [Document(id="d1", title="Report", source=outlet, text=text)]
    return Assistant.from_documents(documents, encoder=encoder)


@pytest.mark.model
def test_a_question_an_article_asks_is_never_quoted_as_the_answer(real_encoder: Encoder) -> None:
    # The feature's own question shares every word with the reader's; it answers nothing.
    text = (
        "Two ships collided in the Vennel Strait on Tuesday. What caused the crash? "
        "Investigators believe the officer on watch on the tanker had fallen asleep. "
        "Clean-up crews are working along the coast."
    )
    qa = _one_article(real_encoder, text, "Radio Kestmere")
    answer = qa.ask("What caused the crash?")
    assert "What caused the crash?" not in answer.text
    assert "fallen asleep" in answer.text


@pytest.mark.model
def test_a_figure_of_an_earlier_year_does_not_answer_for_the_news(real_encoder: Encoder) -> None:
    """A 2026 report recalls a 2017 fire in the question's own words; the hectares asked are
    this fire's. Asked about 2017, or of an undated article, the recalled figure answers."""
    text = (
        "The blaze near Borgo Tessi had by Sunday night burned about 2,600 hectares of pine "
        "forest and pasture, the regional service said.\n\nThe Serrat hills were last hit by "
        "a major fire in 2017, when about 9,000 hectares burned."
    )

    def answer(question: str, published: dt.date | None) -> str:
        document = Document(id="d1", title="Fire", source="Verdell Sentinel", text=text,
                            published=published)  # fmt: skip
        return Assistant.from_documents([document], encoder=real_encoder).ask(question).text

    news = dt.date(2026, 6, 8)
    assert "2,600" in answer("How many hectares did the Serrat fire burn?", news)
    assert "9,000" in answer("How many hectares burned in the Serrat fire of 2017?", news)
    assert "9,000" in answer("How many hectares did the Serrat fire burn?", None)


@pytest.mark.model
def test_a_sentence_opening_on_an_earlier_year_tells_that_years_event(
    real_encoder: Encoder,
) -> None:
    """ "In 2019, 12 sperm whales stranded at Wrackness Point": the whole sentence is 2019's,
    and its figure does not answer for this week's stranding, whose own sentence does."""
    text = (
        "Volunteers refloated 19 whales on Wednesday night at Esterhythe after a pod stranded "
        "on Sandlefoot Beach; 47 pilot whales had beached themselves there in all.\n\n"
        "In 2019, 12 sperm whales stranded at Wrackness Point, about 30 km to the south."
    )
    document = Document(id="d1", title="Whales", source="Ravelsby Record", text=text,
                        published=dt.date(2026, 6, 18))  # fmt: skip
    qa = Assistant.from_documents([document], encoder=real_encoder)
    answer = qa.ask("How many whales stranded in all?").text
    assert "47 pilot whales" in answer and "Wrackness" not in answer


@pytest.mark.model
def test_a_plan_is_dated_only_by_a_sentence_about_what_is_to_come(
    real_encoder: Encoder,
) -> None:
    """ "When will ...?" is not answered by the date something happened; it is by a sentence
    saying what will happen when."""
    text = (
        "The ferry Northern Lark ran aground off Tarrow Point on Sunday night, and repairs to "
        "the ferry's hull began in Tarrow on Monday, the operator said."
    )

    def answer(body: str) -> str:
        document = Document(id="d1", title="Ferry", source="Tarrow Post", text=body)
        qa = Assistant.from_documents([document], encoder=real_encoder)
        return qa.ask("When will the repairs to the Northern Lark's hull be finished?").text

    assert answer(text).startswith("The articles don't say.")
    planned = f"{text} The operator expects the repairs to be finished on March 3."
    assert "March 3" in answer(planned)
    promised = f"{text} The operator has promised to finish the repairs on March 3."
    assert "March 3" in answer(promised)


@pytest.mark.model
def test_how_many_things_is_not_answered_by_a_sum_of_money(real_encoder: Encoder) -> None:
    """ "$1,500 to every household whose home was flooded" counts no homes; "43 homes" does."""
    text = (
        "Ostvale's governor on Wednesday promised emergency payments of $1,500 to every "
        "household whose home was flooded in Ostvale when the River Dunn overflowed.\n\nShe "
        "told reporters in Sallowford that 43 homes had been flooded, most of them in the lower "
        "part of the town."
    )
    document = Document(id="d1", title="Flood", source="Harbor Wire", text=text)
    qa = Assistant.from_documents([document], encoder=real_encoder)
    answer = qa.ask("How many homes were flooded in Ostvale?").text
    assert "43 homes" in answer
    assert "$1,500" not in answer


@pytest.mark.model
def test_how_long_is_answered_by_a_length_of_time(real_encoder: Encoder) -> None:
    """A sentence that names the coach in full with a pay-off and a score does not answer how
    long he was there; "18 months in charge", with his surname alone, does."""
    text = (
        "Fenwick Rovers boss Marek Holloway has been sacked after a humiliating 4-0 derby "
        "defeat by Stallard Town, and he is walking away with a $400,000 pay-off.\n\n"
        "Holloway, 52, leaves after 18 months in charge."
    )
    qa = _one_article(real_encoder, text, "Fenwick Post")
    answer = qa.ask("How long was Marek Holloway in the job?")
    assert answer.citations[0].quote == "Holloway, 52, leaves after 18 months in charge."


@pytest.mark.model
def test_a_sentence_opening_with_a_pronoun_is_read_with_the_names_before_it(
    real_encoder: Encoder,
) -> None:
    """ "He is accused of ..." is about the man the sentence before names: asked what he is
    accused of, by name, it is quoted."""
    text = (
        "Tobias Wrenn, 46, was detained at his home in Carlow on Friday evening and will appear "
        "before magistrates in the provincial capital on Monday, the spokesman said. He is "
        "accused of ignoring gas readings in the section of the mine where the men died."
    )
    qa = _one_article(real_encoder, text, "Carlow Wire")
    assert "ignoring gas readings" in qa.ask("What is Tobias Wrenn accused of?").text


@pytest.mark.model
def test_how_many_casualties_is_answered_by_a_number_of_people_hurt(real_encoder: Encoder) -> None:
    """ "Seven people were hurt" counts casualties, though "people" is not "casualties"; "two
    players" walking off the field counts nothing that happened to them."""
    text = (
        "Seven people were hurt when lightning struck a village cricket ground in Thrushcombe "
        "on Saturday. Two players were walking off the field when the storm broke."
    )
    qa = _one_article(real_encoder, text, "Thrushcombe Post")
    answer = qa.ask("How many casualties did the Thrushcombe lightning strike leave?")
    assert answer.citations[0].quote.startswith("Seven people were hurt")


@pytest.mark.model
def test_a_dateline_answers_nothing(real_encoder: Encoder) -> None:
    """ "THRUSHCOMBE, June 15 (Roskelly Bugle) - " says when and by whom the article was filed:
    the outlet, a person to the small model, is not who revived the umpire."""
    text = (
        "THRUSHCOMBE, June 15 (Roskelly Bugle) - The umpire who was struck by lightning at a "
        "village cricket match on Saturday was discharged from hospital on Sunday evening. He "
        "had been revived by Hesper Laidlaw, a nurse who was watching the match."
    )
    qa = _one_article(real_encoder, text, "Roskelly Bugle")
    assert "Hesper Laidlaw" in qa.ask("Who revived the umpire struck by lightning?").text


@pytest.mark.model
def test_a_measure_answers_only_the_quantity_asked(real_encoder: Encoder) -> None:
    """ "carrying 24 tonnes of sunflower oil" is a mass: it says how many tonnes the lorry
    carried, not how fast it went, which no sentence says."""
    text = (
        "An articulated lorry carrying 24 tonnes of sunflower oil overturned at the Quarry Lane "
        "roundabout on the Haddenford bypass shortly after 3am on Thursday, police said."
    )
    qa = _one_article(real_encoder, text, "Haddenford Post")
    assert qa.ask("How fast was the oil lorry travelling when it overturned?").abstained
    assert "24 tonnes" in qa.ask("How many tonnes of oil was the lorry carrying?").text


@pytest.mark.model
def test_a_sentence_saying_what_is_asked_is_preferred(
    real_encoder: Encoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Who owns the Lamb and Flag?" asks about owning: "The pub's owners, Heather and Robert
    Fernihough, ..." says it (a word made from "own") and scores `FOCUS_BONUS` more than it
    would without; "It was St George, painted on the wall of the Lamb and Flag" shares only
    the names, and scores the same."""
    text = (
        "It was St George, painted on the wall of the Lamb and Flag in about 1480 and hidden "
        "for most of the five centuries since.\n\nThe pub's owners, Heather and Robert "
        "Fernihough, bought the Lamb and Flag last autumn and closed it in January."
    )
    qa = _one_article(real_encoder, text, "Radio Wexmoor")
    question = "Who owns the Lamb and Flag?"
    index, _ = qa._current
    vector = index.encode_query(question)
    hits = index.search(question, query_vector=vector)

    def scores() -> dict[str, float]:
        found = selection.candidates(question, detect(question), vector, hits, index.content)
        return {c.sentence.text.split()[0]: c.score for c in found}

    bonus, with_bonus = selection.FOCUS_BONUS, scores()
    monkeypatch.setattr(selection, "FOCUS_BONUS", 0.0)
    without = scores()
    gained = {word: round(with_bonus[word] - without[word], 6) for word in without}
    assert gained == {"It": 0.0, "The": bonus}
