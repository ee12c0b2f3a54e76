"""Read the bundled legal corpus (laws and their articles) without touching Django.

The corpus is built offline by ``scripts/build_law_corpus.py`` and committed under
``sufragio/laws/data/``; retrieval, citation checks and the database loader all read it through
this module so they agree on one parsed, immutable copy.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib.resources import files

_DATA = files("sufragio.laws") / "data"


@dataclass(frozen=True, slots=True)
class Law:
    """One law of the corpus, e.g. ``LGIPE``, with the reform that its text reflects."""

    id: str
    name: str
    last_reform: date
    last_reform_label: str
    published: date | None
    source: str


@dataclass(frozen=True, slots=True)
class Article:
    """One article as printed.

    Transitory articles repeat their numbers across reform decrees, so an article is identified
    by ``(law, article, transitory, decree)``; ``decree`` is ``None`` for the law's own articles.
    ``paragraphs`` hold the law text only; reform annotations are kept apart in ``notes``.
    """

    law: str
    article: str
    number: int
    suffix: str
    transitory: bool
    decree: str | None
    heading: tuple[str, ...]
    paragraphs: tuple[str, ...]
    notes: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str, bool, str | None]:
        return (self.law, self.article, self.transitory, self.decree)

    @property
    def text(self) -> str:
        """The article's text, one paragraph per line."""
        return "\n".join(self.paragraphs)


@cache
def load_laws() -> list[Law]:
    """All laws in corpus order (the list is shared: do not mutate it)."""
    records = json.loads((_DATA / "laws.json").read_text(encoding="utf-8"))
    return [
        Law(
            id=r["id"],
            name=r["name"],
            last_reform=date.fromisoformat(r["last_reform"]),
            last_reform_label=r["last_reform_label"],
            published=date.fromisoformat(r["published"]) if r.get("published") else None,
            source=r["source"],
        )
        for r in records
    ]


@cache
def load_articles() -> list[Article]:
    """All articles in document order, law by law (the list is shared: do not mutate it)."""
    articles = []
    with (_DATA / "articles.jsonl").open(encoding="utf-8") as stream:
        for line in stream:
            if not line.strip():
                continue
            r = json.loads(line)
            articles.append(
                Article(
                    law=r["law"],
                    article=r["article"],
                    number=r["number"],
                    suffix=r["suffix"],
                    transitory=r["transitory"],
                    decree=r["decree"],
                    heading=tuple(r["heading"]),
                    paragraphs=tuple(r["paragraphs"]),
                    notes=tuple(r["notes"]),
                )
            )
    return articles
