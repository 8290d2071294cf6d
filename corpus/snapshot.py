"""The parsed corpus kept beside its index, reused while no article file has changed.

Reading 15,000 articles (block structure, front matter, attribution) took 7.8 s of a 18 s cold
start at 100,000 passages; loading them back from one JSON file takes a fraction of that. An
unchanged corpus is recognised without reading any article: the stamp is every article file's
path, size, modification and change time (as make and git decide a file is unchanged), with the
folders, the `lenient` choice and the source of this package's parsing code. Any difference
reads the corpus again, whose text hashes still decide, as before, whether the index is rebuilt.

Corrections from the overrides file are not in the snapshot: they are laid over the articles at
every open (corpus.overrides), so the snapshot holds the articles exactly as their files read.

The file is a header line, a line with each article's id, end in the file, outlet and date and
text key, then one article per line: opening it reads the first two lines only, and an article
is read when asked for (corpus.articles; holding a million passages' articles took ~1.1 GB).
The keys make the index's corpus fingerprint without reading the articles (index.content).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import itertools
import json
import logging
import os
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import orjson
from pydantic import TypeAdapter

from corpus.articles import Articles, Placed, Shelf
from corpus.errors import EmptyCorpusError
from corpus.loader import ARTICLE_SUFFIXES, load_corpus
from corpus.models import TEXT_KEY_BYTES, Document, text_key

logger = logging.getLogger(__name__)

SNAPSHOT_FILE = "corpus-snapshot.json"
# The file's own layout; a snapshot of another layout is read again from the articles.
# 3: the articles' text keys.
SNAPSHOT_VERSION = 3
# A file changed this recently might change again within the same clock tick without its times
# or size showing it (git's "racily clean" files): no snapshot is kept of such a corpus, and the
# next open reads it again.
RACY_NS = 2_000_000_000
_DOCUMENT = TypeAdapter(Document)
_PARSERS = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Stamp:
    """What identifies the corpus files as they are now, when the newest one last changed, and
    when this was taken."""

    digest: str
    newest_change_ns: int
    taken_ns: int


def corpus_stamp(folders: Sequence[Path], *, lenient: bool) -> Stamp:
    """The stamp of the article files under `folders`, from their metadata alone (no reading)."""
    taken = time.time_ns()
    digest = hashlib.sha256(f"{SNAPSHOT_VERSION}\0{lenient}\n".encode())
    for source in sorted(_PARSERS.glob("*.py")):
        # Parsing code that changes (a new attribution rule) changes what the files parse to.
        digest.update(source.name.encode() + b"\0" + source.read_bytes())
    newest = 0
    for folder in folders:
        digest.update(f"\1{folder}\0{folder.absolute()}\n".encode())
        for relative in _article_files(folder):
            try:
                info = os.stat(os.path.join(folder, relative))
            except OSError:  # a dangling link: the load skips it, and so it is only named here
                digest.update(f"{relative}\0-\n".encode())
                continue
            newest = max(newest, info.st_mtime_ns, info.st_ctime_ns)
            line = f"{relative}\0{info.st_size}\0{info.st_mtime_ns}\0"
            digest.update(f"{line}{info.st_ctime_ns}\0{info.st_ino}\n".encode())
    return Stamp(digest.hexdigest(), newest, taken)


def _article_files(folder: Path) -> list[str]:
    """The relative paths of the files corpus.loader.load_corpus reads, sorted as strings.

    Walked with os.walk rather than pathlib: Path objects' sorting and `relative_to` took
    2.5 s of the 4 s stamp of 15,000 articles. Like `rglob`, the walk does not enter linked
    folders, and hidden files and folders are left out.
    """
    found = []
    for where, folders, files in os.walk(folder):
        folders[:] = [name for name in folders if not name.startswith(".")]
        base = os.path.relpath(where, folder)
        for name in files:
            if name.startswith(".") or not name.lower().endswith(ARTICLE_SUFFIXES):
                continue
            found.append(name if base == "." else os.path.join(base, name))
    return sorted(found)


def load_snapshot(path: Path, stamp: Stamp) -> Articles | None:
    """The articles kept at `path` when they were read under the same stamp, else None.

    Only the header and the articles' places are read (see the module docstring); the file
    stays open for the articles to be read from it.
    """
    try:
        with path.open("rb") as handle:
            header = json.loads(handle.readline())
            if header != {"version": SNAPSHOT_VERSION, "stamp": stamp.digest}:
                return None
            places = orjson.loads(handle.readline())
            start = handle.tell()
        ids, ends = places["ids"], places["ends"]
        outlets = [(source, _date(published)) for source, published in places["outlets"]]
        keys = bytes.fromhex(places["keys"])
        counted = len(ids) == len(ends) == len(outlets) == len(keys) / TEXT_KEY_BYTES
        if not counted or path.stat().st_size != start + (ends[-1] if ends else 0):
            raise ValueError("the articles' places do not fit the file")
        return Articles.shelved(ids, Shelf(path, start, Placed(ends, outlets, keys)))
    except (FileNotFoundError, NotADirectoryError):  # none kept yet (or no index folder)
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        # A damaged snapshot costs one read of the corpus, which then replaces it.
        logger.warning("reading the corpus again: %s is unusable (%s)", path, type(exc).__name__)
        return None


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value is not None else None


def _snapshot_bytes(stamp: Stamp, documents: Sequence[Document]) -> bytes:
    """The file `load_snapshot` reads: header, the articles' places, one article per line."""
    lines = [_DOCUMENT.dump_json(doc) + b"\n" for doc in documents]
    ends = list(itertools.accumulate(map(len, lines)))
    places = {
        "ids": [doc.id for doc in documents],
        "ends": ends,
        "outlets": [
            [doc.source, doc.published.isoformat() if doc.published else None] for doc in documents
        ],
        "keys": "".join(text_key(doc.text) for doc in documents),
    }
    header = json.dumps({"version": SNAPSHOT_VERSION, "stamp": stamp.digest})
    return b"".join([header.encode(), b"\n", orjson.dumps(places), b"\n", *lines])


def save_snapshot(path: Path, stamp: Stamp, documents: Sequence[Document]) -> bool:
    """Keep `documents` at `path` (atomically) unless a file changed too recently to be sure.

    Returns whether the snapshot was written; failing to write one (read-only or full disk)
    only costs reading the corpus at the next open, so it is logged, not raised (and only as
    information: the index saved beside it warns of the same disk).
    """
    if stamp.newest_change_ns > stamp.taken_ns - RACY_NS:
        logger.info("an article changed in the last seconds: no corpus snapshot kept this time")
        return False
    data = _snapshot_bytes(stamp, documents)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):  # never written (no folder) or already gone
            tmp.unlink()
        logger.info("could not keep the corpus snapshot at %s (%s)", path, exc)
        return False
    return True


def read_corpus(
    corpus_dir: Path,
    added_dir: Path | None,
    snapshot: Path,
    *,
    lenient: bool = False,
    progress: bool = False,
) -> Articles:
    """The articles of `corpus_dir` and then of `added_dir` (when it exists and has any).

    From the snapshot at `snapshot` when no article file changed since it was kept (each
    article read from it when asked for); otherwise read from the files
    (corpus.loader.load_corpus), held, and kept there for the next open.
    """
    folders = [corpus_dir, *([added_dir] if added_dir is not None and added_dir.is_dir() else [])]
    # Before reading: a file changed while it is being read then differs from the stamp kept.
    stamp = corpus_stamp(folders, lenient=lenient) if corpus_dir.is_dir() else None
    if stamp is not None:
        kept = load_snapshot(snapshot, stamp)
        if kept is not None:
            logger.info("corpus unchanged: %d articles from %s", len(kept), snapshot)
            return kept
    documents = load_corpus(corpus_dir, lenient=lenient, progress=progress)
    for added in folders[1:]:
        try:
            documents += load_corpus(added, lenient=lenient, progress=progress)
        except EmptyCorpusError:
            logger.info("no articles added in %s yet", added)
    if stamp is not None:
        save_snapshot(snapshot, stamp, documents)
    return Articles.of(documents)
