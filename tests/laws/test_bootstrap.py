"""Mirroring the bundled corpus into the database is complete and idempotent."""

from __future__ import annotations

import pytest

from sufragio.laws import corpus
from sufragio.laws.bootstrap import load_bundled_corpus
from sufragio.laws.models import Article, Law


@pytest.mark.django_db
def test_load_mirrors_every_article() -> None:
    load_bundled_corpus()
    assert Law.objects.count() == len(corpus.load_laws()) == 7
    assert Article.objects.count() == len(corpus.load_articles())


@pytest.mark.django_db
def test_second_load_changes_nothing() -> None:
    load_bundled_corpus()
    before = dict(Article.objects.values_list("pk", "paragraphs"))
    message = load_bundled_corpus()
    assert "0 nuevos, 0 actualizados, 0 retirados" in message
    assert dict(Article.objects.values_list("pk", "paragraphs")) == before


@pytest.mark.django_db
def test_load_repairs_an_edited_article_and_drops_strays() -> None:
    load_bundled_corpus()
    art = Article.objects.get(law__code="LGIPE", article="1", transitory=False)
    art.paragraphs = ["texto alterado"]
    art.save()
    Article.objects.create(law=art.law, article="9999", number=9999, paragraphs=["ajeno"])
    load_bundled_corpus()
    art.refresh_from_db()
    assert art.paragraphs[0].startswith("1. La presente Ley es de orden público")
    assert not Article.objects.filter(article="9999").exists()
