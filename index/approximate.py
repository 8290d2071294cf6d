"""The approximate passage index for large corpora: FAISS IVF over int8-quantised vectors.

Exact (flat) search reads every passage vector for every question: 1.5 GB at a million passages,
~290 ms here. Above `APPROXIMATE_FROM` passages the vectors are clustered once at build time
(k-means into about sqrt(N) lists) and stored one byte per dimension (FAISS's SQ8); a question
scans only the share `PROBE_SHARE` of lists nearest to it. Both were chosen by measurement
(`python -m eval.bench.approximate real 4000 100000 1000000`): below ~200,000 passages reaching
recall@10 >= 0.95 needs half the lists and saves little over flat search; at a million, flat
search takes ~300 ms, and an eighth of the 1,024 lists reached only 0.86 (28 ms) on generated
vectors (drawn with the real model's mean and covariance, which makes recall worse than real
text: at 4,000 passages the real vectors reach 0.97 where generated reach 0.94). On the
benchmark's million-passage index (eval/reports/bench/million-s7, its 200 SQuAD questions
encoded by the real model) a quarter of the lists reached 0.942 (8 ms), five sixteenths 0.957
(12-14 ms), three eighths 0.964 (12 ms): five sixteenths are probed, the fewest that reach
0.95. The benchmark's recall table measures what it reaches. The probe count is applied
at open, so it can change without a rebuild; the trained index is saved with the build, so
opening an index never trains or adds again.
"""

from __future__ import annotations

import math
from pathlib import Path

import faiss
import numpy as np
from numpy.lib import format as npy

# Below this many passages the flat index is exact and fast enough (see the module docstring).
APPROXIMATE_FROM = 200_000
# Lists scanned per question, as a share of all lists, for recall@10 >= 0.95 (at a million
# passages 1/4 gave 0.942, 5/16 0.957; see the module docstring).
PROBE_SHARE = 5 / 16
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


def build_approximate(vectors: np.ndarray) -> faiss.IndexIVFScalarQuantizer:
    """An IVF-SQ8 inner-product index over these unit vectors, trained on an even sample.

    The sample is every k-th row, not a random draw: the same vectors give the same index.
    """
    rows, dim = vectors.shape
    lists = lists_for(rows)
    quantizer = faiss.IndexFlatIP(dim)
    index = faiss.IndexIVFScalarQuantizer(
        quantizer, dim, lists, faiss.ScalarQuantizer.QT_8bit, faiss.METRIC_INNER_PRODUCT
    )
    step = max(1, rows // (lists * _TRAIN_PER_LIST))
    index.train(np.ascontiguousarray(vectors[::step], dtype=np.float32))
    for start in range(0, rows, ADD_BLOCK):
        index.add(np.ascontiguousarray(vectors[start : start + ADD_BLOCK], dtype=np.float32))
    index.nprobe = probes_for(lists)
    return index


def serialized(index: faiss.IndexIVF) -> np.ndarray:
    """The index as bytes (uint8), stored with the build as one more .npy file."""
    return faiss.serialize_index(index)


def read_stored(path: Path) -> faiss.IndexIVF:
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


def read_joined(array: np.ndarray, what: str) -> faiss.IndexIVF:
    """The index from the bytes `serialized` gave, as a build saved in parts (index.segments)
    joins them: there is no one file to read in blocks, so it is copied whole once."""
    return _checked(faiss.deserialize_index(np.ascontiguousarray(array)), what)


def _checked(index: faiss.Index, what: str) -> faiss.IndexIVF:
    if not isinstance(index, faiss.IndexIVF):
        raise ValueError(f"{what} holds a {type(index).__name__}, not an IVF index")
    index.nprobe = probes_for(index.nlist)
    return index
