"""The evaluation set: pydantic models, a YAML/JSON loader, and a validator against the documents.

Gold labels are chunk-independent on purpose: an item names documents and verbatim quotes, never
passage ids, so the set stays valid when the chunker changes.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from assistant.models import Turn
from corpus.models import Document

logger = logging.getLogger(__name__)

Category = Literal[
    "fact", "paraphrase", "keyword", "agreement", "conflict", "unanswerable", "followup"
]
ConflictKind = Literal["date", "number", "person", "organization", "place", "other", "account"]

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$")


class DatasetError(ValueError):
    """The evaluation set cannot be used; the message names the item and field to fix."""

    def __init__(self, item_id: str, field: str, problem: str) -> None:
        self.item_id = item_id
        self.field = field
        self.problem = problem
        super().__init__(f"question {item_id!r}, field {field!r}: {problem}")


class DatasetFileError(ValueError):
    """The file cannot be parsed at all (YAML/JSON syntax)."""


class Evidence(BaseModel):
    """A verbatim quote of one document that answers the question."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    doc_id: str = Field(min_length=1)
    quote: str = Field(min_length=1)

    @field_validator("quote")
    @classmethod
    def _no_outer_space(cls, quote: str) -> str:
        # Leading/trailing blanks make a quote fail to match for reasons nobody can see.
        if quote != quote.strip():
            raise ValueError("quote has leading or trailing whitespace")
        return quote


class ConflictValue(BaseModel):
    """What one document says about the disputed point, as written there."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    doc_id: str = Field(min_length=1)
    value: str = Field(min_length=1)


class GoldConflict(BaseModel):
    """A genuine disagreement: at least two documents give different values."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    about: str = Field(min_length=1)
    kind: ConflictKind
    values: list[ConflictValue] = Field(min_length=2)

    @model_validator(mode="after")
    def _two_sides(self) -> GoldConflict:
        if len({v.doc_id for v in self.values}) < 2:
            raise ValueError("a conflict needs values from at least two documents")
        if len({v.value.casefold() for v in self.values}) < 2:
            raise ValueError("a conflict needs at least two different values")
        return self

    def sides(self) -> list[set[str]]:
        """Documents grouped by the value they give: the reader must hear from each group."""
        groups: dict[str, set[str]] = {}
        for value in self.values:
            groups.setdefault(value.value.casefold(), set()).add(value.doc_id)
        return list(groups.values())


class EvalItem(BaseModel):
    """One question with its gold labels.

    Fields are declared in the order they are checked: each consistency rule is attached to the
    field it constrains, so an error names that field (pydantic validates in declaration order,
    and `info.data` holds the fields already validated).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    question: str = Field(min_length=1)
    category: Category
    answerable: bool
    history: list[Turn] = Field(default=[], validate_default=True)
    evidence: list[Evidence] = Field(default=[], validate_default=True)
    answers: list[str] = Field(default=[], validate_default=True)
    conflict: GoldConflict | None = Field(default=None, validate_default=True)
    notes: str = ""

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError(f"{value!r} is not an id (letters, digits, '-', '_', '.', ':')")
        return value

    @field_validator("answerable")
    @classmethod
    def _answerable_fits_category(cls, answerable: bool, info: ValidationInfo) -> bool:
        category = info.data.get("category")
        if category == "unanswerable" and answerable:
            raise ValueError("category 'unanswerable' requires answerable: false")
        if not answerable and category not in (None, "unanswerable", "followup"):
            raise ValueError(f"a {category!r} question must be answerable")
        return answerable

    @field_validator("history")
    @classmethod
    def _history_for_followups(cls, history: list[Turn], info: ValidationInfo) -> list[Turn]:
        category = info.data.get("category")
        if category is not None and (category == "followup") != bool(history):
            raise ValueError("history is given exactly for category 'followup'")
        return history

    @field_validator("evidence", "answers")
    @classmethod
    def _given_when_answerable(cls, value: list, info: ValidationInfo) -> list:
        answerable = info.data.get("answerable")
        if answerable and not value:
            raise ValueError(f"an answerable question needs {info.field_name}")
        if answerable is False and value:
            raise ValueError(f"an unanswerable question has no {info.field_name}")
        if info.field_name == "answers" and any(not a.strip() for a in value):
            raise ValueError("an answer string is blank")
        return value

    @field_validator("conflict")
    @classmethod
    def _conflict_has_evidence(
        cls, conflict: GoldConflict | None, info: ValidationInfo
    ) -> GoldConflict | None:
        if conflict is None:
            if info.data.get("category") == "conflict":
                raise ValueError("category 'conflict' requires a conflict")
            return None
        if info.data.get("answerable") is False:
            raise ValueError("an unanswerable question has no conflict")
        evidence_docs = {e.doc_id for e in info.data.get("evidence", [])}
        missing = {v.doc_id for v in conflict.values} - evidence_docs
        if missing:
            raise ValueError(f"documents without evidence: {sorted(missing)}")
        return conflict

    @property
    def evidence_docs(self) -> list[str]:
        """Documents holding evidence, in first-mention order (each one a relevance unit)."""
        return list(dict.fromkeys(e.doc_id for e in self.evidence))


class EvalSet(BaseModel):
    """A named list of items; `corpus` is a folder of articles (relative to the file) or None."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=1)
    description: str = ""
    corpus: str | None = None
    items: list[EvalItem] = Field(min_length=1)


def _field_of(error: ValidationError) -> tuple[str, str, str]:
    """(item index, field path, message) of the first pydantic error, for a readable message."""
    first = error.errors()[0]
    loc = [str(part) for part in first["loc"]]
    if len(loc) > 1 and loc[0] == "items":
        return loc[1], ".".join(loc[2:]) or "(item)", first["msg"]
    return "?", ".".join(loc) or "(set)", first["msg"]


def parse_dataset(raw: object, where: str) -> EvalSet:
    """Validate raw YAML/JSON data as an EvalSet, naming the bad question id and field."""
    try:
        return EvalSet.model_validate(raw)
    except ValidationError as exc:
        index, field, message = _field_of(exc)
        item_id = f"#{index}"
        if isinstance(raw, dict) and index.isdigit():
            items = raw.get("items") or []
            if int(index) < len(items) and isinstance(items[int(index)], dict):
                item_id = str(items[int(index)].get("id", item_id))
        raise DatasetError(item_id, field, f"{message} (in {where})") from exc


def load_dataset(path: str | Path) -> EvalSet:
    """Read an evaluation set from .yaml/.yml/.json, with schema checks (not document checks)."""
    file = Path(path)
    if not file.is_file():
        raise FileNotFoundError(f"{file}: no such evaluation set. Give a .yaml or .json path.")
    text = file.read_text(encoding="utf-8")
    try:
        raw = json.loads(text) if file.suffix == ".json" else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise DatasetFileError(f"{file}: not valid YAML/JSON ({exc}). Fix the syntax.") from exc
    return parse_dataset(raw, str(file))


def quote_spans(text: str, quote: str) -> list[tuple[int, int]]:
    """Every [start, end) where `quote` occurs verbatim in `text` (overlaps included)."""
    spans = []
    start = text.find(quote)
    while start != -1:
        spans.append((start, start + len(quote)))
        start = text.find(quote, start + 1)
    return spans


def contains_answer(text: str, answer: str) -> bool:
    """Whether `answer` occurs in `text`, ignoring case and spacing, on word boundaries.

    Word boundaries keep short answers honest: "AP" must not match inside "captured", nor "5" in
    "15". Both the validator and the answer metrics use this one definition.
    """
    needle = re.escape(" ".join(answer.casefold().split())).replace(r"\ ", r"\s+")
    return re.search(rf"(?<!\w){needle}(?!\w)", text.casefold()) is not None


def _check_evidence(item: EvalItem, texts: dict[str, str]) -> None:
    for n, evidence in enumerate(item.evidence):
        if evidence.doc_id not in texts:
            raise DatasetError(item.id, f"evidence.{n}.doc_id", f"no document {evidence.doc_id!r}")
        if not quote_spans(texts[evidence.doc_id], evidence.quote):
            where = f"evidence.{n}.quote"
            raise DatasetError(
                item.id, where, f"not verbatim in {evidence.doc_id}: {evidence.quote!r}"
            )


def _check_values(item: EvalItem, texts: dict[str, str], verbatim: bool) -> None:
    for n, value in enumerate(item.conflict.values if item.conflict else []):
        where = f"conflict.values.{n}"
        if value.doc_id not in texts:
            raise DatasetError(item.id, f"{where}.doc_id", f"no document {value.doc_id!r}")
        if verbatim and not contains_answer(texts[value.doc_id], value.value):
            raise DatasetError(item.id, f"{where}.value", f"{value.value!r} not in {value.doc_id}")
    if verbatim:
        for n, answer in enumerate(item.answers):
            if not any(contains_answer(e.quote, answer) for e in item.evidence):
                raise DatasetError(item.id, f"answers.{n}", f"{answer!r} is in no evidence quote")


def validate_dataset(
    items: Sequence[EvalItem], documents: Iterable[Document], *, verbatim_values: bool = True
) -> None:
    """Check the set against the documents; raise DatasetError on the first problem found.

    Quotes must occur verbatim. With `verbatim_values` (the hand-written set), answers must also
    occur in an evidence quote and conflict values in their document (see `contains_answer`): an
    extractive assistant can only ever say what the text says. External sets whose answers were
    written by annotators (QACC) turn that off.
    """
    texts = {d.id: d.text for d in documents}
    seen: set[str] = set()
    for item in items:
        if item.id in seen:
            raise DatasetError(item.id, "id", "the id is used by another question")
        seen.add(item.id)
        _check_evidence(item, texts)
        _check_values(item, texts, verbatim_values)
    logger.debug("validated %d questions against %d documents", len(items), len(texts))
