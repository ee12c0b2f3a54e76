"""Article search over the real bundled corpus with the real embedding model.

The index is built once per test session into a temporary cache directory, so these tests
also exercise the cold build, the helper-process embedding and the on-disk cache.
"""

from dataclasses import replace
from itertools import pairwise

import pytest

from sufragio.laws.corpus import load_articles
from sufragio.laws.search import ArticleSearcher, SearchHit
from sufragio.laws.search.index import corpus_key, load_index

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("search-cache")


@pytest.fixture(scope="session")
def searcher(cache_dir) -> ArticleSearcher:
    return ArticleSearcher.load(cache_dir=cache_dir)


def _ids(hits: list[SearchHit]) -> list[tuple[str, str]]:
    return [(h.law, h.article) for h in hits]


def test_english_question_finds_spanish_article(searcher):
    hits = searcher.search("How long is the voter ID card valid?", k=5)
    assert ("LGIPE", "156") in _ids(hits)
    assert "vigencia" in next(h for h in hits if h.article == "156").snippet


def test_spanish_paraphrase_finds_article(searcher):
    hits = searcher.search("¿Qué es una coalición de partidos y cómo se registra?", k=5)
    assert any(h.law == "LGPP" for h in hits)
    assert all(h.score >= later.score for h, later in pairwise(hits))


def test_law_filter_returns_only_that_law(searcher):
    hits = searcher.search("protección de datos personales", k=10, law="LGPDPPSO")
    assert len(hits) == 10
    assert {h.law for h in hits} == {"LGPDPPSO"}
    assert searcher.search("protección de datos personales", k=5, law="lfpdppp")[0].law == "LFPDPPP"


def test_unknown_law_filter_returns_nothing(searcher):
    assert searcher.search("credencial para votar", law="NOEXISTE") == []


def test_accents_and_case_do_not_change_the_top_result(searcher):
    accented = searcher.search("¿Cuántos años dura la vigencia de la credencial para votar?")
    plain = searcher.search("CUANTOS ANOS DURA LA VIGENCIA DE LA CREDENCIAL PARA VOTAR")
    assert _ids(accented)[0] == _ids(plain)[0] == ("LGIPE", "156")


@pytest.mark.parametrize("query", ["", "   ", "¿?!", "de la el que", "\x00\n\t"])
def test_empty_or_odd_queries_return_nothing(searcher, query):
    assert searcher.search(query) == []


def test_long_and_unusual_input_does_not_crash(searcher):
    assert len(searcher.search("voto " * 5000, k=3)) == 3
    assert searcher.search("credencial", k=0) == []
    assert len(searcher.search("🗳️ credencial 📇 para votar", k=2)) == 2


def test_hits_carry_snippet_paragraph_and_explanation(searcher):
    hits = searcher.search("¿Cuánto dinero público reciben los partidos políticos?", k=5)
    by_key = {(a.law, a.article): a for a in load_articles() if not a.transitory}
    for hit in hits:
        article = by_key[(hit.law, hit.article)]
        assert article.paragraphs[hit.paragraph] == hit.snippet
        assert hit.heading == " › ".join(article.heading)
        assert "Similitud semántica" in hit.why
    assert "Coinciden los términos" in hits[0].why
    assert "financiamiento" in " ".join(h.why for h in hits)  # thesaurus: dinero → financiamiento


def test_article_reference_in_query_is_honoured(searcher):
    assert _ids(searcher.search("artículo 41 constitucional", k=1)) == [("CPEUM", "41")]


def test_search_many_matches_single_searches(searcher):
    queries = ["casilla especial", "Can foreigners donate to parties?", ""]
    batched = searcher.search_many(queries, k=3)
    assert batched == [searcher.search(q, k=3) for q in queries]


def test_only_in_force_articles_are_indexed(searcher):
    transitory = {(a.law, a.article) for a in load_articles() if a.transitory}
    in_force = {(a.law, a.article) for a in load_articles() if not a.transitory}
    indexed = {(a.law, a.article) for a in searcher.index.articles}
    assert indexed <= in_force
    assert len(indexed) > 0.95 * len(in_force)
    assert transitory - in_force  # some transitory numbers exist only as transitory
    assert not (transitory - in_force) & indexed


def test_hybrid_beats_single_methods_on_sanity_questions(searcher):
    """Questions written for this test (not from the evaluation sets)."""
    cases = {
        "Can Mexicans who live in the United States vote for president?": ("LGIPE", "329"),
        "¿Cuántos años dura la credencial para votar?": ("LGIPE", "156"),
        "¿Qué pasa si un partido no obtiene el tres por ciento de la votación?": ("LGPP", "94"),
        "derechos de acceso rectificación cancelación y oposición": ("LGPDPPSO", "43"),
    }

    def hits_at_5(variant):
        results = variant.search_many(list(cases), k=5)
        return sum(cases[q] in _ids(r) for q, r in zip(cases, results, strict=True))

    hybrid = hits_at_5(searcher)
    assert hybrid >= 3
    assert hybrid >= hits_at_5(searcher.with_config(replace(searcher.config, semantic=0.0)))
    assert hybrid >= hits_at_5(searcher.with_config(replace(searcher.config, lexical=0.0)))


def test_cached_index_is_reused_and_keyed_by_corpus(searcher, cache_dir):
    assert load_index(cache_dir, searcher.index.articles) is not None
    reloaded = ArticleSearcher.load(cache_dir=cache_dir)
    assert reloaded.version == searcher.version
    assert _ids(reloaded.search("casilla especial")) == _ids(searcher.search("casilla especial"))

    changed = list(searcher.index.articles)
    first = changed[0]
    changed[0] = replace(first, paragraphs=(*first.paragraphs, "Párrafo nuevo."))
    assert corpus_key(changed) != searcher.index.key
    assert load_index(cache_dir, changed) is None


def test_version_depends_on_weights(searcher):
    other = searcher.with_config(replace(searcher.config, lexical=0.5))
    assert other.version != searcher.version
    assert len(searcher.version) == 16
