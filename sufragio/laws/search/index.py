"""The search index: paragraph units of every in-force article, lexical and vector views.

Articles are long and mix several topics, while a question is usually answered by one
paragraph; so each paragraph is a retrieval unit, carrying its heading path (Libro › Título ›
Capítulo) as context, and unit scores are aggregated back to articles by the engine.

Building embeds every paragraph with the sentence encoder, the slow part, so the result is
cached on disk under a key made of the corpus content, the engine version and the model
weights: a changed corpus or model never reuses stale vectors.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from sufragio.laws.search.lexical import BM25
from sufragio.textkit.embeddings import embed_texts, model_fingerprint
from sufragio.textkit.spanish import analyze

#: Bump when the index layout or the analysis changes, to invalidate caches.
ENGINE_VERSION = "2"

#: Characters of each paragraph given to the encoder. The encoder's cost grows with text
#: length and its averaged vector blurs over long texts, so the opening of a paragraph
#: (where the law states its subject) is embedded; BM25 still sees the whole paragraph.
EMBED_CHARS = 300

HEADING_SEPARATOR = " › "


@dataclass(frozen=True)
class IndexedArticle:
    """What the engine needs of a corpus article (kept small: the cache stores these)."""

    law: str
    article: str
    heading: str  # Libro › Título › Capítulo path, as shown to users
    context: str  # law name › heading path: what the units of this article are "about"
    paragraphs: tuple[str, ...]  # as in the corpus (indices match Article.paragraphs)


@dataclass
class SearchIndex:
    """Arrays describing the units and their lexical/semantic representations."""

    articles: list[IndexedArticle]
    unit_article: np.ndarray  # (units,) article index of each unit
    unit_paragraph: np.ndarray  # (units,) paragraph index inside its article
    article_start: np.ndarray  # (articles,) first unit of each article (units are contiguous)
    article_heading: np.ndarray  # (articles,) row of head_vectors for the article's heading
    unit_lexical: BM25  # heading + paragraph
    article_lexical: BM25  # heading + whole article
    unit_vectors: np.ndarray  # (units, 512) float32
    head_vectors: np.ndarray  # (headings, 512) float32
    key: str

    @property
    def laws(self) -> np.ndarray:
        """(articles,) law id of each article."""
        return np.array([a.law for a in self.articles])


def corpus_key(articles: list[IndexedArticle]) -> str:
    """Hash of the indexed text, the engine version and the model weights."""
    digest = hashlib.sha256(f"{ENGINE_VERSION}|{EMBED_CHARS}|{model_fingerprint()}".encode())
    for art in articles:
        digest.update(json.dumps(dataclasses.astuple(art), ensure_ascii=False).encode())
    return digest.hexdigest()[:20]


def indexable(raw_articles: list, law_names: dict[str, str]) -> list[IndexedArticle]:
    """In-force (non-transitory) articles with at least one non-empty paragraph."""
    out = []
    for art in raw_articles:
        if art.transitory or not any(p.strip() for p in art.paragraphs):
            continue
        heading = HEADING_SEPARATOR.join(art.heading)
        context = HEADING_SEPARATOR.join([law_names.get(art.law, art.law), *art.heading])
        out.append(IndexedArticle(art.law, art.article, heading, context, tuple(art.paragraphs)))
    return out


def _clip(text: str, limit: int) -> str:
    """Cut ``text`` at a word boundary near ``limit`` characters."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit]


def build_index(articles: list[IndexedArticle]) -> SearchIndex:
    """Build all representations from scratch (slow: embeds every paragraph)."""
    unit_article: list[int] = []
    unit_paragraph: list[int] = []
    unit_docs: list[list[str]] = []
    article_docs: list[list[str]] = []
    embed_inputs: list[str] = []
    headings: dict[str, int] = {}
    article_heading: list[int] = []
    starts: list[int] = []
    for a_index, art in enumerate(articles):
        heading_terms = analyze(art.context)
        article_heading.append(headings.setdefault(art.context, len(headings)))
        starts.append(len(unit_article))
        article_terms = list(heading_terms)
        for p_index, paragraph in enumerate(art.paragraphs):
            if not paragraph.strip():
                continue
            terms = analyze(paragraph)
            article_terms.extend(terms)
            unit_docs.append(heading_terms + terms)
            unit_article.append(a_index)
            unit_paragraph.append(p_index)
            embed_inputs.append(_clip(paragraph, EMBED_CHARS))
        article_docs.append(article_terms)
    vectors = embed_texts(embed_inputs + list(headings))
    return SearchIndex(
        articles=articles,
        unit_article=np.array(unit_article, dtype=np.int32),
        unit_paragraph=np.array(unit_paragraph, dtype=np.int32),
        article_start=np.array(starts, dtype=np.int64),
        article_heading=np.array(article_heading, dtype=np.int32),
        unit_lexical=BM25.build(unit_docs),
        article_lexical=BM25.build(article_docs),
        unit_vectors=vectors[: len(embed_inputs)],
        head_vectors=vectors[len(embed_inputs) :],
        key=corpus_key(articles),
    )


_ARRAYS = ("unit_article", "unit_paragraph", "article_start", "article_heading")


def save_index(index: SearchIndex, cache_dir: Path) -> Path:
    """Write the index atomically to ``cache_dir/laws-search-<key>``; returns that folder."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    final = cache_dir / f"laws-search-{index.key}"
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=cache_dir))
    try:
        np.savez(staging / "arrays.npz", **{name: getattr(index, name) for name in _ARRAYS})
        # float16 halves the file; similarities change by < 1e-3, far below ranking noise.
        np.save(staging / "unit_vectors.npy", index.unit_vectors.astype(np.float16))
        np.save(staging / "head_vectors.npy", index.head_vectors.astype(np.float16))
        index.unit_lexical.save(staging / "unit_lexical.npz")
        index.article_lexical.save(staging / "article_lexical.npz")
        if final.exists():  # another process won the race: keep its copy
            shutil.rmtree(staging)
        else:
            os.replace(staging, final)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return final


def load_index(cache_dir: Path, articles: list[IndexedArticle]) -> SearchIndex | None:
    """Read the cached index of ``articles``, or None if there is none (or it is unreadable).

    The articles themselves are not cached: the caller has just loaded them to compute the
    key, and the key guarantees the cached arrays were built from exactly this text.
    """
    key = corpus_key(articles)
    folder = cache_dir / f"laws-search-{key}"
    try:
        with np.load(folder / "arrays.npz", allow_pickle=False) as z:
            arrays = {name: z[name] for name in _ARRAYS}
        return SearchIndex(
            articles=articles,
            unit_lexical=BM25.load(folder / "unit_lexical.npz"),
            article_lexical=BM25.load(folder / "article_lexical.npz"),
            unit_vectors=np.load(folder / "unit_vectors.npy").astype(np.float32),
            head_vectors=np.load(folder / "head_vectors.npy").astype(np.float32),
            key=key,
            **arrays,
        )
    except (OSError, ValueError, KeyError):
        return None
