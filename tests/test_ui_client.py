"""The chat page through its API (gradio_client) against `newsqa serve` on a free local port.

The server answers from a copy of the bundled corpus with the real model: the two articles
disagree on the raid's date ("October 28, 2025" vs "19/10").
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from gradio_client import Client, handle_file
from gradio_client.exceptions import AppError

from corpus.loader import BUNDLED_CORPUS
from tests.ui_server import Server, copy_corpus, serve

pytestmark = pytest.mark.model

NOT_FOLLOW_UP = "(asked as typed: not a follow-up)"


@dataclass
class Turn:
    """What the page shows after one question."""

    chat: list[str]  # the HTML of every bubble, oldest first
    sources: str
    rewritten: str
    hits: str

    @property
    def answer(self) -> str:
        return self.chat[-1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    root = tmp_path_factory.mktemp("ui-client")
    with serve(copy_corpus(root / "corpus"), root / "index") as running:
        yield running


@pytest.fixture
def client(server: Server) -> Client:
    """A new browser-like session: its own conversation state on the server."""
    return Client(server.url, verbose=False)


def ask(client: Client, question: str, mode: str = "hybrid", k: int = 5) -> Turn:
    _, chat, sources, rewritten, hits = client.predict(question, mode, k, "rrf", api_name="/ask")
    bubbles = ["".join(part["text"] for part in message["content"]) for message in chat]
    return Turn(bubbles, sources, rewritten, hits)


def text(fragment: str) -> str:
    """What a reader sees of an HTML fragment."""
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def marked_quotes(sources: str) -> list[str]:
    return [html.unescape(m) for m in re.findall(r"<mark>(.*?)</mark>", sources, re.S)]


def test_the_server_prints_a_local_url(server: Server) -> None:
    assert any("ready at http://127.0.0.1:" in line for line in server.output)


def test_an_answer_quotes_the_articles_and_shows_each_quote_in_context(client: Client) -> None:
    turn = ask(client, "What did Wassim Nasr say about the raid?")
    assert "nqa-abstain" not in turn.answer
    assert "Nasr" in text(turn.answer)
    markers = re.findall(r'<a class="nqa-cite" href="#nqa-src-(\d+)"', turn.answer)
    badges = re.findall(r'<span class="nqa-num">(\d+)</span>', turn.sources)
    assert markers and sorted(markers) == sorted(badges)  # every marker has its source card
    corpus = "".join(p.read_text(encoding="utf-8") for p in BUNDLED_CORPUS.iterdir())
    quotes = marked_quotes(turn.sources)
    assert len(quotes) == len(markers)
    assert all(q in corpus for q in quotes)  # the highlighted words are the article's own
    assert all(q in text(turn.answer) for q in quotes)  # and they are what the answer says
    assert turn.rewritten == NOT_FOLLOW_UP


def test_a_conflict_names_each_source_and_what_it_says(client: Client) -> None:
    turn = ask(client, "When did the US raid in Dumayr take place?")
    callout = re.search(r'<div class="nqa-conflict".*?</ul></div>', turn.answer, re.S)
    assert callout, turn.answer
    assert "Sources disagree on the date" in text(callout.group(0))
    claims = [text(li) for li in re.findall(r"<li class=.nqa-claim.>.*?</li>", callout.group(0))]
    by_source = {c.split(" says ")[0]: c.split(" says ")[1] for c in claims}
    assert len(by_source) == 2
    (ap,) = [v for k, v in by_source.items() if "US raid in Syria killed" in k]
    (vn,) = [v for k, v in by_source.items() if "Nguyen Tien (According to AP, AFP)" in k]
    assert ap.startswith("October 28, 2025")
    assert vn.startswith("19/10 (read as 19 October)")


def test_an_abstention_says_so_and_lists_related_passages(client: Client) -> None:
    turn = ask(client, "Who won the 2022 World Cup?")
    assert "Not in the articles" in text(turn.answer)
    assert "The articles don't say" in text(turn.answer)
    assert "nqa-cite" not in turn.answer
    assert "Related passages · not an answer" in turn.sources
    assert 'class="nqa-card nqa-card-related"' in turn.sources


def test_a_follow_up_is_rewritten_with_the_conversation(client: Client) -> None:
    ask(client, "Who was killed in the raid?")
    turn = ask(client, "Who is his mother?")
    assert len(turn.chat) == 4
    assert turn.rewritten != NOT_FOLLOW_UP
    assert "Searched as:" in turn.answer
    assert "Sabah al-Sheikh al-Kilani" in text(turn.answer)


def test_twenty_simultaneous_sessions_keep_their_own_conversations(server: Server) -> None:
    questions = [f"Who was killed in the raid? ({i})" for i in range(20)]

    def one_session(question: str) -> Turn:
        return ask(Client(server.url, verbose=False), question)

    with ThreadPoolExecutor(max_workers=20) as pool:
        turns = list(pool.map(one_session, questions))
    for question, turn in zip(questions, turns, strict=True):
        assert len(turn.chat) == 2
        assert text(turn.chat[0]) == question
        assert turn.rewritten == NOT_FOLLOW_UP


def test_an_unusable_question_gets_a_message_and_no_answer(client: Client) -> None:
    turn = ask(client, "???")
    assert turn.answer == (
        '<div class="nqa-notice">The question has no words. Ask about something in the '
        "articles.</div>"
    )


def test_an_uploaded_article_is_searchable_without_restart(client: Client, tmp_path: Path) -> None:
    article = tmp_path / "harbour-festival.md"
    article.write_text(
        "---\ntitle: Lisbon harbour festival breaks its record\nsource: Test Wire\n---\n"
        "The Lisbon harbour festival drew 12,000 visitors on Saturday, its organisers said.\n",
        encoding="utf-8",
    )
    status, corpus, header, _ = client.predict(handle_file(str(article)), api_name="/add_article")
    assert "Added <b>Lisbon harbour festival breaks its record</b>" in status
    assert "Lisbon harbour festival breaks its record" in corpus
    assert "<b>3</b> articles" in header
    turn = ask(client, "How many visitors did the Lisbon harbour festival draw?")
    assert "12,000 visitors" in text(turn.answer)


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("latin1.txt", "Caf\xe9 in S\xe3o Paulo.".encode("latin-1"), "the file is not UTF-8 text"),
        ("huge.txt", b"word " * 420_000, "the file is 2,100,000 bytes, over the 2,000,000-byte"),
    ],
)
def test_an_unreadable_upload_gets_a_clear_message(
    client: Client, tmp_path: Path, name: str, content: bytes, problem: str
) -> None:
    article = tmp_path / name
    article.write_bytes(content)
    status, *_ = client.predict(handle_file(str(article)), api_name="/add_article")
    assert status.startswith(f'<div class="nqa-notice">{name}: {problem}')  # which file, what


def test_a_file_of_another_type_is_refused_before_reading(client: Client, tmp_path: Path) -> None:
    article = tmp_path / "report.pdf"
    article.write_bytes(b"%PDF-1.7")
    with pytest.raises(AppError, match=r"Invalid file type.*\.txt.*\.md"):
        client.predict(handle_file(str(article)), api_name="/add_article")
