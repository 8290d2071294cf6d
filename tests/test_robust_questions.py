"""Bad questions: each gets a clear outcome, either an Answer or a QuestionError that says why.

Fast tests use the bundled corpus indexed with the fake encoder (`fake_qa`); the last ones run
the same questions through the real model, whose tokenizer is the part that could choke.
"""

from __future__ import annotations

import pytest

from assistant import Answer, Assistant
from assistant.errors import QuestionError
from assistant.question import MAX_QUESTION_CHARS, clean_question
from tests.fakes import HashingEncoder

EMPTY = "The question is empty. Type a question about the articles."
NO_WORDS = "The question has no words. Ask about something in the articles."

# Questions in other languages and scripts, right-to-left ones included, with emoji.
WORLD = [
    "متى وقعت الغارة في سوريا؟",  # Arabic (RTL)
    "מתי התרחשה הפשיטה?",  # Hebrew (RTL)
    "突袭是什么时候发生的？",  # Chinese  # noqa: RUF001 (the full-width "?" is the point)
    "Когда произошёл рейд?",  # Russian
    "襲撃はいつ起きましたか？",  # Japanese  # noqa: RUF001
    "🔥 When did the raid happen? 🇺🇸",  # emoji around English words
]


def _too_long(length: int) -> str:
    return f"The question is {length:,} characters long; please ask in at most 1,000 characters."


def _citations_hold(qa: Assistant, answer: Answer) -> None:
    """Every quote is exactly the cited characters of its article."""
    for citation in [*answer.citations, *answer.related]:
        text = qa.get_document(citation.doc_id).text
        assert text[citation.start : citation.end] == citation.quote


@pytest.mark.parametrize("question", ["", "   ", "\n\t \r\n", "\x00\x01\x1b\x7f", "\u202e\u2066"])
def test_empty_or_blank_question_is_refused_with_a_message(question: str) -> None:
    with pytest.raises(QuestionError) as caught:
        clean_question(question)
    assert str(caught.value) == EMPTY


@pytest.mark.parametrize("question", ["?", "?!?...", "¿¡—…", "🔥🔥", "👍🏽", "___", "<>/"])
def test_punctuation_or_emoji_only_is_refused_as_having_no_words(question: str) -> None:
    with pytest.raises(QuestionError) as caught:
        clean_question(question)
    assert str(caught.value) == NO_WORDS


@pytest.mark.parametrize("value", [None, b"raid", 42, ["raid"]])
def test_a_question_that_is_not_text_is_refused(value: object) -> None:
    with pytest.raises(QuestionError) as caught:
        clean_question(value)  # type: ignore[arg-type]
    assert str(caught.value) == f"The question must be text, not {type(value).__name__}."


def test_the_length_limit_is_exact() -> None:
    assert clean_question("a" * MAX_QUESTION_CHARS) == "a" * MAX_QUESTION_CHARS
    with pytest.raises(QuestionError) as caught:
        clean_question("a" * (MAX_QUESTION_CHARS + 1))
    assert str(caught.value) == _too_long(MAX_QUESTION_CHARS + 1)


@pytest.mark.parametrize(
    ("question", "length"),
    [
        ("raid " * 20_000, 100_000),  # the length as pasted: refused before any cleaning
        ("raid " * 220, 1_099),  # under the raw bound: measured after white space is collapsed
        ("raid" + " " * 10_000_000, 10_000_004),
    ],
)
def test_a_very_long_question_is_refused_before_retrieval(
    fake_qa: Assistant, question: str, length: int
) -> None:
    encoder = fake_qa._index.encoder
    assert isinstance(encoder, HashingEncoder)
    calls = encoder.calls
    with pytest.raises(QuestionError) as caught:
        fake_qa.ask(question)
    assert str(caught.value) == _too_long(length)
    assert encoder.calls == calls  # nothing was embedded or searched: the cost is bounded


def test_control_characters_are_removed_and_white_space_collapsed(fake_qa: Assistant) -> None:
    dirty = "When\x00 did\tthe\x1b raid\x7f\r\nhappen\x85?"
    assert clean_question(dirty) == "When did the raid happen ?"
    assert fake_qa.ask(dirty) == fake_qa.ask("When did the raid happen ?")


def test_lone_surrogates_and_bidi_overrides_are_removed_but_rtl_marks_kept() -> None:
    assert clean_question("raid\ud800 in \udfffSyria") == "raid in Syria"
    assert clean_question("\u202eraid\u202c in \u2067Syria\u2069") == "raid in Syria"
    hebrew = "\u200fמתי\u200f raid"  # noqa: RUF001 (Hebrew letters, right-to-left marks)
    assert clean_question(hebrew) == hebrew


def test_a_question_with_a_lone_surrogate_gives_an_answer_that_serialises(
    fake_qa: Assistant,
) -> None:
    """A JSON client can send "\\ud800"; the Answer must still be printable as JSON."""
    answer = fake_qa.ask("When did the raid\ud800 happen?")
    assert answer.question == "When did the raid happen?"
    assert Answer.model_validate_json(answer.model_dump_json()) == answer


def test_unicode_is_normalised_so_the_same_question_gives_the_same_answer(
    fake_qa: Assistant,
) -> None:
    composed, decomposed = "Who was the café owner?", "Who was the cafe\u0301 owner?"
    assert clean_question(decomposed) == composed
    assert fake_qa.ask(decomposed) == fake_qa.ask(composed)


@pytest.mark.parametrize("question", WORLD)
def test_other_languages_and_scripts_get_an_answer_with_exact_citations(
    fake_qa: Assistant, question: str
) -> None:
    answer = fake_qa.ask(question)
    assert answer.question == question
    _citations_hold(fake_qa, answer)
    assert Answer.model_validate_json(answer.model_dump_json()) == answer


@pytest.mark.parametrize(
    "question",
    [
        "<script>alert('x')</script> When did the raid happen?",
        '<img src=x onerror="alert(1)"> raid',
        "javascript:alert(1) raid",
    ],
)
def test_markup_in_a_question_is_kept_as_text(fake_qa: Assistant, question: str) -> None:
    """The question is searched as typed; escaping is the display's job (tests/test_robust_ui)."""
    assert clean_question(question) == question
    assert fake_qa.ask(question).question == question


def test_a_question_of_stop_words_abstains_in_bm25_mode(fake_qa: Assistant) -> None:
    """No BM25 term survives ("what is the"), so nothing is retrieved: an abstention, no error."""
    answer = fake_qa.ask("what is the", mode="bm25")
    assert (answer.abstained, answer.hits, answer.citations) == (True, [], [])


def test_retrieve_applies_the_same_checks(fake_qa: Assistant) -> None:
    with pytest.raises(QuestionError) as caught:
        fake_qa.retrieve("  \n ")
    assert str(caught.value) == EMPTY


@pytest.mark.model
@pytest.mark.parametrize(
    "question",
    [*WORLD, "When did the raid\ud800 happen?", "raid\x00\x1b[31m", "<script>x</script> raid"],
)
def test_the_real_model_answers_odd_questions(bundled_qa: Assistant, question: str) -> None:
    answer = bundled_qa.ask(question)
    assert answer.question == clean_question(question)
    _citations_hold(bundled_qa, answer)
    assert Answer.model_validate_json(answer.model_dump_json()) == answer


@pytest.mark.model
def test_the_real_model_refuses_a_100k_question_without_encoding_it(
    bundled_qa: Assistant,
) -> None:
    with pytest.raises(QuestionError) as caught:
        bundled_qa.ask("x" * 100_000)
    assert str(caught.value) == _too_long(100_000)
