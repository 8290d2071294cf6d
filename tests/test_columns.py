"""The column types an index is stored as: strings, codes and rows read from a file by pread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from index.columns import rowfile
from index.columns.ids import IdRows, sorted_order
from index.columns.rowfile import FileRows
from index.columns.strings import CodedColumn, StringColumn

WORDS = ["raid", "", "Dumayr", "19/10", "naïve café", "raid"]


def test_strings_read_back_one_by_one_and_all_at_once() -> None:
    column = StringColumn.of(WORDS)
    assert [column[i] for i in range(len(column))] == WORDS
    assert list(column) == WORDS
    assert column.offsets.tolist() == [0, 4, 4, 10, 15, 27, 31]  # UTF-8 bytes: "ï", "é" are 2
    with pytest.raises(IndexError):
        column[len(WORDS)]


def test_coded_strings_keep_each_value_once() -> None:
    column = CodedColumn.of(WORDS)
    assert list(column) == WORDS
    assert column.codes.tolist() == [0, 1, 2, 3, 4, 0]
    assert list(column.values) == ["raid", "", "Dumayr", "19/10", "naïve café"]


def test_ids_are_found_by_binary_search_over_the_stored_order() -> None:
    ids = ["d#p2.0", "d#p10.0", "a#p0.1", "d#p1.0"]
    rows = IdRows(StringColumn.of(ids), sorted_order(ids))
    assert [rows[i] for i in ids] == [0, 1, 2, 3]
    assert "d#p3.0" not in rows
    assert sorted(rows) == sorted(ids)


def test_file_rows_read_the_rows_asked_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    array = np.arange(7 * 3, dtype=np.float16).reshape(7, 3)
    np.save(tmp_path / "v.npy", array, allow_pickle=False)
    rows = FileRows(tmp_path / "v.npy")
    assert rows.shape == (7, 3)
    np.testing.assert_array_equal(rows[4], array[4])
    np.testing.assert_array_equal(rows[[6, 0, 6]], array[[6, 0, 6]])
    np.testing.assert_array_equal(np.asarray(rows), array)
    monkeypatch.setattr(rowfile, "_CHUNK", 3)  # iteration crosses chunk boundaries
    np.testing.assert_array_equal(np.stack(list(rows)), array)
    with pytest.raises(IndexError):
        rows[7]


def test_strings_and_values_read_from_files_as_from_arrays(tmp_path: Path) -> None:
    """A column read by row from its files (as an opened index reads them) gives the same."""
    column = StringColumn.of(WORDS)
    for name, array in column.arrays("w").items():
        np.save(tmp_path / f"{name}.npy", array, allow_pickle=False)
    # As index.loading.read_by_row gives them.
    files: dict[str, Any] = {
        name: FileRows(tmp_path / f"{name}.npy") for name in column.arrays("w")
    }
    read = StringColumn.stored(files, "w")
    assert [read[i] for i in range(len(read))] == WORDS
    assert list(read) == WORDS
    offsets = FileRows(tmp_path / "w_offsets.npy")
    assert (offsets.ndim, offsets.size, int(offsets[-1]), offsets[2:4].tolist()) == (
        1,
        7,
        31,
        [4, 10],
    )
    with pytest.raises(IndexError):
        read[len(WORDS)]


def test_file_rows_refuse_a_file_shorter_than_its_header_says(tmp_path: Path) -> None:
    path = tmp_path / "v.npy"
    np.save(path, np.ones((4, 2), dtype=np.float32), allow_pickle=False)
    path.write_bytes(path.read_bytes()[:-1])
    with pytest.raises(ValueError, match="its header says"):
        FileRows(path)
