"""Many threads on one Assistant: the same answers as one at a time, and no lost uploads.

`Assistant` promises to be safe to share between threads (the chat page serves every visitor
from one instance). Answers are compared whole (text, citations, hits and scores), so a race
that mixed up two questions' vectors or hits would show as an inequality.
"""

from __future__ import annotations

import logging
import random
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from assistant import Answer, Assistant
from corpus.errors import ArticleError
from tests.fakes import HashingEncoder

QUESTIONS = [
    "When did the raid take place?",
    "Who was killed in the raid?",
    "Where is al-Dumayr?",
    "What did the Pentagon say?",
    "Which group was targeted?",
    "How many soldiers took part?",
    "Who reported the story?",
    "What went wrong in the operation?",
    "Was the agent working for the coalition?",
    "What happened in Syria last fall?",
]
THREADS = 16
ROUNDS = 6


def _article(n: int) -> bytes:
    return (
        f"---\ntitle: Report {n}\n---\n"
        f"The zeta{n} committee met in the harbour town on day {n}. "
        f"It voted to rebuild the zeta{n} bridge before winter.\n"
    ).encode()


def _ask_all_at_once(qa: Assistant, questions: list[str]) -> list[tuple[str, Answer]]:
    """Every question ROUNDS times, shuffled, from THREADS threads started together."""
    work = [q for q in questions for _ in range(ROUNDS)]
    random.Random(7).shuffle(work)
    start = threading.Barrier(THREADS)

    def ask(question: str) -> tuple[str, Answer]:
        return question, qa.ask(question)

    def first(question: str) -> tuple[str, Answer]:
        start.wait(timeout=60)  # all threads begin together, to maximise overlap
        return ask(question)

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        heads = [pool.submit(first, q) for q in work[:THREADS]]
        rest = [pool.submit(ask, q) for q in work[THREADS:]]
        return [f.result(timeout=120) for f in heads + rest]


def test_concurrent_questions_get_the_answers_asked_one_at_a_time(fake_qa: Assistant) -> None:
    alone = {q: fake_qa.ask(q) for q in QUESTIONS}
    results = _ask_all_at_once(fake_qa, QUESTIONS)
    assert len(results) == len(QUESTIONS) * ROUNDS
    for question, answer in results:
        assert answer == alone[question]


@pytest.mark.model
def test_concurrent_questions_with_the_real_model(bundled_qa: Assistant) -> None:
    alone = {q: bundled_qa.ask(q) for q in QUESTIONS}
    for question, answer in _ask_all_at_once(bundled_qa, QUESTIONS):
        assert answer == alone[question]


def test_questions_during_uploads_see_one_corpus_or_the_next(
    corpus_copy: Path, tmp_path: Path
) -> None:
    """An answer is always one some single state of the corpus gives, never a mixture."""
    qa = Assistant.from_corpus(corpus_copy, tmp_path / "index", encoder=HashingEncoder())
    questions = [*QUESTIONS[:4], "When will the zeta1 bridge be rebuilt?", "What did zeta3 vote?"]
    states = [{q: qa.ask(q) for q in questions}]
    seen: list[tuple[str, Answer]] = []
    stop = threading.Event()

    def keep_asking(offset: int) -> None:
        i = offset
        while not stop.is_set():
            question = questions[i % len(questions)]
            seen.append((question, qa.ask(question)))
            i += 1

    askers = [threading.Thread(target=keep_asking, args=(i,)) for i in range(4)]
    for thread in askers:
        thread.start()
    try:
        for n in range(1, 4):
            qa.add_article(f"zz-report-{n}.md", _article(n))
            states.append({q: qa.ask(q) for q in questions})
    finally:
        stop.set()
        for thread in askers:
            thread.join(timeout=60)
    assert len(seen) > len(questions)  # the askers really overlapped the uploads
    for question, answer in seen:
        assert any(answer == state[question] for state in states), question
    assert states[-1]["When will the zeta1 bridge be rebuilt?"].citations[0].doc_id == "zz-report-1"


def test_concurrent_uploads_are_all_kept_and_saved(
    corpus_copy: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    index_dir = tmp_path / "index"
    qa = Assistant.from_corpus(corpus_copy, index_dir, encoder=HashingEncoder())
    names = [f"upload-{n}.md" for n in range(8)]
    refused: list[str] = []

    def upload(n: int) -> None:
        try:
            qa.add_article(names[n % len(names)], _article(n % len(names)))
        except ArticleError as exc:
            refused.append(str(exc))

    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(upload, range(16)))  # every name twice: one of each pair must be refused

    expected = {f"upload-{n}" for n in range(8)}
    assert expected <= {d.id for d in qa.documents}
    assert len(qa.documents) == 2 + 8
    assert sorted(refused) == sorted(
        f"{name}: an article with this name is already in the corpus ({name}). "
        "Rename the file to add it as a new article."
        for name in names
    )
    assert sorted(p.name for p in corpus_copy.glob("upload-*")) == sorted(names)
    for n in range(8):
        assert qa.retrieve(f"zeta{n}", k=1)[0].doc_id == f"upload-{n}"
    # What was saved is the last state: reopening finds all of them and embeds nothing.
    encoder = HashingEncoder()
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        again = Assistant.from_corpus(corpus_copy, index_dir, encoder=encoder)
    assert (encoder.calls, caplog.messages) == (0, [])
    assert {d.id for d in again.documents} == {d.id for d in qa.documents}
