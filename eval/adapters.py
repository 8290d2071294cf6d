"""External data as evaluation items: SQuAD 2.0 files and QACC (conflicting contexts) files.

Both produce the same `EvalItem` as the hand-written set, so one runner and one set of metrics
serve all three. A SQuAD file is one corpus (each article one document, each paragraph a passage
of it); a QACC row is its own small corpus (its snippets), so QACC yields one group per row.
"""

from __future__ import annotations

import ast
import json
import logging
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from corpus.models import Document
from eval.dataset import ConflictValue, EvalItem, Evidence, GoldConflict

logger = logging.getLogger(__name__)

PARAGRAPH_BREAK = "\n\n"

# Half of an external set: "fit" questions may tune the assistant, "test" ones are scored once.
Half = Literal["fit", "test"]
# QACC ships its own split: its train rows fit, its dev rows test.
QACC_SPLIT: dict[Half, str] = {"fit": "train", "test": "dev"}


class AdapterError(ValueError):
    """The file is not in the expected external format; the message says where."""


class Group(BaseModel):
    """Questions asked of one corpus: given documents, or a folder (None = bundled corpus)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    documents: list[Document] | None = None
    corpus: str | None = None
    items: list[EvalItem]


def spread(total: int, limit: int | None) -> list[int]:
    """Indices of `limit` rows spread evenly over `total`, so a quick run samples the whole file.

    The first N rows of SQuAD are all about one article; an even stride keeps every article (and
    the mix of answerable and unanswerable questions) in a small run.
    """
    if limit is None or limit >= total:
        return list(range(total))
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    return sorted({i * total // limit for i in range(limit)})


def _unique(texts: list[str]) -> list[str]:
    """Stripped, non-empty strings without case-insensitive repeats, in first-seen order."""
    seen: dict[str, str] = {}
    for text in texts:
        clean = text.strip()
        if clean and clean.casefold() not in seen:
            seen[clean.casefold()] = clean
    return list(seen.values())


def squad_half(position: int, articles: int) -> Half:
    """Which half an article is in by its position in the file: the first half fits, the rest
    tests (`python -m eval.fit` reads only "fit" questions; the test half is scored once)."""
    return "fit" if position < (articles + 1) // 2 else "test"


def load_squad(path: str | Path, limit: int | None = None, half: Half | None = None) -> list[Group]:
    """A SQuAD 2.0 file as one group: every article a document, every question an item.

    A question's evidence is its whole paragraph: SQuAD judges paragraphs, and the metrics count a
    passage as relevant when it lies within the paragraph, however the chunker splits it. `half`
    keeps the questions of half the articles (all articles stay in the corpus, so retrieval is
    as hard as with every question).
    """
    file = Path(path)
    try:
        articles = json.loads(file.read_text(encoding="utf-8"))["data"]
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise AdapterError(f"{file}: not a SQuAD 2.0 file ({exc}).") from exc
    documents: list[Document] = []
    items: list[EvalItem] = []
    for position, article in enumerate(articles):
        doc_id = str(article["title"])
        paragraphs = [p["context"].strip() for p in article["paragraphs"]]
        documents.append(
            Document(
                id=doc_id,
                title=doc_id.replace("_", " "),
                source="Wikipedia",
                text=PARAGRAPH_BREAK.join(paragraphs),
            )
        )
        if half is not None and squad_half(position, len(articles)) != half:
            continue
        for paragraph, context in zip(article["paragraphs"], paragraphs, strict=True):
            items.extend(_squad_item(qa, doc_id, context) for qa in paragraph["qas"])
    chosen = [items[i] for i in spread(len(items), limit)]
    logger.info("SQuAD: %d articles, %d of %d questions", len(documents), len(chosen), len(items))
    return [Group(documents=documents, items=chosen)]


def _squad_item(qa: dict[str, Any], doc_id: str, context: str) -> EvalItem:
    impossible = bool(qa.get("is_impossible", False))
    answers = [] if impossible else _unique([a["text"] for a in qa["answers"]])
    return EvalItem(
        id=str(qa["id"]),
        question=qa["question"].strip(),
        category="unanswerable" if impossible else "fact",
        answerable=not impossible,
        evidence=[] if impossible else [Evidence(doc_id=doc_id, quote=context)],
        answers=answers,
    )


def _letters(field: str | None) -> list[str]:
    """QACC writes context letters as a Python list literal: "['F', 'E']"."""
    if not field:
        return []
    value = ast.literal_eval(field)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"expected a list of letters, got {field!r}")
    return value


def _qacc_conflict(row: dict[str, Any], doc_of: dict[str, str]) -> GoldConflict | None:
    """Values per side (first, second, third answer) when the row has a genuine second answer.

    42 training rows mark a second answer identical to the first: no disagreement, so no conflict.
    """
    if row.get("secondAnswerExist") != "A":
        return None
    sides = [("firstAnswer", "firstContext"), ("secondAnswer", "secondContext")]
    if row.get("thirdAnswerExist") == "A":
        sides.append(("thirdAnswer", "thirdContext"))
    values = [
        ConflictValue(doc_id=doc_of[letter], value=row[answer].strip())
        for answer, context in sides
        if row.get(answer) and row[answer].strip()
        for letter in _letters(row.get(context))
    ]
    if len({v.value.casefold() for v in values}) < 2 or len({v.doc_id for v in values}) < 2:
        return None
    return GoldConflict(about=row["question"].strip(), kind="other", values=values)


def _qacc_group(row: dict[str, Any]) -> Group:
    row_id = f"qacc-{row['split']}-{row['annotation_task_id']}"
    letters = [chr(ord("A") + i) for i in range(len(row["contexts"]))]
    doc_of = {letter: f"{row_id}-{letter}" for letter in letters}
    documents = [
        Document(id=doc_of[letter], title=f"{site} ({letter})", source=site, text=text.strip())
        for letter, text, site in zip(letters, row["contexts"], row["sources"], strict=True)
    ]
    texts = {d.id: d.text for d in documents}
    conflict = _qacc_conflict(row, doc_of)
    # Relevant: the snippets behind the first answer, and for a conflict those of every side.
    evidence_docs = [doc_of[letter] for letter in _letters(row["firstContext"])]
    if conflict is not None:
        evidence_docs += [v.doc_id for v in conflict.values]
    evidence = [Evidence(doc_id=d, quote=texts[d]) for d in dict.fromkeys(evidence_docs)]
    item = EvalItem(
        id=row_id,
        question=row["question"].strip(),
        category="conflict" if conflict else "fact",
        answerable=True,
        evidence=evidence,
        answers=_unique([row["firstAnswer"], row.get("correctAnswer") or ""]),
        conflict=conflict,
    )
    return Group(documents=documents, items=[item])


def load_qacc(path: str | Path, limit: int | None = None, split: str | None = None) -> list[Group]:
    """A QACC .jsonl file: each row a group whose documents are its snippets (site = source)."""
    file = Path(path)
    rows = []
    for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise AdapterError(f"{file}:{number}: not a JSON line ({exc}).") from exc
        if split is None or row.get("split") == split:
            rows.append((number, row))
    groups = []
    for index in spread(len(rows), limit):
        number, row = rows[index]
        try:
            groups.append(_qacc_group(row))
        except (KeyError, ValueError, SyntaxError, ValidationError) as exc:
            raise AdapterError(f"{file}:{number}: not a QACC row ({exc}).") from exc
    logger.info("QACC: %d of %d rows", len(groups), len(rows))
    return groups
