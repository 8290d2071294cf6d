"""The evaluation report's small line plots: one look, written atomically beside report.md."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


@contextmanager
def line_plot(path: Path, title: str) -> Iterator[Any]:
    """Axes to draw on; on exit the titled, gridded plot with its legend replaces `path` whole
    (a report folder never holds half a PNG)."""
    import matplotlib

    matplotlib.use("Agg")  # no display: the plot is only ever written to a file
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(5.5, 3.6), dpi=100)
    try:
        yield ax
        ax.set_title(title)
        ax.grid(alpha=0.3)
        ax.legend()
        fig.tight_layout()
        tmp = path.with_name(f".{path.name}.tmp.png")
        fig.savefig(tmp, metadata={"Software": None})
        os.replace(tmp, path)
    finally:
        plt.close(fig)
