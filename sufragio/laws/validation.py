"""Checks on user input to article search and lookup, shared by the CLI, the API and the web.

Every entry point must turn bad input into the same clear, Spanish message instead of a crash.
"""

from __future__ import annotations

import re
import unicodedata

from sufragio.laws import corpus

MAX_QUERY_CHARS = 2000
MAX_K = 50


class InvalidQuery(ValueError):
    """The request cannot be answered as given; the message is shown to the person."""


class ArticleNotFound(InvalidQuery):
    """The law is known but has no such article."""


def clean_query(raw: str | None) -> str:
    """Return the query with control characters rejected and whitespace collapsed."""
    if raw is None or not raw.strip():
        raise InvalidQuery("La consulta está vacía: escriba una pregunta o palabras clave.")
    if len(raw) > MAX_QUERY_CHARS:
        raise InvalidQuery(
            f"La consulta es demasiado larga ({len(raw)} caracteres; máximo {MAX_QUERY_CHARS})."
        )
    bad = [c for c in raw if unicodedata.category(c) == "Cc" and c not in "\t\n\r"]
    if bad:
        raise InvalidQuery("La consulta contiene caracteres de control no permitidos.")
    return " ".join(raw.split())


def clean_law(raw: str | None) -> str | None:
    """Return the canonical law code, or None when no filter was asked for."""
    if raw is None or raw == "":
        return None
    code = raw.strip().upper()
    known = [law.id for law in corpus.load_laws()]
    if code not in known:
        raise InvalidQuery(f"Ley desconocida: {raw!r}. Leyes disponibles: {', '.join(known)}.")
    return code


def clean_k(raw: int | str | None, default: int = 5) -> int:
    """Return a result count between 1 and MAX_K."""
    if raw is None or raw == "":
        return default
    try:
        k = int(raw)
    except (TypeError, ValueError):
        raise InvalidQuery(f"k debe ser un número entero entre 1 y {MAX_K}.") from None
    if not 1 <= k <= MAX_K:
        raise InvalidQuery(f"k debe estar entre 1 y {MAX_K}.")
    return k


_ARTICLE_ID = re.compile(
    r"^(?P<number>\d{1,4})\s*(?:o|º|°)?\.?\s*(?P<suffix>bis|ter|qu[aá]ter|quinquies)?\.?$",
    re.IGNORECASE,
)


def normalise_article_id(raw: str) -> str:
    """Turn user spellings ("218bis", "1o", "41 ") into the corpus form ("218 Bis", "1", "41")."""
    match = _ARTICLE_ID.match(raw.strip())
    if match is None:
        raise InvalidQuery(f"Número de artículo no válido: {raw!r}.")
    suffix = (match["suffix"] or "").lower().replace("á", "a").capitalize()
    return f"{int(match['number'])} {suffix}".strip()
