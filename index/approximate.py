"""The approximate passage index for large corpora: FAISS IVF over 4-bit fast-scan codes, the
best candidates re-scored exactly.

Exact (flat) search reads every passage vector for every question: 1.5 GB at a million passages,
~290 ms here. Above `APPROXIMATE_FROM` passages the vectors are clustered once at build time
(k-means into about sqrt(N) lists) and a question scans only the share `PROBE_SHARE` of lists
nearest to it. Both were chosen by measurement (`python -m eval.bench.approximate real 4000
100000 1000000`): below ~200,000 passages reaching recall@10 >= 0.95 needs half the lists and
saves little over flat search; at a million, on the benchmark's index (eval/reports/bench/
million-s7, its 200 SQuAD questions encoded by the real model) a quarter of the lists reached
0.942 and five sixteenths 0.957: five sixteenths are probed.

Within the lists, each vector is stored as product-quantiser codes of 4 bits per two dimensions
(FAISS's "PQ192x4fs" at 384 dimensions, 96 bytes), which FAISS scans with SIMD table lookups
(fast scan): ~9 ns per vector here, against ~65 ns for the int8 codes (SQ8) used before. Such
codes alone rank too coarsely (on a 200,000-passage sample, all lists read, their own top 10
held 60% of the true one), so their best `RESCORED` candidates are scored again from the stored
half-precision vectors, and those exact scores rank the result. At a million passages, 200
questions (eval/reports/bench/million-s22/fast-scan.md): recall@10 vs flat 0.974 against SQ8's
0.961, FAISS and re-scoring ~4 ms against ~21. Coarser codes (8 or 4 dimensions per code) needed
thousands of candidates re-scored for recall 0.95 or never reached it. The probe count is
applied at open, so it can change without a rebuild; the trained index is saved with the build,
so opening an index never trains or adds again.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import faiss
import numpy as np
from numpy.lib import format as npy

# Below this many passages the flat index is exact and fast enough (see the module docstring).
APPROXIMATE_FROM = 200_000
# Lists scanned per question, as a share of all lists, for recall@10 >= 0.95 with a margin: at
# a million passages 1/4 gave 0.960, 5/16 0.974, 3/8 0.983 (int8 codes on session 7's index:
# 1/4 0.942, 5/16 0.957; see the module docstring).
PROBE_SHARE = 5 / 16
# Dimensions per 4-bit code: with two, the codes' best 200 hold the true top 10 at a million
# passages (recall 0.974); with four, 2,000 re-scored reached 0.970 (see the module docstring).
DIMS_PER_CODE = 2
# Candidates the codes rank first that are scored again exactly: at a million passages 100
# gave recall 0.963, 200 0.974, 300 0.975; re-scoring reads ~5 us per candidate.
RESCORED = 200
# Vectors are given to FAISS this many at a time: a float32 copy of a block, not of all.
ADD_BLOCK = 65_536
# k-means reads at most this many vectors per list to place the centroids: enough for stable
# lists, and training time stays bounded whatever the corpus size.
_TRAIN_PER_LIST = 64
_READ_BLOCK = 1 << 24
_HEADERS = {(1, 0): npy.read_array_header_1_0, (2, 0): npy.read_array_header_2_0}


def lists_for(passages: int) -> int:
    """The number of inverted lists: about sqrt(N), a power of two."""
    return 2 ** max(4, round(math.log2(math.sqrt(passages))))


def probes_for(lists: int) -> int:
    return max(1, round(lists * PROBE_SHARE))


def build_approximate(vectors: np.ndarray) -> faiss.IndexIVFPQFastScan:
    """An IVF inner-product index of fast-scan codes over these unit vectors, trained on an even
    sample.

    The sample is every k-th row, not a random draw: the same vectors give the same index.
    """
    rows, dim = vectors.shape
    lists = lists_for(rows)
    quantizer = faiss.IndexFlatIP(dim)
    index = faiss.IndexIVFPQFastScan(
        quantizer, dim, lists, dim // DIMS_PER_CODE, 4, faiss.METRIC_INNER_PRODUCT
    )
    step = max(1, rows // (lists * _TRAIN_PER_LIST))
    index.train(np.ascontiguousarray(vectors[::step], dtype=np.float32))
    for start in range(0, rows, ADD_BLOCK):
        index.add(np.ascontiguousarray(vectors[start : start + ADD_BLOCK], dtype=np.float32))
    index.nprobe = probes_for(lists)
    return index


def search(
    index: faiss.IndexIVFPQFastScan,
    vectors: Any,
    query: np.ndarray,
    depth: int,
    params: faiss.SearchParameters | None = None,
) -> list[tuple[int, float]]:
    """The `depth` best rows by exact inner product among the `RESCORED` (at least `depth`) the
    index ranks first, best first, with their scores.

    `vectors` are the stored passage vectors (an array, or rows read from their file): the
    scores are float32 products with them, as flat search gives.
    """
    query = np.ascontiguousarray(query, dtype=np.float32)
    _, found = index.search(query.reshape(1, -1), max(depth, RESCORED), params=params)
    rows = found[0][found[0] >= 0]
    scores = np.asarray(vectors[rows], dtype=np.float32) @ query
    best = np.argsort(-scores, kind="stable")[:depth]
    return [(int(rows[i]), float(scores[i])) for i in best]


def serialized(index: faiss.IndexIVF) -> np.ndarray:
    """The index as bytes (uint8), stored with the build as one more .npy file."""
    return faiss.serialize_index(index)


def read_stored(path: Path) -> faiss.IndexIVFPQFastScan:
    """The index saved as `serialized` wrote it, read from the file in blocks.

    Not from the memory-mapped array: `faiss.deserialize_index` copies its input whole before
    parsing it, and a mapping keeps the pages it read resident; reading the file in blocks
    holds only the index itself (~390 MB at a million passages).
    """
    with path.open("rb") as handle:
        version = npy.read_magic(handle)
        if version not in _HEADERS:
            raise ValueError(f"{path} is a .npy file of version {version}, not 1.0 or 2.0")
        shape, _, dtype = _HEADERS[version](handle)
        if len(shape) != 1 or np.dtype(dtype) != np.uint8:
            raise ValueError(f"{path} holds a {dtype} array of shape {shape}, not index bytes")
        # In faiss's Python package, not its type stubs.
        reader = faiss.PyCallbackIOReader(handle.read, _READ_BLOCK)  # type: ignore[attr-defined]
        index = faiss.read_index(reader)
    return _checked(index, str(path))


def read_joined(array: np.ndarray, what: str) -> faiss.IndexIVFPQFastScan:
    """The index from the bytes `serialized` gave, as a build saved in parts (index.segments)
    joins them: there is no one file to read in blocks, so it is copied whole once."""
    return _checked(faiss.deserialize_index(np.ascontiguousarray(array)), what)


def _checked(index: faiss.Index, what: str) -> faiss.IndexIVFPQFastScan:
    if not isinstance(index, faiss.IndexIVFPQFastScan):
        raise ValueError(f"{what} holds a {type(index).__name__}, not an IVF fast-scan index")
    index.nprobe = probes_for(index.nlist)
    return index
