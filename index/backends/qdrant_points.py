"""Our records and searches in Qdrant's terms: point ids, sparse vectors, payload, filters,
requests, and scored points back to ranked passages (index.backends.qdrant uses them)."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from functools import lru_cache
from typing import Any

from qdrant_client import models

from corpus.models import Passage
from index.backends import PassageRecord, SearchFilters, outlet_key
from index.ranking import Candidates

# Point ids must be unsigned ints or UUIDs: a UUID derived from the passage id is stable.
_POINT_IDS = uuid.UUID("6f1d2c3e-9a55-4b7e-8f0a-3c1b2d4e5f60")
_PASSAGE_FIELDS = ["passage_id", "doc_id", "text", "start", "end", "position"]


@lru_cache(maxsize=200_000)
def term_id(term: str) -> int:
    """A term's sparse index: Qdrant's are u32, and BLAKE2b (unlike hash()) gives the same id in
    every process, so stored points stay searchable. Cached: news vocabularies repeat."""
    return int.from_bytes(hashlib.blake2b(term.encode(), digest_size=4).digest(), "little")


def sparse_vector(weights: dict[int, float]) -> models.SparseVector:
    """Indices sorted, as Qdrant requires."""
    indices = sorted(weights)
    return models.SparseVector(indices=indices, values=[weights[i] for i in indices])


def record_sparse(record: PassageRecord) -> models.SparseVector:
    """A passage's BM25 weights by term id; two terms sharing an id would add up."""
    summed: dict[int, float] = {}
    for term, weight in record.terms.items():
        summed[term_id(term)] = summed.get(term_id(term), 0.0) + weight
    return sparse_vector(summed)


def point_id(passage_id: str) -> str:
    return str(uuid.uuid5(_POINT_IDS, passage_id))


def payload_of(record: PassageRecord) -> dict[str, Any]:
    passage = record.passage
    return {
        "passage_id": passage.id,
        "doc_id": passage.doc_id,
        "text": passage.text,
        "start": passage.start,
        "end": passage.end,
        "position": record.position,
        "source": record.source,
        "outlet": outlet_key(record.source),  # what filters match: case does not count
        "published": _rfc3339(record.published) if record.published else None,
        "key": record.key,
    }


def _midnight(day: dt.date) -> dt.datetime:
    """Publication dates are days; Qdrant compares datetimes, so a day is its midnight UTC."""
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def _rfc3339(day: dt.date) -> str:
    """A day as a payload datetime: a server's datetime index reads RFC 3339, not a bare date."""
    return _midnight(day).isoformat().replace("+00:00", "Z")


def field_is(field: str, value: str) -> models.Filter:
    condition = models.FieldCondition(key=field, match=models.MatchValue(value=value))
    return models.Filter(must=[condition])


def filter_of(filters: SearchFilters | None) -> models.Filter | None:
    """The filters as Qdrant conditions; a point without a date fails any date range."""
    if filters is None:
        return None
    must: list[models.Condition] = []
    if filters.sources is not None:
        any_of = models.MatchAny(any=sorted({outlet_key(s) for s in filters.sources}))
        must.append(models.FieldCondition(key="outlet", match=any_of))
    after, before = filters.published_after, filters.published_before
    if after is not None or before is not None:
        dates = models.DatetimeRange(
            gt=_midnight(after) if after else None, lt=_midnight(before) if before else None
        )
        must.append(models.FieldCondition(key="published", range=dates))
    return models.Filter(must=must)


def query_request(
    query: models.SparseVector | list[float], using: str, depth: int, where: models.Filter | None
) -> models.QueryRequest:
    return models.QueryRequest(
        query=query, using=using, limit=depth, filter=where, with_payload=_PASSAGE_FIELDS
    )


def ranked_candidates(
    points: list[models.ScoredPoint], passages: dict[int, Passage], *, positive_only: bool
) -> Candidates:
    """(position, score) best first, equal scores by position as the embedded index ranks them.

    BM25 keeps positive scores only, as index.bm25 does; `passages` gains each point's passage.
    """
    found: Candidates = []
    for point in points:
        if positive_only and point.score <= 0:
            continue
        payload = point.payload or {}
        position = int(payload["position"])
        if position not in passages:
            passages[position] = Passage(
                id=payload["passage_id"],
                doc_id=payload["doc_id"],
                text=payload["text"],
                start=payload["start"],
                end=payload["end"],
            )
        found.append((position, float(point.score)))
    return sorted(found, key=lambda item: (-item[1], item[0]))
