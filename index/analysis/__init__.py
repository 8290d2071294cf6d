"""Text analysis that runs once at index time: where dates, numbers, names and outcomes are read.

`mentions` finds typed mentions in sentences with spaCy; `entities` repairs and normalises
names and counts; `dates` reads dates at the precision written; `outcomes` finds what happened
to whom; `tokens` makes BM25 terms; `lexicon` holds the word lists these share with the answer
layer.
"""

from index.analysis.dates import infer_date_order, normalize_date
from index.analysis.mentions import OUTCOME, SPACY_MODEL, analyze, load_nlp

__all__ = ["OUTCOME", "SPACY_MODEL", "analyze", "infer_date_order", "load_nlp", "normalize_date"]
