"""Article search over the real bundled corpus with the real embedding model.

The full index lives in the standard test cache ($SUFRAGIO_HOME/index, see tests/conftest.py)
and is loaded once per session through ``get_searcher()``, so a warm cache (CI's second pass,
or any re-run) costs a second instead of a build. Only ``test_cold_build_...`` builds from
scratch, on a handful of articles.
"""

from dataclasses import replace
from itertools import pairwise
from pathlib import Path

import numpy as np
import pytest

from sufragio import conf
from sufragio.laws.corpus import load_articles
from sufragio.laws.search import ArticleSearcher, SearchHit, get_searcher
from sufragio.laws.search.guides import Guide, Guides, get_guides, parse_guides
from sufragio.laws.search.index import corpus_key, is_void, load_index

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def searcher() -> ArticleSearcher:
    return get_searcher()


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
    unfiltered = searcher.search("protección de datos personales", k=200)
    in_law = [h for h in unfiltered if h.law == "LGPDPPSO"][:10]
    assert _ids(hits) == _ids(in_law)  # filtering keeps the ranking of that law's articles


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
    assert len(searcher.search("credencial", k=10**6)) == len(searcher.index.articles)


def test_hits_carry_snippet_paragraph_and_explanation(searcher):
    hits = searcher.search("¿Cuánto dinero público reciben los partidos políticos?", k=5)
    by_key = {(a.law, a.article): a for a in load_articles() if not a.transitory}
    for hit in hits:
        article = by_key[(hit.law, hit.article)]
        assert article.paragraphs[hit.paragraph] == hit.snippet
        assert not is_void(hit.snippet)
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


def test_repealed_paragraphs_are_not_units(searcher):
    idx = searcher.index
    texts = [
        idx.articles[a].paragraphs[p]
        for a, p in zip(idx.unit_article, idx.unit_paragraph, strict=True)
    ]
    assert not any(is_void(t) for t in texts)
    assert is_void("[4. Suprimido]") and is_void("Se deroga.") and is_void("II. Se deroga")
    assert not is_void("Se deroga la fracción anterior cuando el partido pierda su registro.")


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


def test_cached_index_is_keyed_by_corpus_and_guides(searcher):
    cache_dir = Path(conf.get("SUFRAGIO_SEARCH_CACHE"))
    articles, guides = searcher.index.articles, get_guides()
    assert searcher.index.key == corpus_key(articles, guides)
    assert load_index(cache_dir, articles, guides) is not None

    first = articles[0]
    changed = [replace(first, paragraphs=(*first.paragraphs, "Párrafo nuevo.")), *articles[1:]]
    assert corpus_key(changed, guides) != searcher.index.key
    other_guides = replace(guides, digest="0" * 16)
    assert corpus_key(articles, other_guides) != searcher.index.key


def test_version_depends_on_weights(searcher):
    other = searcher.with_config(replace(searcher.config, lexical=0.5))
    assert other.version != searcher.version
    assert len(searcher.version) == 16


def test_malformed_guides_are_skipped_not_fatal():
    raw = b"""
version: 1
guides:
- {law: lgipe, heading: [X], articles: ['156', 157], es: Vigencia de la credencial, en: ID}
- {law: LGIPE, article: '329', terms_en: [vote from abroad]}
- {law: LGIPE, articles: [], es: sin articulos}
- {heading: [X], article: '1', es: sin ley}
- just a string
"""
    guides = parse_guides(raw)
    assert guides.skipped == 3
    assert [(g.law, g.articles) for g in guides.guides] == [
        ("LGIPE", ("156", "157")),
        ("LGIPE", ("329",)),
    ]
    assert guides.guides[1].en == "vote from abroad" and guides.guides[1].es == ""
    assert parse_guides(raw).digest == guides.digest != parse_guides(raw + b"\n").digest


def test_cold_build_on_a_tiny_corpus_uses_guides_and_caches(tmp_path):
    wanted = {("LGIPE", "156"), ("LGIPE", "329"), ("LGPP", "94"), ("CPEUM", "41")}
    articles = [a for a in load_articles() if (a.law, a.article) in wanted and not a.transitory]
    # A guide in words the articles never use: only the guide can connect them to the query.
    guides = Guides(
        (Guide("LGPP", ("94",), "", "zorblax quimera partido extinto"),),
        digest="test-guides",
    )
    built = ArticleSearcher.load(cache_dir=tmp_path, articles=articles, guides=guides)
    assert len(built.index.articles) == 4
    assert built.index.guide_vectors.shape == (1, 512)
    lexical = built.with_config(replace(built.config, semantic=0.0))
    hits = lexical.search("zorblax quimera", k=4)
    assert _ids(hits)[0] == ("LGPP", "94")
    assert hits[0].score > hits[1].score
    assert "guía" in hits[0].why
    unguided = built.with_config(replace(lexical.config, guide_lexical=0.0))
    assert {h.score for h in unguided.search("zorblax quimera", k=4)} == {0.0}

    (folder,) = tmp_path.glob("laws-search-*")
    assert folder.name == f"laws-search-{built.index.key}"
    reloaded = ArticleSearcher.load(cache_dir=tmp_path, articles=articles, guides=guides)
    assert reloaded.version == built.version
    assert reloaded.search("zorblax quimera", k=4) == built.search("zorblax quimera", k=4)
    assert load_index(tmp_path, articles, replace(guides, digest="other")) is None

    # A new version replaces the old one on disk instead of piling up beside it.
    ArticleSearcher.load(cache_dir=tmp_path, articles=articles[:3], guides=guides)
    assert [p.name for p in tmp_path.glob("laws-search-*")] != [folder.name]
    assert len(list(tmp_path.glob("laws-search-*"))) == 1


def test_bm25_scores_are_the_weighted_sum_of_term_rows():
    from sufragio.laws.search.lexical import BM25

    index = BM25.build([["voto", "casilla", "voto"], ["casilla", "urna"], ["urna"], []])
    dense = index.weights.toarray()
    expected = dense[index.vocabulary["voto"]] + 0.5 * dense[index.vocabulary["urna"]]
    scores = index.scores({"voto": 1.0, "urna": 0.5, "desconocido": 1.0})
    assert np.allclose(scores, expected)
    assert scores[0] > scores[2] > scores[3] == 0.0
    assert index.matched_terms(["urna", "voto", "casilla"], 1) == ["urna", "casilla"]


def test_an_example_question_close_to_the_query_is_quoted_in_the_explanation(tmp_path):
    wanted = {("LGIPE", "156"), ("LGIPE", "329"), ("CPEUM", "41")}
    articles = [a for a in load_articles() if (a.law, a.article) in wanted and not a.transitory]
    question = "perdí mi credencial para votar, ¿hasta cuándo puedo pedir que me la repongan?"
    guides = Guides(
        (
            Guide("LGIPE", ("156",), question, "", question=True),
            Guide("LGIPE", ("329",), "voto desde el extranjero", "vote from abroad"),
        ),
        digest="test-questions",
    )
    built = ArticleSearcher.load(cache_dir=tmp_path, articles=articles, guides=guides)
    assert built.index.guide_questions == [question, "", ""]
    hits = {(h.law, h.article): h for h in built.search("se me perdió la credencial", k=3)}
    assert f"Responde a preguntas como «{question}»" in hits[("LGIPE", "156")].why
    # A summary is never quoted as if it were a question.
    assert "Responde a preguntas" not in hits[("LGIPE", "329")].why
    reloaded = ArticleSearcher.load(cache_dir=tmp_path, articles=articles, guides=guides)
    assert reloaded.index.guide_questions == built.index.guide_questions
