"""Persist an index as plain files (.npy without pickle, JSON) behind a manifest, atomically.

Layout under the index folder:
    CURRENT              name of the build folder in use (replaced atomically)
    build-<id>/          one complete build: manifest.json plus the data files it lists

A build is written into a fresh folder and only then published by replacing CURRENT, so a
process killed mid-write leaves the previous build untouched and in use. The manifest records the
format version, the model, the corpus fingerprint and the size and SHA-256 of every file;
CURRENT holds the build's name and the SHA-256 of its manifest.

An index changed by an added or removed article is saved as segments (index.segments): each
array keeps the rows it shares with the previous build in that build's files, hard-linked into
the new folder, and only the rows after them are written. The JSON documents are saved the same
way: each top-level field as its own array of UTF-8 bytes, so that a field an article only
appends to (the disagreement table's facts, the vocabulary) keeps its old bytes in place and
writes the new ones (rewriting ~8 MB of JSON at every add cost more than the add's own rows).
The manifest then maps each array to its parts; files are never written in place, so the
previous build stays intact until CURRENT names the new one, as with a whole save.

Opening checks what is cheap (CURRENT against the manifest, the manifest, every file's size) and
memory-maps the arrays; hashing every file (~1 GB at 100,000 passages, 8 s) is left to `verify`,
which the caller runs in the background (index.verification). A file altered in place without
changing its size is therefore found after the index opens, not before: `verify` then marks the
build corrupt so it is rebuilt at the next open, and the caller stops answering from it.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import mmap
import os
import re
import shutil
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import orjson
from pydantic import BaseModel, ConfigDict, ValidationError

from index.deferred import StoredFields
from index.errors import IndexCorruptError, IndexLoadError, IndexMissingError, IndexStaleError
from index.segments import MAX_PARTS, Part, common_rows, kept_parts

logger = logging.getLogger(__name__)

FORMAT_VERSION = 2
_POINTER = "CURRENT"
_MANIFEST = "manifest.json"
# Written into a build that failed `verify`: it is never opened again.
_CORRUPT = "CORRUPT"
_BUILD_NAME = re.compile(r"build-[0-9a-f]{12}")
# A data file is a plain name in its build folder; a manifest naming anything else (a path with
# folders, another kind of file) is not one this code wrote.
_DATA_FILE = re.compile(r"[A-Za-z0-9_]+\.(?:npy|json)")
# A document's field is stored as the bytes of its JSON in the array "doc_<document>__<field>".
_FIELD = re.compile(r"[A-Za-z0-9_]+")


def one_line(exc: BaseException) -> str:
    """An exception's message on one line: problems are reported in a single log line."""
    return " ".join(str(exc).split()) or type(exc).__name__


class Manifest(BaseModel):
    """What a build was made from, and the checksum and size of each of its files."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    format_version: int
    model: str
    corpus_fingerprint: str
    settings: dict[str, Any]
    files: dict[str, str]
    sizes: dict[str, int]
    # Array name -> its parts ([file, start row, stop row]); empty when every array is its own
    # file "<name>.npy", as a whole save writes them.
    arrays: dict[str, list[list[str | int]]] = {}
    # Document name -> its fields, each stored as a byte array (`_field_array`); empty in a
    # build saved before documents were, whose documents are "<name>.json" files.
    documents: dict[str, list[str]] = {}

    def parts(self) -> dict[str, list[Part]]:
        """Each array's parts (one whole file each for a build saved whole)."""
        if self.arrays:
            return {name: [Part.from_json(p) for p in raw] for name, raw in self.arrays.items()}
        names = [f.removesuffix(".npy") for f in self.files if f.endswith(".npy")]
        return {name: [Part(f"{name}.npy", 0, -1)] for name in names}


def _field_array(document: str, field: str) -> str:
    return f"doc_{document}__{field}"


def _document_arrays(documents: dict[str, Any]) -> tuple[dict[str, np.ndarray], dict[str, list]]:
    """Each document's top-level fields as arrays of their JSON's UTF-8 bytes, and the fields of
    each document in order (for the manifest)."""
    arrays: dict[str, np.ndarray] = {}
    fields: dict[str, list[str]] = {}
    for name, payload in documents.items():
        if not isinstance(payload, dict) or not _FIELD.fullmatch(name):
            raise ValueError(f"document {name!r} must be a dict under a plain name")
        for field, value in payload.items():
            if not _FIELD.fullmatch(field):
                raise ValueError(f"field {field!r} of document {name!r} is not a plain name")
            # Non-string keys become strings, as json.dumps makes them.
            data = orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS)
            arrays[_field_array(name, field)] = np.frombuffer(data, dtype=np.uint8)
        fields[name] = list(payload)
    return arrays, fields


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class _HashingWriter:
    """A file handle that hashes what is written, so a saved file is never read back to hash."""

    def __init__(self, handle: Any) -> None:
        self.handle = handle
        self.digest = hashlib.sha256()

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        return int(self.handle.write(data))


def _write_new(path: Path, write: Any) -> str:
    """Call `write(handle)` on a new file and return the SHA-256 of what was written (the caller
    flushes it to disk with `_synced` before listing it anywhere). The file must be new ("xb"): a
    file of a build may be a hard link to one the previous build uses, which must never be
    written through."""
    with path.open("xb") as handle:
        hashing = _HashingWriter(handle)
        write(hashing)
    return hashing.digest.hexdigest()


# Files flushed to disk at once: an add writes ~50 small files, and their flushes one after the
# other took ~0.1-0.2 s here, against ~0.02 s side by side (the file system commits them together).
_SYNC_THREADS = 8


def _synced(paths: list[Path]) -> None:
    """Flush these files to disk, all before returning: a manifest may then list them."""

    def sync(path: Path) -> None:
        descriptor = os.open(path, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)

    if not paths:
        return
    with ThreadPoolExecutor(min(_SYNC_THREADS, len(paths))) as pool:
        list(pool.map(sync, paths))


def _write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary sibling, flush to disk, then rename over the target."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    with tmp.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def _mapped(path: Path) -> np.ndarray:
    """The array of a .npy file, memory-mapped read-only, with the kernel told not to read ahead.

    Rows are read a few at a time, scattered over the file (the sentences of the passages a
    search found); the kernel's default read-ahead brings ~32 pages in for each and keeps them
    mapped, which at 100,000 passages added ~500 MB to the serving peak over 100 questions.
    """
    mapped = np.load(path, mmap_mode="r", allow_pickle=False)
    if isinstance(mapped.base, mmap.mmap):
        mapped.base.madvise(mmap.MADV_RANDOM)
    # A plain ndarray over the mapping: numpy's memmap subclass costs ~5 us more on every
    # slice, and the columns are sliced once per string read.
    return np.asarray(mapped)


def _shared(
    name: str, array: np.ndarray, previous: tuple[Path, Manifest, dict[str, list[Part]]]
) -> list[Part]:
    """The parts of the previous build's `name` that hold this array's leading rows."""
    build, _, layout = previous
    parts = layout.get(name)
    if not parts:
        return []
    common = 0
    resolved = []
    for part in parts:
        rows = _mapped(build / part.file)
        stop = rows.shape[0] if part.stop == -1 else part.stop
        resolved.append(Part(part.file, part.start, stop))
        same = common_rows(rows[part.start : stop], array[common : common + stop - part.start])
        common += same
        if same < stop - part.start:
            break
    kept = kept_parts(resolved, common)
    # Many parts: written whole instead (the compaction), as is an array sharing nothing.
    return kept if common and len(kept) < MAX_PARTS else []


def _linked(
    parts: list[Part],
    previous: tuple[Path, Manifest, dict[str, list[Part]]],
    build: Path,
    files: dict[str, str],
) -> bool:
    """Link the files of `parts` from the previous build into `build` (their checksums are the
    previous manifest's: they are the same files); False if the file system cannot."""
    for part in parts:
        if part.file in files:
            continue
        try:
            os.link(previous[0] / part.file, build / part.file)
        except OSError as exc:
            logger.info("writing %s again: it cannot be linked (%s)", part.file, one_line(exc))
            return False
        files[part.file] = previous[1].files[part.file]
    return True


def _joined(build: Path, parts: list[Part], mapped: dict[str, np.ndarray]) -> np.ndarray:
    """An array from its parts: the memory-mapped file itself when it is one whole file."""
    try:
        pieces = [mapped[p.file][p.start : None if p.stop == -1 else p.stop] for p in parts]
    except KeyError as exc:
        raise IndexCorruptError(
            f"{build} lacks {exc.args[0]}, which an array is stored in"
        ) from exc
    if len(parts) == 1 and len(pieces[0]) == len(mapped[parts[0].file]):
        return pieces[0]
    return np.concatenate(pieces)


class IndexStore:
    """Reads and writes builds in one index folder."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        # The build and manifest the last `load` opened, for a `verify` after it.
        self.opened: tuple[Path, Manifest] | None = None

    def current_build(self) -> Path:
        """The build folder CURRENT points at."""
        return self._pointer()[0]

    def _pointer(self) -> tuple[Path, str]:
        """The build CURRENT names, and the manifest checksum it gives ("" if none)."""
        pointer = self.root / _POINTER
        if not pointer.is_file():
            raise IndexMissingError(f"no index at {self.root}")
        try:
            fields = pointer.read_bytes().decode("ascii").split()
        except (OSError, UnicodeDecodeError) as exc:
            raise IndexCorruptError(f"{pointer} cannot be read: {one_line(exc)}") from exc
        name = fields[0] if fields else ""
        if not _BUILD_NAME.fullmatch(name):
            raise IndexCorruptError(f"{pointer} does not name a build ({name[:40]!r})")
        return self.root / name, fields[1] if len(fields) > 1 else ""

    def save(
        self,
        arrays: dict[str, np.ndarray],
        documents: dict[str, Any],
        *,
        model: str,
        corpus_fingerprint: str,
        settings: dict[str, Any],
        share: bool = False,
    ) -> Path:
        """Write a complete build, publish it, and remove the builds it replaces.

        With `share`, rows an array shares with the current build are not written again (see
        the module docstring); otherwise every array is written whole, which also merges the
        parts an index saved with `share` accumulated. An exclusive lock on the folder keeps
        two processes from removing each other's builds.
        """
        self.root.mkdir(parents=True, exist_ok=True)
        with (self.root / ".lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            previous = self._shareable(model, settings) if share else None
            return self._save_locked(
                arrays, documents, model, corpus_fingerprint, settings, previous
            )

    def _shareable(
        self, model: str, settings: dict[str, Any]
    ) -> tuple[Path, Manifest, dict[str, list[Part]]] | None:
        """The current build, if its files can lend rows to the next one (same model and
        settings, files of the size its manifest gives); None otherwise."""
        try:
            manifest = self.read_manifest()
            build = self.current_build()
        except IndexLoadError:
            return None
        if manifest.model != model or manifest.settings != settings:
            return None
        if (build / _CORRUPT).exists():
            return None
        for name, size in manifest.sizes.items():
            path = build / name
            if not path.is_file() or path.stat().st_size != size:
                return None
        return build, manifest, manifest.parts()

    def _save_locked(
        self,
        arrays: dict[str, np.ndarray],
        documents: dict[str, Any],
        model: str,
        corpus_fingerprint: str,
        settings: dict[str, Any],
        previous: tuple[Path, Manifest, dict[str, list[Part]]] | None,
    ) -> Path:
        build = self.root / f"build-{uuid.uuid4().hex[:12]}"
        build.mkdir()
        files: dict[str, str] = {}
        layout: dict[str, list[list[str | int]]] = {}
        fields, documents_fields = _document_arrays(documents)
        written: list[Path] = []
        for name, array in {**arrays, **fields}.items():
            shared = _shared(name, array, previous) if previous is not None else []
            if previous is not None and not _linked(shared, previous, build, files):
                shared = []  # no hard links on this file system: the rows are written instead
            done = sum(p.stop - p.start for p in shared)
            parts = [p.to_json() for p in shared]
            if done < len(array) or not shared:
                rest = array[done:]
                file = f"{name}.npy"
                if shared or file in files:  # beside (or instead of) the previous build's file
                    file = f"{name}__{uuid.uuid4().hex[:8]}.npy"
                files[file] = _write_new(
                    build / file, lambda handle, a=rest: np.save(handle, a, allow_pickle=False)
                )
                written.append(build / file)
                parts.append([file, 0, len(rest)])
            layout[name] = parts
        _synced(written)
        manifest = Manifest(
            format_version=FORMAT_VERSION,
            model=model,
            corpus_fingerprint=corpus_fingerprint,
            settings=settings,
            files=files,
            sizes={name: (build / name).stat().st_size for name in files},
            arrays=layout if previous is not None else {},
            documents=documents_fields,
        )
        data = manifest.model_dump_json(indent=2).encode()
        _write_atomic(build / _MANIFEST, data)
        pointer = f"{build.name} {hashlib.sha256(data).hexdigest()}"
        _write_atomic(self.root / _POINTER, pointer.encode())
        self._remove_other_builds(keep=build)
        logger.info("index saved to %s", build)
        return build

    def read_manifest(self) -> Manifest:
        """The current build's manifest; a manifest of another format version is stale, not corrupt.

        The version is read before the schema is checked, so a manifest written by another
        version of this code is reported as such even if its fields differ.
        """
        build, expected = self._pointer()
        path = build / _MANIFEST
        try:
            data = path.read_bytes()
            raw = json.loads(data)
        except (OSError, ValueError) as exc:
            raise IndexCorruptError(f"unreadable manifest {path}: {one_line(exc)}") from exc
        version = raw.get("format_version") if isinstance(raw, dict) else None
        if isinstance(version, int) and version != FORMAT_VERSION:
            raise IndexStaleError(f"index format {version}, this version reads {FORMAT_VERSION}")
        if hashlib.sha256(data).hexdigest() != expected:
            raise IndexCorruptError(f"{path} does not match the checksum in {self.root / _POINTER}")
        try:
            manifest = Manifest.model_validate(raw)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "manifest"
            raise IndexCorruptError(f"invalid manifest {path}: {where}: {first['msg']}") from exc
        unexpected = [name for name in manifest.files if not _DATA_FILE.fullmatch(name)]
        if unexpected:
            raise IndexCorruptError(f"manifest {path} lists unexpected files {unexpected[:3]}")
        if manifest.sizes.keys() != manifest.files.keys():
            raise IndexCorruptError(f"manifest {path} gives sizes for other files than checksums")
        return manifest

    def load(
        self,
        *,
        model: str,
        corpus_fingerprint: str,
        settings: dict[str, Any],
        check: bool = True,
        verify: bool = False,
    ) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
        """The arrays (memory-mapped) and JSON documents of the current build.

        The manifest, and every file's size, are checked here; the checksums only with `verify`
        (otherwise the caller runs `verify` later, see the module docstring). With check=False
        the corpus fingerprint is not compared: a stale build is still a source of vectors that
        need not be computed again.
        """
        manifest = self.read_manifest()
        if manifest.model != model:
            raise IndexStaleError(f"index built with model {manifest.model!r}, not {model!r}")
        if manifest.settings != settings:
            changed = sorted(
                key
                for key in manifest.settings.keys() | settings.keys()
                if manifest.settings.get(key) != settings.get(key)
            )
            raise IndexStaleError(f"index built with other settings ({', '.join(changed)})")
        if check and manifest.corpus_fingerprint != corpus_fingerprint:
            raise IndexStaleError("the corpus changed since the index was built")
        build = self.current_build()
        failed = build / _CORRUPT
        if failed.exists():
            reason = failed.read_text("utf-8", errors="replace").strip()
            raise IndexCorruptError(f"{build} failed its checksums when last opened: {reason}")
        for name, size in manifest.sizes.items():
            path = build / name
            if not path.is_file() or path.stat().st_size != size:
                raise IndexCorruptError(f"{path} is missing or not the size the manifest gives")
        if verify:
            self.verify(build, manifest)
        documents: dict[str, Any] = {}
        mapped: dict[str, np.ndarray] = {}
        for name in manifest.files:
            path = build / name
            try:
                if name.endswith(".npy"):
                    mapped[name] = _mapped(path)
                else:
                    documents[name.removesuffix(".json")] = json.loads(path.read_text("utf-8"))
            except (OSError, ValueError) as exc:
                raise IndexCorruptError(f"{path} cannot be read: {one_line(exc)}") from exc
        arrays = {name: _joined(build, parts, mapped) for name, parts in manifest.parts().items()}
        for name, fields in manifest.documents.items():
            stored_fields: dict[str, np.ndarray] = {}
            for field in fields:
                stored = arrays.pop(_field_array(name, field), None)
                if stored is None:
                    raise IndexCorruptError(f"{build} lacks field {field!r} of document {name!r}")
                stored_fields[field] = stored
            # Parsed when read: some fields are needed only to add an article (index.deferred).
            documents[name] = StoredFields(f"{build}'s document {name!r}", stored_fields)
        self.opened = (build, manifest)
        return arrays, documents

    def whole_file(self, name: str) -> Path | None:
        """The file that alone holds array `name` of the build last opened, None if it is in
        parts (a reader of the file itself must then use the array `load` gave)."""
        if self.opened is None:
            return None
        build, manifest = self.opened
        parts = manifest.parts().get(name, [])
        if len(parts) != 1 or parts[0].start != 0:
            return None
        path = build / parts[0].file
        return path if parts[0].stop in (-1, len(_mapped(path))) else None

    def verify(self, build: Path, manifest: Manifest) -> None:
        """Hash every file of `build`; IndexCorruptError names the first that does not match."""
        for name, digest in manifest.files.items():
            path = build / name
            try:
                matches = _sha256(path) == digest
            except OSError:
                matches = False
            if not matches:
                raise IndexCorruptError(f"{path} is missing or does not match the manifest")

    def mark_corrupt(self, build: Path, reason: str) -> None:
        """Record that `build` failed `verify`, so it is rebuilt instead of opened next time."""
        _write_atomic(build / _CORRUPT, reason.encode("utf-8"))

    def _remove_other_builds(self, keep: Path) -> None:
        for path in self.root.glob("build-*"):
            if path != keep:
                shutil.rmtree(path, ignore_errors=True)
        for tmp in self.root.glob(".*.tmp"):
            tmp.unlink(missing_ok=True)
