"""Whether the corpus analysis holds each planted disagreement of an evaluation set, whichever
question later asks for it: the table's recall, and for each one it misses, where it is lost.

A disagreement is a fact about the corpus, computed once at index time (`index.disputes`);
an answer can only name what the table holds. Questions measure the table and the routing to
it together; this measures the table alone, so a change to either can be told apart. Read
through `Assistant.compare`, the public view of the table. Each planted disagreement (an
item's `conflict`, once per `about`) ends in one stage:

- `held`: one aspect has a claim at the planted value of two sides, in different groups;
- `story`: no compared story has documents of two sides (the documents were not grouped);
- `extraction`: fewer than two sides have a claim at their planted value;
- `split`: two sides have claims, but in different aspects;
- `merged`: one aspect has claims of two sides, in one group of agreeing sources.

A disagreement the answer assembles when a question asks, from aspects the table keeps
apart, counts as `split` here: the bundled "how al-Masoud died" is named in every answer about
it, yet split in the table.

    python -m eval.table_recall eval/data/harbor-dev.yaml [more sets] [-v]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant import Assistant
from assistant.compare import ComparedAspect, Comparison
from assistant.models import Claim
from eval.dataset import EvalItem, GoldConflict
from eval.suite import load_suite

# From the earliest loss to held (`diagnose` returns the furthest a disagreement gets).
STAGES = ("story", "extraction", "split", "merged", "held")


@dataclass(frozen=True)
class Diagnosis:
    """Where one planted disagreement stands in the table."""

    about: str
    kind: str
    stage: str


Span = tuple[str, int, int]  # a planted value's document and character offsets


def value_spans(
    conflict: GoldConflict, items: Iterable[EvalItem], texts: dict[str, str]
) -> list[list[Span]]:
    """Per side of a planted disagreement, where its values are written: in the evidence
    quotes of its document when a quote holds the value (the labeller's occurrence), else the
    value's first occurrence in the document."""
    quotes = [e for item in items if item.conflict == conflict for e in item.evidence]
    sides: list[list[Span]] = []
    for side in conflict.sides():
        spans: list[Span] = []
        for value in (v for v in conflict.values if v.doc_id in side):
            text, written = texts[value.doc_id], value.value.casefold()
            found = []
            for evidence in (e for e in quotes if e.doc_id == value.doc_id):
                at, inside = text.find(evidence.quote), evidence.quote.casefold().find(written)
                if at >= 0 and inside >= 0:
                    found.append((value.doc_id, at + inside, at + inside + len(written)))
            if not found and (at := text.casefold().find(written)) >= 0:
                found.append((value.doc_id, at, at + len(written)))
            spans += found
        sides.append(spans)
    return sides


def _at(claim: Claim, spans: Sequence[Span]) -> bool:
    """Whether a claim gives a planted value: its value written where the planted one is, or
    its quote holding the planted value's words (an account is claimed by its sentence)."""
    quote, value = claim.quote.casefold(), claim.value.casefold()
    # Any place the quote writes the value ("23" is in "August 23" and in "Fenwarren, 23").
    found = [m.start() for m in re.finditer(re.escape(value), quote)] if value else []
    places = [(claim.start + at, claim.start + at + len(value)) for at in found]
    places = places or [(claim.start, claim.end)]
    return any(
        d == claim.doc_id and s < end and start < e for d, s, e in spans for start, end in places
    )


def _sides_in(aspect: ComparedAspect, sides: list[list[Span]]) -> list[int]:
    return [k for k, spans in enumerate(sides) if any(_at(c, spans) for c in aspect.claims)]


def diagnose(sides: list[list[Span]], stories: list[Comparison]) -> str:
    """The stage at which a planted disagreement stands (`STAGES`): its furthest in any story
    holding documents of two sides."""
    documents = [{d for d, _, _ in spans} for spans in sides]
    shared = [
        story
        for story in stories
        if sum(bool(docs & {d.doc_id for d in story.documents}) for docs in documents) >= 2
    ]
    return max((_stage_in(story, sides) for story in shared), key=STAGES.index, default="story")


def _stage_in(story: Comparison, sides: list[list[Span]]) -> str:
    """The stage a planted disagreement reaches in one story holding two sides' documents."""
    told = [_sides_in(aspect, sides) for aspect in story.aspects]
    if len({k for found in told for k in found}) < 2:
        return "extraction"
    stage = "split"
    for aspect, held in zip(story.aspects, told, strict=True):
        if len(held) < 2:
            continue
        groups = [
            {n for n, group in enumerate(aspect.groups) if any(d in group for d, _, _ in sides[k])}
            for k in held
        ]
        if any(a.isdisjoint(b) for i, a in enumerate(groups) for b in groups[i + 1 :]):
            return "held"
        stage = "merged"
    return stage


def table_recall(dataset: str) -> list[Diagnosis]:
    """Each planted disagreement of one evaluation set ("bundled" or a .yaml path), diagnosed
    against its corpus's table (the index cached as the evaluation command caches it)."""
    (group,) = load_suite(dataset).groups
    return diagnosed(group.items, Assistant.from_corpus(group.corpus))


def diagnosed(items: Sequence[EvalItem], assistant: Assistant) -> list[Diagnosis]:
    """Each planted disagreement of these items (once per `about`), against the table of the
    assistant's corpus."""
    texts = {d.id: d.text for d in assistant.documents}
    stories = assistant.compare()
    found: list[Diagnosis] = []
    seen: set[str] = set()
    for item in items:
        conflict = item.conflict
        if conflict is None or conflict.about in seen:
            continue
        seen.add(conflict.about)
        sides = value_spans(conflict, items, texts)
        found.append(Diagnosis(conflict.about, conflict.kind, diagnose(sides, stories)))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m eval.table_recall",
        description="How many planted disagreements the disagreement table holds, and where "
        "it loses the others.",
    )
    parser.add_argument("datasets", nargs="+", help='"bundled" or evaluation sets (.yaml)')
    parser.add_argument("-v", "--verbose", action="store_true", help="list each one not held")
    args = parser.parse_args(argv)
    total: Counter[str] = Counter()
    for path in args.datasets:
        diagnoses = table_recall(path)
        name = Path(path).stem
        stages = Counter(d.stage for d in diagnoses)
        total += stages
        lost = ", ".join(f"{s} {stages[s]}" for s in STAGES[:-1] if stages[s])
        print(f"{name}: held {stages['held']} / {len(diagnoses)}" + (f" ({lost})" if lost else ""))
        if args.verbose:
            for d in diagnoses:
                if d.stage != "held":
                    print(f"  [{d.stage}] {d.about} ({d.kind})")
    if len(args.datasets) > 1:
        lost = ", ".join(f"{s} {total[s]}" for s in STAGES[:-1] if total[s])
        print(f"all: held {total['held']} / {sum(total.values())}" + (f" ({lost})" if lost else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
