"""Questions in several parts: "How long will the bridge be closed and what will the repair
cost?" gets one answer per part, merged into one Answer with one quote (or more) per part."""

from __future__ import annotations

import re

from assistant import wording
from assistant.models import Answer, Citation, Conflict

# "... and what/how/when ..." starts a second question, as does "... and in which year ...";
# "Who were killed and wounded?" does not.
_PREPOSITION = r"(?:(?:in|on|at|for|from|to|by|with|since|until)\s+)?"
_SPLIT = re.compile(
    rf"\s*,?\s+and\s+(?={_PREPOSITION}(?:what|how|when|where|who|whom|whose|which|why)\b)",
    re.IGNORECASE,
)
_QUESTION_START = re.compile(
    rf"^(?:{_PREPOSITION}(?:what|how|when|where|who|whom|whose|which|why)|is|are|was|were|did|"
    r"does|do|has|have|had|can|could|will|would)\b",
    re.IGNORECASE,
)


# "..., and in what year?", "..., and for how long?": the second part asks more of the first's
# subject and is no question on its own.
_ELLIPTICAL = re.compile(
    rf"^{_PREPOSITION}(?:(?:what|which|how)\s+[\w-]+|when|where|why|who|whom)$", re.IGNORECASE
)


def split_parts(question: str) -> list[str]:
    """The parts of a question asking several things, or the question alone."""
    parts = [p.strip().rstrip("?").strip() for p in _SPLIT.split(question)]
    parts = [p for p in parts if p]
    if len(parts) < 2 or not all(_QUESTION_START.match(p) for p in parts):
        return [question]
    if any(_ELLIPTICAL.match(p) for p in parts[1:]):
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
