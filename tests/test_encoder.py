"""The int8 ONNX encoder against the float model it replaces (real model, both backends)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from corpus.chunking import DEFAULT_MAX_WORDS, chunk_document
from corpus.loader import load_corpus
from index.encoder import Encoder, EncoderModelError, SentenceTransformerEncoder, load_encoder
from index.encoder_export import MODEL_DIR_ENV, graph_path
from index.encoder_onnx import OnnxEncoder

pytestmark = pytest.mark.model

QUESTIONS = [
    "When did the raid take place?",
    "Who was killed in the raid?",
    "How many people died?",
]


@pytest.fixture(scope="module")
def float_encoder() -> SentenceTransformerEncoder:
    return SentenceTransformerEncoder()


@pytest.fixture(scope="module")
def bundled_texts() -> list[str]:
    """What a build of the bundled corpus embeds: its passages and sentences."""
    texts: list[str] = []
    for doc in load_corpus():
        passages, sentences = chunk_document(doc, max_words=DEFAULT_MAX_WORDS)
        texts += [p.text for p in passages] + [s.text for s in sentences]
    return texts


def _cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.sum(a * b, axis=1)


def test_build_vectors_stay_close_to_the_float_model(
    real_encoder: Encoder, float_encoder: SentenceTransformerEncoder, bundled_texts: list[str]
) -> None:
    # Measured on these 60 texts: mean 0.9925, min 0.986 (SQuAD's 2,052: mean 0.993, min 0.973).
    int8 = real_encoder.encode(bundled_texts)
    cosine = _cosines(int8, float_encoder.encode(bundled_texts))
    assert int8.dtype == np.float32
    assert int8.shape == (len(bundled_texts), 384)
    np.testing.assert_allclose(np.linalg.norm(int8, axis=1), 1.0, atol=1e-5)
    assert cosine.mean() > 0.985
    assert cosine.min() > 0.97


def test_a_question_encoded_alone_stays_close_to_the_float_model(
    real_encoder: Encoder, float_encoder: SentenceTransformerEncoder
) -> None:
    # Single texts take the one-thread path; activations are quantised per call. Measured on
    # 300 SQuAD questions alone: mean 0.994, min 0.989.
    for question in QUESTIONS:
        (int8,) = real_encoder.encode([question])
        (reference,) = float_encoder.encode([question])
        assert abs(float(np.linalg.norm(int8)) - 1.0) < 1e-5
        assert float(int8 @ reference) > 0.98


# How far below the float model's 5th text a text of the int8 top 5 may score: a near tie, as
# the int8 model's cosines differ from the float ones by up to ~0.02 on these texts.
NEAR_TIE = 0.015


def test_a_question_ranks_the_bundled_texts_as_the_float_model_does(
    real_encoder: Encoder, float_encoder: SentenceTransformerEncoder, bundled_texts: list[str]
) -> None:
    """Near ties may swap (0.559 / 0.561 for the raid's date), but the float model's best text
    stays in the int8 top 3, and every text of the int8 top 5 is one the float model ranks in
    its top 5 or scores within NEAR_TIE of its 5th. (Sharing 4 of 5 texts was asserted before:
    "What did the Pentagon say?" has float scores 0.311, 0.310, 0.306, 0.303 from 4th to 7th,
    and an int8 model exported with transformers 5.24-5.25 on this machine kept 3 of 5.)"""
    int8_texts = real_encoder.encode(bundled_texts)
    float_texts = float_encoder.encode(bundled_texts)
    for question in [*QUESTIONS, "Where did the raid happen?", "What did the Pentagon say?"]:
        int8 = np.argsort(-(int8_texts @ real_encoder.encode([question])[0]))[:5].tolist()
        scores = float_texts @ float_encoder.encode([question])[0]
        reference = np.argsort(-scores)[:5].tolist()
        assert reference[0] in int8[:3], (question, int8, reference)
        fifth = scores[reference[-1]]
        assert all(scores[i] >= fifth - NEAR_TIE for i in int8), (question, int8, reference)


def test_the_int8_encoder_has_its_own_manifest_name(
    real_encoder: Encoder, float_encoder: SentenceTransformerEncoder
) -> None:
    """Indexes embedded by the float model are rebuilt, not mixed with int8 query vectors."""
    assert real_encoder.name != float_encoder.name
    assert "ONNX int8" in real_encoder.name
    assert load_encoder() is real_encoder


def test_a_text_runs_as_its_own_tokens_without_padding(
    real_encoder: Encoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The packaged tokenizer pads to 128 tokens; a short question computed as 128 tokens cost
    ~7x its own. The graph must see the text's own tokens: [CLS], 3 words, "?", [SEP]."""
    assert isinstance(real_encoder, OnnxEncoder)
    session = real_encoder._session
    widths: list[int] = []

    class Recording:
        def run(self, names: object, feed: dict[str, np.ndarray]) -> list[np.ndarray]:
            widths.append(feed["input_ids"].shape[1])
            return session.run(names, feed)

    monkeypatch.setattr(real_encoder, "_session", Recording())
    real_encoder.encode(["Who was killed?"])
    assert widths == [6]


def test_the_graph_is_built_offline_on_first_use_and_reproduced_exactly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, real_encoder: Encoder
) -> None:
    """A fresh machine (empty model folder) builds the same graph this one uses."""
    installed = graph_path()
    monkeypatch.setenv(MODEL_DIR_ENV, str(tmp_path))
    fresh = OnnxEncoder()
    assert graph_path().is_relative_to(tmp_path)
    assert graph_path().read_bytes() == installed.read_bytes()
    assert [p.name for p in graph_path().parent.iterdir()] == ["model_qint8.onnx"]
    np.testing.assert_array_equal(fresh.encode(QUESTIONS), real_encoder.encode(QUESTIONS))


def test_a_damaged_graph_is_named_with_what_to_do(tmp_path: Path) -> None:
    damaged = tmp_path / "model_qint8.onnx"
    damaged.write_bytes(b"not a graph")
    with pytest.raises(EncoderModelError, match=r"model_qint8\.onnx.*delete its folder"):
        OnnxEncoder(damaged)
