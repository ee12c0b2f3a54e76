"""Base layout, language switch and the health endpoint."""

from __future__ import annotations

import pytest
from django.test import Client


@pytest.mark.django_db
def test_healthz_reports_database_ok(client: Client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    assert response.json()["database"] == "ok"


@pytest.mark.django_db
def test_home_is_spanish_by_default(client: Client) -> None:
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="es">' in html
    assert "Buscar en la legislación electoral" in html


@pytest.mark.django_db
def test_language_switch_turns_the_layout_english(client: Client) -> None:
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/"}, follow=True)
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "Search electoral legislation" in html


@pytest.mark.django_db
def test_layout_has_skip_link_and_labelled_search(client: Client) -> None:
    html = client.get("/").content.decode()
    assert 'href="#contenido"' in html
    assert '<label for="q">' in html


@pytest.mark.django_db
def test_login_page_renders(client: Client) -> None:
    response = client.get("/cuentas/login/")
    assert response.status_code == 200
    assert 'autocomplete="current-password"' in response.content.decode()
