"""Arrays stored as segments: an array saved again after an article was added keeps its old rows
in the files that already hold them and writes only the rows after them.

A saved array is a list of parts, each a slice `[start, stop)` of the rows of one .npy file.
Saving an array finds the rows it shares with the previous save of the same name (the longest
common prefix: an added article's rows go last, a removed one's leave everything before it
unchanged) and refers to those files' rows instead of writing them again; the files are
hard-linked into the new build, so every build folder still holds every file it uses and none is
ever written twice. An array whose rows changed from the first (an id order) is written
whole. Parts are merged (compacted) by saving whole, when they grow many.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# Above this many parts, an array is written whole again at the next save: opening reads a
# many-part array into memory, one memory-mapped file per array is what opening is fast with.
MAX_PARTS = 8


@dataclass(frozen=True)
class Part:
    """Rows `start:stop` of the array stored in `file` (a name in the build folder)."""

    file: str
    start: int
    stop: int

    def to_json(self) -> list[str | int]:
        return [self.file, self.start, self.stop]

    @classmethod
    def from_json(cls, raw: list[str | int]) -> Part:
        file, start, stop = raw
        return cls(str(file), int(start), int(stop))


# Rows are compared in blocks of this many bytes: a block equal in both (the common case: every
# row before an added article's) costs one vectorised comparison and no per-row work.
_BLOCK_BYTES = 1 << 20


def _as_bytes(array: np.ndarray) -> np.ndarray:
    """The array's bytes, flat (a view when it is contiguous, as stored and mapped arrays are)."""
    return np.ascontiguousarray(array).reshape(-1).view(np.uint8)


def common_rows(old: np.ndarray, new: np.ndarray) -> int:
    """How many leading rows `new` shares with `old`, byte for byte (0 if they differ in kind).

    Bytes, not values: NaN equals NaN and -0.0 differs from 0.0, as a file's rows would.
    """
    if old.ndim == 0 or old.dtype != new.dtype or old.shape[1:] != new.shape[1:]:
        return 0
    count = min(old.shape[0], new.shape[0])
    row_bytes = old.dtype.itemsize * int(np.prod(old.shape[1:]))
    if count == 0 or row_bytes == 0 or old.dtype.hasobject:
        return 0
    first, second = _as_bytes(old[:count]), _as_bytes(new[:count])
    for start in range(0, first.size, _BLOCK_BYTES):
        a, b = first[start : start + _BLOCK_BYTES], second[start : start + _BLOCK_BYTES]
        if not np.array_equal(a, b):
            return (start + int(np.flatnonzero(a != b)[0])) // row_bytes
    return count


def kept_parts(parts: list[Part], rows: int) -> list[Part]:
    """The parts that hold the first `rows` rows of an array stored as `parts`."""
    kept, at = [], 0
    for part in parts:
        if at >= rows:
            break
        take = min(part.stop - part.start, rows - at)
        kept.append(Part(part.file, part.start, part.start + take))
        at += take
    return kept
