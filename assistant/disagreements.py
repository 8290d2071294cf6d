"""Every disagreement between sources, and the questions that ask for them all.

"What do the sources disagree about?" or "Where do the reports differ?" asks for no fact, so
retrieval and sentence selection have nothing to match (they used to quote three unrelated
"has not commented" sentences). Such a question is recognised by its wording, and answered from
the disagreement table: each disputed aspect with every side's claim and quote. A question that
names what it asks about ("How do the reports differ on the death toll?") is not one of these:
it goes to the composer, which finds that aspect.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from assistant import disputed, wording
from assistant.compare import Quotes, stories_retrieved, story_documents
from assistant.filters import restricted_table
from assistant.models import Answer, Citation, Conflict
from corpus.models import Document
from index.analysis.tokens import tokenize
from index.content import IndexContent
from index.disputes.aspects import Aspect
from index.disputes.table import DisputeTable
from index.models import Hit

_SUBJECT = (
    r"\b(?:sources?|reports?|articles?|outlets?|accounts?|stories|versions?|papers?|"
    r"newspapers?|media|coverage|reporters?|journalists?)\b"
)
_TAIL = r"\s*[?.!]*\s*$"
# "What do the sources disagree about?", "Where do the reports differ?", "Do they contradict
# each other?": the verb ends the question, so it names no particular point.
_VERB_LAST = re.compile(
    r"\b(?:disagree|differ|contradict|conflict|diverge|clash|vary|varies)\w*"
    r"(?:\s+(?:with\s+)?(?:each\s+other|one\s+another))?(?:\s+(?:about|on|over|in))?" + _TAIL,
    re.IGNORECASE,
)
# "Are there any discrepancies (between the two reports)?", "What are the differences?".
# "conflict" and "dispute" are left out: "What caused the conflict?" asks about a war.
_NOUN_LAST = re.compile(
    r"\b(?:disagreements?|differences?|discrepanc(?:y|ies)|contradictions?|inconsistenc(?:y|ies))"
    r"(?:\s+(?:between|among|across|in)\s+(?:\w+\s+){0,3}?" + _SUBJECT + ")?" + _TAIL,
    re.IGNORECASE,
)
_DISPUTED = re.compile(
    r"\b(?:what|facts?|points?|details?)\s+(?:is|are|was|were)\s+(?:disputed|contested)" + _TAIL,
    re.IGNORECASE,
)
# Stems of the words such a question is made of; anything else names a topic ("the ferry").
_OVERVIEW_TERMS = frozenset(
    tokenize(
        "source report article outlet account story version paper newspaper media coverage "
        "reporter journalist disagree disagreement differ difference discrepancy contradict "
        "contradiction inconsistency conflict diverge clash vary dispute disputed contested "
        "fact point detail main two three both any"
    )
)
NO_DISAGREEMENT = (
    "No disagreement found: the sources give no conflicting dates, figures, titles, outcomes "
    "or causes."
)


def asks_for_disagreements(question: str) -> bool:
    """Whether the question asks where the sources disagree, without naming a point."""
    text = question.strip()
    if _NOUN_LAST.search(text) or _DISPUTED.search(text):
        return True
    return bool(_VERB_LAST.search(text) and re.search(_SUBJECT, text, re.IGNORECASE))


def names_a_topic(question: str) -> bool:
    """Whether the question names what it is about ("Where do the reports on the fire differ?")."""
    return bool(set(tokenize(question)) - _OVERVIEW_TERMS)


def _conflict(aspect: Aspect, table: DisputeTable, quotes: Quotes, about: str) -> Conflict:
    """A disputed aspect as the answers tell it: each side by the facts that make its side."""
    sides = disputed.sides(disputed.Found.of(aspect, table, 1.0))
    claims = [quotes.claim(aspect.kind, fact) for _, facts in sides for fact in facts]
    kind = disputed.CONFLICT_KINDS.get(aspect.kind, "other")
    return Conflict(about=about, kind=kind, claims=claims)  # type: ignore[arg-type]


def disagreements(
    content: IndexContent,
    documents: Mapping[str, Document],
    *,
    admitted: frozenset[str] | None = None,
    stories: Sequence[int] | None = None,
) -> tuple[list[Conflict], list[Citation]]:
    """Every disputed aspect of the stories (default: all) as Conflicts, and their quotes.

    A claim's `citation` is the number of its quote in the returned citations, numbered across
    all the conflicts, as in one Answer. When more than one story is covered, each conflict says
    which story it belongs to ("the death toll in “Nine dead…”").
    """
    table = content.disputes
    if table is None:
        raise ValueError("the index has no disagreement table yet; build the index first")
    seen = restricted_table(content, admitted) if admitted is not None else table
    numbers = list(range(len(table.stories))) if stories is None else list(stories)
    titled = len([n for n in numbers if any(a.story == n and a.disputed for a in seen.aspects)])
    quotes = Quotes(content, documents)
    conflicts = []
    for number in numbers:
        kept = story_documents(table.stories[number], documents, admitted)
        for aspect in seen.aspects:
            if aspect.story == number and aspect.disputed:
                about = f"{aspect.name} in “{kept[0].title}”" if titled > 1 else aspect.name
                conflicts.append(_conflict(aspect, seen, quotes, about))
    return conflicts, quotes.citations


def overview_answer(
    question: str,
    asked: str,
    hits: list[Hit],
    content: IndexContent,
    documents: Mapping[str, Document],
    *,
    admitted: frozenset[str] | None = None,
    rewritten: str | None = None,
) -> Answer | None:
    """The answer to "What do the sources disagree about?", or None for any other question.

    A question that also names a topic covers the story retrieval finds for it; one that does
    not covers every story.
    """
    if content.disputes is None or not asks_for_disagreements(asked):
        return None
    stories = stories_retrieved(hits, content.disputes)[:1] if names_a_topic(asked) else None
    conflicts, citations = disagreements(content, documents, admitted=admitted, stories=stories)
    if conflicts:
        count = f"{len(conflicts)} disagreement{'s' * (len(conflicts) != 1)}"
        said = " ".join(wording.disagreement(c) for c in conflicts)
        lead = f"{count} between the sources. {said}"
    else:
        lead = NO_DISAGREEMENT
    return wording.assemble(question, rewritten, lead, citations, conflicts, hits)
