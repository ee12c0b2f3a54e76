"""The plain-language guides must stay aligned with the bundled corpus.

Article search indexes ``guides.yaml`` next to the articles; a guide that points at a missing
article, skips a heading section or drifts from the corpus after a re-import would silently send
citizens' everyday questions to the wrong place, so these checks fail loudly instead.
"""

from __future__ import annotations

from collections import defaultdict
from importlib.resources import files

import pytest
import yaml

from sufragio.laws.corpus import load_articles

TEXT_FIELDS = ("es", "en")
TERM_FIELDS = ("terms_es", "terms_en")


@pytest.fixture(scope="module")
def guides() -> list[dict]:
    text = (files("sufragio.laws") / "data" / "guides.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert data["version"] == 1
    return data["guides"]


@pytest.fixture(scope="module")
def sections() -> dict[tuple[str, tuple[str, ...]], list[str]]:
    """Non-transitory articles grouped by (law, heading path), in corpus order."""
    grouped: dict[tuple[str, tuple[str, ...]], list[str]] = defaultdict(list)
    for article in load_articles():
        if not article.transitory:
            grouped[(article.law, article.heading)].append(article.article)
    return dict(grouped)


def test_every_section_has_exactly_one_guide_listing_its_articles(guides, sections):
    section_guides = [g for g in guides if "articles" in g]
    keys = [(g["law"], tuple(g["heading"])) for g in section_guides]
    assert len(keys) == len(set(keys)), "two guides for the same heading section"
    assert set(keys) == set(sections), "guides and corpus heading sections differ"
    for guide in section_guides:
        assert guide["articles"] == sections[(guide["law"], tuple(guide["heading"]))]


def test_article_guides_point_at_existing_articles_once(guides, sections):
    article_guides = [g for g in guides if "article" in g]
    assert article_guides, "expected focused guides for key articles"
    keys = [(g["law"], g["article"]) for g in article_guides]
    assert len(keys) == len(set(keys)), "duplicate per-article guide"
    for guide in article_guides:
        assert "articles" not in guide
        assert guide["article"] in sections[(guide["law"], tuple(guide["heading"]))]


@pytest.mark.parametrize("field", TEXT_FIELDS + TERM_FIELDS)
def test_every_guide_has_content(guides, field):
    for guide in guides:
        value = guide.get(field)
        assert value, f"{guide['law']} {guide['heading'][-1]} lacks {field}"
        if field in TERM_FIELDS:
            assert all(isinstance(t, str) and t.strip() for t in value)
            assert len(set(value)) == len(value), f"repeated term in {guide['law']} {field}"
        else:
            assert isinstance(value, str) and value.strip()
