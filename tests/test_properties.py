"""Properties that must hold for any input, checked with hypothesis.

- For any article text, every passage, sentence and citation points at exactly its characters
  (`document.text[start:end] == text`), and sentences lie inside their passage.
- For any question string, `ask` returns an Answer or raises QuestionError, nothing else.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from assistant import Answer, Assistant
from assistant.errors import QuestionError
from corpus.chunking import chunk_document
from corpus.errors import ArticleError
from corpus.loader import document_from_text
from corpus.models import Document
from tests.fakes import HashingEncoder

# Text with the characters that move offsets: line breaks of every kind, sentence punctuation,
# abbreviations, quotes, combining marks, wide and right-to-left letters, emoji, control bytes.
PIECES = st.sampled_from(
    [" ", "  ", "\n", "\n\n", "\r\n", "\t", "\u2028", "\x0c", ".", "!", "?", "…", ",", '"',
     "\u201d", ")", "Mr.", "p.m.", "U.S.", "e\u0301", "é", "中文", "עברית", "🇺🇸", "👍🏽",
     "\x00", "#", "By ", "|", "![](x)", "---", "1/2", "2025"]
)  # fmt: skip
WORDS = st.sampled_from(
    ["The", "raid", "council", "voted", "on", "Monday", "agent", "Syria", "said", "it", "was"]
)
CHAOS = st.lists(st.one_of(WORDS, PIECES, st.text(max_size=4)), max_size=120).map(" ".join)
# Article-shaped text (sentences in paragraphs, odd pieces inside), so most examples have prose.
SENTENCE = st.lists(st.one_of(WORDS, WORDS, PIECES, st.text(max_size=4)), min_size=3, max_size=25)
PARAGRAPH = st.lists(SENTENCE.map(" ".join).map(lambda s: s + "."), min_size=1, max_size=5)
SEPARATOR = st.sampled_from(["\n", "\n\n", "\r\n", "\n \n", "\u2029"])
ARTICLE = st.lists(st.tuples(PARAGRAPH.map(" ".join), SEPARATOR), min_size=1, max_size=5).map(
    lambda parts: "".join(p + sep for p, sep in parts)
)
ARTICLE_TEXT = st.one_of(CHAOS, ARTICLE)
# Any string at all, lone surrogates and control characters included.
ANY_STRING = st.text(st.characters(codec=None, exclude_categories=()), max_size=300)


def _check_offsets(document: Document) -> None:
    passages, sentences = chunk_document(document)
    by_id = {p.id: p for p in passages}
    for passage in passages:
        assert document.text[passage.start : passage.end] == passage.text
        assert passage.text == passage.text.strip() and passage.text
    for sentence in sentences:
        assert document.text[sentence.start : sentence.end] == sentence.text
        passage = by_id[sentence.passage_id]
        assert passage.start <= sentence.start <= sentence.end <= passage.end
    starts = [p.start for p in passages]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in itertools.pairwise(passages))


@given(text=ARTICLE_TEXT)
@settings(max_examples=200, deadline=None)
def test_passages_and_sentences_keep_exact_offsets_for_any_text(text: str) -> None:
    _check_offsets(Document(id="doc", title="t", text=text))


@given(
    front=st.sampled_from(["", "---\n", "---\ntitle: T\n---\n", "---\n: :\n---\n"]), text=ANY_STRING
)
@settings(max_examples=300, deadline=None)
def test_reading_any_file_text_gives_a_document_or_an_article_error(front: str, text: str) -> None:
    """The body is kept exactly as in the file (so offsets refer to the file's text)."""
    raw = front + text
    try:
        document = document_from_text(raw, "doc")
    except ArticleError as exc:
        assert exc.path == "doc"
        return
    assert raw.endswith(document.text)
    _check_offsets(document)


@given(text=ARTICLE, question=st.lists(WORDS, min_size=1, max_size=6).map(" ".join))
@example(text="The Mr. ---.\n", question="The")  # a title the NER took for a name: no name words
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_citations_quote_exactly_the_cited_characters(
    fake_qa: Assistant, text: str, question: str
) -> None:
    article = Document(id="generated", title="Generated", text=text)
    if not chunk_document(article)[0]:
        return  # no prose at all: nothing to index from this example
    qa = Assistant.from_documents([article, *fake_qa.documents], encoder=HashingEncoder())
    answer = qa.ask(question)
    for citation in [*answer.citations, *answer.related]:
        assert qa.get_document(citation.doc_id).text[citation.start : citation.end] == (
            citation.quote
        )
    for hit in answer.hits:
        document = qa.get_document(hit.passage.doc_id)
        assert document.text[hit.passage.start : hit.passage.end] == hit.passage.text


def _answer_or_question_error(qa: Assistant, question: object) -> None:
    try:
        answer = qa.ask(question)  # type: ignore[arg-type]
    except QuestionError as exc:
        assert str(exc).startswith("The question ")
        return
    assert isinstance(answer, Answer)
    assert Answer.model_validate_json(answer.model_dump_json()) == answer


@given(question=st.one_of(ANY_STRING, st.lists(st.one_of(WORDS, PIECES), max_size=20).map("".join)))
@settings(max_examples=400, deadline=None)
def test_any_question_gives_an_answer_or_a_question_error(
    fake_qa: Assistant, question: str
) -> None:
    _answer_or_question_error(fake_qa, question)


@given(question=st.one_of(st.none(), st.integers(), st.binary(max_size=20), st.just(["raid"])))
@settings(max_examples=20, deadline=None)
def test_a_question_that_is_not_a_string_is_a_question_error(
    fake_qa: Assistant, question: object
) -> None:
    with pytest.raises(QuestionError):
        fake_qa.ask(question)  # type: ignore[arg-type]


@pytest.mark.model
@given(question=ANY_STRING)
@settings(max_examples=40, deadline=None)
def test_any_question_with_the_real_model(bundled_qa: Assistant, question: str) -> None:
    _answer_or_question_error(bundled_qa, question)
