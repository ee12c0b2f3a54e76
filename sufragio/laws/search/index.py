"""The search index: paragraph units of every in-force article, lexical and vector views.

Articles are long and mix several topics, while a question is usually answered by one
paragraph; so each paragraph is a retrieval unit, carrying its heading path (Libro › Título ›
Capítulo) as context, and unit scores are aggregated back to articles by the engine. Each
article also carries the plain-language guides written for it (see :mod:`.guides`), as a
lexical field and as guide vectors.

Building embeds every paragraph with the sentence encoder, the slow part, so the result is
cached on disk under a key made of the corpus content, the guides, the engine version and the
model weights: a changed corpus, guide file or model never reuses stale vectors.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from sufragio.laws.search.guides import Guides
from sufragio.laws.search.lexical import BM25
from sufragio.textkit.embeddings import embed_texts, model_fingerprint
from sufragio.textkit.normalize import fold
from sufragio.textkit.spanish import analyze

#: Bump when the index layout or the analysis changes, to invalidate caches.
ENGINE_VERSION = "4"

#: Characters of each paragraph given to the encoder. The encoder's cost grows with text
#: length and its averaged vector blurs over long texts, so the opening of a paragraph
#: (where the law states its subject) is embedded; BM25 still sees the whole paragraph.
EMBED_CHARS = 300

#: Characters of each guide text (summary + terms) given to the encoder.
GUIDE_CHARS = 500

HEADING_SEPARATOR = " › "

#: Paragraphs that only record a repeal ("Se deroga.", "[4. Suprimido]"): no content to find.
_VOID = re.compile(
    r"^\[?\s*(?:[0-9]{1,3}[o°]?\.|[a-z]{1,2}\)|[ivxlc]{1,6}\.)?\s*"
    r"(?:se deroga|derogad[oa]|suprimid[oa])\.?\s*\]?\.?$"
)


def is_void(paragraph: str) -> bool:
    """True for an empty paragraph or one that only says it was repealed."""
    text = fold(paragraph)
    return not text or bool(_VOID.match(text))


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
    guide_lexical: BM25  # per article: the text of every guide written for it
    unit_vectors: np.ndarray  # (units, 512) float32
    head_vectors: np.ndarray  # (headings, 512) float32
    guide_vectors: np.ndarray  # (guide texts, 512) float32: es and en of every guide
    guide_questions: list[str]  # per row of guide_vectors: its example question, "" if a summary
    link_article: np.ndarray  # (links,) article of each guide-vector link, ascending
    link_vector: np.ndarray  # (links,) row of guide_vectors linked to that article
    key: str

    @property
    def laws(self) -> np.ndarray:
        """(articles,) law id of each article."""
        return np.array([a.law for a in self.articles])


def corpus_key(articles: list[IndexedArticle], guides: Guides) -> str:
    """Hash of the indexed text, the guides, the engine version and the model weights."""
    digest = hashlib.sha256(
        f"{ENGINE_VERSION}|{EMBED_CHARS}|{GUIDE_CHARS}|{model_fingerprint()}|{guides.digest}".encode()
    )
    for art in articles:
        digest.update(json.dumps(dataclasses.astuple(art), ensure_ascii=False).encode())
    return digest.hexdigest()[:20]


def indexable(raw_articles: list, law_names: dict[str, str]) -> list[IndexedArticle]:
    """In-force (non-transitory, not wholly repealed) articles."""
    out = []
    for art in raw_articles:
        if art.transitory or all(is_void(p) for p in art.paragraphs):
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


def _embed_unique(texts: list[str]) -> np.ndarray:
    """Embed each distinct text once (list items, fractions and headings repeat)."""
    unique = list(dict.fromkeys(texts))
    row = {text: i for i, text in enumerate(unique)}
    return embed_texts(unique)[[row[t] for t in texts]]


def _guide_links(
    articles: list[IndexedArticle], guides: Guides
) -> tuple[list[list[str]], list[str], list[bool], list[int], list[int]]:
    """Per article the analysed guide text; the guide texts to embed, whether each one is an
    example question, and their article links."""
    position = {(a.law, fold(a.article)): i for i, a in enumerate(articles)}
    docs: list[list[str]] = [[] for _ in articles]
    texts: list[str] = []
    questions: list[bool] = []
    links: list[tuple[int, int]] = []
    for guide in guides.guides:
        targets = sorted(
            {position[key] for a in guide.articles if (key := (guide.law, fold(a))) in position}
        )
        if not targets:
            continue
        terms = analyze(guide.text)
        rows = []
        for text in (guide.es, guide.en):
            if text:
                rows.append(len(texts))
                texts.append(_clip(text, GUIDE_CHARS))
                questions.append(guide.question)
        for a_index in targets:
            docs[a_index].extend(terms)
            links.extend((a_index, r) for r in rows)
    links.sort()
    return docs, texts, questions, [a for a, _ in links], [r for _, r in links]


def build_index(articles: list[IndexedArticle], guides: Guides) -> SearchIndex:
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
            if is_void(paragraph):
                continue
            terms = analyze(paragraph)
            article_terms.extend(terms)
            unit_docs.append(heading_terms + terms)
            unit_article.append(a_index)
            unit_paragraph.append(p_index)
            embed_inputs.append(_clip(paragraph, EMBED_CHARS))
        article_docs.append(article_terms)
    guide_docs, guide_texts, is_question, link_article, link_vector = _guide_links(articles, guides)
    vectors = _embed_unique(embed_inputs + list(headings) + guide_texts)
    n_units, n_heads = len(embed_inputs), len(headings)
    return SearchIndex(
        articles=articles,
        unit_article=np.array(unit_article, dtype=np.int32),
        unit_paragraph=np.array(unit_paragraph, dtype=np.int32),
        article_start=np.array(starts, dtype=np.int64),
        article_heading=np.array(article_heading, dtype=np.int32),
        unit_lexical=BM25.build(unit_docs),
        article_lexical=BM25.build(article_docs),
        guide_lexical=BM25.build(guide_docs),
        unit_vectors=vectors[:n_units],
        head_vectors=vectors[n_units : n_units + n_heads],
        guide_vectors=vectors[n_units + n_heads :],
        guide_questions=[t if q else "" for t, q in zip(guide_texts, is_question, strict=True)],
        link_article=np.array(link_article, dtype=np.int32),
        link_vector=np.array(link_vector, dtype=np.int32),
        key=corpus_key(articles, guides),
    )


_ARRAYS = (
    "unit_article",
    "unit_paragraph",
    "article_start",
    "article_heading",
    "link_article",
    "link_vector",
)
_VECTORS = ("unit_vectors", "head_vectors", "guide_vectors")
_LEXICAL = ("unit_lexical", "article_lexical", "guide_lexical")


def save_index(index: SearchIndex, cache_dir: Path) -> Path:
    """Write the index atomically to ``cache_dir/laws-search-<key>``; returns that folder."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    final = cache_dir / f"laws-search-{index.key}"
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=cache_dir))
    try:
        np.savez(staging / "arrays.npz", **{name: getattr(index, name) for name in _ARRAYS})
        # float16 halves the file; similarities change by < 1e-3, far below ranking noise.
        for name in _VECTORS:
            np.save(staging / f"{name}.npy", getattr(index, name).astype(np.float16))
        for name in _LEXICAL:
            getattr(index, name).save(staging / f"{name}.npz")
        (staging / "guide_questions.json").write_text(
            json.dumps(index.guide_questions, ensure_ascii=False), encoding="utf-8"
        )
        if final.exists():  # another process won the race: keep its copy
            shutil.rmtree(staging)
        else:
            os.replace(staging, final)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    # Indexes of older corpus/engine versions are never read again; they would pile up.
    for stale in cache_dir.glob("laws-search-*"):
        if stale != final:
            shutil.rmtree(stale, ignore_errors=True)
    return final


def load_index(
    cache_dir: Path, articles: list[IndexedArticle], guides: Guides
) -> SearchIndex | None:
    """Read the cached index of ``articles`` and ``guides``, or None if there is none.

    The articles themselves are not cached: the caller has just loaded them to compute the
    key, and the key guarantees the cached arrays were built from exactly this text.
    """
    key = corpus_key(articles, guides)
    folder = cache_dir / f"laws-search-{key}"
    try:
        with np.load(folder / "arrays.npz", allow_pickle=False) as z:
            arrays = {name: z[name] for name in _ARRAYS}
        vectors = {n: np.load(folder / f"{n}.npy").astype(np.float32) for n in _VECTORS}
        lexical = {n: BM25.load(folder / f"{n}.npz") for n in _LEXICAL}
        questions = json.loads((folder / "guide_questions.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError):
        return None
    return SearchIndex(
        articles=articles, key=key, guide_questions=questions, **arrays, **vectors, **lexical
    )
