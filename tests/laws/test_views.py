"""Browsing and searching the law in the web pages."""

from __future__ import annotations

import pytest
from django.test import Client

from sufragio.laws.bootstrap import load_bundled_corpus


@pytest.fixture
def loaded(db: None) -> None:
    load_bundled_corpus()


def test_index_lists_the_seven_laws(client: Client, loaded: None) -> None:
    html = client.get("/leyes/").content.decode()
    for code in ("CPEUM", "LGIPE", "LGPP", "LGSMIME", "LGPDPPSO", "LFPDPPP", "LGTAIP"):
        assert f'href="/leyes/{code}/"' in html


def test_law_page_groups_articles_under_headings(client: Client, loaded: None) -> None:
    html = client.get("/leyes/LGIPE/").content.decode()
    assert "<details" in html and "LIBRO" in html
    assert 'href="/leyes/LGIPE/218/"' in html


def test_article_page_shows_text(client: Client, loaded: None) -> None:
    response = client.get("/leyes/LGIPE/218/")
    assert response.status_code == 200
    assert "debates" in response.content.decode()
    assert client.get("/leyes/LGIPE/9999/").status_code == 404


def test_search_page_shows_results_with_explanations(client: Client, loaded: None) -> None:
    html = client.get("/leyes/buscar/", {"q": "topes de gastos de campaña"}).content.decode()
    assert 'href="/leyes/' in html
    assert "Por qué:" in html


def test_search_page_explains_bad_input(client: Client, loaded: None) -> None:
    response = client.get("/leyes/buscar/", {"q": "   "})
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
