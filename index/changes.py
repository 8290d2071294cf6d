"""Add or remove an article by changing only its rows: the index is not built again.

Rebuilding for one article (even reusing every vector and analysis) walked every passage,
sentence and mention, re-weighted BM25 from every token and regrouped every story: minutes at
10,000 passages. Here the article's rows are analysed and embedded alone and each column gains
or loses that slice; BM25's counts gain or lose the article's rows (index.bm25), the id
orders take the new ids in by binary search, and the disagreement table regroups only the
article's story (index.disputes.changes). The result equals a build of the new corpus from
scratch, row for row (tests/test_index_changes.py).
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np

from corpus.chunking import DEFAULT_MAX_WORDS
from corpus.models import Document
from index import analysis
from index.analysis.spelling import passage_words
from index.columns.strings import RaggedRows, StringColumn
from index.content import IndexContent, text_key
from index.disputes import changes as table_changes
from index.disputes.facts import document_facts
from index.disputes.table import FactFinder
from index.hybrid import HybridIndex, document_parts
from index.lookups import Spellings, person_spellings, preferred_names
from index.models import Mention
from index.reuse import Analyzer, embed_reusing

logger = logging.getLogger(__name__)


class UnchangeableIndex(ValueError):
    """The index cannot be changed in place (stored before its counts were kept, or the rows of
    an article are not together): the caller builds it again, reusing everything it can."""


def _check(content: IndexContent) -> None:
    if content.spellings is None or content.bm25.counts is None or content.disputes is None:
        raise UnchangeableIndex("the index was stored without what changing it in place needs")
    if content.disputes.names is None:
        raise UnchangeableIndex("the disagreement table was stored without document names")


def _inserted(order: np.ndarray, ids: StringColumn, rows: range) -> np.ndarray:
    """The id order with `rows` (new, at the end of `ids`) put in place by binary search."""
    fresh = sorted(rows, key=ids.__getitem__)
    old = range(order.size)
    at = [bisect_left(old, ids[row], key=lambda p: ids[int(order[p])]) for row in fresh]
    return np.insert(order, at, np.array(fresh, dtype=order.dtype))


def _dropped(order: np.ndarray, start: int, stop: int) -> np.ndarray:
    """The id order without rows `start:stop`, later rows renumbered."""
    kept = order[(order < start) | (order >= stop)]
    return np.where(kept >= stop, kept - (stop - start), kept).astype(order.dtype)


def _counted(
    spellings: Mapping[str, tuple[int, dict[str, int]]], change: Spellings, sign: int
) -> Spellings:
    """`spellings` with the counts of `change` added (sign 1) or taken away (sign -1)."""
    out = dict(spellings)
    for key, (total, uses) in change.items():
        before_total, before = out.get(key, (0, {}))
        counts = dict(before)
        for text, n in uses.items():
            counts[text] = counts.get(text, 0) + sign * n
            if counts[text] <= 0:
                del counts[text]
        if before_total + sign * total > 0:
            out[key] = (before_total + sign * total, counts)
        else:
            out.pop(key, None)
    return out


def _people(people: dict[str, str], spellings: Spellings, change: Spellings) -> dict[str, str]:
    """`preferred_names(spellings)`, from the names before the change (`people`) and the people
    whose counts changed: only theirs are chosen again (every person's, ~0.05 s an add at 10,000
    passages). Keys keep their order: kept in place, new ones last, gone ones dropped, as
    `_counted` orders `spellings`."""
    out = dict(people)
    chosen = preferred_names({key: spellings[key] for key in change if key in spellings})
    for key in change:
        if key in chosen:
            out[key] = chosen[key]
        else:
            out.pop(key, None)
    return out


def _words(words: dict[str, int], texts: list[str], sign: int) -> dict[str, int]:
    out = Counter(words)
    out.update({w: sign * n for w, n in passage_words(texts).items()})
    return {w: n for w, n in out.items() if n > 0}


def with_document(
    index: HybridIndex,
    doc: Document,
    *,
    analyzer: Analyzer | None = None,
    finder: FactFinder = document_facts,
) -> HybridIndex:
    """The index with `doc` added after every other document (only its text is processed)."""
    content = index.content
    _check(content)
    if doc.id in content.doc_keys:
        raise ValueError(f"article {doc.id!r} is already in the index")
    (part,), _ = document_parts([doc], None, DEFAULT_MAX_WORDS, False)
    part.mentions = (analyzer or analysis.analyze)(part.sentences, part.date_order)
    if not part.passages:
        raise UnchangeableIndex(f"article {doc.id!r} has no prose passages")
    passage_vectors, sentence_vectors = embed_reusing(
        [[p.text for p in part.passages], [s.text for s in part.sentences]],
        [np.float16, np.float16],
        index.encoder,
        {},
        False,
    )
    bm25 = content.bm25.appended(part.tokens)
    terms = [np.array([bm25.vocabulary[t] for t in ts], dtype=np.int32) for ts in part.tokens]
    added = IndexContent.of(
        passages=part.passages,
        sentences=part.sentences,
        mentions=part.mentions,
        passage_vectors=passage_vectors,
        sentence_vectors=sentence_vectors,
        bm25=bm25,
        passage_terms=terms,
        doc_keys={},
        date_orders={},
    )
    passages = content.passages.appended(added.passages)
    sentences = content.sentences.appended(added.sentences)
    change = person_spellings(_flat(part.mentions))
    spellings = _counted(content.spellings or {}, change, 1)
    changed = IndexContent(
        passages=passages,
        sentences=sentences,
        mentions=content.mentions.appended(added.mentions),
        passage_vectors=np.concatenate([content.passage_vectors, added.passage_vectors]),
        sentence_vectors=np.concatenate(
            [np.asarray(content.sentence_vectors), added.sentence_vectors]
        ),
        bm25=bm25,
        passage_terms=content.passage_terms.appended(RaggedRows.of(terms, np.int32)),
        doc_keys={**content.doc_keys, doc.id: text_key(doc.text)},
        date_orders={**content.date_orders, doc.id: str(part.date_order)},
        passage_order=_inserted(
            content.passage_order,
            passages.strings("id"),
            range(len(content.passages), len(passages)),
        ),
        sentence_order=_inserted(
            content.sentence_order,
            sentences.strings("id"),
            range(len(content.sentences), len(sentences)),
        ),
        people=_people(content.people, spellings, change),
        words=_words(content.words, [p.text for p in part.passages], 1),
        spellings=spellings,
    )
    assert content.disputes is not None  # checked by _check
    try:
        changed.disputes = table_changes.with_document(content.disputes, doc, changed, finder)
    except table_changes.UnchangeableTable as exc:
        raise UnchangeableIndex(str(exc)) from exc
    return HybridIndex(changed, index.encoder)


def _flat(groups: Sequence[Sequence[Mention]]) -> list[Mention]:
    return [item for group in groups for item in group]


def _span(rows: Sequence[int] | None, what: str) -> tuple[int, int]:
    """The rows as start:stop; an article's rows are always together (built in one piece)."""
    if not rows:
        raise UnchangeableIndex(f"the article has no {what} in the index")
    start, stop = int(rows[0]), int(rows[-1]) + 1
    if len(rows) != stop - start:
        raise UnchangeableIndex(f"the article's {what} are not together in the index")
    return start, stop


def without_document(index: HybridIndex, doc_id: str) -> HybridIndex:
    """The index without the document `doc_id` (nothing is analysed or embedded)."""
    content = index.content
    _check(content)
    lookups = content.lookups
    p_lo, p_hi = _span(lookups.document_passage_rows.get(doc_id), "passages")
    s_lo, s_hi = _span(lookups.document_rows.get(doc_id), "sentences")
    if p_hi - p_lo == len(content.passages):
        raise ValueError("the index needs at least one article with prose passages")
    passages = content.passages.without(p_lo, p_hi)
    terms = content.passage_terms.without(p_lo, p_hi)
    gone = person_spellings(_flat(content.mentions[s_lo:s_hi]))
    spellings = _counted(content.spellings or {}, gone, -1)
    vectors = content.passage_vectors
    sentence_vectors = np.asarray(content.sentence_vectors)
    changed = IndexContent(
        passages=passages,
        sentences=content.sentences.without(s_lo, s_hi),
        mentions=content.mentions.without(s_lo, s_hi),
        passage_vectors=np.concatenate([vectors[:p_lo], vectors[p_hi:]]),
        sentence_vectors=np.concatenate([sentence_vectors[:s_lo], sentence_vectors[s_hi:]]),
        bm25=content.bm25.without(p_lo, p_hi, terms),
        passage_terms=terms,
        doc_keys={d: k for d, k in content.doc_keys.items() if d != doc_id},
        date_orders={d: o for d, o in content.date_orders.items() if d != doc_id},
        passage_order=_dropped(content.passage_order, p_lo, p_hi),
        sentence_order=_dropped(content.sentence_order, s_lo, s_hi),
        people=_people(content.people, spellings, gone),
        words=_words(content.words, [p.text for p in content.passages[p_lo:p_hi]], -1),
        spellings=spellings,
    )
    assert content.disputes is not None  # checked by _check
    key = content.doc_keys[doc_id]
    try:
        changed.disputes = table_changes.without_document(content.disputes, doc_id, key, changed)
    except table_changes.UnchangeableTable as exc:
        raise UnchangeableIndex(str(exc)) from exc
    return HybridIndex(changed, index.encoder)
