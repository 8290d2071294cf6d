"""The Corpus tab in a real browser: metadata a reader can trust and correct, uploads that can
be removed, and a header and table that are right on every page load (issue 14).

The server answers from the bundled articles themselves (shipped data: never written), with
uploads in a folder of their own, as `newsqa serve` without --corpus does.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from corpus.loader import BUNDLED_CORPUS
from corpus.overrides import OVERRIDES_FILE
from tests.browser import DESKTOP, ask, launched_browser, opened_page, screenshot, upload
from tests.ui_server import Server, serve

pytestmark = [pytest.mark.browser, pytest.mark.model]

RELAYED_TITLE = "US raid in Syria killed an undercover agent, not its Islamic State target"


def _shipped_digests() -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in BUNDLED_CORPUS.iterdir()}


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("ui-corpus-tab") / "index"


@pytest.fixture(scope="module")
def server(index_dir: Path) -> Iterator[Server]:
    with serve(None, index_dir) as running:
        yield running


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with launched_browser() as launched:
        yield launched


@pytest.fixture
def page(browser: Browser, server: Server) -> Iterator[Page]:
    with opened_page(browser, server.url, DESKTOP) as opened:
        yield opened


def _row(page: Page, title: str) -> list[str]:
    """The cells of the Corpus table's row for an article, as a reader reads them."""
    row = page.locator("#nqa-corpus tr", has_text=title)
    expect(row).to_have_count(1)
    return row.locator("td").all_inner_texts()


def test_sources_are_named_as_the_articles_name_them(page: Page) -> None:
    expect(page.locator(".nqa-stats")).to_contain_text("2 named sources")
    ask(page, "When did the raid take place?")
    cards = page.locator("#nqa-sources .nqa-card")
    relayed = cards.filter(has_text=RELAYED_TITLE).locator(".nqa-meta")
    expect(relayed).to_have_text("According to Associated Press·date not given")
    credited = cards.filter(has_text="US soldiers mistakenly shot").locator(".nqa-meta")
    expect(credited).to_have_text("Nguyen Tien, according to AP, AFP·date not given")
    screenshot(page, "ui-disagreement-1400x900.png", full_page=False)


def test_the_upload_box_explains_front_matter(page: Page) -> None:
    page.get_by_role("tab", name="Corpus").click()
    help_text = page.locator("#nqa-upload-help")
    expect(help_text).to_contain_text("front matter")
    expect(help_text.locator("pre")).to_contain_text("title:")
    expect(help_text.locator("pre")).to_contain_text("published: 2025-10-28")


def test_a_reader_corrects_a_shipped_article_without_writing_it(
    page: Page, index_dir: Path
) -> None:
    before = _shipped_digests()
    page.get_by_role("tab", name="Corpus").click()
    editor = page.locator("#nqa-editor")
    editor.get_by_label("Article").click()
    page.get_by_role("option", name=RELAYED_TITLE).click()
    expect(editor.get_by_label("Title")).to_have_value(RELAYED_TITLE)
    editor.get_by_label("Outlet").fill("CityNews")
    editor.get_by_label("Published").fill("2025-12-06")
    editor.get_by_role("button", name="Save details").click()
    expect(page.locator("#nqa-editor-status .nqa-ok")).to_contain_text("Saved")
    assert _row(page, RELAYED_TITLE)[1:3] == [
        "CityNews, according to Associated Press",
        "6 Dec 2025",
    ]
    screenshot(page, "ui-corpus-corrected.png")
    page.get_by_role("tab", name="Ask").click()
    ask(page, "When did the raid take place?")
    card = page.locator("#nqa-sources .nqa-card", has_text=RELAYED_TITLE)
    meta = "CityNews, according to Associated Press·6 Dec 2025"
    expect(card.locator(".nqa-meta")).to_have_text(meta)
    assert _shipped_digests() == before
    stored = json.loads((index_dir / OVERRIDES_FILE).read_text(encoding="utf-8"))
    assert stored == {"000_f5be0e313111c47b": {"source": "CityNews", "published": "2025-12-06"}}


def test_an_upload_shows_after_a_reload_and_can_be_removed(page: Page, tmp_path: Path) -> None:
    article = tmp_path / "orchard.md"
    article.write_text(
        "---\ntitle: Apple harvest in Kent is the largest in a decade\n---\n"
        "Growers in Kent picked 40,000 tonnes of apples this autumn.\n",
        encoding="utf-8",
    )
    upload(page, article)
    expect(page.locator("#nqa-upload-status .nqa-ok")).to_contain_text("It is searchable now.")
    page.reload()
    expect(page.locator(".nqa-stats")).to_contain_text("3 articles")
    page.get_by_role("tab", name="Corpus").click()
    assert _row(page, "Apple harvest in Kent")[1:] == [
        "Source not named",
        "date not given",
        "10 words",
    ]
    editor = page.locator("#nqa-editor")
    remove = editor.get_by_role("button", name="Remove article")
    editor.get_by_label("Article").click()
    page.get_by_role("option", name=RELAYED_TITLE).click()
    expect(remove).to_be_hidden()  # a shipped article is never removed
    editor.get_by_label("Article").click()
    page.get_by_role("option", name="Apple harvest in Kent is the largest in a decade").click()
    remove.click()
    expect(page.locator("#nqa-editor-status .nqa-ok")).to_contain_text("Removed")
    expect(page.locator("#nqa-corpus tr", has_text="Apple harvest")).to_have_count(0)
    expect(page.locator(".nqa-stats")).to_contain_text("2 articles")
    page.get_by_role("tab", name="Ask").click()
    ask(page, "How many tonnes of apples did growers in Kent pick?")
    expect(page.locator(".nqa-answer").last.locator(".nqa-abstain")).to_be_visible()


def test_the_console_stays_quiet_through_a_visit(
    browser: Browser, server: Server, tmp_path: Path
) -> None:
    """Gradio's upload progress bar logs "Method not implemented." (twice) when it closes its
    progress stream; the page uploads with a button, which has no progress bar."""
    article = tmp_path / "ferry.txt"
    article.write_text("The island ferry will run hourly from May, the council said.\n", "utf-8")
    console: list[str] = []
    with opened_page(browser, server.url, DESKTOP, console) as page:
        ask(page, "When did the raid take place?")
        upload(page, article)
        expect(page.locator("#nqa-upload-status .nqa-ok")).to_contain_text("It is searchable now.")
        editor = page.locator("#nqa-editor")
        editor.get_by_label("Article").click()
        page.get_by_role(
            "option", name="The island ferry will run hourly from May, the council said."
        ).click()
        editor.get_by_role("button", name="Remove article").click()
        expect(page.locator("#nqa-editor-status .nqa-ok")).to_contain_text("Removed")
        page.get_by_role("tab", name="Ask").click()
    noisy = [m for m in console if m.startswith(("warning:", "error:"))]
    assert noisy == []
