"""Open the persisted index for a corpus: reuse it when it matches, otherwise rebuild and save."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import faiss
import numpy as np
from tqdm import tqdm

from corpus.articles import Articles
from corpus.chunking import DEFAULT_MAX_WORDS
from corpus.models import Document
from index import bm25
from index.analysis import SPACY_MODEL
from index.approximate import read_joined, read_stored
from index.columns.rowfile import FileRows
from index.content import APPROXIMATE_FILE, IndexContent, corpus_fingerprint
from index.disputes.facts import document_facts
from index.disputes.table import TABLE_VERSION
from index.encoder import Encoder
from index.errors import IndexCorruptError, IndexLoadError, IndexMissingError, IndexStaleError
from index.hybrid import HybridIndex, approximate_wanted, build_content
from index.store import IndexStore, one_line
from index.verification import Verification

logger = logging.getLogger(__name__)

# Anything that changes what is stored belongs here: a different value makes old builds stale.
SETTINGS = {
    "max_words": DEFAULT_MAX_WORDS,
    "bm25": {"k1": bm25.K1, "b": bm25.B, "epsilon": bm25.EPSILON},
    "tokenizer": "casefold-stopwords-snowball-v1",
    # v85: "20p", "80 pence" sums in pounds; a trial or a scheme "extended" or "scrapped"; "the
    # Fosbridge Carnival of 1962" a name and a year; "at the Wheelwrights' Hall", "at the town's
    # Buttermarket" places; "every ten years" a length of time; "are open again", "reopened on
    # Wednesday" back in service; v83: a clergyman's style ("the Right Reverend", "the Venerable")
    # no part of a name the model took for a body's, and "on Ascension Day" a date; v82: "on
    # Christmas Eve", "on Easter Monday" dates, not events nor part of a name before them ("the
    # Quennick Coal Race on Easter Monday"); v81: "officially confirmed" and "will not be official"
    # a record's ratification; plans "approved", "turned down" or "deferred", a judge "ruled" or a
    # case "settled out of court"; v80: "two seconds outside the course record", "just missed the
    # record" a record missed; v79: "at the grand old age of 94", an age the model left without an
    # entity; v78: "had been banned for three years", "take no further action against"; v77: "a
    # lorry was used to take it away" captures no one; a record set ("a new British record") or
    # missed ("fell short of the record"); v76: "Twelve alpacas" (a PRODUCT to the model), "A dozen
    # alpacas" after a dateline and "two dozen" counts; v75: "given a formal written warning", "let
    # off with a warning", "was cautioned" a police warning; v74: "the River Cawder", "Thrandley
    # Auction Mart", "the Drovers Arms" places, and "set at Ravenscove" where the model found
    # nothing; v73: "Rosalind Tapsel, 78," a person, "the Caddonshire Carers' Trust" a body; v72:
    # "backed down" against "refused to back down", "reopened the field" against "closed for good";
    # v71: "intended to appeal", "rather than spend months fighting"; v70: "Kestwick Crown Court" a
    # place; v69: only a person "seized" is captured, "there were no arrests" none; v68: "taken to
    # hospital" its own outcome; v67: "not a single toad was killed" none killed; v66: "a
    # 12-year-old boy called Alfie Brennand" a person; v65: "Gaskell's Bakery" one body; v64: "was
    # BITTEN" read in lower case, "was bitten" is hurt, "Nobody was bitten" none hurt; v61:
    # "Organiser Gareth Hird" is Gareth Hird; v60: "I would appeal to anyone who saw" no appeal;
    # v59: "appealed for witnesses" no appeal; v58: "known as X Ghyll", "near X Tarn" places; v57:
    # "stopped short of scrapping" negates, "axed" calls off; v56: "SIX FEET" read as "SIX feet";
    # v55: "the first time he has won", "retained the title"; v54: "kept in overnight" a stay in
    # hospital, "checked over at the scene" none; v53: "Haddow Quarry", "Cold Sallow Farm" places;
    # v52: "a cut on one flipper" an injury, "unhurt" not "survived", "completed the full route",
    # "cut short"; v51: "falling through the ice" no deal fallen through; v50: "No one was hurt",
    # "None of the 40 cows ... was hurt" said of everyone; v49: "back in service", "still out of
    # action"; v48: a name ending in its kind of site ("Tanpit Lock") a place; v47: "half past four"
    # a time, "given up for dead" no death, "reported for driving" a charge, "will face no action"
    # none; v46: "68 of the little buildings" a count; v45: "150FT" a measure; v44: "the night of" |
    # "June 7", "Constable X"; v43: "Radio X" a body; v42: "210 pupils" a count, "Coxswain X Y" a
    # person; v41: "60FT"; v40: "was allowed home"; v39: jailed, or spared jail; v38: a name beside
    # an age is a person's; v37: a sale completed or fell through; v36: "in a loft in X", "Loch X";
    # v35: "a house in X"; v34: "dead of night"; v33: called off; v32: conditions as reported; v31:
    # "about 7.20pm" recovered; v30: "a 16-year-old from X"
    "analysis": f"{SPACY_MODEL}-v85",
    "disputes": TABLE_VERSION,
}


def _settings() -> dict[str, object]:
    """A copy, so a caller cannot change what later builds are compared against."""
    return dict(SETTINGS)


def build_index(
    documents: list[Document],
    encoder: Encoder,
    previous: IndexContent | None = None,
    *,
    progress: bool = False,
) -> HybridIndex:
    """A new in-memory index (nothing written)."""
    content = build_content(
        documents,
        encoder,
        previous,
        max_words=DEFAULT_MAX_WORDS,
        progress=progress,
        finder=document_facts,
    )
    return HybridIndex(content, encoder)


def save_index(
    index: HybridIndex,
    documents: Iterable[Document] | Articles,
    root: Path,
    *,
    share: bool = False,
) -> None:
    """Persist the index for these documents under `root` (the previous build stays until then).

    `share` (after an article was added or removed) writes only the rows that differ from the
    current build (index.segments); without it every file is written whole.
    """
    arrays, payload = index.content.to_files()
    IndexStore(root).save(
        arrays,
        payload,
        model=index.encoder.name,
        corpus_fingerprint=corpus_fingerprint(documents),
        settings=_settings(),
        share=share,
    )


def load_or_build(
    documents: Iterable[Document] | Articles,
    encoder: Encoder,
    root: Path,
    *,
    progress: bool = False,
) -> HybridIndex:
    """The index for these documents from `root`, rebuilt (and saved) when missing or unusable.

    A stale index still lends its vectors and analysis, so only changed text is processed again.
    `Articles` are read only for a rebuild: their fingerprint needs none (index.content).
    """
    store = IndexStore(root)
    fingerprint = corpus_fingerprint(documents)
    try:
        arrays, payload = store.load(
            model=encoder.name, corpus_fingerprint=fingerprint, settings=_settings()
        )
        content = _content(read_by_row(store, arrays), payload, encoder)
        if store.opened is not None:
            build, manifest = store.opened
            read_from_files(content, store, arrays)
            content.verification = Verification(store, build, manifest).start()
        return HybridIndex(content, encoder)
    except IndexMissingError:
        logger.info("no index at %s yet; building it", root)
    except IndexLoadError as exc:
        logger.warning("rebuilding the index at %s: %s", root, one_line(exc))
    previous = _reusable(store, encoder)
    listed = list(documents.values() if isinstance(documents, Articles) else documents)
    index = build_index(listed, encoder, previous, progress=progress)
    try:
        # One step, but seconds long at scale: the bar says what the wait is and how long it took.
        with tqdm(total=1, desc="saving", unit="index", disable=not progress) as bar:
            save_index(index, documents, root)
            bar.update()
    except OSError as exc:
        # The index in memory is complete and correct; failing to keep it (read-only or full
        # disk) costs a rebuild next time, which is no reason to refuse to answer now.
        logger.warning(
            "could not save the index at %s (%s); it will be rebuilt next time", root, one_line(exc)
        )
    return index


def _content(
    arrays: dict[str, np.ndarray], payload: dict[str, Any], encoder: Encoder
) -> IndexContent:
    """The stored content, checked for consistency beyond the checksums.

    Checksums prove the files are the ones the manifest lists, not that they fit together: a
    build from other code with the same format number, or files edited along with their
    checksums, must still be detected here and rebuilt, not crash at the first question.
    """
    try:
        content = IndexContent.from_files(arrays, payload)
    except (KeyError, IndexError, TypeError, ValueError) as exc:
        raise IndexCorruptError(f"stored index content is inconsistent: {one_line(exc)}") from exc
    n_passages, n_sentences = len(content.passages), len(content.sentences)
    checks = {
        "passages": n_passages > 0,
        "id orders": content.passage_order.shape == (n_passages,)
        and content.sentence_order.shape == (n_sentences,),
        "passage vectors": content.passage_vectors.shape == (n_passages, encoder.dim),
        "sentence vectors": content.sentence_vectors.shape == (n_sentences, encoder.dim),
        "mentions": len(content.mentions) == n_sentences,
        "BM25 rows": content.bm25.size == n_passages == len(content.passage_terms),
        "BM25 counts": content.bm25.first is None
        or content.bm25.first.shape == (len(content.bm25.vocabulary),),
        "BM25 lengths": content.bm25.lengths is None or content.bm25.lengths.shape == (n_passages,),
    }
    wrong = [name for name, ok in checks.items() if not ok]
    if wrong:
        raise IndexCorruptError(f"stored index has mismatched {', '.join(wrong)}")
    return content


def _read_by_row(name: str) -> bool:
    """Whether a stored array is read a few scattered rows per question: the vectors, and the
    passages', sentences' and mentions' columns, but for the codes and value tables of their
    coded columns (read whole, to find the rows of a document)."""
    if name in ("passage_vectors", "sentence_vectors"):
        return True
    coded = name.endswith("_codes") or "_values_" in name
    return name.startswith(("passages_", "sentences_", "mentions_")) and not coded


def read_by_row(store: IndexStore, arrays: dict[str, np.ndarray]) -> dict[str, Any]:
    """The arrays `store.load` gave, those read by row (`_read_by_row`) as their files read with
    pread (index.columns.rowfile) rather than mapped: mapped, the pages a question touches stay
    resident, and at a million passages that was gigabytes by the end of a benchmark run. A
    build saved in parts (index.segments) has no one file for an array: it stays as joined."""
    read: dict[str, Any] = dict(arrays)
    for name in arrays:
        if _read_by_row(name) and (whole := store.whole_file(name)) is not None:
            read[name] = _rows_of(whole)
    return read


def read_from_files(content: IndexContent, store: IndexStore, arrays: dict[str, Any]) -> None:
    """Give opened content what is read whole from its files rather than mapped: the
    approximate dense index. A build saved in parts (index.segments) has no one file for it:
    `arrays` holds it as `load` joined it.

    An index large enough for an approximate index but stored without one (built before it
    existed) is stale: rebuilt, reusing its vectors and analysis, rather than trained at open.
    """
    if APPROXIMATE_FILE in arrays:
        path = store.whole_file(APPROXIMATE_FILE)
        content.approximate = _approximate_of(path, arrays[APPROXIMATE_FILE])
        if content.approximate.ntotal != len(content.passages):
            raise IndexCorruptError("the stored approximate index does not fit its passages")
    elif approximate_wanted(len(content.passages)):
        raise IndexStaleError("the stored index has no approximate dense index for its size")


def _rows_of(path: Path) -> FileRows:
    """A stored array read by row rather than mapped (why: index.columns.rowfile)."""
    try:
        return FileRows(path)
    except (OSError, ValueError) as exc:
        raise IndexCorruptError(f"{path} cannot be read: {one_line(exc)}") from exc


def _approximate_of(path: Path | None, joined: np.ndarray) -> faiss.IndexIVFPQFastScan:
    """The stored approximate index: from its file, or as joined when saved in parts."""
    try:
        return read_stored(path) if path is not None else read_joined(joined, APPROXIMATE_FILE)
    except (OSError, ValueError, RuntimeError) as exc:  # FAISS reports a bad file as RuntimeError
        raise IndexCorruptError(
            f"{path or APPROXIMATE_FILE} cannot be read: {one_line(exc)}"
        ) from exc


def _reusable(store: IndexStore, encoder: Encoder) -> IndexContent | None:
    """The current build's content whatever corpus it was made for, if intact and compatible.

    Its checksums are verified first: what it lends (vectors, analysis) is copied into the new
    build, where no later check of the old files would catch a damaged one.
    """
    try:
        arrays, payload = store.load(
            model=encoder.name,
            corpus_fingerprint="",
            settings=_settings(),
            check=False,
            verify=True,
        )
        return _content(arrays, payload, encoder)
    except IndexLoadError:
        return None
