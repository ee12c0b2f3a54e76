"""Accessibility smoke checks on the public pages, measured in Chromium on the rendered page.

One test walks all pages and reports every problem per page at once: a fresh live-server
database per page would cost more than the checks themselves.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.browser.a11y import (
    contrast_audit,
    focus_ring_contrast,
    structure_problems,
    unnamed_controls,
)

pytestmark = pytest.mark.browser

PAGES = {
    "home": "/",
    "laws": "/leyes/",
    "law": "/leyes/LGIPE/",
    "article": "/leyes/LGIPE/218/",
    "search-results": "/leyes/buscar/?q=credencial+para+votar",
    "login": "/cuentas/login/",
}


def audit(page: Page) -> list[object]:
    """Everything wrong with the current page; raises if a check examined nothing."""
    controls = unnamed_controls(page)
    contrast = contrast_audit(page)
    assert controls["checked"] >= 2, "no form controls found: the layout's selector is missing"
    assert len(contrast["checked"]) >= 5, "almost no text examined for contrast"
    return structure_problems(page) + controls["unnamed"] + contrast["failures"]


def skip_link_problems(page: Page) -> list[str]:
    """The first Tab must reach a visible skip link, and following it must focus the content."""
    page.keyboard.press("Tab")
    skip = page.locator("a.skip")
    if not skip.evaluate("el => el === document.activeElement"):
        return ["first Tab does not reach the skip link"]
    box = skip.bounding_box()
    if box is None or box["x"] < 0 or box["y"] < 0:
        return ["focused skip link is off screen"]
    page.keyboard.press("Enter")
    if page.evaluate("document.activeElement.id") != "contenido":
        return ["skip link does not move focus to #contenido"]
    return []


@pytest.mark.usefixtures("laws")
def test_public_pages_have_labels_alt_one_h1_aa_contrast_and_a_skip_link(page: Page) -> None:
    problems = {}
    for name, path in PAGES.items():
        response = page.goto(path)
        assert response is not None and response.ok, path
        problems[name] = audit(page)
        if name != "login":  # the login form rightly autofocuses its first field instead
            problems[name] += skip_link_problems(page)
    assert problems == {name: [] for name in PAGES}


def test_focus_outline_is_visible_against_its_surroundings(page: Page) -> None:
    page.goto(PAGES["home"])
    weak = []
    for _ in range(8):  # skip link, header controls, then the search box and its button
        page.keyboard.press("Tab")
        ring = focus_ring_contrast(page)
        if ring["ratio"] < 3:
            weak.append(ring)
    assert weak == []


@pytest.mark.usefixtures("laws")
def test_pages_reflow_to_a_320_px_wide_screen_without_sideways_scrolling(page: Page) -> None:
    page.set_viewport_size({"width": 320, "height": 640})
    overflow = {}
    for name in ("home", "article", "search-results", "login"):  # pages without data tables
        page.goto(PAGES[name])
        overflow[name] = page.evaluate("document.documentElement.scrollWidth - innerWidth")
    assert overflow == dict.fromkeys(overflow, 0)
