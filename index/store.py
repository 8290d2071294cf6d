"""Persist an index as plain files (.npy without pickle, JSON) behind a manifest, atomically.

Layout under the index folder:
    CURRENT              name of the build folder in use (replaced atomically)
    build-<id>/          one complete build: manifest.json plus the data files it lists

A build is written into a fresh folder and only then published by replacing CURRENT, so a
process killed mid-write leaves the previous build untouched and in use. The manifest records the
format version, the model, the corpus fingerprint and a SHA-256 of every file, so a load detects
an index that is stale, truncated or altered and the caller rebuilds it from the corpus.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
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

FORMAT_VERSION = 1
_POINTER = "CURRENT"
_MANIFEST = "manifest.json"
_BUILD_NAME = re.compile(r"build-[0-9a-f]{12}")
# A data file is a plain name in its build folder; a manifest naming anything else (a path with
# folders, another kind of file) is not one this code wrote.
_DATA_FILE = re.compile(r"[A-Za-z0-9_]+\.(?:npy|json)")


def one_line(exc: BaseException) -> str:
    """An exception's message on one line: problems are reported in a single log line."""
    return " ".join(str(exc).split()) or type(exc).__name__


class Manifest(BaseModel):
    """What a build was made from, and the checksum of each of its files."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    format_version: int
    model: str
    corpus_fingerprint: str
    settings: dict[str, Any]
    files: dict[str, str]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _write_synced(path: Path, write: Any) -> None:
    """Call `write(handle)` on a new file and flush it to disk before it is listed anywhere."""
    with path.open("wb") as handle:
        write(handle)
        handle.flush()
        os.fsync(handle.fileno())


def _write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary sibling, flush to disk, then rename over the target."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    with tmp.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


class IndexStore:
    """Reads and writes builds in one index folder."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    def current_build(self) -> Path:
        """The build folder CURRENT points at."""
        pointer = self.root / _POINTER
        if not pointer.is_file():
            raise IndexMissingError(f"no index at {self.root}")
        try:
            name = pointer.read_bytes().decode("ascii").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise IndexCorruptError(f"{pointer} cannot be read: {one_line(exc)}") from exc
        if not _BUILD_NAME.fullmatch(name):
            raise IndexCorruptError(f"{pointer} does not name a build ({name[:40]!r})")
        return self.root / name

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
            _write_synced(path, lambda handle, a=array: np.save(handle, a, allow_pickle=False))
            files[path.name] = _sha256(path)
        for name, payload in documents.items():
            path = build / f"{name}.json"
            data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
            _write_synced(path, lambda handle, d=data: handle.write(d))
            files[path.name] = _sha256(path)
        manifest = Manifest(
            format_version=FORMAT_VERSION,
            model=model,
            corpus_fingerprint=corpus_fingerprint,
            settings=settings,
            files=files,
        )
        _write_atomic(build / _MANIFEST, manifest.model_dump_json(indent=2).encode())
        _write_atomic(self.root / _POINTER, build.name.encode())
        self._remove_other_builds(keep=build)
        logger.info("index saved to %s", build)
        return build

    def read_manifest(self) -> Manifest:
        """The current build's manifest; a manifest of another format version is stale, not corrupt.

        The version is read before the schema is checked, so a manifest written by another
        version of this code is reported as such even if its fields differ.
        """
        build = self.current_build()
        path = build / _MANIFEST
        try:
            raw = json.loads(path.read_bytes())
        except (OSError, ValueError) as exc:
            raise IndexCorruptError(f"unreadable manifest {path}: {one_line(exc)}") from exc
        version = raw.get("format_version") if isinstance(raw, dict) else None
        if isinstance(version, int) and version != FORMAT_VERSION:
            raise IndexStaleError(f"index format {version}, this version reads {FORMAT_VERSION}")
        try:
            manifest = Manifest.model_validate(raw)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "manifest"
            raise IndexCorruptError(f"invalid manifest {path}: {where}: {first['msg']}") from exc
        unexpected = [name for name in manifest.files if not _DATA_FILE.fullmatch(name)]
        if unexpected:
            raise IndexCorruptError(f"manifest {path} lists unexpected files {unexpected[:3]}")
        return manifest

    def load(
        self, *, model: str, corpus_fingerprint: str, settings: dict[str, Any], check: bool = True
    ) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
        """The arrays and JSON documents of the current build, after checking its manifest.

        With check=False the corpus fingerprint is not compared: a stale build is still a
        source of vectors that need not be computed again.
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
        arrays: dict[str, np.ndarray] = {}
        documents: dict[str, Any] = {}
        for name, digest in manifest.files.items():
            path = build / name
            if not path.is_file() or _sha256(path) != digest:
                raise IndexCorruptError(f"{path} is missing or does not match the manifest")
            try:
                if name.endswith(".npy"):
                    arrays[name.removesuffix(".npy")] = np.load(path, allow_pickle=False)
                else:
                    documents[name.removesuffix(".json")] = json.loads(path.read_text("utf-8"))
            except (OSError, ValueError) as exc:
                raise IndexCorruptError(f"{path} cannot be read: {one_line(exc)}") from exc
        return arrays, documents

    def _remove_other_builds(self, keep: Path) -> None:
        for path in self.root.glob("build-*"):
            if path != keep:
                shutil.rmtree(path, ignore_errors=True)
        for tmp in self.root.glob(".*.tmp"):
            tmp.unlink(missing_ok=True)
