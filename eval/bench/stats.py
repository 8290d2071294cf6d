"""Summaries of raw measurements: percentiles, rates, projections; no formatting here."""

from __future__ import annotations

import statistics
from typing import Any


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100): a value that was actually measured."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def latency(values: list[float]) -> dict[str, float]:
    """Median, p95 and count of a list of milliseconds."""
    if not values:
        return {"median": float("nan"), "p95": float("nan"), "n": 0}
    return {"median": statistics.median(values), "p95": percentile(values, 95), "n": len(values)}


def encoding_rates(real_builds: list[dict[str, Any]]) -> dict[str, float]:
    """Words per second of the real encoder (passages and sentences), of spaCy's entity
    analysis, and of all of spaCy's work (entities and the table's parse), which the second
    process does beside the encoder."""
    words = seconds = 0.0
    analysis_words = analysis_seconds = spacy_seconds = 0.0
    for build in real_builds:
        for _texts, call_words, call_seconds in build["encode_calls"]:
            words += call_words
            seconds += call_seconds
        analysis_words += build["analysis_words"]
        analysis_seconds += build["analysis_s"]
        spacy_seconds += build["analysis_s"] + build.get("facts_s", 0.0)
    nan = float("nan")
    rates = {
        "encode_words_per_s": words / seconds if seconds else nan,
        "analysis_words_per_s": analysis_words / analysis_seconds if analysis_seconds else nan,
        "spacy_words_per_s": analysis_words / spacy_seconds if spacy_seconds else nan,
    }
    jobs = [build["spacy_job"] for build in real_builds if "spacy_job" in build]
    if jobs and len(jobs) == len(real_builds):
        job_seconds = sum(job["seconds"] for job in jobs)
        job_words = sum(job["words"] for job in jobs)
        rates["spacy_job_words_per_s"] = job_words / job_seconds if job_seconds else nan
    return rates


def projected_build(build: dict[str, Any], rates: dict[str, float]) -> dict[str, float] | None:
    """A stand-in build's time had it used the real encoder and spaCy (measured rates), run as
    `newsqa index` runs it: spaCy (entities and the table's parse) in a second process beside
    the encoder, then the rest of the table, FAISS and the save in this one.

    None when this run measured no rates (no real-model size among `--sizes`): a projection
    from rates of another run or machine would be a guess presented as a measurement.
    """
    if not rates:
        return None
    encode_words = sum(words for _texts, words, _s in build["encode_calls"])
    encode_s = encode_words / rates["encode_words_per_s"]
    analysis_s = build["analysis_words"] / rates["analysis_words_per_s"]
    spacy_rate = rates.get("spacy_words_per_s", rates["analysis_words_per_s"])
    spacy_s = build["analysis_words"] / spacy_rate
    if "spacy_job_words_per_s" in rates:
        # As the second process runs it (a batch of articles per spaCy call), split between
        # the entities and the parse as they were timed in turn.
        job_s = build["analysis_words"] / rates["spacy_job_words_per_s"]
        analysis_s *= job_s / spacy_s
        spacy_s = job_s
    # Measured at this size with the stand-ins: everything but the models.
    table_s = build.get("disputes_s", 0.0) - build.get("facts_s", 0.0)
    other_s = build["other_s"] + build["faiss_s"]
    rest_s = other_s + table_s + build["save_s"]
    total_s = max(encode_s, spacy_s) + rest_s
    return {
        "encode_s": encode_s,
        "analysis_s": analysis_s,
        "spacy_s": spacy_s,
        "other_s": other_s,
        "table_s": table_s,
        "rest_s": rest_s,
        "total_s": total_s,
        "beyond_encoding": (total_s - encode_s) / encode_s,
    }


def summarize_size(raw: dict[str, Any], rates: dict[str, float]) -> dict[str, Any]:
    """The figures the report shows for one size."""
    build, serves = raw["build"], raw["serve"]
    ask = [ms for s in serves for ms in s["ask_ms"]]
    retrieve = [ms for s in serves for ms in s["retrieve_ms"]]
    summary: dict[str, Any] = {
        "size": raw["size"],
        "real_models": raw["real_models"],
        "passages": build["passages"],
        "sentences": build["sentences"],
        "documents": build["documents"],
        "ask": latency(ask),
        "retrieve": latency(retrieve),
        "cold_start_s": min(s["ready_s"] for s in serves),
        "cold_open_s": min(s["open_s"] for s in serves),
        "first_ask_s": min(s["first_ask_s"] for s in serves),
        "serve_peak_mb": max(s["peak_mb"] for s in serves),
        "ask_errors": sum(s["ask_error_count"] for s in serves),
        "ask_error_kinds": sorted({k for s in serves for k in s["ask_error_kinds"]}),
        "build": build,
        "build_peak_mb": build["peak_mb"],
        "projected": projected_build(build, rates),
        "add": raw.get("add"),
        "open_parts": raw["open_parts"]["phases"],
        # Recall@10 of the approximate index against flat search; empty when the search is flat.
        "recall": {k: v for k, v in raw.get("recall", {}).items() if k != "wall_s"},
        "peers": {},
    }
    if raw.get("qdrant"):
        summary["qdrant"] = summarize_qdrant(raw["qdrant"])
    for name, peer in raw["peers"].items():
        entry = {
            "query": latency(peer["query_ms"]),
            "build_s": peer["build_s"],
            "peak_mb": peer["peak_mb"],
        }
        if name == "rank_bm25":
            entry["ours_bm25"] = latency(peer["ours_ms"])
            entry["equal_scores"] = peer["equal_scores"]
            entry["ours_build_s"] = peer["ours_build_s"]
        summary["peers"][name] = entry
    return summary


def summarize_qdrant(raw: dict[str, Any]) -> dict[str, Any]:
    """The Qdrant local-mode run: latencies (both backends, in turns) summarised, the rest as
    measured."""
    summary = {key: value for key, value in raw.items() if not key.endswith("_ms")}
    for backend in ("embedded", "qdrant"):
        for call in ("retrieve", "ask"):
            summary[f"{backend}_{call}"] = latency(raw[f"{backend}_{call}_ms"])
    return summary
