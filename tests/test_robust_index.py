"""Faults in the persisted index: detected on load, reported in one line, rebuilt from the corpus.

Every case breaks a good index on disk in one way, opens the assistant again, and checks the
exact warning, that the answers equal those of the unbroken index, that the repaired index
reopens without work, and that the corpus files are byte-for-byte unchanged. The last tests kill
a real build process (SIGKILL) at three points of writing and check the previous index is intact.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from assistant import Answer, Assistant
from index.errors import IndexCorruptError
from index.store import FORMAT_VERSION, _sha256
from tests.fakes import HashingEncoder

REPO = Path(__file__).resolve().parents[1]
QUESTIONS = ["When did the raid take place?", "Who was killed?", "What did the Pentagon say?"]
NEW_ARTICLE = (
    "---\ntitle: Floods in the valley\n---\n"
    "Heavy rain flooded the Orun valley on Monday. Forty homes were evacuated.\n"
)


@dataclass
class Built:
    """A corpus with a good index, and what it answered before anything was broken."""

    corpus: Path
    index_dir: Path
    build: Path
    answers: list[Answer]
    corpus_files: dict[str, bytes]

    def manifest(self) -> dict:
        return json.loads((self.build / "manifest.json").read_text())

    def write_manifest(self, manifest: dict) -> None:
        """As a build by other code would: CURRENT gives the new manifest's checksum."""
        data = json.dumps(manifest).encode()
        (self.build / "manifest.json").write_bytes(data)
        pointer = f"{self.build.name} {hashlib.sha256(data).hexdigest()}"
        (self.index_dir / "CURRENT").write_text(pointer)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _current(index_dir: Path) -> Path:
    return index_dir / (index_dir / "CURRENT").read_text().split()[0]


@pytest.fixture
def built(corpus_copy: Path, tmp_path: Path) -> Built:
    index_dir = tmp_path / "index"
    qa = Assistant.from_corpus(corpus_copy, index_dir, encoder=HashingEncoder())
    answers = [qa.ask(q) for q in QUESTIONS]
    return Built(corpus_copy, index_dir, _current(index_dir), answers, _files(corpus_copy))


def _reopen(built: Built, caplog: pytest.LogCaptureFixture) -> tuple[Assistant, list[str]]:
    """Open the assistant again; return it with the warnings the index layer logged."""
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="index"):
        qa = Assistant.from_corpus(built.corpus, built.index_dir, encoder=HashingEncoder())
    warnings = [
        r.getMessage()
        for r in caplog.records
        if r.levelno >= logging.WARNING and r.name.startswith("index")
    ]
    return qa, warnings


def _assert_recovered(built: Built, qa: Assistant, caplog: pytest.LogCaptureFixture) -> None:
    """Same answers as before the fault, the corpus untouched, and the repair was saved."""
    assert [qa.ask(q) for q in QUESTIONS] == built.answers
    assert _files(built.corpus) == built.corpus_files
    encoder = HashingEncoder()
    caplog.clear()
    Assistant.from_corpus(built.corpus, built.index_dir, encoder=encoder)
    assert encoder.calls == 0  # reopened from disk: nothing embedded again
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []


def _flip_a_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def _truncate(b: Built) -> str:
    path = b.build / "passage_vectors.npy"
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    return f"{path} is missing or not the size the manifest gives"


def _append_a_byte(b: Built) -> str:
    path = b.build / "passages_text_data.npy"
    path.write_bytes(path.read_bytes() + b"\x00")
    return f"{path} is missing or not the size the manifest gives"


def _delete_a_file(b: Built) -> str:
    (b.build / "sentences_text_data.npy").unlink()
    return f"{b.build / 'sentences_text_data.npy'} is missing or not the size the manifest gives"


def _manifest_edited_alone(b: Built) -> str:
    path = b.build / "manifest.json"
    path.write_text(json.dumps({**b.manifest(), "model": "other-model"}))
    return f"{path} does not match the checksum in {b.index_dir / 'CURRENT'}"


def _other_format_version(b: Built) -> str:
    b.write_manifest({"format_version": 0, "written_by": "an older release"})
    return f"index format 0, this version reads {FORMAT_VERSION}"


def _other_model(b: Built) -> str:
    b.write_manifest({**b.manifest(), "model": "other-model"})
    return "index built with model 'other-model', not 'hashing-fake-v1'"


def _other_settings(b: Built) -> str:
    manifest = b.manifest()
    b.write_manifest({**manifest, "settings": {**manifest["settings"], "max_words": 7}})
    return "index built with other settings (max_words)"


def _other_corpus(b: Built) -> str:
    b.write_manifest({**b.manifest(), "corpus_fingerprint": "0" * 64})
    return "the corpus changed since the index was built"


def _garbage_manifest(b: Built) -> str:
    (b.build / "manifest.json").write_bytes(b"\x00\xff{not json")
    return f"unreadable manifest {b.build / 'manifest.json'}: "


def _incomplete_manifest(b: Built) -> str:
    manifest = b.manifest()
    del manifest["files"]
    b.write_manifest(manifest)
    return f"invalid manifest {b.build / 'manifest.json'}: files: Field required"


def _missing_manifest(b: Built) -> str:
    (b.build / "manifest.json").unlink()
    return f"unreadable manifest {b.build / 'manifest.json'}: [Errno 2] No such file or directory"


def _garbage_pointer(b: Built) -> str:
    (b.index_dir / "CURRENT").write_bytes(b"\xff\xfe\x00")
    return f"{b.index_dir / 'CURRENT'} cannot be read: 'ascii' codec can't decode byte 0xff"


def _pointer_outside(b: Built) -> str:
    (b.index_dir / "CURRENT").write_text("build-../../etc")
    return f"{b.index_dir / 'CURRENT'} does not name a build ('build-../../etc')"


def _pointer_to_a_missing_build(b: Built) -> str:
    (b.index_dir / "CURRENT").write_text("build-0123456789ab")
    return f"unreadable manifest {b.index_dir / 'build-0123456789ab' / 'manifest.json'}: "


def _manifest_lists_a_path(b: Built) -> str:
    manifest = b.manifest()
    manifest["files"]["../../secret.json"] = "0" * 64
    b.write_manifest(manifest)
    return f"manifest {b.build / 'manifest.json'} lists unexpected files ['../../secret.json']"


def _consistent_checksums_wrong_shapes(b: Built) -> str:
    """Files and checksums that agree but do not fit together (other code, or edited by hand)."""
    path = b.build / "passage_vectors.npy"
    np.save(path, np.zeros((3, 5), dtype=np.float32), allow_pickle=False)
    manifest = b.manifest()
    manifest["files"]["passage_vectors.npy"] = _sha256(path)
    manifest["sizes"]["passage_vectors.npy"] = path.stat().st_size
    b.write_manifest(manifest)
    return "stored index has mismatched passage vectors"


FAULTS: list[Callable[[Built], str]] = [
    _truncate,
    _append_a_byte,
    _delete_a_file,
    _manifest_edited_alone,
    _other_format_version,
    _other_model,
    _other_settings,
    _other_corpus,
    _garbage_manifest,
    _incomplete_manifest,
    _missing_manifest,
    _garbage_pointer,
    _pointer_outside,
    _pointer_to_a_missing_build,
    _manifest_lists_a_path,
    _consistent_checksums_wrong_shapes,
]


@pytest.mark.parametrize("fault", FAULTS, ids=[f.__name__.strip("_") for f in FAULTS])
def test_a_broken_index_is_reported_in_one_line_and_rebuilt(
    built: Built, caplog: pytest.LogCaptureFixture, fault: Callable[[Built], str]
) -> None:
    problem = fault(built)
    qa, warnings = _reopen(built, caplog)
    assert len(warnings) == 1
    (warning,) = warnings
    assert warning.startswith(f"rebuilding the index at {built.index_dir}: {problem}")
    assert "\n" not in warning
    _assert_recovered(built, qa, caplog)


def test_a_file_altered_in_place_stops_answers_once_found_and_is_rebuilt_next_time(
    built: Built, caplog: pytest.LogCaptureFixture
) -> None:
    """Same size, other bytes: opening (sizes only) misses it, the background hashing does not."""
    path = built.build / "sentences_text_data.npy"
    _flip_a_byte(path)
    problem = f"{path} is missing or does not match the manifest"
    qa = Assistant.from_corpus(built.corpus, built.index_dir, encoder=HashingEncoder())
    with pytest.raises(IndexCorruptError, match=re.escape(problem)):
        qa.verify()
    with pytest.raises(IndexCorruptError, match=re.escape(f"{problem}; restart, or run")):
        qa.ask(QUESTIONS[0])
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == [
        f"the index at {built.index_dir} is damaged: {problem}; "
        "restart, or run `newsqa index`, to rebuild it from the corpus"
    ]

    again, warnings = _reopen(built, caplog)
    assert warnings == [
        f"rebuilding the index at {built.index_dir}: "
        f"{built.build} failed its checksums when last opened: {problem}"
    ]
    again.verify()
    _assert_recovered(built, again, caplog)


def test_a_missing_index_is_built_without_a_warning(
    built: Built, caplog: pytest.LogCaptureFixture
) -> None:
    (built.index_dir / "CURRENT").unlink()
    qa, warnings = _reopen(built, caplog)
    assert warnings == []
    assert f"no index at {built.index_dir} yet; building it" in caplog.messages
    _assert_recovered(built, qa, caplog)


def test_an_index_folder_that_cannot_be_written_still_answers(
    corpus_copy: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A read-only or full disk costs a rebuild next time, not the ability to answer now."""
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    qa = Assistant.from_corpus(corpus_copy, blocked, encoder=HashingEncoder())
    reference = Assistant.from_corpus(corpus_copy, tmp_path / "ok", encoder=HashingEncoder())
    assert [qa.ask(q) for q in QUESTIONS] == [reference.ask(q) for q in QUESTIONS]
    (warning,) = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warning == (
        f"could not save the index at {blocked} ([Errno 17] File exists: '{blocked}'); "
        "it will be rebuilt next time"
    )
    assert blocked.read_text() == "not a folder"


# ---- a build killed while writing -------------------------------------------------------------

# Runs in a child process: rebuild the index for the corpus plus one new article, pausing at
# one point of the write so the parent can kill it there with SIGKILL (no cleanup code runs).
_CHILD = textwrap.dedent(
    """
    import os, sys, time
    sys.path.insert(0, {repo!r})
    import numpy as np
    import index.store as store
    from corpus.loader import load_corpus
    from index.loading import load_or_build
    from tests.fakes import HashingEncoder

    point = {point!r}
    def pause():
        print("PAUSED", flush=True)
        time.sleep(120)

    saves, replaces = [0], [0]
    real_save, real_replace = np.save, os.replace
    def save(*args, **kwargs):
        saves[0] += 1
        if point == "arrays" and saves[0] == 3:
            pause()
        return real_save(*args, **kwargs)
    def replace(src, dst):
        replaces[0] += 1
        if (point == "manifest" and replaces[0] == 1) or (point == "pointer" and replaces[0] == 2):
            pause()
        return real_replace(src, dst)
    store.np.save = save
    store.os.replace = replace
    load_or_build(load_corpus({corpus!r}), HashingEncoder(), store.Path({index_dir!r}))
    print("FINISHED", flush=True)
    """
)


def _kill_build_at(point: str, corpus: Path, index_dir: Path) -> None:
    """Run the child until it pauses at `point`, then SIGKILL it."""
    code = _CHILD.format(repo=str(REPO), point=point, corpus=str(corpus), index_dir=str(index_dir))
    child = subprocess.Popen(
        [sys.executable, "-c", code], cwd=REPO, stdout=subprocess.PIPE, text=True
    )
    watchdog = threading.Timer(120, child.kill)  # a child stuck before pausing cannot hang CI
    watchdog.start()
    try:
        assert child.stdout is not None
        line = child.stdout.readline()  # blocks until the pause (or the child's end)
        assert line == "PAUSED\n", f"the child did not pause at {point}: {line!r}"
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        watchdog.cancel()
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
            child.wait(timeout=30)
        if child.stdout is not None:
            child.stdout.close()


@pytest.mark.parametrize("point", ["arrays", "manifest", "pointer"])
def test_a_build_killed_while_writing_leaves_the_previous_index_intact(
    built: Built, caplog: pytest.LogCaptureFixture, point: str
) -> None:
    (built.corpus / "floods.md").write_text(NEW_ARTICLE)
    started = time.monotonic()
    _kill_build_at(point, built.corpus, built.index_dir)
    assert time.monotonic() - started < 120
    # The killed build's folder is left behind, unpublished: CURRENT still names the old one.
    assert _current(built.index_dir) == built.build
    assert len(list(built.index_dir.glob("build-*"))) == 2

    # The previous index loads as it was: no warning, nothing embedded, the same answers.
    (built.corpus / "floods.md").unlink()
    encoder = HashingEncoder()
    caplog.clear()
    qa = Assistant.from_corpus(built.corpus, built.index_dir, encoder=encoder)
    assert encoder.calls == 0
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
    assert [qa.ask(q) for q in QUESTIONS] == built.answers

    # The next completed build publishes itself and clears what the killed one left.
    (built.corpus / "floods.md").write_text(NEW_ARTICLE)
    grown = Assistant.from_corpus(built.corpus, built.index_dir, encoder=HashingEncoder())
    assert grown.get_document("floods").title == "Floods in the valley"
    assert [p.name for p in built.index_dir.glob("build-*")] == [_current(built.index_dir).name]
    assert list(built.index_dir.glob(".*.tmp")) == []
