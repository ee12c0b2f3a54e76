"""JSON API of the `laws` app: article search and article lookup."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router, Schema, Status

from sufragio.laws.validation import (
    ArticleNotFound,
    InvalidQuery,
    clean_k,
    clean_law,
    clean_query,
)

router = Router(tags=["laws"])


class SearchHitOut(Schema):
    law: str
    article: str
    heading: str
    score: float
    snippet: str
    why: str


class ArticleOut(Schema):
    law: str
    law_name: str
    last_reform: str
    article: str
    heading: str
    heading_path: list[str]
    paragraphs: list[str]
    notes: list[str]


class ErrorOut(Schema):
    detail: str


@router.get("/search", response={200: list[SearchHitOut], 400: ErrorOut})
def search(request: HttpRequest, q: str = "", k: int | str = 5, law: str = ""):
    """Hybrid (BM25 + embeddings) search: the best articles for a question, best first."""
    from sufragio.laws.lookup import hit_as_dict
    from sufragio.laws.search import get_searcher

    try:
        query, k, law_code = clean_query(q), clean_k(k), clean_law(law)
    except InvalidQuery as exc:
        return Status(400, {"detail": str(exc)})
    return Status(200, [hit_as_dict(h) for h in get_searcher().search(query, k, law_code)])


@router.get("/{law}/{article}", response={200: ArticleOut, 404: ErrorOut, 400: ErrorOut})
def article(request: HttpRequest, law: str, article: str):
    """One article by law code and article id (e.g. LGIPE / 218 Bis)."""
    from sufragio.laws.lookup import article_as_dict, get_article

    try:
        return Status(200, article_as_dict(get_article(law, article)))
    except ArticleNotFound as exc:
        return Status(404, {"detail": str(exc)})
    except InvalidQuery as exc:
        return Status(400, {"detail": str(exc)})
