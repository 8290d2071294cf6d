"""Persist an index as plain files (.npy without pickle, JSON) behind a manifest, atomically.

Layout under the index folder:
    CURRENT              name of the build folder in use (replaced atomically)
    build-<id>/          one complete build: manifest.json plus the data files it lists

A build is written into a fresh folder and only then published by replacing CURRENT, so a
process killed mid-write leaves the previous build untouched and in use. The manifest records the
format version, the model, the corpus fingerprint and the size and SHA-256 of every file;
CURRENT holds the build's name and the SHA-256 of its manifest.

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
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import BaseModel, ConfigDict, ValidationError

from index.errors import IndexCorruptError, IndexMissingError, IndexStaleError

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


def _write_synced(path: Path, write: Any) -> str:
    """Call `write(handle)` on a new file, flush it to disk before it is listed anywhere, and
    return the SHA-256 of what was written."""
    with path.open("wb") as handle:
        hashing = _HashingWriter(handle)
        write(hashing)
        handle.flush()
        os.fsync(handle.fileno())
    return hashing.digest.hexdigest()


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
    ) -> Path:
        """Write a complete build, publish it, and remove the builds it replaces.

        An exclusive lock on the folder keeps two processes from removing each other's builds.
        """
        self.root.mkdir(parents=True, exist_ok=True)
        with (self.root / ".lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            return self._save_locked(arrays, documents, model, corpus_fingerprint, settings)

    def _save_locked(
        self,
        arrays: dict[str, np.ndarray],
        documents: dict[str, Any],
        model: str,
        corpus_fingerprint: str,
        settings: dict[str, Any],
    ) -> Path:
        build = self.root / f"build-{uuid.uuid4().hex[:12]}"
        build.mkdir()
        files: dict[str, str] = {}
        for name, array in arrays.items():
            path = build / f"{name}.npy"
            files[path.name] = _write_synced(
                path, lambda handle, a=array: np.save(handle, a, allow_pickle=False)
            )
        for name, payload in documents.items():
            path = build / f"{name}.json"
            data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
            files[path.name] = _write_synced(path, lambda handle, d=data: handle.write(d))
        manifest = Manifest(
            format_version=FORMAT_VERSION,
            model=model,
            corpus_fingerprint=corpus_fingerprint,
            settings=settings,
            files=files,
            sizes={name: (build / name).stat().st_size for name in files},
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
        arrays: dict[str, np.ndarray] = {}
        documents: dict[str, Any] = {}
        for name in manifest.files:
            path = build / name
            try:
                if name.endswith(".npy"):
                    arrays[name.removesuffix(".npy")] = _mapped(path)
                else:
                    documents[name.removesuffix(".json")] = json.loads(path.read_text("utf-8"))
            except (OSError, ValueError) as exc:
                raise IndexCorruptError(f"{path} cannot be read: {one_line(exc)}") from exc
        self.opened = (build, manifest)
        return arrays, documents

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
