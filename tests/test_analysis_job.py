"""Entity analysis in a second process gives the content an in-process analysis gives, and one
loaded model (entities, then the parse, beside the encoder) gives what two spaCy passes gave."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from corpus.chunking import DEFAULT_MAX_WORDS, chunk_document
from corpus.loader import load_corpus
from corpus.models import Document
from index import analysis_job
from index.analysis import SPACY_MODEL, analyze, infer_date_order, mentions
from index.disputes import facts
from index.disputes.table import build_table
from index.hybrid import build_content
from index.loading import build_index
from tests.fakes import HashingEncoder

WIRES = Path(__file__).resolve().parents[1] / "eval" / "data" / "wires"


def test_the_overlapped_build_gives_the_same_content_as_the_sequential_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    documents = load_corpus()
    # Small batches, so that results come back from several tasks and must keep their order.
    monkeypatch.setattr(analysis_job, "BATCH_SENTENCES", 10)
    built = {
        background: build_content(
            documents, HashingEncoder(), max_words=DEFAULT_MAX_WORDS, background=background
        ).to_files()
        for background in (False, True)
    }
    (arrays, payload), (background_arrays, background_payload) = built[False], built[True]
    assert background_payload == payload
    assert arrays.keys() == background_arrays.keys()
    for name, array in arrays.items():
        np.testing.assert_array_equal(background_arrays[name], array, err_msg=name)
    # Both hold the analysis itself, not two empty columns.
    expected = 0
    for document in documents:
        _, sentences = chunk_document(document, max_words=DEFAULT_MAX_WORDS)
        order = infer_date_order([s.text for s in sentences])
        expected += sum(len(found) for found in analyze(sentences, order))
    assert len(arrays["mentions_start"]) == expected


def test_batches_keep_every_document_in_order() -> None:
    sizes = [3, 2500, 1, 1, 1999, 4]
    ends = np.cumsum(sizes).tolist()
    work = [
        (range(end - n, end), f"order {i}", None)
        for i, (n, end) in enumerate(zip(sizes, ends, strict=True))
    ]
    sentences = [f"sentence {row}" for row in range(ends[-1])]
    batches = list(analysis_job._batches(work, sentences))  # type: ignore[arg-type]
    made = [(texts, order) for batch in batches for texts, order, _ in batch]
    assert made == [(sentences[rows.start : rows.stop], order) for rows, order, _ in work]
    assert [len(batch) for batch in batches] == [2, 3, 1]


def test_reused_documents_keep_their_place_among_the_analysed_ones(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    documents = load_corpus()
    monkeypatch.setattr(analysis_job, "BATCH_SENTENCES", 10)
    encoder = HashingEncoder()
    # The first document analysed in the second process, the later ones reused: their mentions
    # must wait for the first one's, so the column keeps document order as a fresh build does.
    previous = build_content(documents[1:], encoder, max_words=DEFAULT_MAX_WORDS, background=False)
    mixed = build_content(
        documents, encoder, previous, max_words=DEFAULT_MAX_WORDS, background=True
    ).to_files()
    scratch = build_content(
        documents, encoder, max_words=DEFAULT_MAX_WORDS, background=False
    ).to_files()
    assert len(documents) >= 2
    assert mixed[1] == scratch[1]
    assert mixed[0].keys() == scratch[0].keys()
    for name, array in scratch[0].items():
        np.testing.assert_array_equal(mixed[0][name], array, err_msg=name)


def _two_pass_files(documents: list[Document], monkeypatch: pytest.MonkeyPatch) -> Any:
    """The index files as builds made them before one model did both passes: entities from a
    model loaded with NER alone, then, after the encoder, the table's parse from a second model
    loaded without NER, each document piped on its own, all in this process."""
    import spacy

    entity_model = spacy.load(SPACY_MODEL, exclude=list(facts.PARSE_PIPES))
    parse_model = spacy.load(SPACY_MODEL, exclude=["ner"])
    with monkeypatch.context() as patched:
        patched.setattr(
            mentions,
            "run_pipes",
            lambda texts, names, batch_size=None: entity_model.pipe(texts, batch_size=batch_size),
        )
        patched.setattr(facts, "parsed_docs", parse_model.pipe)
        encoder = HashingEncoder()
        content = build_content(documents, encoder, max_words=DEFAULT_MAX_WORDS, background=False)
        content.disputes = build_table(documents, content)
        return content.to_files()


@pytest.mark.parametrize("corpus", [None, WIRES], ids=["bundled", "wires"])
def test_one_model_beside_the_encoder_gives_the_two_pass_mentions_and_table(
    corpus: Path | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = load_corpus(corpus)
    arrays, payload = _two_pass_files(documents, monkeypatch)
    assert len(arrays["disputes_facts_start"]) > 0, "the table must hold facts to compare"
    assert len(arrays["mentions_start"]) > 0
    # Every document analysed in the second process, in several batches.
    monkeypatch.setattr(analysis_job, "BACKGROUND_FROM_SENTENCES", 0)
    monkeypatch.setattr(analysis_job, "BATCH_SENTENCES", 10)
    for background in (True, False):
        if not background:
            monkeypatch.setattr(analysis_job, "BACKGROUND_FROM_SENTENCES", 10**9)
        one_arrays, one_payload = build_index(documents, HashingEncoder()).content.to_files()
        assert one_payload == payload
        assert one_arrays.keys() == arrays.keys()
        for name, array in arrays.items():
            np.testing.assert_array_equal(one_arrays[name], array, err_msg=name)
