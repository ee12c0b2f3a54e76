"""Find one article in the database and shape it for JSON; shared by the CLI, API and web."""

from __future__ import annotations

from typing import Any

from sufragio.laws.models import Article
from sufragio.laws.validation import (
    ArticleNotFound,
    InvalidQuery,
    clean_law,
    normalise_article_id,
)


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
