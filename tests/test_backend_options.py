"""Choosing a backend: locations, the errors for bad ones, and the command line's flags."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant import Assistant
from assistant.cli import main
from assistant.models import Answer
from corpus.loader import BUNDLED_CORPUS, load_corpus
from index.backends.errors import BackendLocationError, CollectionMismatchError
from index.backends.opening import collection_name, open_backend
from index.backends.qdrant import QdrantBackend, create_collection
from index.backends.qdrant_location import connect
from index.backends.qdrant_points import term_id
from index.encoder import Encoder
from index.loading import build_index

WHAT_TO_PASS = 'pass a folder (local mode), ":memory:", or a server URL'


@pytest.mark.parametrize(
    ("location", "says"),
    [
        ("ftp://example.org/qdrant", "'ftp://example.org/qdrant': ftp:// is not supported"),
        ("  ", "no Qdrant location given"),
        ("localhost:6333", "'localhost:6333' looks like a server address: write http://localhost"),
        # Port 9 (discard) has no listener here: the connection is refused at once.
        ("http://127.0.0.1:9", "cannot reach Qdrant at http://127.0.0.1:9"),
    ],
)
def test_a_bad_location_is_named_with_what_to_pass(location: str, says: str) -> None:
    with pytest.raises(BackendLocationError) as caught:
        connect(location)
    assert says in str(caught.value)
    assert WHAT_TO_PASS in str(caught.value)


def test_a_file_is_not_a_qdrant_folder(tmp_path: Path) -> None:
    file = tmp_path / "notes.txt"
    file.write_text("not a folder", encoding="utf-8")
    with pytest.raises(BackendLocationError) as caught:
        connect(str(file))
    assert f"'{file}' is a file; {WHAT_TO_PASS}" in str(caught.value)


def test_a_folder_in_use_is_refused_until_closed(tmp_path: Path) -> None:
    first = connect(str(tmp_path / "qdrant"))
    with pytest.raises(BackendLocationError, match="is in use by another client"):
        connect(str(tmp_path / "qdrant"))
    first.client.close()
    connect(str(tmp_path / "qdrant")).client.close()


def test_a_collection_with_other_vectors_is_refused() -> None:
    connection = connect(":memory:")
    create_collection(connection.client, "articles", 8, payload_indexes=False)
    with pytest.raises(CollectionMismatchError, match=r"\(8-d Dot; this index needs 64-d Dot"):
        QdrantBackend(connection, "articles", 64)


def test_backend_choices_are_checked(fake_encoder: Encoder) -> None:
    documents = load_corpus(BUNDLED_CORPUS)
    index = build_index(documents, fake_encoder)
    with pytest.raises(BackendLocationError, match='backend "qdrant" needs a location'):
        open_backend("qdrant", index, documents)
    with pytest.raises(ValueError, match=r"a Qdrant location \('/tmp/q'\) needs backend='qdrant'"):
        open_backend("embedded", index, documents, qdrant="/tmp/q")
    with pytest.raises(ValueError, match="backend must be one of embedded, qdrant, got 'milvus'"):
        open_backend("milvus", index, documents)


def test_collection_names_come_from_the_index_folder() -> None:
    assert collection_name("articles-1a2b3c4d") == "articles-1a2b3c4d"
    assert collection_name("my articles.v2") == "my_articles_v2"
    assert collection_name("...") == "newsqa"


def test_term_ids_are_fixed_32_bit_numbers() -> None:
    """BLAKE2b, not hash(): the same ids in every process, so stored points stay searchable."""
    assert (term_id("raid"), term_id("masoud")) == (3336633072, 2558961148)


# ---- command line ---------------------------------------------------------------------------


@pytest.mark.model
def test_index_and_ask_on_qdrant_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bundled_qa: Assistant
) -> None:
    where = ["--index-dir", str(tmp_path / "index"), "--backend", "qdrant"]
    where += ["--qdrant", str(tmp_path / "qdrant")]
    assert main(["index", *where]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Indexed 2 articles (19 passages, ")
    assert f"searched by Qdrant local mode in {tmp_path / 'qdrant'}, collection 'index'" in out
    question = "When did the raid take place?"
    assert main(["ask", question, *where, "--json"]) == 0
    printed = Answer.model_validate_json(capsys.readouterr().out)
    expected = bundled_qa.ask(question)
    assert (printed.text, printed.citations) == (expected.text, expected.citations)


@pytest.mark.model
def test_a_bad_qdrant_location_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], real_encoder: Encoder
) -> None:
    argv = ["ask", "Who?", "--index-dir", str(tmp_path), "--backend", "qdrant"]
    assert main([*argv, "--qdrant", "grpc://qdrant.example:6334"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: Qdrant location 'grpc://qdrant.example:6334': grpc:// is not")
    assert len(err.strip().splitlines()) == 1


@pytest.mark.model
def test_an_outlet_filter_reaches_qdrant(tmp_path: Path, bundled_qa: Assistant) -> None:
    """Only the outlet asked for (any case) is quoted; the other article names no outlet."""
    second = "002_b71361dace5457b4"
    outlet = bundled_qa.get_document(second).source
    assert outlet is not None
    backend = open_backend(
        "qdrant", bundled_qa._index, bundled_qa.documents, qdrant=":memory:", collection="f"
    )
    on_qdrant = Assistant(bundled_qa.documents, bundled_qa._index, backend=backend)
    question = "Who was killed in the raid?"
    hits = on_qdrant.retrieve(question, sources=[outlet.upper()])
    assert {hit.doc_id for hit in hits} == {second}
    embedded = bundled_qa.retrieve(question, sources=[outlet])
    assert [h.passage.id for h in hits] == [h.passage.id for h in embedded]
    answer = on_qdrant.ask(question, sources=[outlet])
    assert {c.doc_id for c in answer.citations} == {second}
    on_qdrant.close()
