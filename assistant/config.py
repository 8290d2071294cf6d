"""Where indexes live by default."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

INDEX_DIR_ENV = "NEWSQA_INDEX_DIR"


def _index_root() -> Path:
    return Path(os.environ.get(INDEX_DIR_ENV, ".index"))


def default_added_dir() -> Path:
    """Where the chat page keeps articles added to the bundled corpus, which is never written."""
    return _index_root() / "added-articles"


def default_index_dir(corpus_dir: Path) -> Path:
    """`$NEWSQA_INDEX_DIR` or `./.index`, then one folder per corpus folder (name + path hash)."""
    root = _index_root()
    resolved = corpus_dir.resolve()
    digest = hashlib.sha1(str(resolved).encode()).hexdigest()[:8]
    return root / f"{resolved.name}-{digest}"
