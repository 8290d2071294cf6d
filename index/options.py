"""The retrieval options, defined once: the CLI, the page, the evaluation and the API use these."""

from __future__ import annotations

from typing import Final, Literal, get_args

# The default first: the page and the command line list the options in this order.
Mode = Literal["hybrid", "bm25", "dense"]
Fusion = Literal["weighted", "rrf"]
MODES: Final[tuple[Mode, ...]] = get_args(Mode)
FUSIONS: Final[tuple[Fusion, ...]] = get_args(Fusion)

DEFAULT_MODE: Final[Mode] = "hybrid"
# The default fusion, chosen by measurement (hybrid retrieval, all answerable single-turn
# questions; reproduce with the evaluation command):
#                      bundled set (76 q)     SQuAD 2.0 dev file (1,299 q)
#                      R@5    nDCG@10         R@5    nDCG@10
#   weighted (0.5)     0.862  0.803           0.948  0.881
#   rrf (k=60)         0.849  0.777           0.929  0.855
#   best single        0.809  0.752 (dense)   0.905  0.853 (bm25)
# Scores keep how far ahead the best passage is; ranks alone throw that away.
DEFAULT_FUSION: Final[Fusion] = "weighted"
# Passages an answer is composed from: enough for both sides of a disagreement to appear, few
# enough that the answer quotes what is on point.
DEFAULT_K: Final = 5
