"""A person looking up the law: searching with the keyboard only, and browsing by heading."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Locator, Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("laws")]

QUESTION = "¿A qué edad puedo votar y qué necesito?"
ARTICLE_HREF = re.compile(r"^/leyes/[A-Z]+/[^/]+/$")


def tab_to(page: Page, target: Locator, limit: int = 15) -> int:
    """Press Tab until ``target`` has focus; return how many presses it took."""
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if target.evaluate("el => el === document.activeElement"):
            return presses
    raise AssertionError(f"{target} not reachable with {limit} Tab presses")


def test_search_from_home_with_the_keyboard_and_read_the_first_article(page: Page) -> None:
    page.goto("/")
    search_box = page.get_by_label("Pregunta o palabras clave")
    tab_to(page, search_box)
    page.keyboard.type(QUESTION)
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/leyes/buscar/\?q="))
    expect(page.get_by_role("heading", name="Resultados")).to_be_visible()
    expect(page.get_by_label("Pregunta o palabras clave (español o inglés)")).to_have_value(
        QUESTION
    )
    results = page.locator("ol.results > li")
    expect(results.first).to_be_visible()
    links = page.locator("ol.results h3 a")
    assert links.count() >= 3
    for href in links.evaluate_all("links => links.map(a => a.getAttribute('href'))"):
        assert ARTICLE_HREF.match(href), href
    first = results.first
    expect(first.locator("small")).to_contain_text(re.compile(r"Por qué: \S"))
    snippet = first.locator("blockquote").inner_text().strip()
    assert snippet

    first_link = first.locator("h3 a")
    law, article = re.fullmatch(r"(\S+) · Artículo (\S+)", first_link.inner_text()).groups()
    first_link.focus()
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(rf"/leyes/{law}/{re.escape(article)}/$"))
    expect(page.locator("h1")).to_contain_text(f"Artículo {article}")
    expect(page.locator("h1")).to_contain_text(law)
    text = page.locator(".article-text").inner_text()
    assert snippet[:40].rstrip("…") in text  # the passage the results quoted is really there


def test_browse_a_law_by_heading_down_to_an_article(page: Page) -> None:
    page.goto("/leyes/")
    page.get_by_role("link", name="LGIPE", exact=True).click()

    expect(page).to_have_url(re.compile(r"/leyes/LGIPE/$"))
    expect(page.locator("h1")).to_have_text(
        "Ley General de Instituciones y Procedimientos Electorales"
    )
    sections = page.locator("main details")
    assert sections.count() > 10
    expect(sections.first).to_have_attribute("open", "")
    closed = sections.nth(1)
    link = closed.locator("a").first
    expect(link).to_be_hidden()

    closed.locator("summary").click()
    expect(link).to_be_visible()
    article = re.fullmatch(r"Artículo (\S+)", link.inner_text()).group(1)
    link.click()

    expect(page).to_have_url(re.compile(rf"/leyes/LGIPE/{re.escape(article)}/$"))
    expect(page.locator("h1")).to_contain_text(f"Artículo {article}")
    expect(
        page.get_by_role("navigation", name="Ruta").get_by_role("link", name="LGIPE")
    ).to_be_visible()
    assert page.locator(".article-text p").count() >= 1
