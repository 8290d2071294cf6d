"""The disagreement table opened from an index (facts, name sets and lookups as columns) reads
exactly as the table the build made (facts as columns, the rest as lists and dicts), the facts'
columns made document by document are those of the whole list, and an article added or removed
in place changes those columns into what a build of the new corpus saves."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from corpus.loader import load_corpus
from index.changes import with_document, without_document
from index.disputes.columns import (
    DocumentNames,
    FactColumns,
    FactColumnsBuilder,
    NameSets,
    TextFacts,
)
from index.disputes.facts import Fact
from index.disputes.table import DisputeTable
from index.loading import build_index, load_or_build, save_index
from tests.fakes import HashingEncoder

WIRES = Path(__file__).resolve().parents[1] / "eval" / "data" / "wires"


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> tuple[DisputeTable, DisputeTable]:
    """The wires corpus's table as built, and as opened from the saved index."""
    documents = load_corpus(WIRES)
    encoder = HashingEncoder()
    root = tmp_path_factory.mktemp("wires-index")
    built = build_index(documents, encoder)
    save_index(built, documents, root)
    opened = load_or_build(documents, encoder, root)
    assert built.content.disputes is not None and opened.content.disputes is not None
    return built.content.disputes, opened.content.disputes


def test_the_opened_table_is_columns(tables: tuple[DisputeTable, DisputeTable]) -> None:
    built, opened = tables
    assert isinstance(built.facts, FactColumns) and isinstance(opened.facts, FactColumns)
    assert isinstance(opened.story_names, NameSets)
    assert isinstance(opened.facts_by_key, TextFacts)
    assert isinstance(opened.names, DocumentNames)
    assert len(built.facts) > 100 and len(built.aspects) > 10, "wires must give a real table"


def test_facts_put_in_columns_document_by_document_are_the_columns_of_all_of_them(
    tables: tuple[DisputeTable, DisputeTable],
) -> None:
    facts = list(tables[0].facts)
    builder = FactColumnsBuilder()
    for part in (facts[:7], [], facts[7:50], facts[50:]):
        builder.extend(part)
    streamed, whole = builder.finish().arrays("f"), FactColumns.of(facts).arrays("f")
    assert streamed.keys() == whole.keys()
    for name, array in whole.items():
        assert streamed[name].dtype == array.dtype, name
        np.testing.assert_array_equal(streamed[name], array, err_msg=name)


def test_the_opened_table_equals_the_built_one(tables: tuple[DisputeTable, DisputeTable]) -> None:
    built, opened = tables
    # Fact by fact and field by field (types too: `about` a tuple, `lede` a bool).
    assert len(opened.facts) == len(built.facts)
    for stored, made in zip(opened.facts, built.facts, strict=True):
        assert isinstance(stored, Fact) and stored == made
        assert [type(v) for v in vars(stored).values()] == [type(v) for v in vars(made).values()]
    assert opened.facts[3:9] == built.facts[3:9]
    assert opened.aspects == built.aspects
    assert opened.stories == built.stories
    assert list(opened.story_names) == built.story_names
    assert dict(opened.facts_by_key) == built.facts_by_key
    assert built.names is not None and dict(opened.names or {}) == built.names
    assert opened.story_of == built.story_of and opened.titles_of == built.titles_of
    assert opened.to_json() == built.to_json()
    assert opened == built


def test_stored_columns_of_the_opened_table_are_saved_again_unchanged(
    tables: tuple[DisputeTable, DisputeTable],
) -> None:
    built, opened = tables
    (built_arrays, built_doc), (opened_arrays, opened_doc) = built.to_files(), opened.to_files()
    assert opened_doc == built_doc
    assert opened_arrays.keys() == built_arrays.keys()
    for name, array in built_arrays.items():
        np.testing.assert_array_equal(opened_arrays[name], array, err_msg=name)


def test_an_empty_table_round_trips() -> None:
    empty = DisputeTable([], [], [], [], {}, {})
    arrays, document = empty.to_files()
    again = DisputeTable.stored(arrays, document)
    assert again.to_json() == empty.to_json() and len(again.facts) == 0


def test_a_table_of_another_version_is_refused() -> None:
    arrays, document = DisputeTable([], [], [], [], {}, None).to_files()
    with pytest.raises(ValueError, match="version"):
        DisputeTable.stored(arrays, document | {"version": 7})


def _same_table(changed: DisputeTable, fresh: DisputeTable) -> None:
    """Equal as JSON, and saved as the same files, array for array."""
    assert changed.to_json() == fresh.to_json()
    (arrays, document), (fresh_arrays, fresh_document) = changed.to_files(), fresh.to_files()
    assert document == fresh_document and arrays.keys() == fresh_arrays.keys()
    for name, array in fresh_arrays.items():
        np.testing.assert_array_equal(arrays[name], array, err_msg=name)


def test_an_article_added_then_one_removed_changes_the_columns_into_a_fresh_build(
    tmp_path: Path,
) -> None:
    """The columns opened from an index are changed by the article's rows (they stay columns)
    into what a build of the new corpus saves; removing the added article gives them back."""
    documents = load_corpus(WIRES)
    encoder = HashingEncoder()
    lender = build_index(documents, encoder).content  # per-article analysis, as a rebuild reuses
    added, removed = documents[0], documents[4]
    rest = [d for d in documents if d.id != added.id]
    save_index(build_index(rest, encoder, lender), rest, tmp_path)
    opened = load_or_build(rest, encoder, tmp_path)
    before = opened.content.disputes
    assert before is not None and isinstance(before.facts, FactColumns)

    grown = with_document(opened, added)
    table = grown.content.disputes
    assert table is not None and isinstance(table.facts, FactColumns)
    assert isinstance(table.story_names, NameSets) and isinstance(table.names, DocumentNames)
    fresh = build_index([*rest, added], encoder, lender).content.disputes
    assert fresh is not None and fresh.disputed, "the added article must join a disagreement"
    assert len(table.stories) < len(before.stories) + 1, "the added article must join a story"
    _same_table(table, fresh)

    # An article before others: the facts after its own move up.
    shrunk = without_document(grown, removed.id).content.disputes
    kept = [d for d in [*rest, added] if d.id != removed.id]
    assert shrunk is not None and removed.id in table.story_of
    again = build_index(kept, encoder, lender).content.disputes
    assert again is not None
    _same_table(shrunk, again)

    back = without_document(grown, added.id).content.disputes
    assert back is not None
    _same_table(back, before)


def test_an_added_article_sharing_a_text_changes_the_columns_into_a_fresh_build(
    tmp_path: Path,
) -> None:
    """A text two articles share keeps only the last one's facts under its key: the story's
    facts are then found from every fact's sentence, as a build finds them."""
    documents = load_corpus(WIRES)
    encoder = HashingEncoder()
    lender = build_index(documents, encoder).content
    copy = documents[1].model_copy(update={"id": "zz-copy"})
    save_index(build_index(documents, encoder, lender), documents, tmp_path)
    grown = with_document(load_or_build(documents, encoder, tmp_path), copy)
    table = grown.content.disputes
    fresh = build_index([*documents, copy], encoder, lender).content.disputes
    assert table is not None and fresh is not None
    assert documents[1].id in table.stories[table.story_of[copy.id]]
    _same_table(table, fresh)
