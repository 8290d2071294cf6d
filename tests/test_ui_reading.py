"""The page as a reading tool, in a real browser: sources that can be checked, calm settings,
a layout for phones (420x900) too, a stable width, a quiet console (issue 14).

The server answers from a copy of the bundled articles, which disagree on the raid's date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from tests.browser import (
    DESKTOP,
    PHONE,
    ask,
    drawn_on_top,
    launched_browser,
    opened_page,
    screenshot,
    widths_by_tab,
)
from tests.ui_server import Server, copy_corpus, serve

pytestmark = [pytest.mark.browser, pytest.mark.model]

# A desktop window short enough that an answer's sources are longer than the panel.
SHORT_DESKTOP = {"width": 1100, "height": 680}
# Three quotes from two articles, in long paragraphs: more than a short window's panel holds.
LONG_SOURCES = "How did al-Masoud die?"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    root = tmp_path_factory.mktemp("ui-reading")
    with serve(copy_corpus(root / "corpus"), root / "index") as running:
        yield running


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with launched_browser() as launched:
        yield launched


@pytest.fixture
def short_page(browser: Browser, server: Server) -> Iterator[Page]:
    with opened_page(browser, server.url, SHORT_DESKTOP) as opened:
        yield opened


def test_the_sources_panel_scrolls_on_its_own_and_its_last_card_is_not_covered(
    short_page: Page,
) -> None:
    page = short_page
    ask(page, LONG_SOURCES)
    panel = page.locator("#nqa-sources")
    expect(panel.locator(".nqa-card").first).to_be_visible()
    sizes = panel.evaluate(
        "e => ({client: e.clientHeight, content: e.scrollHeight, overflow: getComputedStyle(e)"
        ".overflowY})"
    )
    # The premise: these sources are longer than the panel, so how it overflows matters.
    assert sizes["content"] > sizes["client"], sizes
    assert sizes["overflow"] in ("auto", "scroll"), sizes

    # The wheel over the panel scrolls the panel to its end, and not the page.
    panel.scroll_into_view_if_needed()
    box = panel.bounding_box()
    assert box is not None
    shown = (max(box["y"], 0), min(box["y"] + box["height"], SHORT_DESKTOP["height"]))
    page.mouse.move(box["x"] + box["width"] / 2, sum(shown) / 2)  # over the part in view
    page_scroll = page.evaluate("window.scrollY")
    page.mouse.wheel(0, 4000)
    page.wait_for_function(
        "e => e.scrollTop > 0 && e.scrollTop + e.clientHeight >= e.scrollHeight - 2",
        arg=panel.element_handle(),
    )
    assert page.evaluate("window.scrollY") == page_scroll

    # Brought into view, the last card is what is drawn at its own bottom edge.
    last = panel.locator(".nqa-card").last
    last.scroll_into_view_if_needed()
    card = last.bounding_box()
    assert card is not None
    assert drawn_on_top(last, card["x"] + card["width"] / 2, card["y"] + card["height"] - 4)


def test_quotes_from_one_article_are_grouped_in_one_card(short_page: Page) -> None:
    ask(short_page, LONG_SOURCES)
    cards = short_page.locator("#nqa-sources .nqa-card")
    expect(cards.first).to_be_visible()
    titles = cards.locator(".nqa-card-title").all_inner_texts()
    assert len(titles) == len(set(titles)), titles
    # Every marker of the answer still has its quote, badge-labelled, in the panel.
    markers = short_page.locator(".nqa-answer").last.locator("a.nqa-cite").all_inner_texts()
    badges = short_page.locator("#nqa-sources .nqa-num").all_inner_texts()
    assert sorted(set(markers)) == sorted(badges)


@pytest.fixture
def page(browser: Browser, server: Server) -> Iterator[Page]:
    with opened_page(browser, server.url, DESKTOP) as opened:
        yield opened


def test_settings_are_folded_away_and_examples_stay_reachable(page: Page) -> None:
    expect(page.locator(".nqa-stats")).to_contain_text("articles")  # the page has loaded
    screenshot(page, "ui-first-view-1400x900.png", full_page=False)  # what a visitor sees
    expect(page.get_by_text("Advanced", exact=True)).to_be_visible()
    expect(page.get_by_text("Passages retrieved")).to_be_hidden()
    expect(page.get_by_text("Fusion (hybrid only)")).to_be_hidden()
    ask(page, "Who was killed in the raid?")
    example = page.get_by_text("What did Wassim Nasr say about the raid?", exact=True)
    expect(example).to_be_visible()
    example.click()
    expect(page.locator(".nqa-answer")).to_have_count(2)
    expect(page.locator(".nqa-answer").last).to_contain_text("Nasr")
    page.get_by_text("Advanced", exact=True).click()
    expect(page.get_by_text("Passages retrieved")).to_be_visible()


@pytest.fixture
def phone(browser: Browser, server: Server) -> Iterator[Page]:
    with opened_page(browser, server.url, PHONE) as opened:
        yield opened


def _text_fits(page: Page, selector: str, text_of: str) -> bool:
    """Whether the element's own text (or placeholder) fits on its width without being cut."""
    return bool(
        page.locator(selector).evaluate(
            "(el, what) => { const s = getComputedStyle(el);"
            " const ctx = document.createElement('canvas').getContext('2d');"
            " ctx.font = `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;"
            " const text = what === 'placeholder' ? el.placeholder : el.textContent;"
            " const room = el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);"
            " return ctx.measureText(text.trim()).width <= room; }",
            text_of,
        )
    )


def test_on_a_phone_the_page_stays_put_and_the_input_is_usable(phone: Page) -> None:
    expect(phone.locator(".nqa-stats")).to_contain_text("articles")  # the page has loaded
    phone.wait_for_timeout(500)  # focus and late layout would move it by now
    assert phone.evaluate("window.scrollY") == 0
    expect(phone.locator("h1")).to_be_in_viewport()
    box, chat = (
        phone.locator("#nqa-question").bounding_box(),
        phone.locator("#nqa-chat").bounding_box(),
    )
    assert box and chat and abs(box["width"] - chat["width"]) <= 2, (box, chat)  # full width
    assert _text_fits(phone, "#nqa-question textarea", "placeholder")
    screenshot(phone, "ui-phone.png", full_page=False)


def test_on_a_phone_each_answer_has_its_sources_under_it(phone: Page) -> None:
    ask(phone, "When did the raid take place?")
    answer = phone.locator(".nqa-answer").last
    drawer = answer.locator(".nqa-drawer")
    expect(drawer).to_be_visible()
    drawer.locator("summary").click()
    card = drawer.locator(".nqa-card").first
    expect(card.locator("mark").first).to_be_visible()
    expect(card.locator(".nqa-meta")).not_to_be_empty()
    screenshot(phone, "ui-phone-answer.png")
    ask(phone, "Who was his mother?")
    phone.get_by_text("Advanced", exact=True).click()
    rewritten = phone.get_by_label("Follow-up rewritten as")
    expect(rewritten).not_to_have_value("(asked as typed: not a follow-up)")
    label = phone.get_by_text("Follow-up rewritten as", exact=True)
    assert label.evaluate("el => el.scrollWidth <= el.clientWidth")
    assert rewritten.evaluate("el => el.scrollHeight <= el.clientHeight + 1")


def test_the_page_keeps_its_width_on_every_tab(page: Page) -> None:
    widths = widths_by_tab(page)
    assert widths["Ask"] == widths["Corpus"], widths


# Internal outcome labels (assistant.wording.OUTCOME_WORDS keys) that are not English words.
INTERNAL_LABELS = re.compile(r"\b(?:died-later|died-at-scene|released-uncharged)\b|~\d")


def _reader_words(locator: Locator) -> str:
    """The callout's words outside the quoted sentences: what the assistant itself says."""
    return str(
        locator.evaluate(
            "el => { const c = el.cloneNode(true);"
            " c.querySelectorAll('q').forEach(q => q.remove()); return c.innerText; }"
        )
    )


def _marker_order(page: Page) -> list[int]:
    """The answer's markers in the order a reader meets them."""
    texts = page.locator(".nqa-answer").last.locator("a.nqa-cite").all_inner_texts()
    return [int(t) for t in texts]


def test_one_sources_account_is_one_side_in_plain_words(page: Page) -> None:
    ask(page, "How did al-Masoud die?")
    callout = page.locator(".nqa-answer").last.locator(".nqa-conflict")
    expect(callout).to_be_visible()
    sides = callout.locator("li.nqa-claim")
    sources = sides.locator(".nqa-claim-source").all_inner_texts()
    assert len(sources) == len(set(sources)) == 2, sources
    credited = sides.filter(has_text="Nguyen Tien")
    # "severely wounded him ... took him away" and "He later died" are one account, in order.
    expect(credited.locator(".nqa-claim-value")).to_have_text(
        "wounded, captured or taken away, died later"
    )
    expect(credited.locator("q")).to_have_count(2)
    assert not INTERNAL_LABELS.search(_reader_words(callout)), _reader_words(callout)
    assert _marker_order(page) == sorted(_marker_order(page))


def test_a_disagreement_quotes_only_its_sides_with_markers_in_reading_order(page: Page) -> None:
    ask(page, "Was the target captured?")
    answer = page.locator(".nqa-answer").last
    expect(answer.locator(".nqa-conflict")).to_be_visible()
    # "Photographic evidence from the scene, captured by the AP" matches only the word.
    expect(answer).not_to_contain_text("Photographic evidence")
    expect(page.locator("#nqa-sources")).not_to_contain_text("captured by the AP, shows")
    markers = _marker_order(page)
    assert markers == list(range(1, len(set(markers)) + 1)), markers
