"""Run every measurement of one corpus size, each in a fresh worker process, and collect them."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from corpus.loader import BUNDLED_CORPUS
from eval.bench.corpus_gen import SentencePool, write_corpus
from eval.bench.peers import installed
from eval.bench.squad import load_squad

logger = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[2]
BUNDLED_QUESTIONS = REPO / "eval" / "data" / "bundled.yaml"
# Qdrant's local mode keeps points in Python lists and scores sparse vectors in a Python loop;
# qdrant-client itself warns above 20,000 points. Larger sizes need a server: with $QDRANT_URL
# set, every size runs on that server instead (its API key, if any, in $QDRANT_API_KEY).
QDRANT_LOCAL_LIMIT = 20_000
# Articles added one after another to a copy of a generated index (the goal is on their median),
# then removed, the first added first (the rows after it are saved again).
ADDS, REMOVALS = 5, 2
# From this size on, only the flat FAISS peer runs beside ours (the exact search ours replaces).
GIANT = 500_000


@dataclass(frozen=True)
class Plan:
    """How many questions each measurement uses; --quick shrinks everything."""

    latency_questions: int
    peer_questions: dict[str, int]
    quality_limit: int | None
    cold_starts: int

    @classmethod
    def for_size(cls, size: str, quick: bool) -> Plan:
        large = size not in ("bundled", "squad")
        huge = size.isdigit() and int(size) >= 50_000
        haystack = 5 if huge else 20 if large else 60
        if quick:
            peers = {"rank_bm25": 10, "st_faiss": 20, "st_faiss_1t": 20, "haystack": 3}
            return cls(40, peers | {"txtai": 10}, 300, 1)
        peers = {"rank_bm25": 30 if huge else 60, "st_faiss": 100, "st_faiss_1t": 100}
        peers["haystack"] = haystack
        if not huge:  # txtai is measured up to 10,000 passages; larger sizes were not tried
            peers["txtai"] = 60
        if size.isdigit() and int(size) >= GIANT:
            # rank_bm25 and Haystack's in-memory store take many GB and minutes per build here.
            peers = {"st_faiss_1t": 50}
        return cls(200, peers, None, 2 if not large else 1)


class WorkerError(RuntimeError):
    """A measurement process failed; its log file holds the traceback."""


def run_worker(task: str, args: dict[str, Any], work: Path, *, timeout: float = 1800) -> dict:
    """Run one worker; the result gains `ready_s` (spawn to first answer) when it reports one."""
    work.mkdir(parents=True, exist_ok=True)
    stamp = f"{task}-{time.time_ns()}"
    arg_file, log_file = work / f"{stamp}.json", work / f"{stamp}.log"
    arg_file.write_text(json.dumps(args), encoding="utf-8")
    env = dict(os.environ, HAYSTACK_TELEMETRY_ENABLED="False", TOKENIZERS_PARALLELISM="false")
    command = [sys.executable, "-m", "eval.bench.worker", task, str(arg_file)]
    spawned = time.time()
    with log_file.open("w") as log:
        done = subprocess.run(
            command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=log, text=True,
            timeout=timeout, check=False,
        )  # fmt: skip
    if done.returncode != 0:
        raise WorkerError(f"{task} failed (exit {done.returncode}); see {log_file}")
    result: dict[str, Any] = {}
    for line in done.stdout.splitlines():
        if line.startswith("READY "):
            result["ready_s"] = float(line.split()[1]) - spawned
        elif line.startswith("RESULT "):
            result |= json.loads(line.removeprefix("RESULT "))
    result["wall_s"] = time.time() - spawned
    return result


def prepare_corpus(size: str, work: Path, pool: SentencePool, data_dir: Path) -> Path:
    """The corpus folder of a size: the bundled articles, the SQuAD paragraphs, or generated."""
    if size == "bundled":
        return BUNDLED_CORPUS
    target = work / "corpus"
    if (target / ".complete").exists():
        return target
    if size == "squad":
        target.mkdir(parents=True, exist_ok=True)
        for doc in load_squad(data_dir / "squad-v2-dev-a.json").documents():
            header = f"---\ntitle: {json.dumps(doc.title)}\nsource: Wikipedia\n---\n"
            (target / f"{doc.id}.txt").write_text(header + doc.text + "\n", encoding="utf-8")
    else:
        write_corpus(target, int(size), pool)
    (target / ".complete").write_text("", encoding="utf-8")
    return target


def questions_for(size: str, data_dir: Path, count: int) -> list[str]:
    """The bundled evaluation questions, or SQuAD's answerable questions spread over the file."""
    if size == "bundled":
        items = yaml.safe_load(BUNDLED_QUESTIONS.read_text(encoding="utf-8"))["items"]
        found = [item["question"] for item in items]
    else:
        found = [q for q, _ in load_squad(data_dir / "squad-v2-dev-a.json").questions()]
    step = max(1, len(found) // count)
    return found[::step][:count]


def new_article(pool: SentencePool, seed: int) -> str:
    """A generated article that is in no corpus (another seed), for the incremental add."""
    import random

    from eval.bench.corpus_gen import _article  # the generator's own article maker

    text, _ = _article(random.Random(seed), pool, seed)
    return text


def measure_size(size: str, work: Path, pool: SentencePool, data_dir: Path, quick: bool) -> dict:
    """Build, cold start, warm latency, incremental add (10k and up) and peers for one size."""
    plan = Plan.for_size(size, quick)
    real = size in ("bundled", "squad")
    corpus = prepare_corpus(size, work, pool, data_dir)
    index = work / "index"
    logs = work / "logs"
    logger.info("[%s] building the index (%s models)", size, "real" if real else "stand-in")
    out: dict[str, Any] = {"size": size, "real_models": real}
    build_args = {"corpus": str(corpus), "index": str(index), "real": real, "data": str(data_dir)}
    # A million passages take ~15 min to build on two idle cores; far longer on a busy machine.
    out["build"] = run_worker("build", build_args, logs, timeout=7200)
    if real:  # spaCy's rate as the build's second process runs it, for the projections
        out["build"]["spacy_job"] = run_worker("spacy_job", {"corpus": str(corpus)}, logs)
    questions = questions_for(size, data_dir, plan.latency_questions)
    serve_args = {"corpus": str(corpus), "index": str(index), "questions": questions}
    out["serve"] = []
    for attempt in range(plan.cold_starts):
        logger.info("[%s] cold start %d and warm latency", size, attempt + 1)
        out["serve"].append(run_worker("serve", serve_args, logs))
    out["open_parts"] = run_worker("open_parts", serve_args, logs)
    if size.isdigit():
        logger.info("[%s] recall@10 of the approximate index, if it has one", size)
        out["recall"] = run_worker("recall", serve_args, logs)
    if size.isdigit() and int(size) <= 20_000:
        logger.info("[%s] adding %d articles, removing %d", size, ADDS, REMOVALS)
        articles = [new_article(pool, 9_000_001 + n) for n in range(ADDS)]
        add_args = {
            "corpus": str(corpus), "index": str(index), "articles": articles, "removals": REMOVALS
        }  # fmt: skip
        out["add"] = run_worker("add", add_args, logs)
    server = os.environ.get("QDRANT_URL")
    if server or not size.isdigit() or int(size) <= QDRANT_LOCAL_LIMIT:
        logger.info("[%s] Qdrant backend, %s", size, server or "local mode")
        qdrant_args = serve_args | {"qdrant": server or str(work / "qdrant")}
        if size.isdigit():  # the generated sizes measure adding an article, as above
            qdrant_args["article"] = new_article(pool, 9_000_003)
        out["qdrant"] = run_worker("qdrant", qdrant_args, logs)
    out["peers"] = {}
    for name, count in plan.peer_questions.items():
        if not installed(name):
            logger.warning("[%s] peer %s left out: its package is not installed", size, name)
            continue
        logger.info("[%s] peer %s", size, name)
        peer_args = {"peer": name, "index": str(index), "questions": questions[:count]}
        out["peers"][name] = run_worker("peer", peer_args | {"real": real}, logs)
    return out
