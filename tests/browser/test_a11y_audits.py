"""The in-browser audits themselves: they must flag known defects, or a green run means nothing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.a11y import contrast_audit, structure_problems, unnamed_controls

pytestmark = pytest.mark.browser

DEFECTIVE = """<!DOCTYPE html><html><body style="background: #13294b; color: #fff">
<h1>Uno</h1><h1>Dos</h1>
<p id="x" style="color: #777; background: #fff">Gris claro sobre blanco</p>
<p id="x">Blanco sobre azul marino</p>
<h2 style="color: #888; font-size: 32px; background: #fff">Grande y gris: 3.5:1 basta</h2>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<a href="/vacio"></a>
<input id="sin-nombre"><label for="q">Buscar</label><input id="q">
<button></button><button aria-label="Cerrar">×</button>
</body></html>"""


@pytest.fixture
def blank(browser: Browser) -> Iterator[Page]:
    """A page outside the live server: the audits only need a DOM and its styles."""
    context = browser.new_context()
    yield context.new_page()
    context.close()


def test_contrast_audit_flags_grey_on_white_but_not_large_text_or_white_on_navy(
    blank: Page,
) -> None:
    blank.set_content(DEFECTIVE)
    report = contrast_audit(blank)
    failing = {failure["text"] for failure in report["failures"]}
    assert failing == {"Gris claro sobre blanco"}
    assert "h2" in report["checked"]


def test_structure_and_label_audits_flag_each_defect(blank: Page) -> None:
    blank.set_content(DEFECTIVE)
    problems = structure_problems(blank)
    assert "<html> has no lang" in problems
    assert "2 <h1> elements" in problems
    assert "duplicate id: x" in problems
    assert "sufragio.css not loaded" in problems
    assert any(p.startswith("img without alt") for p in problems)
    assert any(p.startswith("link without text") for p in problems)
    controls = unnamed_controls(blank)
    assert controls["checked"] == 4
    assert controls["unnamed"] == ['<input id="sin-nombre">', "<button></button>"]
