"""Plain-language guides: everyday Spanish and English descriptions attached to articles.

The law says "mexicanos residentes en el extranjero"; people ask "can I vote from Texas?".
The thesaurus bridges single phrases, but it was grown from failing questions and overfits.
Guides are the general fix: for every heading group of every law (and for important
articles) a short summary and a list of search terms in both languages, written from the law
text alone. They are indexed as an extra field of each article they name (document
expansion), lexically and as sentence vectors.

The file is ``sufragio/laws/data/guides.yaml``: ``{version, guides: [...]}`` where each guide
is ``{law, heading, articles: [ids] | article: id, es, terms_es, en, terms_en}``.

Summaries still speak about an article; people ask questions. ``questions.yaml`` holds, for
every in-force article, a few example questions that it answers (``{version, questions:
[{law, article, es: [...], en: [...]}]}``), written from the law text by authors who did not
see the evaluation questions. Each example question becomes a one-article guide of its own,
so it gets its own vector: a question then meets the article through its nearest example
rather than through an average that blurs several topics (on the dev questions this lifted
hit@5 from 0.83 to 0.93; docs/adr/0003-article-search.md).

Entries of the wrong shape are skipped (and counted), so one bad entry never disables the
others.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

GUIDES_PATH = Path(__file__).resolve().parent.parent / "data" / "guides.yaml"
QUESTIONS_PATH = GUIDES_PATH.with_name("questions.yaml")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Guide:
    """One guide and the (law, article) pairs it describes."""

    law: str
    articles: tuple[str, ...]
    es: str  # summary + Spanish search terms
    en: str  # summary + English search terms
    question: bool = False  # an example question (questions.yaml), shown in explanations

    @property
    def text(self) -> str:
        """Both languages, for the lexical field."""
        return f"{self.es} {self.en}"


@dataclass(frozen=True)
class Guides:
    """All valid guides and the hash of the file they came from (part of the index key)."""

    guides: tuple[Guide, ...]
    digest: str
    skipped: int = 0


def _text(value: object) -> str:
    """A summary (string) or a term list (list of strings) as one line of text."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return "; ".join(str(v).strip() for v in value if str(v).strip())
    return ""


def _parse(item: object) -> Guide | None:
    """A guide from one YAML mapping, or None when its shape is wrong."""
    if not isinstance(item, dict) or not isinstance(item.get("law"), str):
        return None
    if "articles" in item:
        raw = item["articles"]
        ids = raw if isinstance(raw, list) else []
    else:
        ids = [item.get("article")]
    articles = tuple(str(a).strip() for a in ids if isinstance(a, str | int) and str(a).strip())
    es = " ".join(filter(None, (_text(item.get("es")), _text(item.get("terms_es")))))
    en = " ".join(filter(None, (_text(item.get("en")), _text(item.get("terms_en")))))
    if not articles or not (es or en):
        return None
    return Guide(item["law"].strip().upper(), articles, es, en)


def parse_guides(raw: bytes) -> Guides:
    """Parse the guides file (a ``guides:`` mapping, or a bare list of guides)."""
    data = yaml.safe_load(raw) or {}
    items = data.get("guides") if isinstance(data, dict) else data
    items = items if isinstance(items, list) else []
    parsed = [_parse(item) for item in items]
    guides = tuple(g for g in parsed if g is not None)
    skipped = len(parsed) - len(guides)
    if skipped:
        log.warning("guides: skipped %d entries of the wrong shape", skipped)
    return Guides(guides, hashlib.sha256(raw).hexdigest()[:16], skipped)


def _questions(item: object) -> list[Guide] | None:
    """One single-question guide per example question of an entry, or None if malformed."""
    if not isinstance(item, dict) or not isinstance(item.get("law"), str):
        return None
    article = item.get("article")
    if not isinstance(article, str | int) or not str(article).strip():
        return None
    law, ids = item["law"].strip().upper(), (str(article).strip(),)
    out = []
    for field in ("es", "en"):
        value = item.get(field)
        if not isinstance(value, list):
            return None
        for question in value:
            if not isinstance(question, str) or not question.strip():
                return None
            es, en = (question.strip(), "") if field == "es" else ("", question.strip())
            out.append(Guide(law, ids, es, en, question=True))
    return out or None


def parse_questions(raw: bytes) -> Guides:
    """Parse the example-questions file into single-question guides."""
    data = yaml.safe_load(raw) or {}
    items = data.get("questions") if isinstance(data, dict) else data
    items = items if isinstance(items, list) else []
    parsed = [_questions(item) for item in items]
    skipped = sum(p is None for p in parsed)
    if skipped:
        log.warning("example questions: skipped %d entries of the wrong shape", skipped)
    guides = tuple(g for p in parsed if p is not None for g in p)
    return Guides(guides, hashlib.sha256(raw).hexdigest()[:16], skipped)


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def load_guides(path: Path = GUIDES_PATH, questions_path: Path | None = QUESTIONS_PATH) -> Guides:
    """The guides in ``path`` plus the example questions; a missing file contributes none.

    ``questions_path=None`` leaves the example questions out (the benchmark's ablation).
    """
    raw_guides = _read(path)
    raw_questions = None if questions_path is None else _read(questions_path)
    guides = parse_guides(raw_guides) if raw_guides is not None else Guides((), "none")
    questions = parse_questions(raw_questions) if raw_questions is not None else Guides((), "none")
    return Guides(
        guides.guides + questions.guides,
        f"{guides.digest}+{questions.digest}",
        guides.skipped + questions.skipped,
    )


@cache
def get_guides() -> Guides:
    """The bundled guides, parsed once per process."""
    return load_guides()
