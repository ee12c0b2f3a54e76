"""The shared layout as a person uses it: switching language and signing in and out."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import login

pytestmark = pytest.mark.browser

PASSWORD = "Casilla-Especial-2024"


def page_lang(page: Page) -> str:
    return page.locator("html").get_attribute("lang") or ""


@pytest.mark.usefixtures("laws")
def test_signed_in_person_switches_language_and_stays_on_the_page_and_signed_in(
    page: Page, live_url: str, make_user: Callable[..., object]
) -> None:
    make_user("revisora", PASSWORD)
    login(page, live_url, "revisora", PASSWORD)
    page.goto("/leyes/LGIPE/218/")
    assert page_lang(page) == "es"

    page.get_by_label("Idioma").select_option("en")
    page.locator("form.lang button[type=submit]").click()

    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page).to_have_url(re.compile(r"/leyes/LGIPE/218/$"))
    expect(page.locator("h1")).to_contain_text("218")
    assert page.locator(".article-text p").count() >= 1
    expect(page.locator("#lang-select")).to_have_value("en")
    expect(page.locator("header.site .logout")).to_contain_text("revisora")

    page.goto("/")
    assert page_lang(page) == "en"
    page.locator("#lang-select").select_option("es-mx")
    page.locator("form.lang button[type=submit]").click()
    expect(page.locator("html")).to_have_attribute("lang", "es")


def test_log_in_through_the_form_then_log_out(page: Page, make_user: Callable[..., object]) -> None:
    make_user("lucia", PASSWORD)
    page.goto("/cuentas/login/")
    username = page.get_by_label("Usuario")
    expect(username).to_be_focused()  # autofocus: the person can type at once

    username.fill("lucia")
    page.get_by_label("Contraseña").fill("not-the-password")
    page.keyboard.press("Enter")
    expect(page.get_by_role("alert")).to_contain_text("incorrectos")
    expect(page.locator("header.site")).not_to_contain_text("lucia")

    page.get_by_label("Usuario").fill("lucia")
    page.get_by_label("Contraseña").fill(PASSWORD)
    page.keyboard.press("Enter")
    expect(page.locator("header.site .logout")).to_contain_text("lucia")
    expect(page).to_have_url(re.compile(r"/$"))

    page.get_by_role("button", name="Salir").click()
    expect(page.locator("header.site .logout")).to_have_count(0)
    expect(page.locator("header.site").get_by_role("link", name="Entrar")).to_be_visible()
