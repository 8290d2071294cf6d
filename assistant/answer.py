"""Compose an extractive answer: pick the best sentences of the retrieved passages and cite them."""

from __future__ import annotations

import numpy as np

from assistant.models import Answer, Citation
from corpus.models import Document, Sentence
from index.content import IndexContent
from index.models import Hit

# Below this cosine similarity between question and best sentence, nothing answers the question.
ABSTAIN_BELOW = 0.35
MAX_SENTENCES = 2
# A second sentence is only worth quoting when nearly as relevant and not a restatement.
SECOND_WITHIN = 0.08
SAME_CLAIM_ABOVE = 0.85
RELATED = 3


def _citation(number: int, sentence: Sentence, doc: Document) -> Citation:
    return Citation(
        number=number,
        doc_id=doc.id,
        title=doc.title,
        source=doc.source,
        passage_id=sentence.passage_id,
        quote=sentence.text,
        start=sentence.start,
        end=sentence.end,
    )


def compose(
    question: str,
    query_vector: np.ndarray,
    hits: list[Hit],
    content: IndexContent,
    documents: dict[str, Document],
) -> Answer:
    """Quote the best one or two sentences, or abstain with the closest passages as related."""
    rows = [r for hit in hits for r in content.sentences_of.get(hit.passage.id, [])]
    if not rows:
        return Answer(question=question, text="The articles don't say.", abstained=True, hits=hits)
    vectors = content.sentence_vectors[rows].astype(np.float32)
    similarity = vectors @ query_vector.astype(np.float32)
    order = np.argsort(-similarity, kind="stable")
    best = float(similarity[order[0]])
    if best < ABSTAIN_BELOW:
        related = [
            _citation(
                i + 1, content.sentences[rows[j]], documents[content.sentences[rows[j]].doc_id]
            )
            for i, j in enumerate(order[:RELATED])
        ]
        return Answer(
            question=question,
            abstained=True,
            related=related,
            hits=hits,
            text="The articles don't say. The closest passages are listed as related.",
        )
    chosen = [int(order[0])]
    for j in order[1:]:
        if len(chosen) == MAX_SENTENCES or similarity[j] < best - SECOND_WITHIN:
            break
        if all(float(vectors[j] @ vectors[c]) < SAME_CLAIM_ABOVE for c in chosen):
            chosen.append(int(j))
    citations = [
        _citation(n, content.sentences[rows[j]], documents[content.sentences[rows[j]].doc_id])
        for n, j in enumerate(chosen, start=1)
    ]
    text = " ".join(f"{c.quote} [{c.number}]" for c in citations)
    return Answer(question=question, text=text, citations=citations, hits=hits)
