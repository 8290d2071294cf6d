"""The chat page under bad input and many users, through its API (gradio_client).

The page is served in-process on 127.0.0.1 and a free port, answering from the bundled articles
plus one full of markup, indexed with the fake encoder so no model is loaded. The assistant is
wrapped to record the history the page hands it with every question: that is where two
sessions' conversations would mix.
"""

from __future__ import annotations

import html
import re
import socket
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from gradio_client import Client, handle_file

from assistant import Answer, Assistant
from assistant.compare import Comparison
from corpus.loader import BUNDLED_CORPUS
from corpus.models import Document
from tests.fakes import HashingEncoder

MARKUP_ARTICLE = (
    "---\ntitle: \"<script>alert('title')</script> Harbour bridge\"\n"
    'source: "<img src=x onerror=alert(1)>"\n---\n'
    "The harbour bridge reopened on Monday <script>alert('body')</script> after long repairs. "
    'Engineers said the <b onmouseover="alert(2)">new</b> deck would last fifty years.\n'
)
SESSIONS = 20
TURNS = 3


class RecordingQA:
    """The real Assistant, recording each question with the user turns of its history."""

    def __init__(self, inner: Assistant) -> None:
        self.inner = inner
        self.calls: list[tuple[str, list[str]]] = []
        self._lock = threading.Lock()

    @property
    def documents(self) -> list[Document]:
        return self.inner.documents

    def ask(
        self,
        question: str,
        history: list[dict[str, str]] | None,
        k: int,
        mode: Any,
        fusion: Any,
        **only: Any,
    ) -> Answer:
        asked_before = [m["content"] for m in history or [] if m["role"] == "user"]
        with self._lock:
            self.calls.append((question, asked_before))
        return self.inner.ask(question, history=history, k=k, mode=mode, fusion=fusion, **only)

    def add_article(self, filename: str, content: bytes) -> Document:
        return self.inner.add_article(filename, content)

    def compare(self, topic: str | None = None, **only: Any) -> list[Comparison]:
        return self.inner.compare(topic, **only)


@dataclass
class Page:
    url: str
    qa: RecordingQA
    root: Path
    corpus: Path
    uploads: Path
    outputs: list[str] = field(default_factory=list)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Page]:
    from ui.app import build, serve

    root = tmp_path_factory.mktemp("robust-ui")
    corpus, uploads = root / "corpus", root / "gradio-uploads"
    corpus.mkdir()
    for path in BUNDLED_CORPUS.iterdir():
        (corpus / path.name).write_bytes(path.read_bytes())
    (corpus / "markup.md").write_text(MARKUP_ARTICLE, encoding="utf-8")
    qa = RecordingQA(Assistant.from_corpus(corpus, root / "index", encoder=HashingEncoder()))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GRADIO_TEMP_DIR", str(uploads))  # Gradio's own upload cache, kept here
        demo = build(qa)
        url = serve(demo, "127.0.0.1", _free_port())
        try:
            yield Page(url, qa, root, corpus, uploads)
        finally:
            demo.close()


def _client(page: Page) -> Client:
    """A new session, as a new browser tab would be."""
    return Client(page.url, verbose=False)


def _ask(client: Client, question: str) -> tuple[list[str], list[str]]:
    """The chat bubbles' HTML after asking, and every other output that is text."""
    _, chat, *panels = client.predict(question, "hybrid", 5, "rrf", api_name="/ask")
    if not isinstance(chat, list):  # the page left the chat as it was
        return [], [p for p in panels if isinstance(p, str)]
    bubbles = ["".join(part["text"] for part in message["content"]) for message in chat]
    return bubbles, [p for p in panels if isinstance(p, str)]


def _seen(fragment: str) -> str:
    """What a reader sees of an HTML fragment."""
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def _assert_inert(fragments: list[str]) -> None:
    """No element or handler from the articles or the question survives unescaped."""
    for fragment in fragments:
        assert not re.search(r"<\s*(script|img|iframe)\b", fragment, re.I), fragment
        assert not re.search(r"<[^>]*\son\w+\s*=", fragment, re.I), fragment


# ---- bad questions ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "notice"),
    [
        ("???", "The question has no words. Ask about something in the articles."),
        ("\x00\x01\x1b", "The question is empty. Type a question about the articles."),
        (
            "x" * 100_000,
            "The question is 100,000 characters long; please ask in at most 1,000 characters.",
        ),
    ],
)
def test_an_unusable_question_gets_a_notice_not_a_trace(
    page: Page, question: str, notice: str
) -> None:
    bubbles, _ = _ask(_client(page), question)
    assert len(bubbles) == 2
    assert _seen(bubbles[-1]) == notice
    assert "Traceback" not in bubbles[-1]


@pytest.mark.parametrize("question", ["", "   ", "\n\t"])
def test_an_empty_question_is_ignored_without_error(page: Page, question: str) -> None:
    """The page leaves the conversation as it was (the send button does nothing)."""
    client = _client(page)
    _ask(client, "When did the raid take place?")
    bubbles, _ = _ask(client, question)
    assert bubbles == []  # no change sent: the two earlier bubbles stay as they are


def test_markup_in_a_question_and_in_articles_is_shown_as_text(page: Page) -> None:
    question = "<script>alert('q')</script> When did the harbour bridge reopen?"
    bubbles, panels = _ask(_client(page), question)
    _assert_inert(bubbles + panels)
    assert _seen(bubbles[0]) == question  # shown as typed, as text
    shown = _seen(bubbles[1] + "".join(panels))
    assert "The harbour bridge reopened on Monday <script>alert('body')</script>" in shown


def test_an_uploaded_article_with_markup_is_listed_as_text(page: Page, tmp_path: Path) -> None:
    article = tmp_path / "markup-upload.md"
    # A different article (title and text), or the upload is refused as a duplicate.
    second = MARKUP_ARTICLE.replace("Harbour bridge", "Second bridge").replace("harbour", "river")
    article.write_text(second, "utf-8")
    status, corpus, header, _ = _client(page).predict(
        handle_file(str(article)), api_name="/add_article"
    )
    _assert_inert([status, corpus, header])
    assert "<script>alert('title')</script> Second bridge" in _seen(status)


def test_an_upload_named_with_path_parts_lands_only_in_the_corpus(page: Page) -> None:
    """Gradio keeps only the last part of the name; the corpus writer refuses any folders."""
    content = b"The ferry service resumed on Friday after the storm had passed.\n"
    response = httpx.post(
        page.url.rstrip("/") + "/gradio_api/upload",
        files={"files": ("../../escaped.txt", content, "text/plain")},
        timeout=30,
    )
    (cached,) = response.json()
    assert Path(cached).parent.parent == page.uploads.resolve()  # inside Gradio's cache folder
    status, *_ = _client(page).predict(
        {"path": cached, "meta": {"_type": "gradio.FileData"}, "orig_name": "../../escaped.txt"},
        api_name="/add_article",
    )
    assert _seen(status).startswith("Added The ferry service resumed on Friday")
    assert (page.corpus / "escaped.txt").read_bytes() == content
    # The only copies: the article in the corpus and Gradio's cached upload; none up the tree.
    written = sorted(page.root.rglob("escaped.txt"))
    assert written == sorted([page.corpus / "escaped.txt", Path(cached)])
    assert not (page.root.parent / "escaped.txt").exists()


# ---- many users at once -----------------------------------------------------------------------


def test_twenty_simultaneous_sessions_keep_their_own_histories(page: Page) -> None:
    """Each session asks three questions; every question must reach the assistant with exactly
    that session's earlier questions as history, and each page shows only its own turns."""

    def question(session: int, turn: int) -> str:
        return f"When did the raid take place? session {session:02d} turn {turn}"

    start = threading.Barrier(SESSIONS)

    def run(session: int) -> list[str]:
        client = _client(page)
        start.wait(timeout=120)  # all sessions ask their first question together
        bubbles: list[str] = []
        for turn in range(TURNS):
            bubbles, _ = _ask(client, question(session, turn))
        return bubbles

    calls_before = len(page.qa.calls)
    with ThreadPoolExecutor(max_workers=SESSIONS) as pool:
        pages = list(pool.map(run, range(SESSIONS)))

    for session, bubbles in enumerate(pages):
        asked = [_seen(b) for b in bubbles[::2]]
        assert asked == [question(session, turn) for turn in range(TURNS)]
        assert len(bubbles) == 2 * TURNS
    calls = page.qa.calls[calls_before:]
    assert len(calls) == SESSIONS * TURNS
    for question_asked, history in calls:
        session, turn = map(int, re.findall(r"session (\d+) turn (\d+)", question_asked)[0])
        assert history == [question(session, t) for t in range(turn)], question_asked
