"""Retrieval quality of our three modes and of each peer on the SQuAD file: Recall@5, nDCG@10.

Every system ranks the same passages (our chunks of the SQuAD paragraphs) with the same model;
a ranking of passages becomes a ranking of paragraphs (first occurrence counts), and the only
relevant paragraph of a question is the one it was written about. With one relevant item,
nDCG@10 = 1 / log2(1 + rank) when the rank is at most 10, else 0.
"""

from __future__ import annotations

import math
import time
from pathlib import Path
from typing import Any

from eval.bench.peers import build_peer
from eval.bench.squad import load_squad
from index.options import DEFAULT_FUSION, Fusion, Mode

K_RECALL = 5
K_NDCG = 10


def paragraph_ranks(ranked_doc_ids: list[str]) -> list[str]:
    """Paragraph ids in order of first appearance."""
    return list(dict.fromkeys(ranked_doc_ids))


def scores(rankings: list[list[str]], gold: list[str]) -> dict[str, float]:
    """Mean Recall@5 and nDCG@10 over questions (one relevant paragraph each)."""
    recall = ndcg = 0.0
    for ranking, relevant in zip(rankings, gold, strict=True):
        top = paragraph_ranks(ranking)
        if relevant in top[:K_RECALL]:
            recall += 1
        if relevant in top[:K_NDCG]:
            ndcg += 1 / math.log2(2 + top.index(relevant))
    return {"recall@5": recall / len(gold), "ndcg@10": ndcg / len(gold)}


def evaluate(squad_file: Path, limit: int | None) -> dict[str, Any]:
    """Build each system on the SQuAD passages and score it; also returns the question count."""
    from assistant import Assistant

    squad = load_squad(squad_file)
    questions = squad.questions()[:limit] if limit else squad.questions()
    gold = [doc_id for _, doc_id in questions]
    qa = Assistant.from_documents(squad.documents())
    passage_docs = [p.doc_id for p in qa.passages]
    results: dict[str, Any] = {}
    runs: list[tuple[Mode, Fusion | None]] = [
        ("hybrid", "rrf"),
        ("hybrid", "weighted"),
        ("bm25", None),
        ("dense", None),
    ]
    for mode, fusion in runs:
        started = time.perf_counter()
        rankings = [
            [h.doc_id for h in qa.retrieve(q, K_NDCG, mode, fusion or DEFAULT_FUSION)]
            for q, _ in questions
        ]
        name = f"ours ({mode}, {fusion})" if fusion else f"ours ({mode})"
        results[name] = scores(rankings, gold) | {"seconds": time.perf_counter() - started}
    texts = [p.text for p in qa.passages]
    for name in ("rank_bm25", "st_faiss", "haystack", "txtai"):
        query, _ = build_peer(name, texts, _no_vectors(), real=True)
        started = time.perf_counter()
        rankings = [[passage_docs[row] for row in query(q)] for q, _ in questions]
        results[name] = scores(rankings, gold) | {"seconds": time.perf_counter() - started}
    return {
        "questions": len(questions),
        "paragraphs": len(squad.documents()),
        "passages": len(texts),
        "systems": results,
    }


def _no_vectors() -> Any:
    import numpy as np

    return np.zeros((0, 384), dtype=np.float32)
