"""The SQuAD 2.0 file as the benchmark needs it: paragraphs as documents, answerable questions.

Each paragraph becomes one Document (id = article index and paragraph index), so "is the
question's own paragraph retrieved?" is a document-level judgement that does not depend on how
the chunker cuts long paragraphs. Unanswerable questions are left out of retrieval quality: they
have no gold paragraph by design.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from corpus.models import Document


@dataclass(frozen=True)
class Paragraph:
    """One SQuAD paragraph and the answerable questions asked about it."""

    doc_id: str
    text: str
    questions: list[str]


@dataclass(frozen=True)
class Squad:
    """Paragraphs grouped by article title, in file order."""

    articles: dict[str, list[Paragraph]]

    def documents(self) -> list[Document]:
        return [
            Document(id=p.doc_id, title=title, source="Wikipedia", text=p.text)
            for title, paragraphs in self.articles.items()
            for p in paragraphs
        ]

    def questions(self) -> list[tuple[str, str]]:
        """(question, doc_id of its paragraph) for every answerable question."""
        return [
            (q, p.doc_id)
            for paragraphs in self.articles.values()
            for p in paragraphs
            for q in p.questions
        ]


def load_squad(path: Path) -> Squad:
    """Read a SQuAD 2.0 JSON file."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    articles: dict[str, list[Paragraph]] = {}
    for a, article in enumerate(raw["data"]):
        paragraphs = articles.setdefault(article["title"], [])
        for p, paragraph in enumerate(article["paragraphs"]):
            questions = [qa["question"] for qa in paragraph["qas"] if not qa["is_impossible"]]
            paragraphs.append(Paragraph(f"squad{a:02d}-{p:03d}", paragraph["context"], questions))
    return Squad(articles=articles)
