"""The Compare tab, the filter bar and the downloads in a real headless chromium.

The page serves the bundled articles with the newswire corpus beside them (18 articles, seven
stories, five named outlets with publication dates), so a story with dates, outlets to filter
by and the bundled raid-date disagreement are all on one page. Screenshots go to artifacts/.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright
from pydantic import TypeAdapter

from assistant.compare import Comparison
from corpus.loader import load_corpus
from tests.browser import ARGS, TIMEOUT_MS, chromium_path, screenshot
from tests.ui_server import REPO, Server, copy_corpus, serve

pytestmark = [pytest.mark.browser, pytest.mark.model]

NEWSWIRE = REPO / "eval" / "data" / "newswire"
RAID = "US raid in Syria killed an undercover agent"
FERRY = "Seven confirmed dead as Marisol Star ferry overturns"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    extra = {p.name: p.read_text(encoding="utf-8") for p in sorted(NEWSWIRE.glob("*.md"))}
    return copy_corpus(tmp_path_factory.mktemp("ui-compare") / "corpus", extra=extra)


@pytest.fixture(scope="module")
def server(corpus: Path) -> Iterator[Server]:
    with serve(corpus, corpus.parent / "index") as running:
        yield running


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = chromium_path()
    with sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=executable, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser, server: Server) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1440, "height": 1000}, accept_downloads=True)
    opened = context.new_page()
    opened.set_default_timeout(TIMEOUT_MS)
    opened.goto(server.url)
    expect(opened.locator("#nqa-question textarea")).to_be_visible()
    yield opened
    context.close()


def open_story(page: Page, title: str) -> None:
    """Go to the Compare tab and pick a story by its title, as a reader does."""
    page.get_by_role("tab", name="Compare").click()
    expect(page.locator("#nqa-compare table.nqa-cmp")).to_be_visible()
    page.locator("#nqa-cmp-story input").click()
    page.get_by_role("option").filter(has_text=title).first.click()
    expect(page.locator("#nqa-cmp-story input")).to_have_value(re.compile("^" + re.escape(title)))


def test_the_raid_date_row_is_disputed_with_both_values_and_quotes_in_their_articles(
    page: Page,
) -> None:
    open_story(page, RAID)
    row = page.locator("#nqa-compare tr[data-aspect='the date of the raid']")
    expect(row).to_have_class("nqa-cmp-disputed")
    expect(row).to_contain_text("sources disagree")
    cells = row.locator("td.nqa-cmp-cell")
    expect(cells.nth(0)).to_contain_text("October 28, 2025")
    expect(cells.nth(1)).to_contain_text("19/10")
    expect(cells.nth(1)).to_contain_text("→ 19 October")
    place = page.locator("#nqa-compare tr[data-aspect='the title of Sabah al-Sheikh al-Kilani']")
    expect(place).not_to_have_class("nqa-cmp-disputed")
    cells.nth(1).locator("summary").first.click()
    quote = cells.nth(1).locator(".nqa-cmp-quote").first
    expect(quote).to_contain_text("launched a pre-dawn raid on 19/10 in Dumayr town")
    quote.get_by_role("link").click()
    target = page.locator("#nqa-cmp-articles mark:target")
    expect(target).to_be_visible()
    expect(target).to_have_text(
        "US soldiers, alongside members of the Syrian Free Army (SFA)—a group trained by "
        "Washington that previously fought against the regime of former president Bashar "
        "al-Assad—launched a pre-dawn raid on 19/10 in Dumayr town, east of the capital Damascus."
    )
    screenshot(page, "ui-compare-raid.png")


def test_the_timeline_is_drawn_for_the_story_picked(page: Page) -> None:
    open_story(page, FERRY)
    image = page.locator("#nqa-timeline img")
    expect(image).to_be_visible()
    assert image.evaluate("img => img.naturalWidth") > 400
    expect(page.locator("#nqa-compare thead")).to_contain_text("Harbor Wire")
    expect(page.locator("#nqa-compare thead")).to_contain_text("15 Oct 2025")
    screenshot(page, "ui-compare-ferry-timeline.png")


def test_a_question_filtered_to_one_outlet_quotes_only_that_outlet(page: Page) -> None:
    page.locator("#nqa-filters").get_by_text("Filter the articles").click()
    page.locator("#nqa-filter-outlets input").click()
    page.get_by_role("option", name="Harbor Wire", exact=True).click()
    page.keyboard.press("Escape")
    page.locator("#nqa-question textarea").fill("How many people died when the ferry capsized?")
    page.locator("#nqa-ask").click()
    expect(page.locator(".nqa-answer")).to_have_count(1)
    metas = page.locator("#nqa-sources .nqa-card .nqa-meta")
    expect(metas.first).to_be_visible()
    assert metas.count() >= 1
    assert all(text.startswith("Harbor Wire") for text in metas.all_inner_texts())
    expect(page.locator(".nqa-answer .nqa-conflict")).to_have_count(0)
    screenshot(page, "ui-ask-filtered.png")
    # The Compare tab follows the same filter: one outlet reports no story twice.
    page.get_by_role("tab", name="Compare").click()
    expect(page.locator("#nqa-compare")).to_contain_text("No story is reported by two or more")


def test_a_comparison_downloads_as_csv_and_json_with_offsets_that_match(
    page: Page, corpus: Path, tmp_path: Path
) -> None:
    open_story(page, RAID)
    texts = {d.id: d.text for d in load_corpus(corpus)}
    with page.expect_download() as csv_download:
        page.locator("#nqa-cmp-csv").click()
    rows = list(csv.DictReader(io.StringIO(Path(csv_download.value.path()).read_text("utf-8"))))
    assert {r["story_title"] for r in rows} == {
        "US raid in Syria killed an undercover agent, not its Islamic State target"
    }
    for row in rows:
        assert texts[row["doc_id"]][int(row["start"]) : int(row["end"])] == row["quote"]
    assert {(r["value"], r["disagree"]) for r in rows if r["aspect"] == "the date of the raid"} == {
        ("October 28, 2025", "True"),
        ("19/10", "True"),
    }
    with page.expect_download() as json_download:
        page.locator("#nqa-cmp-json").click()
    (story,) = TypeAdapter(list[Comparison]).validate_json(
        Path(json_download.value.path()).read_text("utf-8")
    )
    assert story.title.startswith(RAID)
    for citation in story.citations:
        assert texts[citation.doc_id][citation.start : citation.end] == citation.quote


def test_an_answer_downloads_as_markdown(page: Page) -> None:
    page.locator("#nqa-question textarea").fill("When did the US raid in Dumayr take place?")
    page.locator("#nqa-ask").click()
    expect(page.locator(".nqa-answer .nqa-conflict")).to_contain_text("19/10")
    with page.expect_download() as download:
        page.locator("#nqa-answer-md").click()
    text = Path(download.value.path()).read_text("utf-8")
    assert text.startswith("# When did the US raid in Dumayr take place?\n")
    assert "- **the date of the raid**" in text and "“19/10” → 19 October" in text


def test_an_answer_naming_a_disagreement_opens_its_row_in_the_compare_tab(page: Page) -> None:
    button = page.locator("#nqa-to-compare")
    expect(button).to_be_hidden()
    page.locator("#nqa-question textarea").fill("When did the raid take place?")
    page.locator("#nqa-ask").click()
    expect(button).to_be_visible(timeout=TIMEOUT_MS)
    button.click()
    expect(page.get_by_role("tab", name="Compare")).to_have_attribute("aria-selected", "true")
    expect(page.locator("#nqa-cmp-story input")).to_have_value(re.compile("^" + re.escape(RAID)))
    row = page.locator("#nqa-compare tr[data-aspect='the date of the raid']")
    expect(row).to_have_class("nqa-cmp-disputed")
