"""`python -m eval.bench.encoders`: the encoders we compared, measured side by side on this CPU.

- torch: the packaged MiniLM in float32 through sentence-transformers (the reference);
- torch-int8: the same with torch's dynamic int8 quantisation of every Linear layer
  (per-channel weights; no new dependency);
- onnx-int8: `load_encoder()`, the int8 ONNX graph of `index.encoder_export` (the default).

Speed is words/s (wall and CPU) on the SQuAD build's texts (passages and sentences), in
interleaved rounds so that the shared machine's load falls on every encoder alike, and ms per
single question. Quality is the mean/min cosine to the torch vectors and nDCG@10 / Recall@5 of
dense and hybrid retrieval on the SQuAD file, each encoder building its own index.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from corpus.chunking import DEFAULT_MAX_WORDS, chunk_document
from eval.bench.measure import REPO
from eval.bench.quality import K_NDCG, scores
from eval.bench.squad import Squad, load_squad
from index.encoder import Encoder, SentenceTransformerEncoder, load_encoder
from index.options import Fusion, Mode

RUNS: list[tuple[Mode, Fusion]] = [("dense", "rrf"), ("hybrid", "rrf"), ("hybrid", "weighted")]


def torch_int8() -> SentenceTransformerEncoder:
    """The float model with its Linear layers quantised in place (weights int8 per channel,
    activations quantised per batch at run time)."""
    import torch
    from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

    encoder = SentenceTransformerEncoder()
    with warnings.catch_warnings():  # torch.ao.quantization is deprecated in favour of torchao
        warnings.simplefilter("ignore")
        spec = {torch.nn.Linear: per_channel_dynamic_qconfig}
        quantize_dynamic(encoder._model, spec, dtype=torch.qint8, inplace=True)
    encoder.name += " torch int8"
    return encoder


# Speed's cosine column is to the first encoder measured: keep torch first.
MAKERS: dict[str, Callable[[], Encoder]] = {
    "torch": SentenceTransformerEncoder,
    "torch-int8": torch_int8,
    "onnx-int8": load_encoder,
}


def build_texts(squad: Squad) -> list[str]:
    """The texts a build of the SQuAD file encodes: passages and sentences, each once."""
    texts: list[str] = []
    for doc in squad.documents():
        passages, sentences = chunk_document(doc, max_words=DEFAULT_MAX_WORDS)
        texts += [p.text for p in passages] + [s.text for s in sentences]
    return list(dict.fromkeys(texts))


def speed(
    encoders: dict[str, Encoder], texts: list[str], questions: list[str], rounds: int
) -> dict[str, Any]:
    """Median words/s over interleaved rounds, ms per question, cosine to the first encoder."""
    words = sum(len(t.split()) for t in texts)
    wall: dict[str, list[float]] = {name: [] for name in encoders}
    cpu: dict[str, list[float]] = {name: [] for name in encoders}
    vectors: dict[str, np.ndarray] = {}
    for _ in range(rounds):
        for name, encoder in encoders.items():
            started, cpu_started = time.perf_counter(), time.process_time()
            vectors[name] = encoder.encode(texts)
            wall[name].append(words / (time.perf_counter() - started))
            cpu[name].append(words / (time.process_time() - cpu_started))
    reference = next(iter(vectors.values()))  # the first encoder's (torch, by default)
    found: dict[str, Any] = {}
    for name, encoder in encoders.items():
        encoder.encode(questions[:5])  # first-call set-up is not a question's cost
        started = time.perf_counter()
        for question in questions:
            encoder.encode([question])
        cosine = np.sum(vectors[name] * reference, axis=1)
        found[name] = {
            "words_per_s": statistics.median(wall[name]),
            "words_per_cpu_s": statistics.median(cpu[name]),
            "query_ms": (time.perf_counter() - started) * 1000 / len(questions),
            "cosine_to_torch_mean": float(cosine.mean()),
            "cosine_to_torch_min": float(cosine.min()),
        }
    return found


def quality(encoders: dict[str, Encoder], squad: Squad) -> dict[str, Any]:
    from assistant import Assistant

    questions = squad.questions()
    gold = [doc_id for _, doc_id in questions]
    found: dict[str, Any] = {}
    for name, encoder in encoders.items():
        qa = Assistant.from_documents(squad.documents(), encoder=encoder)
        for mode, fusion in RUNS:
            rankings = [
                [h.doc_id for h in qa.retrieve(q, K_NDCG, mode, fusion)] for q, _ in questions
            ]
            found[f"{name} {mode} {fusion}"] = scores(rankings, gold)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m eval.bench.encoders", description=__doc__)
    parser.add_argument("--data", default=str(REPO.parent / "shared" / "data"))
    parser.add_argument("--every", type=int, default=2, help="time every n-th text (default 2)")
    parser.add_argument("--rounds", type=int, default=2, help="interleaved timing rounds")
    parser.add_argument("--encoders", default=",".join(MAKERS), help="which, comma-separated")
    parser.add_argument("--no-quality", action="store_true", help="speed only (minutes less)")
    parser.add_argument("--no-speed", action="store_true", help="quality only")
    args = parser.parse_args()
    squad = load_squad(Path(args.data) / "squad-v2-dev-a.json")
    encoders = {name: MAKERS[name]() for name in args.encoders.split(",")}
    texts = build_texts(squad)[:: args.every]
    questions = [q for q, _ in squad.questions()][:200]
    if not args.no_speed:
        print(json.dumps({"speed": speed(encoders, texts, questions, args.rounds)}), flush=True)
    if not args.no_quality:
        print(json.dumps({"quality": quality(encoders, squad)}), flush=True)


if __name__ == "__main__":
    main()
