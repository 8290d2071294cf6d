"""Broken corpora and uploads: every bad file gets an error naming it, or a warning and a skip.

Each test builds its own folder under tmp_path; no model is needed (loading reads text only).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from corpus.errors import ArticleError, CorpusNotFoundError, EmptyCorpusError
from corpus.loader import MAX_ARTICLE_BYTES, load_corpus
from corpus.writer import save_article

GOOD = "The council met on Monday. It approved the new budget by seven votes to two.\n"
OTHER = "Floods closed the valley road on Tuesday. Forty homes were evacuated overnight.\n"
UTF8_FIX = "Save it as UTF-8 text, or pass lenient=True (--lenient) to skip it."


def _folder(root: Path, files: dict[str, bytes | str]) -> Path:
    """A corpus folder holding `files` (name -> content), created fresh under `root`."""
    folder = root / "corpus"
    folder.mkdir()
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode() if isinstance(content, str) else content)
    return folder


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]


def _tree(root: Path) -> dict[str, bytes]:
    """Every file under root with its bytes: proof that nothing else was written or changed."""
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


# ---- files that are not UTF-8 text ------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("Caf\xe9 owners said the market reopened.".encode("latin-1"), "not UTF-8 text (byte 3)"),
        (GOOD.encode("utf-16"), "UTF-16 text, not UTF-8"),
        (b"%PDF-1.7\n\x00\x01binary stream", "binary, not text (NUL byte at 9)"),
    ],
)
def test_a_file_that_is_not_utf8_text_is_an_error_naming_it(
    tmp_path: Path, content: bytes, problem: str
) -> None:
    folder = _folder(tmp_path, {"a.txt": GOOD, "bad.txt": content})
    with pytest.raises(ArticleError) as caught:
        load_corpus(folder)
    assert str(caught.value) == f"{folder / 'bad.txt'}: the file is {problem}. {UTF8_FIX}"
    assert caught.value.path == str(folder / "bad.txt")


def test_lenient_skips_a_file_that_is_not_utf8_with_a_warning_naming_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = _folder(tmp_path, {"a.txt": GOOD, "bad.txt": b"Caf\xe9 reopened.", "c.txt": OTHER})
    documents = load_corpus(folder, lenient=True)
    assert [d.id for d in documents] == ["a", "c"]
    assert _warnings(caplog) == [
        f"skipping unreadable article: {folder / 'bad.txt'}: the file is not UTF-8 text "
        f"(byte 3). {UTF8_FIX}"
    ]


def test_a_file_name_that_is_not_utf8_is_an_error_naming_it(tmp_path: Path) -> None:
    """Its id would be unencodable: the index could not be saved (it crashed there before)."""
    folder = _folder(tmp_path, {"a.txt": GOOD})
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as handle:
        handle.write(OTHER.encode())
    with pytest.raises(ArticleError) as caught:
        load_corpus(folder)
    assert (
        str(caught.value)
        == f"{folder}/caf\\udce9.txt: the file name is not UTF-8. Rename the file."
    )
    assert [d.id for d in load_corpus(folder, lenient=True)] == ["a"]


def test_a_file_that_cannot_be_read_is_an_error_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path, {"a.txt": GOOD, "locked.txt": OTHER})
    real_read = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":  # tests run as root, where chmod 000 does not stop a read
            raise PermissionError(13, "Permission denied")
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    with pytest.raises(ArticleError) as caught:
        load_corpus(folder)
    assert str(caught.value) == (
        f"{folder / 'locked.txt'}: the file cannot be read (Permission denied). "
        "Check that it can be read, or pass lenient=True (--lenient) to skip it."
    )


# ---- empty files, empty folders, duplicates, other file types ---------------------------------


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("", "the article has no text"),
        (" \n\t\n\r\n", "the article has no text"),
        ("---\ntitle: Only a title\n---\n\n", "the article has no text"),
        (
            "# Budget Vote\nBy Jane Doe\n",
            "the article has no sentences of prose, only headings, bylines or captions",
        ),
    ],
)
def test_an_empty_article_is_skipped_with_a_warning_even_when_strict(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, content: str, problem: str
) -> None:
    folder = _folder(tmp_path, {"a.txt": GOOD, "empty.md": content})
    assert [d.id for d in load_corpus(folder)] == ["a"]
    assert _warnings(caplog) == [
        f"skipping empty article: {folder / 'empty.md'}: {problem}. Add the article's text."
    ]


def test_an_empty_folder_is_an_error_naming_it(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {})
    with pytest.raises(EmptyCorpusError) as caught:
        load_corpus(folder)
    assert str(caught.value) == f"{folder}: no readable .txt or .md article. Add articles there."


def test_a_folder_of_only_empty_and_other_files_is_an_empty_corpus(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = _folder(tmp_path, {"blank.txt": "\n", "notes.pdf": b"%PDF", ".hidden.txt": GOOD})
    with pytest.raises(EmptyCorpusError):
        load_corpus(folder)
    assert _warnings(caplog) == [
        f"skipping {folder / 'notes.pdf'}: only .txt and .md files are read",
        f"skipping empty article: {folder / 'blank.txt'}: the article has no text. "
        "Add the article's text.",
    ]


def test_duplicate_articles_are_skipped_with_a_warning_naming_both(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Same body, different front matter: still the same article."""
    folder = _folder(
        tmp_path,
        {"a.txt": GOOD, "b.txt": OTHER, "sub/copy.md": f"---\ntitle: Copy\n---\n{GOOD}"},
    )
    assert [d.id for d in load_corpus(folder)] == ["a", "b"]
    assert _warnings(caplog) == [
        f"skipping {folder / 'sub/copy.md'}: same text as {folder / 'a.txt'}"
    ]


def test_two_files_with_the_same_id_are_an_error_naming_the_second(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"a.md": OTHER, "a.txt": GOOD})
    with pytest.raises(ArticleError) as caught:
        load_corpus(folder)
    assert str(caught.value) == (
        f"{folder / 'a.txt'}: another file already has the id 'a'. Rename one of the two files."
    )


def test_unsupported_file_types_are_skipped_with_a_warning_and_hidden_files_silently(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = _folder(
        tmp_path,
        {
            "a.txt": GOOD,
            "b.MD": OTHER,
            "photo.jpg": b"\xff\xd8\xff",
            "page.html": "<p>Hi</p>",
            "README": GOOD,
            ".DS_Store": b"\x00",
            ".git/config": "[core]",
        },
    )
    assert [d.id for d in load_corpus(folder)] == ["a", "b"]
    assert _warnings(caplog) == [
        f"skipping {folder / name}: only .txt and .md files are read"
        for name in ["README", "page.html", "photo.jpg"]
    ]


# ---- size ---------------------------------------------------------------------------------------


def test_a_file_over_the_size_limit_is_an_error_naming_it_and_skipped_when_lenient(
    tmp_path: Path,
) -> None:
    big = ("The council met again. " * (MAX_ARTICLE_BYTES // 23 + 1)).encode()
    folder = _folder(tmp_path, {"a.txt": GOOD, "big.txt": big})
    with pytest.raises(ArticleError) as caught:
        load_corpus(folder)
    assert str(caught.value) == (
        f"{folder / 'big.txt'}: the file is {len(big):,} bytes, over the "
        f"{MAX_ARTICLE_BYTES:,}-byte limit. Split it into separate articles."
    )
    assert [d.id for d in load_corpus(folder, lenient=True)] == ["a"]


def test_a_file_just_under_the_size_limit_loads_whole(tmp_path: Path) -> None:
    sentence = "The council met again on Monday. "
    text = sentence * (MAX_ARTICLE_BYTES // len(sentence))
    folder = _folder(tmp_path, {"big.txt": text})
    (document,) = load_corpus(folder)
    assert document.text == text


# ---- front matter -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("front", "problem"),
    [
        (
            "title: [unclosed\n",
            "the front matter is not valid YAML: "
            "expected ',' or ']', but got '<stream end>' (line 3 of the file)",
        ),
        ("- a list\n- not keys\n", "the front matter must be 'key: value' lines"),
        (
            "published: 2025-13-45\n",
            "the front matter is not valid YAML: month must be in 1..12",
        ),
        (
            "published: next tuesday\n",
            "'published' must be a date written as YYYY-MM-DD, got 'next tuesday'",
        ),
        ("title: [a, b]\n", "'title' must be a non-empty text, got ['a', 'b']"),
        ("source: ''\n", "'source' must be a non-empty text, got ''"),
        ("title: !!python/object:os.system x\n", "the front matter is not valid YAML: could not"),
        ('title: "Takri \\ud806"\n', "'title' holds half of an escaped character: 'Takri \\ud806'"),
    ],
)
def test_malformed_front_matter_is_an_error_naming_the_file_in_one_line(
    tmp_path: Path, front: str, problem: str
) -> None:
    folder = _folder(tmp_path, {"a.txt": f"---\n{front}---\n{GOOD}", "b.txt": OTHER})
    with pytest.raises(ArticleError) as caught:
        load_corpus(folder)
    message = str(caught.value)
    assert message.startswith(f"{folder / 'a.txt'}: {problem}")
    assert message.endswith(". Fix the front matter or remove it.")
    assert "\n" not in message
    assert [d.id for d in load_corpus(folder, lenient=True)] == ["b"]


def test_a_character_escaped_as_a_surrogate_pair_is_one_character(tmp_path: Path) -> None:
    # As json.dumps writes the Takri letter U+11816; YAML reads each half alone.
    front = 'title: "Dogra Takri \\ud806\\udc16"\n'
    (document,) = load_corpus(_folder(tmp_path, {"a.txt": f"---\n{front}---\n{GOOD}"}))
    assert document.title == "Dogra Takri \U00011816"


def test_front_matter_left_open_is_an_error_not_article_text(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"a.txt": f"---\ntitle: Budget vote\n\n{GOOD}"})
    with pytest.raises(ArticleError) as caught:
        load_corpus(folder)
    assert str(caught.value) == (
        f"{folder / 'a.txt'}: the front matter opened by '---' on line 1 is never closed by a "
        "'---' line. Fix the front matter or remove it."
    )


def test_a_leading_rule_that_is_not_front_matter_stays_text(tmp_path: Path) -> None:
    text = f"---\n{GOOD}"
    (document,) = load_corpus(_folder(tmp_path, {"a.md": text}))
    assert document.text == text


def test_unknown_front_matter_keys_are_ignored_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (document,) = load_corpus(_folder(tmp_path, {"a.md": f"---\nmood: sunny\n---\n{GOOD}"}))
    assert document.text == GOOD
    assert _warnings(caplog) == [
        "ignoring front matter key 'mood' (known: title, source, reported_by, published, url)"
    ]


# ---- the folder itself ------------------------------------------------------------------------


def test_a_path_that_does_not_exist_is_an_error_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such"
    with pytest.raises(CorpusNotFoundError) as caught:
        load_corpus(missing)
    assert str(caught.value) == f"{missing}: no such folder. Give the path of a folder of articles."


def test_a_file_instead_of_a_folder_is_an_error_naming_it(tmp_path: Path) -> None:
    file = tmp_path / "article.txt"
    file.write_text(GOOD)
    with pytest.raises(CorpusNotFoundError) as caught:
        load_corpus(file)
    assert str(caught.value) == f"{file}: not a folder. Give a folder holding .txt/.md articles."


def test_loading_never_changes_the_corpus(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"a.txt": GOOD, "b.txt": b"\xff", "c.pdf": b"%PDF", "d.md": ""})
    before = _tree(tmp_path)
    load_corpus(folder, lenient=True)
    assert _tree(tmp_path) == before


# ---- uploads (corpus.writer.save_article, behind the page's upload button) --------------------


@pytest.mark.parametrize(
    "name",
    [
        "../../x.txt",
        "../x.txt",
        "/etc/x.txt",
        "sub/x.txt",
        "..\\..\\x.txt",
        "..",
        ".hidden.txt",
        "",
        "   ",
        "a\nb.txt",
        "a\x00.txt",
        "\u202etxt.exe",
    ],
)
def test_an_upload_name_with_path_parts_or_controls_is_refused_and_nothing_written(
    tmp_path: Path, name: str
) -> None:
    folder = _folder(tmp_path, {"a.txt": GOOD})
    before = _tree(tmp_path)
    with pytest.raises(ArticleError) as caught:
        save_article(folder, name, OTHER.encode())
    assert str(caught.value) == (
        f"{name!r}: the file name must be a plain name without folders or control characters. "
        "Rename the file, e.g. 'article.txt'."
    )
    assert _tree(tmp_path) == before


@pytest.mark.parametrize(
    ("name", "content", "problem", "fix"),
    [
        (
            "slides.pdf",
            b"%PDF",
            "only .txt and .md articles can be added",
            "Save the article as a .txt or .md file.",
        ),
        (
            "run.exe",
            b"MZ",
            "only .txt and .md articles can be added",
            "Save the article as a .txt or .md file.",
        ),
        (
            "big.txt",
            b"x" * (MAX_ARTICLE_BYTES + 1),
            f"the file is {MAX_ARTICLE_BYTES + 1:,} bytes, "
            f"over the {MAX_ARTICLE_BYTES:,}-byte limit",
            "Split it into smaller articles.",
        ),
        (
            "latin.txt",
            b"Caf\xe9 reopened.",
            "the file is not UTF-8 text (byte 3)",
            "Save it as UTF-8 text and upload it again.",
        ),
        ("blank.md", b"  \n", "the article has no text", "Add the article's text."),
        (
            "a.txt",
            OTHER.encode(),
            "an article with this name is already in the corpus (a.txt)",
            "Rename the file to add it as a new article.",
        ),
        (
            "a.md",
            OTHER.encode(),
            "an article with this name is already in the corpus (a.txt)",
            "Rename the file to add it as a new article.",
        ),
        (
            "x" * 200 + ".txt",
            OTHER.encode(),
            "the file name is over 200 bytes long",
            "Give the file a shorter name.",
        ),
    ],
)
def test_a_bad_upload_is_refused_with_a_message_and_nothing_written(
    tmp_path: Path, name: str, content: bytes, problem: str, fix: str
) -> None:
    folder = _folder(tmp_path, {"a.txt": GOOD})
    before = _tree(tmp_path)
    with pytest.raises(ArticleError) as caught:
        save_article(folder, name, content)
    shown = name if len(name) < 100 else name[:40] + "…"
    assert str(caught.value) == f"{shown}: {problem}. {fix}"
    assert _tree(tmp_path) == before


def test_a_good_upload_is_written_byte_for_byte_and_loads(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"a.txt": GOOD})
    content = f"---\ntitle: Floods\n---\n{OTHER}".encode()
    document = save_article(folder, "floods.md", content)
    assert (document.id, document.title, document.text) == ("floods", "Floods", OTHER)
    assert _tree(tmp_path) == {"corpus/a.txt": GOOD.encode(), "corpus/floods.md": content}
    assert [d.id for d in load_corpus(folder)] == ["a", "floods"]
