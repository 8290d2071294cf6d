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
        name = pointer.read_text(encoding="utf-8").strip()
        if not name.startswith("build-") or "/" in name:
            raise IndexCorruptError(f"{pointer} does not name a build")
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
            with path.open("wb") as handle:
                np.save(handle, array, allow_pickle=False)
            files[path.name] = _sha256(path)
        for name, payload in documents.items():
            path = build / f"{name}.json"
            path.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
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
        build = self.current_build()
        try:
            return Manifest.model_validate_json((build / _MANIFEST).read_bytes())
        except (OSError, ValidationError) as exc:
            raise IndexCorruptError(f"unreadable manifest in {build}: {exc}") from exc

    def load(
        self, *, model: str, corpus_fingerprint: str, settings: dict[str, Any], check: bool = True
    ) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
        """The arrays and JSON documents of the current build, after checking its manifest.

        With check=False the corpus fingerprint is not compared: a stale build is still a
        source of vectors that need not be computed again.
        """
        manifest = self.read_manifest()
        if manifest.format_version != FORMAT_VERSION:
            raise IndexStaleError(
                f"index format {manifest.format_version}, this version reads {FORMAT_VERSION}"
            )
        if manifest.model != model or manifest.settings != settings:
            raise IndexStaleError("index built with another model or settings")
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
                raise IndexCorruptError(f"{path} cannot be read: {exc}") from exc
        return arrays, documents

    def _remove_other_builds(self, keep: Path) -> None:
        for path in self.root.glob("build-*"):
            if path != keep:
                shutil.rmtree(path, ignore_errors=True)
        for tmp in self.root.glob(".*.tmp"):
            tmp.unlink(missing_ok=True)
