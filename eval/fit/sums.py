"""`python -m eval.fit sums`: fit SAME_SUM_COSINE (index/disputes/aspects.py) on planted data.

A story's sums told by each source in its own words ("escaped with 3.2 million guilders",
"made off with nearly 5 MILLION guilders") are joined into one aspect when their sentences'
cosine reaches SAME_SUM_COSINE. Training data: the corpora of the training sets with planted
disagreements (the aspect fit's training sets, `eval.fit.aspects.TRAINING_SETS`, but for
bundled-phrasings); a planted disagreement's sides are the facts its labelled values' quotes
hold. For each threshold the join is replayed on every story: a join is right when it puts both
sides of a planted disagreement in one disputed aspect, and wrong when it makes a disputed
aspect holding no planted disagreement (a false conflict is as bad as a missed one). The held-out
sets are never read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant import Assistant
from corpus.chunking import document_of
from eval.dataset import EvalSet, load_dataset
from eval.fit.aspects import TRAINING_SETS as ASPECT_SETS
from eval.suite import EVAL_DIR
from index.disputes.aspects import Aspect, Similarity, build_aspects, one_sum_in_other_words
from index.disputes.facts import Fact
from index.disputes.table import DisputeTable, name_words, sentence_similarity
from index.encoder import load_encoder

# The training sets of the aspect fit, each on a corpus of its own; bundled-phrasings asks of the
# bundled articles, the demo, which no constant is fitted on.
TRAINING_SETS = tuple(name for name in ASPECT_SETS if name != "bundled-phrasings.yaml")
THRESHOLDS = np.round(np.arange(0.3, 0.901, 0.01), 2)


@dataclass(frozen=True)
class Story:
    """One story's aspects before sums are joined, and the planted disagreements' sides."""

    aspects: list[Aspect]
    facts: list[Fact]
    sides: list[list[set[int]]]  # per planted disagreement of the story, its sides' facts
    similarity: Similarity


def planted_sides(
    dataset: EvalSet, table: DisputeTable, texts: dict[str, str]
) -> list[list[set[int]]]:
    """Each planted disagreement's sides as sets of fact indices: the facts overlapping where
    a side's labelled value stands in the item's evidence quotes of that document."""
    by_doc: dict[str, list[int]] = {}
    for i in range(len(table.facts)):
        by_doc.setdefault(document_of(table.facts[i].sentence), []).append(i)
    seen: set[str] = set()
    found: list[list[set[int]]] = []
    for item in dataset.items:
        conflict = item.conflict
        if conflict is None or item.history or conflict.about in seen:
            continue
        seen.add(conflict.about)
        sides = []
        for side in conflict.sides():
            facts: set[int] = set()
            for value in (v for v in conflict.values if v.doc_id in side):
                text, wanted = texts[value.doc_id], value.value.casefold()
                for evidence in (e for e in item.evidence if e.doc_id == value.doc_id):
                    at, inside = text.find(evidence.quote), evidence.quote.casefold().find(wanted)
                    if at < 0 or inside < 0:
                        continue
                    start, end = at + inside, at + inside + len(wanted)
                    facts |= {
                        i
                        for i in by_doc.get(value.doc_id, [])
                        if table.facts[i].start < end and start < table.facts[i].end
                    }
            sides.append(facts)
        found.append(sides)
    return found


def _holds(aspect: Aspect, sides: list[set[int]], facts: list[Fact]) -> bool:
    """Whether an aspect holds two sides of a disagreement in different value groups."""
    group_of = {d: g for g, docs in enumerate(aspect.groups) for d in docs}
    held = [
        {group_of.get(document_of(facts[f].sentence)) for f in side & set(aspect.facts)} - {None}
        for side in sides
    ]
    held = [groups for groups in held if groups]
    return any(a.isdisjoint(b) for n, a in enumerate(held) for b in held[n + 1 :])


def stories() -> list[Story]:
    """The training corpora's stories, each with its aspects as built before sums join."""
    encoder = load_encoder()
    found = []
    for name in TRAINING_SETS:
        path = EVAL_DIR / "data" / name
        dataset = load_dataset(path)
        assert dataset.corpus is not None
        qa = Assistant.from_corpus(Path(path).parent / dataset.corpus, encoder=encoder)
        content = qa._index.content
        table = content.disputes
        assert table is not None and table.names is not None
        facts = [table.facts[i] for i in range(len(table.facts))]
        planted = planted_sides(dataset, table, {d.id: d.text for d in qa.documents})
        similarity = sentence_similarity(content, facts)
        people = content.lookups.person_names
        for number, docs in enumerate(table.stories):
            aspects = build_aspects(number, docs, facts, people, name_words(docs, table.names))
            ours = [s for s in planted if any(document_of(facts[f].sentence) in docs
                                              for side in s for f in side)]  # fmt: skip
            found.append(Story(aspects, facts, ours, similarity))
    return found


def score(found: list[Story], threshold: float) -> tuple[int, int]:
    """(planted disagreements found, disputed joins holding none) at a threshold."""
    right = wrong = 0
    for story in found:
        before = {a.facts for a in story.aspects}
        after = one_sum_in_other_words(story.aspects, story.facts, story.similarity, threshold)
        right += sum(any(_holds(a, s, story.facts) for a in after) for s in story.sides)
        wrong += sum(
            a.disputed and a.facts not in before
            and not any(_holds(a, s, story.facts) for s in story.sides)
            for a in after
        )  # fmt: skip
    return right, wrong


def main() -> None:
    """Print the planted disagreements found and the false ones made at each threshold, and
    the best threshold (the largest of the best: the fewest joins for the same result)."""
    found = stories()
    never_right, _ = score(found, np.inf)
    best, best_gain = np.inf, 0
    for threshold in THRESHOLDS:
        right, wrong = score(found, float(threshold))
        gain = right - never_right - wrong
        print(f"{threshold:.2f}: {right} planted found (+{right - never_right}), {wrong} false")
        if gain >= best_gain:
            best, best_gain = float(threshold), gain
    print(f"never joining: {never_right} found")
    print(f"SAME_SUM_COSINE = {best:.2f}  (net gain {best_gain})")
