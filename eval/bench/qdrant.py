"""The Qdrant backend timed on a stored index: ingest, reopen, add an article, retrieve, ask.

Runs inside a worker process, on Qdrant's local mode (a folder) or on a server (a URL). The
stored index is opened as the assistant opens it; its passages are then uploaded into a fresh
collection (records with their content keys, then batches of points), the client is closed and
reopened (a sync that must upload nothing), and the same questions are timed through
`Assistant.retrieve` and `ask` on both backends in turns. The top-5 passages of both backends
are compared on every question. On a server, the bench's collections are deleted afterwards.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from index.options import Mode

COLLECTION = "newsqa-bench"
# The add runs on a copy of the index in a folder of this name, so its collection has it too.
ADD_COLLECTION = "newsqa-bench-add"


def run(
    corpus: Path, index_dir: Path, location: str, questions: list[str], article: str | None
) -> dict[str, Any]:
    """Ingest, reopen and query timings, agreement with the embedded backend, and (given an
    `article`) the cost of adding it."""
    from assistant import Assistant
    from index.backends.qdrant import QdrantBackend
    from index.backends.qdrant_location import connect
    from index.backends.records import passage_records
    from index.backends.sync import sync

    embedded = Assistant.from_corpus(corpus, index_dir)
    index, documents = embedded._index, embedded.documents
    _clear(location)
    started = time.perf_counter()
    records = passage_records(index.content, documents)
    recorded = time.perf_counter()
    backend = QdrantBackend(connect(location), COLLECTION, index.encoder.dim)
    first = sync(backend, records)
    ingested = time.perf_counter()
    backend.close()
    started_again = time.perf_counter()
    backend = QdrantBackend(connect(location), COLLECTION, index.encoder.dim)
    again = sync(backend, passage_records(index.content, documents))
    reopened = time.perf_counter()
    on_qdrant = Assistant(documents, index, backend=backend)
    for question in questions[:3]:  # warm-up, as the embedded run does
        on_qdrant.ask(question)
        embedded.ask(question)
    timings = _interleaved({"embedded": embedded, "qdrant": on_qdrant}, questions)
    agreement = {mode: _agreement(embedded, on_qdrant, questions, mode) for mode in _MODES}
    backend.close()
    added = _add(corpus, index_dir, location, article) if article is not None else None
    on_disk = None
    if _is_server(location):
        _clear(location)  # leave the server as it was
    else:
        on_disk = _megabytes(Path(location))
    return {
        "where": "server" if _is_server(location) else "local mode",
        "add": added,
        "passages": len(records),
        "records_s": recorded - started,
        "ingest_s": ingested - started,
        "uploaded": first.uploaded,
        "reopen_s": reopened - started_again,
        "reuploaded": again.uploaded,
        **timings,
        "agreement": agreement,
        "folder_mb": on_disk,
    }


_MODES: tuple[Mode, ...] = ("bm25", "dense", "hybrid")


def _is_server(location: str) -> bool:
    return location.startswith(("http://", "https://"))


def _megabytes(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20


def _clear(location: str) -> None:
    """No bench collection left: a folder is removed, a server's bench collections deleted."""
    if not _is_server(location):
        shutil.rmtree(location, ignore_errors=True)
        return
    from index.backends.qdrant_location import connect

    client = connect(location).client
    for name in (COLLECTION, ADD_COLLECTION):
        if client.collection_exists(name):
            client.delete_collection(name)
    client.close()


def _add(corpus: Path, index_dir: Path, location: str, article: str) -> dict[str, Any]:
    """Add one article as an upload would (copies of the corpus and index, a collection of
    their own): build, save, and sync the points whose content key changed (only the add is
    timed, not the first upload of the copy)."""
    from assistant import Assistant

    with tempfile.TemporaryDirectory(prefix="bench-qdrant-add-") as tmp:
        corpus_copy, index_copy = Path(tmp) / "corpus", Path(tmp) / ADD_COLLECTION
        shutil.copytree(corpus, corpus_copy)
        shutil.copytree(index_dir, index_copy)
        qa = Assistant.from_corpus(corpus_copy, index_copy, backend="qdrant", qdrant=location)
        before = qa.backend.stored()
        started = time.perf_counter()
        qa.add_article("bench_added_qdrant.txt", article.encode("utf-8"))
        seconds = time.perf_counter() - started
        after = qa.backend.stored()
        qa.close()
    changed = sum(1 for pid, stored in after.items() if before.get(pid) != stored)
    return {"seconds": seconds, "uploaded": changed, "passages": len(after)}


def _interleaved(assistants: dict[str, Any], questions: list[str]) -> dict[str, Any]:
    """Milliseconds per question for `retrieve` and `ask` on each assistant, taken in turns
    on the same question, so a burst of load on the shared machine hits both alike; a question
    whose `ask` raises is counted and left out, as in the embedded run's `serve` worker."""
    timings: dict[str, Any] = {}
    for name in assistants:
        timings |= {f"{name}_retrieve_ms": [], f"{name}_ask_ms": [], f"{name}_ask_errors": 0}
    for question in questions:
        for name, qa in assistants.items():
            started = time.perf_counter()
            qa.retrieve(question)
            timings[f"{name}_retrieve_ms"].append((time.perf_counter() - started) * 1000)
        for name, qa in assistants.items():
            started = time.perf_counter()
            try:
                qa.ask(question)
            except Exception:  # counted, not fatal
                timings[f"{name}_ask_errors"] += 1
                continue
            timings[f"{name}_ask_ms"].append((time.perf_counter() - started) * 1000)
    return timings


def _agreement(embedded: Any, on_qdrant: Any, questions: list[str], mode: Mode) -> dict[str, Any]:
    """How many questions get the identical top-5 set, and the mean overlap of the sets."""
    overlaps, identical = [], 0
    for question in questions:
        ours = {h.passage.id for h in embedded.retrieve(question, k=5, mode=mode)}
        theirs = {h.passage.id for h in on_qdrant.retrieve(question, k=5, mode=mode)}
        # Share of the embedded top-5 that Qdrant also returns; two empty results agree.
        overlaps.append(len(ours & theirs) / len(ours) if ours else float(not theirs))
        identical += ours == theirs
    return {"identical": identical, "questions": len(questions), "mean_overlap": _mean(overlaps)}


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else float("nan")
