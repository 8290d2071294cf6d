"""The rows of a .npy file read on demand with pread, for arrays read a few scattered rows at a
time and far larger than what is read.

Memory-mapping such a file makes every page touched part of the process's resident memory until
it exits, and the kernel maps whole folios of up to 2 MB of a freshly written (or hashed) file on
one touch, read-ahead advice or not: 100 questions on a 100,000-passage index left 312 MB of the
415 MB of sentence vectors resident, and 65 questions at 250,000 passages ~750 MB of the passage
vectors, texts and mentions. Rows read with pread land in a buffer the caller owns and in the
shared page cache only.
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
    """Rows of a C-ordered .npy file (values of a 1-d one); `rows[i]`, `rows[a:b]` and
    `rows[list]` read just those rows. Reads as the array it stores where numpy needs it whole."""

    def __init__(self, path: Path) -> None:
        with path.open("rb") as handle:
            version = npy.read_magic(handle)
            if version not in _HEADERS:
                raise ValueError(f"{path} is a .npy file of version {version}, not 1.0 or 2.0")
            shape, fortran, dtype = _HEADERS[version](handle)
            self._start = handle.tell()
        if fortran or len(shape) not in (1, 2):
            raise ValueError(f"{path} holds a {len(shape)}-d array, not rows of a 1-d or 2-d one")
        self.shape: tuple[int, ...] = tuple(int(n) for n in shape)
        self.dtype = np.dtype(dtype)
        # Plain attributes, not properties: a question reads ~1,000 rows, each checked first.
        self.ndim = len(self.shape)
        self.size = int(np.prod(self.shape, dtype=np.int64))
        self._row_shape = self.shape[1:]
        self._row_bytes = int(np.prod(self._row_shape, dtype=np.int64)) * self.dtype.itemsize
        expected = self._start + self.shape[0] * self._row_bytes
        if path.stat().st_size != expected:
            raise ValueError(f"{path} is {path.stat().st_size} bytes, its header says {expected}")
        # Unbuffered: pread needs only the descriptor, which closes with this object.
        self._file = path.open("rb", buffering=0)

    def __len__(self) -> int:
        return self.shape[0]

    def raw(self, start: int, stop: int) -> bytes:
        """The bytes of rows `start:stop` (a string buffer's characters, without an array)."""
        size = (stop - start) * self._row_bytes
        data = os.pread(self._file.fileno(), size, self._start + start * self._row_bytes)
        if len(data) != size:
            raise ValueError(f"{self._file.name} ended before row {stop}")
        return data

    def _read(self, start: int, count: int) -> np.ndarray:
        values = np.frombuffer(self.raw(start, start + count), dtype=self.dtype)
        return values if self.ndim == 1 else values.reshape(count, *self._row_shape)

    def __getitem__(self, rows: int | np.integer | slice | Sequence[int] | np.ndarray) -> Any:
        if isinstance(rows, int | np.integer):
            row = int(rows) + (self.shape[0] if int(rows) < 0 else 0)
            if not 0 <= row < self.shape[0]:
                raise IndexError(f"row {int(rows)} is out of range (0..{self.shape[0] - 1})")
            return self._read(row, 1)[0]
        if isinstance(rows, slice):
            start, stop, step = rows.indices(self.shape[0])
            block = self._read(start, max(stop - start, 0))
            return block if step == 1 else block[::step]
        wanted = np.asarray(rows, dtype=np.int64)
        out = np.empty((wanted.size, *self._row_shape), dtype=self.dtype)
        for i, row in enumerate(wanted.tolist()):
            out[i] = self[row]
        return out

    def __iter__(self) -> Iterator[Any]:
        for start in range(0, self.shape[0], _CHUNK):
            yield from self._read(start, min(_CHUNK, self.shape[0] - start))

    def tolist(self) -> list[Any]:
        """Every row as Python values (a caller walking all the offsets of a buffer)."""
        return np.asarray(self).tolist()

    def tobytes(self) -> bytes:
        """Every row's bytes (a caller reading all the strings of a buffer at once)."""
        return np.asarray(self).tobytes()

    def __array__(self, dtype: Any = None, copy: bool | None = None) -> np.ndarray:
        """Every row (when the content is saved again, or compared in a test)."""
        whole = self._read(0, self.shape[0]) if self.shape[0] else np.zeros(self.shape, self.dtype)
        return whole.astype(dtype) if dtype is not None else whole
