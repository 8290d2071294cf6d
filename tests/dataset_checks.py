"""What the hand-written evaluation corpora's data tests compute, written once.

tests/test_eval_corpora.py compares what these return with each corpus's spec (stories, planted
disagreements, counts in tests/corpus_specs.py), so a mislabelled or leaked item is found the
same way in every set.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

from corpus.loader import load_corpus
from corpus.models import Document
from eval.dataset import EvalItem, load_dataset, quote_spans


@cache
def items(path: Path) -> tuple[EvalItem, ...]:
    """The items of an evaluation set, read once per test session."""
    return tuple(load_dataset(path).items)


@cache
def documents(folder: Path) -> tuple[Document, ...]:
    """The articles of a corpus folder, read once per test session."""
    return tuple(load_corpus(folder))


def normalised(question: str) -> str:
    return " ".join(question.casefold().split())


def shared_questions(first: Iterable[EvalItem], second: Iterable[EvalItem]) -> set[str]:
    """Questions asked in both halves (case and spacing ignored): a leak between dev and test."""
    return {normalised(i.question) for i in first} & {normalised(i.question) for i in second}


def quotes_not_found(found: Iterable[EvalItem], documents: Iterable[Document]) -> list[tuple]:
    """(item id, quote) of every evidence quote that is not verbatim in its document."""
    texts = {document.id: document.text for document in documents}
    return [
        (item.id, evidence.quote)
        for item in found
        for evidence in item.evidence
        if not quote_spans(texts[evidence.doc_id], evidence.quote)
    ]


def outlets_per_story(
    documents: Iterable[Document], story: Mapping[str, str]
) -> tuple[dict[str, int], Counter[str]]:
    """How many outlets report each story, and in how many stories each outlet appears."""
    outlets: dict[str, set[str]] = {}
    for document in documents:
        assert document.source is not None, document.id
        outlets.setdefault(story[document.id], set()).add(document.source)
    per_outlet = Counter(o for names in outlets.values() for o in names)
    return {name: len(sources) for name, sources in outlets.items()}, per_outlet


def labels_per_disagreement(found: Iterable[EvalItem]) -> dict[str, int]:
    """How many different (kind, sides) labels each disagreement gets across the items: 1 when
    every question asking it labels it alike."""
    labels: dict[str, set[tuple[str, frozenset[tuple[str, str]]]]] = {}
    for item in found:
        if item.conflict:
            sides = frozenset((v.doc_id, v.value) for v in item.conflict.values)
            labels.setdefault(item.conflict.about, set()).add((item.conflict.kind, sides))
    return {about: len(kinds) for about, kinds in labels.items()}


def conflicts_across_stories(
    found: Iterable[EvalItem], story: Mapping[str, str], planted: Mapping[str, str]
) -> list[str]:
    """Items whose conflict sets documents of another story than its planted one against each
    other, or cites evidence from another story."""
    wrong = []
    for item in found:
        if item.conflict:
            stories = {story[v.doc_id] for v in item.conflict.values}
            evidence = {story[doc] for doc in item.evidence_docs}
            if stories != {planted[item.conflict.about]} or evidence != stories:
                wrong.append(item.id)
    return wrong


def agreements_amiss(found: Iterable[EvalItem], story: Mapping[str, str] | None) -> list[str]:
    """Agreement items that name a conflict, quote fewer than two documents, or (with `story`)
    quote documents of several stories."""
    return [
        item.id
        for item in found
        if item.category == "agreement"
        and (
            item.conflict is not None
            or len(item.evidence_docs) < 2
            or (story is not None and len({story[doc] for doc in item.evidence_docs}) != 1)
        )
    ]


def multipart_and_followups(
    found: Iterable[EvalItem], quotes: int = 2
) -> tuple[int, bool, int, int]:
    """(multi-part questions, whether each gives two answers and `quotes` quotes, follow-ups,
    answerable follow-ups): each corpus states how many of each it was written with."""
    found = list(found)
    multipart = [item for item in found if item.id.startswith("multi-")]
    whole = all(len(item.answers) >= 2 and len(item.evidence) >= quotes for item in multipart)
    followups = [item for item in found if item.history]
    return len(multipart), whole, len(followups), sum(item.answerable for item in followups)


def names_in_other_corpora(data: Path, own: Path, names: Iterable[str]) -> list[tuple[str, list]]:
    """(article, names it uses) for the articles of every other readable corpus folder under
    `data` that use any of a corpus's invented names. Held-out folders are never opened."""
    names = list(names)
    folders = [f for f in data.iterdir() if f.is_dir() and f != own and "heldout" not in f.name]
    found = []
    for article in (a for folder in folders for a in folder.rglob("*.md")):
        text = article.read_text(encoding="utf-8")
        if used := [name for name in names if name in text]:
            found.append((str(article), used))
    return found
