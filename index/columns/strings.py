"""Many strings as one UTF-8 buffer plus offsets, and ragged integer rows, as plain arrays.

An index holds millions of short strings (sentence texts, ids, mention values). As Python
objects each costs ~60-100 bytes before its characters and must be rebuilt at every open; as
one byte buffer and an offset array they are written and memory-mapped as two .npy files, and
a string is decoded only when something reads it.
"""

from __future__ import annotations

import itertools
import struct
from collections.abc import Iterable, Iterator

import numpy as np

from index.columns.rowfile import FileRows

# A coded column's table of values up to this size is decoded when the column is made.
SMALL_TABLE = 65_536


class StringColumn:
    """Strings `i` = `data[offsets[i]:offsets[i + 1]]` decoded as UTF-8."""

    def __init__(self, data: np.ndarray, offsets: np.ndarray) -> None:
        if data.ndim != 1 or data.dtype != np.uint8:
            raise ValueError(f"a string buffer is 1-d uint8, not {data.ndim}-d {data.dtype}")
        if offsets.ndim != 1 or offsets.size == 0 or offsets.dtype != np.int64:
            raise ValueError("string offsets are a non-empty 1-d int64 array")
        if int(offsets[0]) != 0 or int(offsets[-1]) != data.size:
            raise ValueError(f"string offsets end at {int(offsets[-1])}, the buffer at {data.size}")
        self.data = data
        self.offsets = offsets

    @classmethod
    def of(cls, strings: Iterable[str]) -> StringColumn:
        encoded = [s.encode("utf-8") for s in strings]
        lengths = np.fromiter(map(len, encoded), np.int64, len(encoded))
        offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
        return cls(np.frombuffer(b"".join(encoded), dtype=np.uint8), offsets)

    def __len__(self) -> int:
        return self.offsets.size - 1

    def __getitem__(self, row: int) -> str:
        if not 0 <= row < len(self):
            raise IndexError(f"string row {row} is out of range (0..{len(self) - 1})")
        offsets, data = self.offsets, self.data
        if isinstance(offsets, FileRows) and isinstance(data, FileRows):
            # Read by row from the files (index.loading): two preads, no arrays made.
            start, end = struct.unpack("=2q", offsets.raw(row, row + 2))
            return data.raw(start, end).decode("utf-8")
        start, end = offsets[row : row + 2].tolist()
        return data[start:end].tobytes().decode("utf-8")

    def __iter__(self) -> Iterator[str]:
        # One decode of the whole buffer, then slicing by the byte offsets of each string.
        raw = self.data.tobytes()
        bounds = self.offsets.tolist()
        for start, end in itertools.pairwise(bounds):
            yield raw[start:end].decode("utf-8")

    def arrays(self, name: str) -> dict[str, np.ndarray]:
        """The files this column is stored as, named after it."""
        return {f"{name}_data": self.data, f"{name}_offsets": self.offsets}

    @classmethod
    def stored(cls, arrays: dict[str, np.ndarray], name: str) -> StringColumn:
        return cls(arrays[f"{name}_data"], arrays[f"{name}_offsets"])

    def appended(self, other: StringColumn) -> StringColumn:
        """These strings, then `other`'s (a new copy; both stay as they are)."""
        offsets = np.concatenate([self.offsets, other.offsets[1:] + self.offsets[-1]])
        return StringColumn(np.concatenate([self.data, other.data]), offsets)

    def without(self, start: int, stop: int) -> StringColumn:
        """These strings but rows `start:stop`."""
        lo, hi = int(self.offsets[start]), int(self.offsets[stop])
        data = np.concatenate([self.data[:lo], self.data[hi:]])
        offsets = np.concatenate([self.offsets[: start + 1], self.offsets[stop + 1 :] - (hi - lo)])
        return StringColumn(data, offsets)


class CodedColumn:
    """Strings repeated across rows (document ids, mention kinds) as codes into one table.

    A table of up to SMALL_TABLE values (labels, kinds) is decoded once; a larger one (the
    sentences' passage ids: a million at a million passages, ~80 MB as strings) is read by code
    until something iterates it. The codes of a stored column are checked as they are read (a
    code outside the table raises IndexError), not all at open: that touched every code file,
    ~150 MB kept resident at a million passages.
    """

    def __init__(self, values: StringColumn, codes: np.ndarray, *, check: bool = True) -> None:
        if codes.ndim != 1 or codes.dtype != np.int32:
            raise ValueError(f"codes are a 1-d int32 array, not {codes.ndim}-d {codes.dtype}")
        if check and codes.size and not 0 <= int(codes.min()) <= int(codes.max()) < len(values):
            raise ValueError(f"codes point outside their table of {len(values)} values")
        self.values = values
        self.codes = codes
        self._count = len(values)
        self._table = list(values) if self._count <= SMALL_TABLE else None

    @property
    def _decoded(self) -> list[str]:
        """Every value, in code order (decoded again for each use of a large table)."""
        return self._table if self._table is not None else list(self.values)

    @classmethod
    def of(cls, strings: Iterable[str]) -> CodedColumn:
        table: dict[str, int] = {}
        codes = [table.setdefault(s, len(table)) for s in strings]
        return cls(StringColumn.of(table), np.array(codes, dtype=np.int32))

    def __len__(self) -> int:
        return self.codes.size

    def __getitem__(self, row: int) -> str:
        return self.value(int(self.codes[row]))

    def value(self, code: int) -> str:
        """The string a code stands for."""
        if not 0 <= code < self._count:
            raise IndexError(f"code {code} is outside its table of {self._count} values")
        return self._table[code] if self._table is not None else self.values[code]

    def __iter__(self) -> Iterator[str]:
        decoded = self._decoded
        return (decoded[code] for code in self.codes.tolist())

    def arrays(self, name: str) -> dict[str, np.ndarray]:
        return self.values.arrays(f"{name}_values") | {f"{name}_codes": self.codes}

    @classmethod
    def stored(cls, arrays: dict[str, np.ndarray], name: str) -> CodedColumn:
        values = StringColumn.stored(arrays, f"{name}_values")
        return cls(values, arrays[f"{name}_codes"], check=False)

    def appended(self, other: CodedColumn) -> CodedColumn:
        """These rows, then `other`'s; values new to this table are added at its end, so the
        table stays in order of first use, as `of` makes it."""
        decoded = self._decoded
        table = {value: code for code, value in enumerate(decoded)}
        recode = np.array(
            [table.setdefault(value, len(table)) for value in other._decoded], dtype=np.int32
        )
        codes = np.concatenate([self.codes, recode[other.codes]]).astype(np.int32)
        fresh = StringColumn.of(list(table)[len(decoded) :])
        return CodedColumn(self.values.appended(fresh), codes)

    def without(self, start: int, stop: int) -> CodedColumn:
        """These rows but `start:stop`; values no row uses any more leave the table."""
        codes = np.concatenate([self.codes[:start], self.codes[stop:]])
        used, first = np.unique(codes, return_index=True)
        kept = used[np.argsort(first, kind="stable")]  # in order of first use, as `of` makes it
        recode = np.zeros(self._count, dtype=np.int32)
        recode[kept] = np.arange(kept.size, dtype=np.int32)
        values = StringColumn.of(self.values[code] for code in kept.tolist())
        return CodedColumn(values, recode[codes])


class RaggedRows:
    """Rows of different lengths (a passage's term ids) as one flat array and offsets."""

    def __init__(self, flat: np.ndarray, offsets: np.ndarray) -> None:
        if offsets.ndim != 1 or offsets.size == 0 or int(offsets[-1]) != flat.shape[0]:
            raise ValueError(f"ragged offsets do not end at the {flat.shape[0]} stored values")
        self.flat = flat
        self.offsets = offsets

    @classmethod
    def of(cls, rows: list[np.ndarray], dtype: type[np.generic]) -> RaggedRows:
        lengths = np.fromiter(map(len, rows), np.int64, len(rows))
        offsets = np.zeros(len(rows) + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
        flat = np.concatenate(rows).astype(dtype) if rows else np.zeros(0, dtype=dtype)
        return cls(flat, offsets)

    def __len__(self) -> int:
        return self.offsets.size - 1

    def __getitem__(self, row: int) -> np.ndarray:
        if not 0 <= row < len(self):
            raise IndexError(f"row {row} is out of range (0..{len(self) - 1})")
        start, end = self.offsets[row : row + 2].tolist()
        return self.flat[start:end]

    def __iter__(self) -> Iterator[np.ndarray]:
        bounds = self.offsets.tolist()
        return (self.flat[a:b] for a, b in itertools.pairwise(bounds))

    def arrays(self, name: str) -> dict[str, np.ndarray]:
        return {f"{name}_flat": self.flat, f"{name}_offsets": self.offsets}

    @classmethod
    def stored(cls, arrays: dict[str, np.ndarray], name: str) -> RaggedRows:
        return cls(arrays[f"{name}_flat"], arrays[f"{name}_offsets"])

    def appended(self, other: RaggedRows) -> RaggedRows:
        offsets = np.concatenate([self.offsets, other.offsets[1:] + self.offsets[-1]])
        return RaggedRows(np.concatenate([self.flat, other.flat.astype(self.flat.dtype)]), offsets)

    def without(self, start: int, stop: int) -> RaggedRows:
        lo, hi = int(self.offsets[start]), int(self.offsets[stop])
        flat = np.concatenate([self.flat[:lo], self.flat[hi:]])
        offsets = np.concatenate([self.offsets[: start + 1], self.offsets[stop + 1 :] - (hi - lo)])
        return RaggedRows(flat, offsets)
