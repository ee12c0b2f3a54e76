"""Plain-language guides: everyday Spanish and English descriptions attached to articles.

The law says "mexicanos residentes en el extranjero"; people ask "can I vote from Texas?".
The thesaurus bridges single phrases, but it was grown from failing questions and overfits.
Guides are the general fix: for every heading group of every law (and for important
articles) a short summary and a list of search terms in both languages, written from the law
text alone. They are indexed as an extra field of each article they name (document
expansion), lexically and as sentence vectors.

The file is ``sufragio/laws/data/guides.yaml``: ``{version, guides: [...]}`` where each guide
is ``{law, heading, articles: [ids] | article: id, es, terms_es, en, terms_en}``. Entries of
the wrong shape are skipped (and counted), so one bad entry never disables the others.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

GUIDES_PATH = Path(__file__).resolve().parent.parent / "data" / "guides.yaml"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Guide:
    """One guide and the (law, article) pairs it describes."""

    law: str
    articles: tuple[str, ...]
    es: str  # summary + Spanish search terms
    en: str  # summary + English search terms

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


def load_guides(path: Path = GUIDES_PATH) -> Guides:
    """The guides in ``path``; none (with a stable digest) if the file does not exist."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Guides((), "none")
    return parse_guides(raw)


@cache
def get_guides() -> Guides:
    """The bundled guides, parsed once per process."""
    return load_guides()
