"""Tiny corpora of invented reports for the disagreement tests, and what their table holds.

Each test writes two or three short reports of one story as an outlet would and asks what the
assistant reads from them; these helpers build the assistant and read its table back.
"""

from __future__ import annotations

import datetime as dt

from assistant import Assistant
from assistant.disputed import candidates, find_aspect
from assistant.question_type import detect
from corpus.models import Document
from index.analysis.outcomes import find_outcomes
from index.disputes.table import DisputeTable
from index.encoder import Encoder
from index.options import DEFAULT_FUSION, DEFAULT_K, DEFAULT_MODE

WEDNESDAY = dt.date(2026, 2, 11)


def assistant_of(encoder: Encoder, *bodies: tuple[str, str]) -> Assistant:
    """Articles d1, d2, ... by the given outlets, all published on a Wednesday."""
    documents = [
        Document(id=f"d{n}", title=f"Report {n}", source=outlet, text=body, published=WEDNESDAY)
        for n, (outlet, body) in enumerate(bodies, start=1)
    ]
    return Assistant.from_documents(documents, encoder=encoder)


def dated_assistant_of(encoder: Encoder, *reports: tuple[str, dt.date, str]) -> Assistant:
    """Articles d1, d2, ... by the given outlets, each published on its own date."""
    documents = [
        Document(id=f"d{n}", title=f"Report {n}", source=outlet, text=body, published=published)
        for n, (outlet, published, body) in enumerate(reports, start=1)
    ]
    return Assistant.from_documents(documents, encoder=encoder)


def claims(qa: Assistant, question: str) -> set[tuple[str, str]]:
    """The (document, normal form) of each side of the one disagreement an answer names."""
    [conflict] = qa.ask(question).conflicts
    return {(c.doc_id, c.normalized) for c in conflict.claims}


def table_of(qa: Assistant) -> DisputeTable:
    """The disagreement table the assistant's index holds."""
    index, _ = qa._current
    table = index.content.disputes
    assert table is not None
    return table


def aspects_weighed(qa: Assistant, question: str) -> list[str]:
    """The names of the aspects a question weighs (`assistant.disputed.candidates`): those of
    its story of a kind it asks for that no reading of the question rules out."""
    index, backend = qa._current
    vector = index.encode_query(question)
    hits = backend.search(question, vector, k=DEFAULT_K, mode=DEFAULT_MODE, fusion=DEFAULT_FUSION)
    table = table_of(qa)
    found = candidates(question, detect(question), vector, hits, index.content)
    return [table.aspects[s.aspect].name for s in found]


def aspect_found(qa: Assistant, question: str) -> str | None:
    """The name of the aspect a question is found to ask about (`assistant.disputed.find_aspect`),
    before any fallback on the sentences retrieved: None when no aspect fits well enough."""
    index, backend = qa._current
    vector = index.encode_query(question)
    hits = backend.search(question, vector, k=DEFAULT_K, mode=DEFAULT_MODE, fusion=DEFAULT_FUSION)
    found = find_aspect(question, detect(question), vector, hits, index.content)
    return found.aspect.name if found is not None else None


def disputed_values(qa: Assistant, kind: str) -> list[set[tuple[str, str]]]:
    """The table's disputed aspects of one kind, each as its (document, value) pairs: what
    is read from the articles, whichever question later asks for it."""
    table = table_of(qa)
    found = []
    for aspect in table.disputed:
        if aspect.kind == kind:
            facts = [table.facts[f] for f in aspect.facts]
            found.append({(f.sentence.split("#")[0], f.normalized) for f in facts})
    return found


def outcome_names(*sentences: str) -> list[list[str]]:
    """The outcome classes each sentence tells, in reading order."""
    return [[o.name for o in find_outcomes(text)] for text in sentences]
