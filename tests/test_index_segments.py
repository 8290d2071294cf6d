"""Saving an added or removed article writes only the rows that changed, and stays crash-safe.

The store keeps the rows an array shares with the previous build in that build's files (hard
links) and writes the rest; what it opens must equal what was saved, a save that fails half-way
must leave the previous index as it was, and an assistant reopened after adds and removals
must hold exactly the index a fresh build of the same articles gives.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np
import pytest

from assistant import Assistant
from index import store as store_module
from index.analysis.tokens import tokenize
from index.loading import build_index
from index.segments import MAX_PARTS
from index.store import IndexStore
from tests.fakes import HashingEncoder

_SETTINGS = {"chunk": 1}
_ARTICLE = (
    "---\ntitle: Floods in the valley\nsource: Test Wire\n---\n"
    "Heavy rain flooded the Orun valley on Monday. Forty homes were evacuated.\n"
    "The mayor said repairs would take a month.\n"
)


def _save(store: IndexStore, arrays: dict[str, np.ndarray], *, share: bool) -> Path:
    return store.save(
        arrays, {"meta": {"n": 1}}, model="m", corpus_fingerprint="f", settings=_SETTINGS,
        share=share,
    )  # fmt: skip


def _load(store: IndexStore) -> dict[str, np.ndarray]:
    arrays, _ = store.load(model="m", corpus_fingerprint="f", settings=_SETTINGS, verify=True)
    return arrays


def _manifest(build: Path) -> dict:
    return json.loads((build / "manifest.json").read_text())


def test_appended_rows_are_the_only_ones_written(tmp_path: Path) -> None:
    store = IndexStore(tmp_path)
    rng = np.random.default_rng(0)
    vectors, ids = rng.standard_normal((50, 8)).astype(np.float32), np.arange(50)
    first = _save(store, {"vectors": vectors, "ids": ids, "order": ids[::-1].copy()}, share=False)
    first_inode = (first / "vectors.npy").stat().st_ino
    grown = {
        "vectors": np.concatenate([vectors, rng.standard_normal((3, 8)).astype(np.float32)]),
        "ids": np.arange(53),
        "order": np.arange(53)[::-1].copy(),  # changes from its first row: written whole
    }
    second = _save(store, grown, share=True)
    parts = _manifest(second)["arrays"]
    assert parts["vectors"][0] == ["vectors.npy", 0, 50] and parts["vectors"][1][1:] == [0, 3]
    assert parts["order"] == [["order.npy", 0, 53]]
    # The kept rows are the first build's own file, linked (the first build is gone), not copied.
    assert (second / "vectors.npy").stat().st_ino == first_inode
    assert not first.exists()
    loaded = _load(store)
    for name, array in grown.items():
        assert np.array_equal(loaded[name], array), name


def test_a_document_field_appended_to_writes_only_its_new_bytes(tmp_path: Path) -> None:
    store = IndexStore(tmp_path)
    facts = [["date", f"{day} October", day] for day in range(1, 200)]
    store.save(
        {}, {"table": {"facts": facts, "version": 5}}, model="m", corpus_fingerprint="f",
        settings=_SETTINGS,
    )  # fmt: skip
    grown = {"facts": [*facts, ["count", "7 dead", 7]], "version": 5}
    build = store.save(
        {}, {"table": grown}, model="m", corpus_fingerprint="f", settings=_SETTINGS, share=True
    )
    manifest = _manifest(build)
    assert manifest["documents"] == {"table": ["facts", "version"]}
    old_bytes = len(json.dumps(facts, separators=(",", ":"))) - 1  # all but the closing "]"
    parts = manifest["arrays"]["doc_table__facts"]
    assert parts[0] == ["doc_table__facts.npy", 0, old_bytes]
    assert parts[1][1:] == [0, len(',["count","7 dead",7]]')]
    assert manifest["arrays"]["doc_table__version"] == [["doc_table__version.npy", 0, 1]]
    _, documents = store.load(model="m", corpus_fingerprint="f", settings=_SETTINGS, verify=True)
    assert documents == {"table": grown}


def test_rows_removed_keep_the_rows_before_them(tmp_path: Path) -> None:
    store = IndexStore(tmp_path)
    values = np.arange(100, dtype=np.int64)
    _save(store, {"values": values}, share=False)
    build = _save(store, {"values": np.concatenate([values[:40], values[60:]])}, share=True)
    parts = _manifest(build)["arrays"]["values"]
    assert parts[0] == ["values.npy", 0, 40] and parts[1][1:] == [0, 40]
    build = _save(store, {"values": values[:30]}, share=True)  # a prefix: nothing written
    assert _manifest(build)["arrays"]["values"] == [["values.npy", 0, 30]]
    assert np.array_equal(_load(store)["values"], values[:30])


def test_many_parts_are_merged_into_one_file(tmp_path: Path) -> None:
    store = IndexStore(tmp_path)
    values = np.arange(10, dtype=np.int64)
    _save(store, {"values": values}, share=False)
    counts = []
    for step in range(MAX_PARTS + 1):
        values = np.append(values, step)
        counts.append(
            len(_manifest(_save(store, {"values": values}, share=True))["arrays"]["values"])
        )
    assert max(counts) == MAX_PARTS and counts[-1] < MAX_PARTS
    assert np.array_equal(_load(store)["values"], values)


def test_a_save_failing_half_way_leaves_the_previous_index_readable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = IndexStore(tmp_path)
    values = np.arange(20, dtype=np.int64)
    _save(store, {"values": values, "other": values * 2}, share=False)
    real_write = store_module._write_new
    written: list[Path] = []

    def failing(path: Path, write: object) -> str:
        if written:
            raise OSError("disk full (simulated)")
        written.append(path)
        return real_write(path, write)

    monkeypatch.setattr(store_module, "_write_new", failing)
    with pytest.raises(OSError, match="simulated"):
        _save(
            store, {"values": np.append(values, 7), "other": np.append(values * 2, 9)}, share=True
        )
    monkeypatch.undo()
    assert written, "the save failed before writing anything: nothing was tested"
    loaded = _load(store)
    assert np.array_equal(loaded["values"], values) and np.array_equal(loaded["other"], values * 2)
    # The next save works and removes what the failed one left.
    _save(store, {"values": np.append(values, 8), "other": values}, share=True)
    assert len(list(tmp_path.glob("build-*"))) == 1
    assert np.array_equal(_load(store)["values"], np.append(values, 8))


def test_reopened_after_adds_and_a_removal_it_equals_a_fresh_build(
    corpus_copy: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    encoder = HashingEncoder()
    index_dir = tmp_path / "index"
    qa = Assistant.from_corpus(corpus_copy, index_dir, encoder=encoder, added_dir=tmp_path / "up")
    qa.add_article("floods.md", _ARTICLE.encode())
    qa.add_article("storm.md", _ARTICLE.replace("Orun", "Tesh").replace("Forty", "Sixty").encode())
    build = IndexStore(index_dir).current_build()
    # Saved in parts: the vectors of the first build are kept in its file, not written again.
    assert len(_manifest(build)["arrays"]["passage_vectors"]) == 3
    qa.remove_article("floods")
    # Changed in place each time, not rebuilt (index.changes logs why when it cannot).
    assert not [r for r in caplog.records if "rebuilding the index" in r.getMessage()]
    calls = encoder.calls
    reopened = Assistant.from_corpus(
        corpus_copy, index_dir, encoder=encoder, added_dir=tmp_path / "up"
    )
    assert encoder.calls == calls  # opened as saved: the corpus matches, nothing is rebuilt
    fresh = build_index(reopened.documents, HashingEncoder())
    a, b = reopened._index.content, fresh.content
    assert [d.id for d in reopened.documents] == [d.id for d in qa.documents]
    assert list(a.passages) == list(b.passages) and list(a.mentions) == list(b.mentions)
    for query in ("How many homes were evacuated?", "storm Tesh", "the raid"):
        assert np.array_equal(a.bm25.scores(tokenize(query)), b.bm25.scores(tokenize(query)))
        assert [h.passage.id for h in reopened.retrieve(query)] == [
            h.passage.id for h in fresh.search(query)
        ]
    assert a.disputes is not None and b.disputes is not None
    assert a.disputes.to_json() == b.disputes.to_json()


def test_without_hard_links_the_shared_rows_are_written_instead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = IndexStore(tmp_path)
    values = np.arange(30, dtype=np.int64)
    _save(store, {"values": values}, share=False)

    def no_links(source: Path, target: Path) -> None:
        raise OSError("hard links not supported (simulated)")

    monkeypatch.setattr(store_module.os, "link", no_links)
    build = _save(store, {"values": np.append(values, 5)}, share=True)
    assert [part[1:] for part in _manifest(build)["arrays"]["values"]] == [[0, 31]]
    assert np.array_equal(_load(store)["values"], np.append(values, 5))
