"""Find one article in the database and shape articles and hits for JSON (CLI, API, web)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sufragio.laws.models import Article
from sufragio.laws.validation import (
    ArticleNotFound,
    InvalidQuery,
    clean_law,
    normalise_article_id,
)

if TYPE_CHECKING:
    from sufragio.laws.search import SearchHit


def get_article(law: str, article: str) -> Article:
    """Return the non-transitory article, or raise InvalidQuery with a clear message."""
    code = clean_law(law)
    if code is None:
        raise InvalidQuery("Indique la ley (por ejemplo LGIPE).")
    article_id = normalise_article_id(article)
    found = (
        Article.objects.select_related("law")
        .filter(law__code=code, article__iexact=article_id, transitory=False)
        .first()
    )
    if found is None:
        raise ArticleNotFound(f"No existe el artículo {article_id} en {code}.")
    return found


def article_as_dict(art: Article) -> dict[str, Any]:
    """The public JSON shape of an article."""
    return {
        "law": art.law.code,
        "law_name": art.law.name,
        "last_reform": art.law.last_reform.isoformat(),
        "article": art.article,
        "heading": " › ".join(art.heading),
        "heading_path": art.heading,
        "paragraphs": art.paragraphs,
        "notes": art.notes,
    }


def hit_as_dict(hit: SearchHit) -> dict[str, Any]:
    """The public JSON shape of a search hit (CLI and API share it)."""
    return {
        "law": hit.law,
        "article": hit.article,
        "heading": hit.heading,
        "score": round(hit.score, 4),
        "snippet": hit.snippet,
        "why": hit.why,
    }
