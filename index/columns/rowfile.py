"""The rows of a 2-d .npy file read on demand with pread, for arrays read a few scattered rows at
a time and far larger than what is read.

Memory-mapping such a file makes every page touched part of the process's resident memory until
it exits, and the kernel maps whole 2 MB folios of a freshly written file on one touch: 100
questions on a 100,000-passage index left 312 MB of the 415 MB of sentence vectors resident.
Rows read with pread land in a buffer the caller owns and in the shared page cache only.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from numpy.lib import format as npy

# Rows per read when a caller walks them all (reusing every vector of an earlier build).
_CHUNK = 8192
_HEADERS = {(1, 0): npy.read_array_header_1_0, (2, 0): npy.read_array_header_2_0}


class FileRows:
    """Rows of a C-ordered 2-d .npy file; `rows[i]` and `rows[list]` read just those rows."""

    def __init__(self, path: Path) -> None:
        with path.open("rb") as handle:
            version = npy.read_magic(handle)
            if version not in _HEADERS:
                raise ValueError(f"{path} is a .npy file of version {version}, not 1.0 or 2.0")
            shape, fortran, dtype = _HEADERS[version](handle)
            self._start = handle.tell()
        if fortran or len(shape) != 2:
            raise ValueError(f"{path} holds a {len(shape)}-d array, not rows of a 2-d one")
        self.shape: tuple[int, int] = (int(shape[0]), int(shape[1]))
        self.dtype = np.dtype(dtype)
        self._row_bytes = self.shape[1] * self.dtype.itemsize
        expected = self._start + self.shape[0] * self._row_bytes
        if path.stat().st_size != expected:
            raise ValueError(f"{path} is {path.stat().st_size} bytes, its header says {expected}")
        # Unbuffered: pread needs only the descriptor, which closes with this object.
        self._file = path.open("rb", buffering=0)

    def __len__(self) -> int:
        return self.shape[0]

    def _read(self, start: int, count: int) -> np.ndarray:
        data = os.pread(
            self._file.fileno(), count * self._row_bytes, self._start + start * self._row_bytes
        )
        if len(data) != count * self._row_bytes:
            raise ValueError(f"{self._file.name} ended before row {start + count}")
        return np.frombuffer(data, dtype=self.dtype).reshape(count, self.shape[1])

    def __getitem__(self, rows: int | np.integer | Sequence[int] | np.ndarray) -> np.ndarray:
        if isinstance(rows, int | np.integer):
            row = int(rows)
            if not 0 <= row < self.shape[0]:
                raise IndexError(f"row {row} is out of range (0..{self.shape[0] - 1})")
            return self._read(row, 1)[0]
        wanted = np.asarray(rows, dtype=np.int64)
        out = np.empty((wanted.size, self.shape[1]), dtype=self.dtype)
        for i, row in enumerate(wanted.tolist()):
            out[i] = self[row]
        return out

    def __iter__(self) -> Iterator[np.ndarray]:
        for start in range(0, self.shape[0], _CHUNK):
            yield from self._read(start, min(_CHUNK, self.shape[0] - start))

    def __array__(self, dtype: Any = None, copy: bool | None = None) -> np.ndarray:
        """Every row (when the content is saved again, or compared in a test)."""
        whole = self._read(0, self.shape[0]) if self.shape[0] else np.zeros(self.shape, self.dtype)
        return whole.astype(dtype) if dtype is not None else whole
