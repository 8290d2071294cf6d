"""The checksums of an opened index, verified in a background thread rather than before it opens.

Hashing every file of a 100,000-passage index takes ~8 s, longer than everything else an open
does; sizes and the manifest are checked at open (index.store), the hashes here, meanwhile. A
mismatch marks the build corrupt on disk (so the next open rebuilds it) and makes every later
question fail with IndexCorruptError instead of being answered from altered files.

The thread runs at the lowest CPU priority (`_yielding`): at a million passages it hashes
~9 GB for ~10 s after the index opens, and on the benchmark's two shared cores the questions
answered meanwhile took about twice as long (retrieve median ~70 ms against ~33 ms after it).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from pathlib import Path

from index.errors import IndexCorruptError, IndexLoadError
from index.store import IndexStore, Manifest, one_line

logger = logging.getLogger(__name__)

_REBUILD = "restart, or run `newsqa index`, to rebuild it from the corpus"
# The lowest priority: the thread runs when nothing else wants the core.
_NICEST = 19


def _yielding() -> None:
    """The calling thread at the lowest CPU priority, where that is the thread's alone.

    Linux keeps a nice value per thread (setpriority with the thread's id); elsewhere the call
    would slow the whole process, questions included, so nothing is changed there.
    """
    if sys.platform != "linux":
        return
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), _NICEST)
    except OSError as exc:  # a sandbox may forbid it: hash at the usual priority then
        logger.debug("the index check runs at normal priority: %s", one_line(exc))


class Verification:
    """The full check of one opened build: started at open, waited for by `wait`."""

    def __init__(self, store: IndexStore, build: Path, manifest: Manifest) -> None:
        self._store = store
        self._build = build
        self._manifest = manifest
        self._failure: IndexCorruptError | None = None
        self._thread = threading.Thread(target=self._run, name="index-verify", daemon=True)

    def start(self) -> Verification:
        self._thread.start()
        return self

    def _run(self) -> None:
        _yielding()
        try:
            self._store.verify(self._build, self._manifest)
        except IndexCorruptError as exc:
            if not self._still_current():
                # A rebuild replaced (and removed) the build while it was being read: nothing
                # is answered from it any more, so a missing file here is no fault.
                return
            self._failure = exc
            logger.error("the index at %s is damaged: %s; %s", self._store.root, exc, _REBUILD)
            try:
                self._store.mark_corrupt(self._build, one_line(exc))
            except OSError as write_error:
                logger.error("could not mark %s as damaged: %s", self._build, one_line(write_error))

    def _still_current(self) -> bool:
        try:
            return self._store.current_build() == self._build
        except IndexLoadError:
            return False

    def raise_if_failed(self) -> None:
        """IndexCorruptError if the check found a damaged file (nothing if still running)."""
        if self._failure is not None:
            raise IndexCorruptError(f"{self._failure}; {_REBUILD}")

    def wait(self) -> None:
        """Block until the check is done; IndexCorruptError if it found a damaged file."""
        self._thread.join()
        self.raise_if_failed()
