"""Bring a backend in line with the local build: delete what is gone, upload what changed.

Only records whose content key differs from the stored one are uploaded, in batches with a
progress bar, so re-indexing an unchanged corpus uploads nothing. A document that lost passages
(its text changed) is deleted and uploaded whole: the protocol deletes by document, and such a
document's passages changed anyway.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from tqdm import tqdm

from index.backends import PassageRecord, RetrievalBackend

logger = logging.getLogger(__name__)

# Points per request: ~1.5 kB of dense vector plus ~40 sparse weights and the passage text each,
# so a batch is well under a megabyte, and a failed request retries little.
UPLOAD_BATCH = 256


@dataclass(frozen=True)
class SyncReport:
    """What a sync did: passages uploaded, documents deleted, passages already up to date."""

    uploaded: int
    deleted_documents: int
    unchanged: int


def sync(
    backend: RetrievalBackend,
    records: Sequence[PassageRecord],
    *,
    progress: bool = False,
    batch: int = UPLOAD_BATCH,
) -> SyncReport:
    """Make `backend` hold exactly `records`, uploading only those it does not hold already."""
    stored = backend.stored()
    wanted = {record.passage.id for record in records}
    gone = sorted({s.doc_id for pid, s in stored.items() if pid not in wanted})
    for doc_id in gone:
        backend.delete_document(doc_id)
    kept = {pid: s.key for pid, s in stored.items() if s.doc_id not in gone}
    changed = [record for record in records if kept.get(record.passage.id) != record.key]
    with tqdm(total=len(changed), desc="upload", unit="passage", disable=not progress) as bar:
        for start in range(0, len(changed), batch):
            backend.upsert(changed[start : start + batch])
            bar.update(len(changed[start : start + batch]))
    backend.flush()
    report = SyncReport(len(changed), len(gone), len(records) - len(changed))
    logger.info(
        "%s: uploaded %d passages, deleted %d documents, %d unchanged",
        backend.description,
        report.uploaded,
        report.deleted_documents,
        report.unchanged,
    )
    return report
