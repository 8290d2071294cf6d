"""The chat page's HTML, without a server: escaping, highlight offsets, the conflict callout."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.models import Answer, Citation, Claim, Conflict
from corpus.models import Document
from ui import render, tables
from ui.passages import Mark, context_bounds, highlight, safe_url

AP = Document(
    id="ap",
    title="US raid in Syria killed an undercover agent",
    source="AP",
    published=dt.date(2025, 12, 6),
    url="https://example.org/ap",
    text="First paragraph.\nThe operation took place on October 28, 2025, in al-Dumayr. "
    "U.S. forces launched the raid.\nLast paragraph.",
)
VN = Document(
    id="vn",
    title="US soldiers mistakenly shot an undercover agent",
    source="Nguyen Tien (According to AP, AFP)",
    text="US soldiers launched a pre-dawn raid on 19/10 in Dumayr town.",
)
EVIL = Document(
    id="evil",
    title="<script>alert('t')</script>",
    source='<img src=x onerror="alert(1)">',
    url="javascript:alert(1)",
    text="Intro.\nThe mayor said <script>alert(1)</script> was a joke & more.\nEnd.",
)
DOCS = {d.id: d for d in (AP, VN, EVIL)}


def cite(number: int, doc: Document, quote: str) -> Citation:
    start = doc.text.index(quote)
    return Citation(
        number=number,
        doc_id=doc.id,
        title=doc.title,
        source=doc.source,
        passage_id=f"{doc.id}:p1",
        quote=quote,
        start=start,
        end=start + len(quote),
    )


AP_QUOTE = "The operation took place on October 28, 2025, in al-Dumayr."
VN_QUOTE = VN.text
CONFLICT = Conflict(
    about="the date of the raid",
    kind="date",
    claims=[
        Claim(
            doc_id="ap",
            source="AP",
            value="October 28, 2025",
            normalized="2025-10-28",
            quote=AP_QUOTE,
            start=17,
            end=17 + len(AP_QUOTE),
            citation=1,
        ),
        Claim(
            doc_id="vn",
            source=VN.source or "",
            value="19/10",
            normalized="--10-19",
            quote=VN_QUOTE,
            start=0,
            end=len(VN_QUOTE),
            citation=2,
            reading="19 October",
        ),
    ],
)


def test_highlight_marks_exactly_the_cited_characters() -> None:
    c = cite(1, AP, AP_QUOTE)
    html = highlight(AP.text, [Mark(c.start, c.end, 1)])
    assert html == (
        f'<mark>{AP_QUOTE}</mark><sup class="nqa-mark-num">1</sup> U.S. forces launched the raid.'
    )


def test_context_is_cut_at_words_and_ellipsed_in_long_paragraphs() -> None:
    text = "word " * 200 + "QUOTE" + " tail" * 200
    start = text.index("QUOTE")
    left, right = context_bounds(text, start, start + 5, limit=20)
    assert text[left:right] == "word word word QUOTE tail tail tail"
    assert highlight(text, [Mark(start, start + 5)], limit=20) == (
        "…word word word <mark>QUOTE</mark> tail tail tail…"
    )


def test_overlapping_marks_are_merged_into_one() -> None:
    assert highlight("abcdef", [Mark(1, 4, 1), Mark(2, 5, 2)]) == "a<mark>bcde</mark>" + (
        '<sup class="nqa-mark-num">1</sup>f'
    )


def test_article_markup_is_escaped_in_sources_cards_and_corpus() -> None:
    quote = "The mayor said <script>alert(1)</script> was a joke & more."
    answer = Answer(question="q", text=f"{quote} [1]", citations=[cite(1, EVIL, quote)])
    pieces = [
        render.answer_html(answer),
        render.sources_html(answer, DOCS),
        tables.corpus_html([EVIL]),
    ]
    for html in pieces:
        assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; was a joke &amp; more." in pieces[0]
    assert "<mark>The mayor said &lt;script&gt;alert(1)&lt;/script&gt;" in pieces[1]
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in pieces[1]
    assert "javascript:" not in pieces[1]


def test_question_and_notice_are_text() -> None:
    assert render.question_html("<b>hi</b> **x**") == (
        '<div class="nqa-q">&lt;b&gt;hi&lt;/b&gt; **x**</div>'
    )
    assert render.notice_html("Type a <question>") == (
        '<div class="nqa-notice">Type a &lt;question&gt;</div>'
    )


@pytest.mark.parametrize(
    ("url", "expected"),
    [("https://a.org/x", "https://a.org/x"), ("javascript:alert(1)", None), (None, None)],
)
def test_only_http_links_are_rendered(url: str | None, expected: str | None) -> None:
    assert safe_url(url) == expected


def test_each_quote_is_followed_by_a_link_to_its_source_card() -> None:
    quote = "Brackets in an article [7] and **stars** stay as written."
    doc = AP.model_copy(update={"text": f"{AP.text}\n{quote}"})
    answer = Answer(
        question="q",
        text=f"“{AP_QUOTE}” [1] “{quote}” [2]",
        citations=[cite(1, AP, AP_QUOTE), cite(2, doc, quote)],
    )
    html = render.answer_html(answer)
    assert (
        f'<div class="nqa-text"><p>“{AP_QUOTE}” '
        '<a class="nqa-cite" href="#nqa-src-1" title="Source 1">1</a> '
        "“Brackets in an article [7] and **stars** stay as written.” "
        '<a class="nqa-cite" href="#nqa-src-2" title="Source 2">2</a></p></div>'
    ) in html
    assert '<div class="nqa-foot">2 quotes from 1 article' in html
    answer = Answer(question="q", text=f"“{AP_QUOTE}” [1]", citations=[cite(1, AP, AP_QUOTE)])
    sources = render.sources_html(answer, DOCS)
    assert '<article class="nqa-card nqa-card-cite" id="nqa-src-1">' in sources
    assert 'AP<span class="nqa-dot">·</span>6 Dec 2025' in sources
    assert '<a href="https://example.org/ap" target="_blank" rel="noopener noreferrer">' in sources


def test_conflict_callout_names_each_source_its_value_and_citation() -> None:
    answer = Answer(
        question="When was the raid?",
        text=f"The sources disagree on the date. {AP_QUOTE} [1] {VN_QUOTE} [2]",
        citations=[cite(1, AP, AP_QUOTE), cite(2, VN, VN_QUOTE)],
        conflicts=[CONFLICT],
    )
    html = render.answer_html(answer)
    assert html.startswith(
        '<div class="nqa-answer"><div class="nqa-conflict" role="alert">'
        '<div class="nqa-conflict-head"><span class="nqa-icon">⚠</span> Sources disagree on '
        "the date of the raid</div>"
    )
    assert (
        '<li class="nqa-claim"><span class="nqa-claim-source">AP</span> says '
        '<strong class="nqa-claim-value">October 28, 2025</strong><div class="nqa-claim-quote">'
        "<q>The operation took place on <mark>October 28, 2025</mark>, in al-Dumayr.</q> "
        '<a class="nqa-cite" href="#nqa-src-1" title="Source 1">1</a></div></li>'
    ) in html
    assert (
        '<span class="nqa-claim-source">Nguyen Tien (According to AP, AFP)</span> says '
        '<strong class="nqa-claim-value">19/10</strong> '
        '<span class="nqa-reading">(read as 19 October)</span>'
    ) in html
    # Each quote is shown once, in the callout; the restating lead-in is not repeated.
    assert html.count("The operation took place on") == 1
    assert "The sources disagree on the date." not in html


def test_quotes_no_claim_covers_follow_the_callout() -> None:
    extra = "U.S. forces launched the raid."
    answer = Answer(
        question="When was the raid?",
        text="...",
        citations=[cite(1, AP, AP_QUOTE), cite(2, VN, VN_QUOTE), cite(3, AP, extra)],
        conflicts=[CONFLICT],
    )
    html = render.answer_html(answer)
    assert (
        '</ul></div><div class="nqa-text"><p>“U.S. forces launched the raid.” '
        '<a class="nqa-cite" href="#nqa-src-3" title="Source 3">3</a></p></div>'
    ) in html


def test_abstention_reads_as_one_and_lists_related_passages() -> None:
    answer = Answer(
        question="Who won the World Cup?",
        text="The articles don't say who won the World Cup.",
        lead="The articles don't say who won the World Cup.",
        abstained=True,
        related=[cite(1, AP, AP_QUOTE)],
    )
    html = render.answer_html(answer)
    assert '<div class="nqa-abstain-head">Not in the articles</div>' in html
    assert "<p>The articles don&#x27;t say who won the World Cup.</p>" in html
    assert "nqa-cite" not in html
    assert (
        '<li><span class="nqa-num">1</span> <b>US raid in Syria killed an undercover agent</b>: '
        f"<q>{AP_QUOTE}</q></li>"
    ) in html
    sources = render.sources_html(answer, DOCS)
    assert "Related passages · not an answer" in sources
    assert '<article class="nqa-card nqa-card-related">' in sources
    assert f"<mark>{AP_QUOTE}</mark>" in sources


def test_wrong_offsets_are_shown_as_such_not_highlighted_elsewhere() -> None:
    bad = cite(1, AP, AP_QUOTE).model_copy(update={"start": 0, "end": len(AP_QUOTE)})
    sources = render.sources_html(Answer(question="q", text="x [1]", citations=[bad]), DOCS)
    assert "(could not locate this quote in the article)" in sources
