"""Tables of the page: the passages retrieval found, and the articles of the corpus."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from corpus.models import Document
from index.models import Hit
from ui.passages import esc, format_date, origin
from ui.render import count


def hits_html(hits: Sequence[Hit], documents: Mapping[str, Document]) -> str:
    """The retrieval table: what each retriever ranked, so settings changes can be compared."""
    if not hits:
        return '<div class="nqa-empty">Ask a question to see the passages retrieval found.</div>'
    rows = []
    for i, hit in enumerate(hits, 1):
        doc = documents.get(hit.doc_id)
        snippet = hit.passage.text[:140] + ("…" if len(hit.passage.text) > 140 else "")
        rows.append(
            f"<tr><td>{i}</td><td>{hit.score:.4f}</td><td>{hit.bm25_rank or '&ndash;'}</td>"
            f"<td>{hit.dense_rank or '&ndash;'}</td>"
            f"<td><b>{esc(doc.title if doc else hit.doc_id)}</b><br>{esc(snippet)}</td></tr>"
        )
    return (
        '<table class="nqa-table"><thead><tr><th>#</th><th>Score</th><th>BM25</th>'
        f"<th>Dense</th><th>Passage</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def corpus_html(documents: Sequence[Document]) -> str:
    """The corpus view: every article with title, source, date and length."""
    rows = "".join(
        f"<tr><td><b>{esc(d.title)}</b></td><td>{esc(origin(d))}</td>"
        f"<td>{esc(format_date(d.published))}</td>"
        f"<td class='nqa-n'>{len(d.text.split()):,} words</td></tr>"
        for d in documents
    )
    return (
        f'<div class="nqa-panel-head">{count(len(documents), "article")}</div>'
        '<table class="nqa-table"><thead><tr><th>Title</th><th>Source</th><th>Published</th>'
        f"<th>Length</th></tr></thead><tbody>{rows}</tbody></table>"
    )
