"""Hybrid article search: BM25 with a legal thesaurus, sentence embeddings, guides, fused.

Each method fails differently: BM25 misses paraphrases ("sacar otra credencial" vs
"reposición") and English questions; embeddings miss exact legal terms and numbers. The
plain-language guides (see :mod:`.guides`) add everyday and English wording to every article,
for both methods. Scores are normalised per query, fused with weights chosen on the
development questions, and nudged towards the laws whose vocabulary the query uses. Every hit
says why it matched.
"""

from __future__ import annotations

import hashlib
import re
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from threadpoolctl import ThreadpoolController

from sufragio import conf
from sufragio.laws.search.guides import Guides, get_guides
from sufragio.laws.search.index import (
    SearchIndex,
    build_index,
    indexable,
    load_index,
    save_index,
)
from sufragio.laws.search.thesaurus import Expansion, Thesaurus, get_thesaurus, phrase_terms
from sufragio.textkit.embeddings import get_embedder
from sufragio.textkit.normalize import fold
from sufragio.textkit.spanish import content_tokens, stem


@dataclass(frozen=True)
class SearchHit:
    """One article found for a query, with the paragraph that matched best and why."""

    law: str
    article: str
    heading: str  # heading path joined with " › "
    score: float  # fused score, higher is better
    snippet: str  # the paragraph that matched best
    paragraph: int  # its index in Article.paragraphs
    why: str  # plain-Spanish explanation


@dataclass(frozen=True)
class SearchConfig:
    """Tunable weights of the ranking.

    Chosen on the dev and dev2 questions, preferring equal weights: tuning every knob on one
    set gained nothing on the other (docs/adr/0003-article-search.md), so only
    ``expansion_weight`` moved from its first value, the one change that two of three
    tuning folds agreed on. Once the example questions joined the guide field,
    ``guide_lexical`` rose to 1.5: the one change that raised hit@5 and MRR on all three
    development sets (dev, dev2 and the later, independent dev3).
    """

    lexical: float = 1.0  # weight of the normalised BM25 score
    semantic: float = 1.0  # weight of the normalised embedding score
    guide_lexical: float = 1.5  # weight of the normalised BM25 score over guides and questions
    guide_semantic: float = 1.0  # weight of the best guide vector's similarity
    thesaurus: bool = True  # expand queries with the legal thesaurus
    expansion_weight: float = 0.25  # BM25 weight of an expansion term (user terms weigh 1)
    article_mix: float = 0.5  # share of whole-article BM25 vs best-paragraph BM25
    heading_weight: float = 0.5  # semantic weight of the heading path vs the paragraph
    temperature: float = 0.02  # soft-max over an article's paragraphs (0: plain max)
    expanded_vector: float = 0.5  # weight of the thesaurus-expanded query's embedding
    article_vector: float = 1.0  # weight of the article's mean paragraph vector
    law_prior: float = 0.1  # bonus for laws whose vocabulary the query uses
    reference_boost: float = 1.0  # bonus when the query names the article ("artículo 41")


#: Bump when ranking code changes (weights are covered by SearchConfig in ``version``).
RANKING_VERSION = "3"

#: Cosine similarity from which the nearest example question is quoted in the explanation.
NEAREST_QUESTION_MIN = 0.5

_ARTICLE_REF = re.compile(r"\bart(?:iculo|s?\.)?\s*(\d{1,3})(?:\s*(bis|ter|quater))?\b")


@dataclass(frozen=True)
class _Query:
    """A query analysed once, for both retrieval methods and the explanation."""

    text: str
    terms: dict[str, float]  # BM25 term -> weight
    user_words: dict[str, str]  # stem -> a word the user (or the thesaurus) wrote
    expansions: list[Expansion]
    laws: set[str]
    references: set[str]  # article ids named in the query
    rewritten: str  # the query followed by its thesaurus expansions ("" if none)


class ArticleSearcher:
    """Searches in-force articles of the bundled laws. Thread-safe for concurrent queries."""

    def __init__(
        self, index: SearchIndex, thesaurus: Thesaurus, config: SearchConfig | None = None
    ) -> None:
        self.index = index
        self.thesaurus = thesaurus
        self.config = config or SearchConfig()
        self._laws = index.laws
        self._article_ids = [fold(a.article) for a in index.articles]
        self._unit_heading = index.article_heading[index.unit_article]
        self._law_rows = {law: np.flatnonzero(self._laws == law) for law in set(self._laws)}
        # Articles that have guide vectors, and where each one's links start.
        self._guided, self._link_start = np.unique(index.link_article, return_index=True)
        # Which guide vectors are example questions (quoted in explanations).
        self._is_question = np.array([bool(q) for q in index.guide_questions], dtype=bool)
        # An article's centroid: what the article is about as a whole.
        sums = np.add.reduceat(index.unit_vectors, index.article_start, axis=0)
        self._article_vectors = sums / np.linalg.norm(sums, axis=1, keepdims=True).clip(1e-6)

    # ----- construction -------------------------------------------------------------------
    @classmethod
    def load(
        cls,
        cache_dir: Path | None = None,
        rebuild: bool = False,
        articles: list | None = None,
        guides: Guides | None = None,
    ) -> ArticleSearcher:
        """Load the cached index, building and caching it if needed.

        By default the bundled corpus and guides; ``articles`` (corpus ``Article`` objects)
        and ``guides`` index other text, e.g. a tiny corpus that tests build cold.
        """
        from sufragio.laws.corpus import load_articles, load_laws

        directory = Path(cache_dir or conf.get("SUFRAGIO_SEARCH_CACHE"))
        names = {law.id: law.name for law in load_laws()}
        units = indexable(load_articles() if articles is None else articles, names)
        guides = get_guides() if guides is None else guides
        index = None if rebuild else load_index(directory, units, guides)
        if index is None:
            index = build_index(units, guides)
            save_index(index, directory)
        return cls(index, get_thesaurus())

    def with_config(self, config: SearchConfig) -> ArticleSearcher:
        """A searcher over the same index with other weights (ablations, tuning)."""
        return ArticleSearcher(self.index, self.thesaurus, config)

    @property
    def version(self) -> str:
        """Identifies corpus + engine + model weights + thesaurus + ranking weights."""
        text = f"{self.index.key}|{RANKING_VERSION}|{self.thesaurus.digest}|{self.config!r}"
        return hashlib.sha256(text.encode()).hexdigest()[:16]

    # ----- search -----------------------------------------------------------------------
    def search(self, query: str, k: int = 5, law: str | None = None) -> list[SearchHit]:
        """The ``k`` best articles for ``query``, optionally only from ``law`` (e.g. "LGIPE")."""
        return self.search_many([query], k, law)[0]

    def search_many(
        self, queries: list[str], k: int = 5, law: str | None = None
    ) -> list[list[SearchHit]]:
        """Search several queries, embedding them in one batch."""
        analysed = [self._analyse(q) for q in queries]
        vectors = self._vectors([q for q in analysed if q is not None])
        with _single_blas_thread():
            return [
                [] if q is None else self._rank(q, vectors.get(q.text), max(0, int(k)), law)
                for q in analysed
            ]

    def _vectors(self, queries: list[_Query]) -> dict[str, np.ndarray]:
        """Query vectors, blended with the vector of the query rewritten in legal wording."""
        cfg = self.config
        if not queries or cfg.semantic <= 0:
            return {}
        texts = [q.text for q in queries]
        use_rewritten = cfg.expanded_vector > 0
        rewritten = {q.text: q.rewritten for q in queries if q.rewritten and use_rewritten}
        vectors = get_embedder().embed_queries(texts + list(rewritten.values()))
        out = dict(zip(texts, vectors[: len(texts)], strict=True))
        for (text, _), extra in zip(rewritten.items(), vectors[len(texts) :], strict=True):
            blended = out[text] + cfg.expanded_vector * extra
            out[text] = blended / max(float(np.linalg.norm(blended)), 1e-6)
        return out

    def _analyse(self, query: str) -> _Query | None:
        text = " ".join(str(query or "").split())[:2000]
        words = content_tokens(text)
        if not words:
            return None
        terms = {stem(w): 1.0 for w in words}
        user_words: dict[str, str] = {}
        for w in words:
            user_words.setdefault(stem(w), w)
        expansions = self.thesaurus.match(phrase_terms(text)) if self.config.thesaurus else []
        laws: set[str] = set()
        for expansion in expansions:
            laws.update(expansion.laws)
            for phrase in expansion.expansions:
                for word in content_tokens(phrase):
                    terms.setdefault(stem(word), self.config.expansion_weight)
                    user_words.setdefault(stem(word), word)
        references = {f"{num} {suffix}".strip() for num, suffix in _ARTICLE_REF.findall(fold(text))}
        # The first (main) legal phrase of each entry: enough to steer the query vector, and
        # short, because the encoder's cost grows with length (latency budget).
        phrases = [e.expansions[0] for e in expansions if e.expansions]
        rewritten = f"{text} ({'; '.join(phrases)})" if phrases else ""
        return _Query(text, terms, user_words, expansions, laws, references, rewritten)

    def _rank(
        self, query: _Query, vector: np.ndarray | None, k: int, law: str | None
    ) -> list[SearchHit]:
        cfg, idx = self.config, self.index
        n_articles = len(idx.articles)
        score = np.zeros(n_articles, dtype=np.float32)
        unit_score = np.zeros(len(idx.unit_article), dtype=np.float32)

        if cfg.lexical > 0:
            unit_lex = idx.unit_lexical.scores(query.terms)
            art_lex = idx.article_lexical.scores(query.terms)
            best_lex = np.maximum.reduceat(unit_lex, idx.article_start)
            lexical = (1 - cfg.article_mix) * _unit_max(best_lex) + cfg.article_mix * _unit_max(
                art_lex
            )
            score += cfg.lexical * _unit_max(lexical)
            unit_score += cfg.lexical * _unit_max(unit_lex)
        if cfg.guide_lexical > 0:
            score += cfg.guide_lexical * _unit_max(idx.guide_lexical.scores(query.terms))

        similarity = guide_similarity = None
        if cfg.semantic > 0 and vector is not None:
            head = idx.head_vectors @ vector
            similarity = idx.unit_vectors @ vector
            unit_sem = similarity + cfg.heading_weight * head[self._unit_heading]
            best_sem = _soft_max(unit_sem, idx.article_start, cfg.temperature)
            if cfg.article_vector > 0:
                best_sem = best_sem + cfg.article_vector * (self._article_vectors @ vector)
            score += cfg.semantic * _spread(best_sem)
            unit_score += cfg.semantic * _spread(unit_sem)
            if cfg.guide_semantic > 0 and self._guided.size:
                guide_similarity = idx.guide_vectors @ vector
                guide = guide_similarity[idx.link_vector]
                best_guide = np.maximum.reduceat(guide, self._link_start)
                score[self._guided] += cfg.guide_semantic * _spread(best_guide)

        if query.laws and cfg.law_prior > 0:
            score += cfg.law_prior * np.isin(self._laws, list(query.laws))
        if query.references and cfg.reference_boost > 0:
            named = [i for i, a in enumerate(self._article_ids) if a in query.references]
            score[named] += cfg.reference_boost

        if k == 0:
            return []
        rows = None if law is None else self._law_rows.get(law.strip().upper(), np.empty(0, int))
        candidates = score if rows is None else score[rows]
        if k < candidates.size:  # only the k best need sorting
            best = np.argpartition(-candidates, k - 1)[:k]
        else:
            best = np.arange(candidates.size)
        best = best[np.lexsort((best, -candidates[best]))]  # by score, ties by position
        top = best if rows is None else rows[best]
        hits = []
        for a in top:
            if not np.isfinite(score[a]):
                break
            hits.append(
                self._hit(int(a), float(score[a]), query, unit_score, similarity, guide_similarity)
            )
        return hits

    def _hit(
        self,
        a: int,
        score: float,
        query: _Query,
        unit_score: np.ndarray,
        similarity: np.ndarray | None,
        guide_similarity: np.ndarray | None,
    ) -> SearchHit:
        idx = self.index
        article = idx.articles[a]
        start = int(idx.article_start[a])
        stop = int(idx.article_start[a + 1]) if a + 1 < len(idx.articles) else len(unit_score)
        unit = start + int(np.argmax(unit_score[start:stop]))
        paragraph = int(idx.unit_paragraph[unit])
        why = self._explain(query, unit, None if similarity is None else float(similarity[unit]))
        if guide_similarity is not None:
            why = f"{why} {self._nearest_question(a, guide_similarity)}".strip()
        return SearchHit(
            law=article.law,
            article=article.article,
            heading=article.heading,
            score=round(score, 4),
            snippet=article.paragraphs[paragraph],
            paragraph=paragraph,
            why=why,
        )

    def _nearest_question(self, a: int, guide_similarity: np.ndarray) -> str:
        """The article's example question closest to the query, if it is close enough.

        Reviewers trust a match they can check: "it answers questions like this one" is
        easier to judge than a similarity figure alone.
        """
        pos = int(np.searchsorted(self._guided, a))
        if pos >= self._guided.size or self._guided[pos] != a:
            return ""
        stop = self._link_start[pos + 1] if pos + 1 < self._guided.size else None
        rows = self.index.link_vector[self._link_start[pos] : stop]
        rows = rows[self._is_question[rows]]
        if not rows.size:
            return ""
        best = int(rows[np.argmax(guide_similarity[rows])])
        if guide_similarity[best] < NEAREST_QUESTION_MIN:
            return ""
        question = self.index.guide_questions[best]
        return f"Responde a preguntas como «{question}» (similitud {guide_similarity[best]:.2f})."

    def _explain(self, query: _Query, unit: int, similarity: float | None) -> str:
        parts = []
        matched = self.index.unit_lexical.matched_terms(list(query.terms), unit)
        own = [query.user_words[t] for t in matched if query.terms[t] == 1.0]
        if own:
            parts.append("Coinciden los términos: " + ", ".join(own) + ".")
        expanded = [query.user_words[t] for t in matched if query.terms[t] != 1.0]
        if query.expansions:
            shown = "; ".join(
                f"«{e.trigger}» → {', '.join(e.expansions) or 'ley ' + '/'.join(e.laws)}"
                for e in query.expansions[:4]
            )
            parts.append(f"Equivalencias jurídicas: {shown}.")
            if expanded:
                parts.append(f"Términos jurídicos hallados: {', '.join(expanded[:6])}.")
        a_index = int(self.index.unit_article[unit])
        if self.config.guide_lexical > 0:
            guided = self.index.guide_lexical.matched_terms(list(query.terms), a_index)
            if guided:
                words = ", ".join(query.user_words[t] for t in guided[:6])
                parts.append(f"La guía o las preguntas de ejemplo del artículo mencionan: {words}.")
        if similarity is not None:
            parts.append(f"Similitud semántica del párrafo: {similarity:.2f}.")
        article = self.index.articles[a_index]
        if fold(article.article) in query.references:
            parts.append("La consulta menciona este número de artículo.")
        return " ".join(parts) or "Coincidencia por contexto del capítulo."


def _unit_max(values: np.ndarray) -> np.ndarray:
    """Scale so the best value is 1 (BM25 scores are unbounded and query-dependent)."""
    top = float(values.max()) if values.size else 0.0
    return values / top if top > 0 else values


def _spread(values: np.ndarray) -> np.ndarray:
    """Map cosine scores so the median is 0 and the best is 1.

    Raw cosine similarities crowd into a narrow band that differs per query; stretching
    the band puts them on the same footing as the max-normalised BM25 scores.
    """
    middle = float(np.median(values))
    top = float(values.max())
    if top - middle <= 1e-9:
        return np.zeros_like(values)
    return np.maximum(values - middle, 0) / (top - middle)


def _soft_max(values: np.ndarray, starts: np.ndarray, temperature: float) -> np.ndarray:
    """Per article, a log-sum-exp of its unit scores: the best one plus a little for the rest.

    An article with several relevant paragraphs is a better answer than one with a single
    lucky paragraph; the temperature sets how much the runners-up add (0 gives the plain max).
    """
    if temperature <= 0:
        return np.maximum.reduceat(values, starts)
    top = float(values.max())
    summed = np.add.reduceat(np.exp((values - top) / temperature), starts)
    return top + temperature * np.log(summed)


@cache
def _blas_limiter() -> ThreadpoolController:
    """Discovering the BLAS libraries is slow, so it is done once per process."""
    return ThreadpoolController()


def _single_blas_thread():
    """Run the scoring products on one BLAS thread.

    They are small (thousands × 512), where a second thread only adds synchronisation, and on
    a busy machine a descheduled BLAS thread turns milliseconds into tenths of a second.
    """
    return _blas_limiter().limit(limits=1, user_api="blas")


_lock = threading.Lock()
_searcher: ArticleSearcher | None = None


def get_searcher() -> ArticleSearcher:
    """The process-wide searcher, loading (or building and caching) the index on first use."""
    global _searcher
    with _lock:
        if _searcher is None:
            _searcher = ArticleSearcher.load()
        return _searcher


__all__ = ["ArticleSearcher", "SearchConfig", "SearchHit", "get_searcher"]
