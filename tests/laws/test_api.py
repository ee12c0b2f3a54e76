"""The laws API answers, documents itself and refuses bad input with HTTP 400/404."""

from __future__ import annotations

import pytest
from django.test import Client

from sufragio.laws.bootstrap import load_bundled_corpus


def test_search_returns_ranked_articles(client: Client) -> None:
    response = client.get("/api/laws/search", {"q": "vote from abroad", "k": 5})
    assert response.status_code == 200
    hits = response.json()
    assert len(hits) == 5
    # English question, Spanish law: LGIPE Libro Sexto (arts. 329-356) governs voting from abroad.
    assert any(h["law"] == "LGIPE" and 329 <= int(h["article"].split()[0]) <= 356 for h in hits)


@pytest.mark.parametrize(
    "params",
    [{"q": ""}, {"q": "voto", "law": "NOPE"}, {"q": "voto", "k": "999"}, {"q": "a\x01b"}],
)
def test_bad_search_is_400(client: Client, params: dict[str, str]) -> None:
    response = client.get("/api/laws/search", params)
    assert response.status_code == 400
    assert response.json()["detail"]


def test_megabyte_query_is_400(client: Client) -> None:
    response = client.get("/api/laws/search", {"q": "voto " * 200_000})
    assert response.status_code == 400


@pytest.mark.django_db
def test_article_lookup_and_404(client: Client) -> None:
    load_bundled_corpus()
    ok = client.get("/api/laws/LGIPE/218")
    assert ok.status_code == 200
    assert ok.json()["article"] == "218"
    assert client.get("/api/laws/LGIPE/9999").status_code == 404
    assert client.get("/api/laws/NOPE/1").status_code == 400


def test_openapi_schema_lists_the_laws_endpoints(client: Client) -> None:
    paths = client.get("/api/openapi.json").json()["paths"]
    assert "/api/laws/search" in paths
    assert "/api/laws/{law}/{article}" in paths
