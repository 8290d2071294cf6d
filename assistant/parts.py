"""Questions in several parts: "How long will the bridge be closed and what will the repair
cost?" gets one answer per part, merged into one Answer with one quote (or more) per part."""

from __future__ import annotations

import re

from assistant import wording
from assistant.models import Answer, Citation, Conflict

# "... and what/how/when ..." starts a second question; "Who were killed and wounded?" does not.
_SPLIT = re.compile(
    r"\s*,?\s+and\s+(?=(?:what|how|when|where|who|whom|whose|which|why)\b)", re.IGNORECASE
)
_QUESTION_START = re.compile(
    r"^(?:what|how|when|where|who|whom|whose|which|why|is|are|was|were|did|does|do|has|have|"
    r"had|can|could|will|would)\b",
    re.IGNORECASE,
)


def split_parts(question: str) -> list[str]:
    """The parts of a question asking several things, or the question alone."""
    parts = [p.strip().rstrip("?").strip() for p in _SPLIT.split(question)]
    parts = [p for p in parts if p]
    if len(parts) < 2 or not all(_QUESTION_START.match(p) for p in parts):
        return [question]
    return [f"{p}?" for p in parts]


def merge(question: str, rewritten: str | None, answers: list[Answer]) -> Answer:
    """One Answer from the parts' answers: their quotes numbered in order (a sentence quoted
    for two parts once), their disagreements, and a word for each part nothing answers."""
    answered = [a for a in answers if not a.abstained]
    if not answered:
        return answers[0].model_copy(update={"question": question, "rewritten_question": rewritten})
    citations: list[Citation] = []
    conflicts: list[Conflict] = []
    number_of: dict[tuple[str, int], int] = {}
    missing = []
    for answer in answers:
        if answer.abstained:
            missing.append(f"For “{answer.question}” {wording.ABSTAIN_TEXT[0].lower()}"
                           f"{wording.ABSTAIN_TEXT[1:]}")  # fmt: skip
            continue
        renumber = {}
        for citation in answer.citations:
            key = (citation.doc_id, citation.start)
            if key not in number_of:
                number_of[key] = len(citations) + 1
                citations.append(citation.model_copy(update={"number": number_of[key]}))
            renumber[citation.number] = number_of[key]
        for conflict in answer.conflicts:
            claims = [
                c.model_copy(update={"citation": renumber[c.citation]}) for c in conflict.claims
            ]
            conflicts.append(conflict.model_copy(update={"claims": claims}))
    lead = " ".join([*(wording.disagreement(c) for c in conflicts), *missing])
    hits = list({h.passage.id: h for a in answers for h in a.hits}.values())
    return wording.assemble(question, rewritten, lead, citations, conflicts, hits)
