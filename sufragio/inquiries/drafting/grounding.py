"""Decide whether a generated rewrite of a draft may replace it.

A language model that polishes a reply can also invent an article, a deadline or a date. The
rewrite is accepted only if everything checkable in it is grounded in what we gave it: the
template draft (which is itself built from the letter and the templates) and the retrieved
articles. Each rule returns a reason in Spanish, recorded in the Draft when it fails.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sufragio.textkit.normalize import fold

SIGNATURE = "[Nombre y cargo de la persona servidora pública que firma]"
RECIPIENT = "{{destinatario}}"
FUNDAMENTO = "Fundamento legal"
CLOSING_MARK = "Atentamente"

#: Law codes and the names and short names people use for them, folded.
LAW_NAMES: dict[str, tuple[str, ...]] = {
    "CPEUM": ("cpeum", "constitucion politica de los estados unidos mexicanos", "constitucion"),
    "LGIPE": ("lgipe", "ley general de instituciones y procedimientos electorales"),
    "LGPP": ("lgpp", "ley general de partidos politicos"),
    "LGSMIME": ("lgsmime", "ley general del sistema de medios de impugnacion"),
    "LGPDPPSO": (
        "lgpdppso",
        "ley general de proteccion de datos personales en posesion de sujetos obligados",
    ),
    "LFPDPPP": ("lfpdppp", "ley federal de proteccion de datos personales"),
    "LGTAIP": ("lgtaip", "ley general de transparencia y acceso a la informacion publica"),
    "COFIPE": ("cofipe", "codigo federal de instituciones y procedimientos electorales"),
    "LGMDE": ("lgmde", "ley general en materia de delitos electorales"),
}
_ARTICLE = re.compile(
    r"\b(?:articulos?|arts?\.)\s+((?:\d+\s*(?:o|bis|ter)?\b[\s,y]*)+)", re.IGNORECASE
)
_ARTICLE_NUMBER = re.compile(r"\d+\s*(?:bis|ter)?")
_NUMBER = re.compile(r"\d+")
_QUOTED = re.compile(r"[«“\"]([^«»“”\"]{20,})[»”\"]")
_SENTENCE = re.compile(r"(?<=[.;:!?»”])\s+|\n+")
_SPELLED = frozenset(
    re.findall(
        r"\w+",
        "dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
        "dieciseis diecisiete dieciocho diecinueve veinte treinta cuarenta cincuenta sesenta "
        "noventa cien",
    )
)


@dataclass(frozen=True)
class Cited:
    """A (law, article) pair the rewrite is allowed to mention."""

    law: str
    article: str


def check_rewrite(
    rewrite: str, template_draft: str, folio: str, allowed: Iterable[Cited], quotes: list[str]
) -> str | None:
    """Return why ``rewrite`` must be rejected, or None when it passes every rule.

    ``allowed`` are the retrieved articles and ``quotes`` their quoted paragraphs.
    """
    allowed = list(allowed)
    grounded = _canon(" ".join([template_draft, *quotes]))
    for required in (folio, RECIPIENT, SIGNATURE):
        if required not in rewrite:
            return f"la reescritura omite {required!r}"
    reason = _check_citations(rewrite, allowed, template_draft)
    if reason:
        return reason
    for quote in _QUOTED.findall(rewrite):
        if _canon(quote) not in grounded:
            return f"cita textual que no está en los artículos recuperados: «{quote[:60]}»"
    if FUNDAMENTO in template_draft:
        section = fundamento_section(rewrite)
        if section is None:
            return "la reescritura omite el apartado «Fundamento legal»"
        for sentence in _SENTENCE.split(section):
            if sentence.strip() and _canon(sentence) not in grounded:
                return f"oración del Fundamento no sustentada: «{sentence.strip()[:80]}»"
    reference = set(_NUMBER.findall(template_draft + " " + " ".join(quotes)))
    invented = sorted(set(_NUMBER.findall(rewrite)) - reference)
    if invented:
        return f"cifras o fechas que no están en el borrador ni en las citas: {invented}"
    reference_words = set(_canon(template_draft + " " + " ".join(quotes)).split())
    spelled = sorted({w for w in _canon(rewrite).split() if w in _SPELLED} - reference_words)
    if spelled:
        return f"cantidades escritas con letra que no están en el borrador: {spelled}"
    return None


def fundamento_section(text: str) -> str | None:
    """The text between the «Fundamento legal» heading and «Atentamente» (or the end)."""
    start = text.find(FUNDAMENTO)
    if start < 0:
        return None
    body = text[start + len(FUNDAMENTO) :]
    end = body.find(CLOSING_MARK)
    return body if end < 0 else body[:end]


def _check_citations(rewrite: str, allowed: list[Cited], template_draft: str) -> str | None:
    folded = fold(rewrite)
    permitted_laws = {c.law for c in allowed} | _laws_in(fold(template_draft))
    extra_laws = sorted(_laws_in(folded) - permitted_laws)
    if extra_laws:
        return f"menciona leyes que no se recuperaron: {', '.join(extra_laws)}"
    pairs = {(c.law, _article_key(c.article)) for c in allowed}
    numbers = {key for _, key in pairs}
    for match in _ARTICLE.finditer(folded):
        law = _first_law(folded[match.end() : match.end() + 160])
        for raw in _ARTICLE_NUMBER.findall(match.group(1)):
            key = _article_key(raw)
            if (law is not None and (law, key) not in pairs) or key not in numbers:
                where = f" de {law}" if law else ""
                return f"cita un artículo no recuperado: artículo {raw.strip()}{where}"
    return None


def _laws_in(folded: str) -> set[str]:
    return {
        code
        for code, names in LAW_NAMES.items()
        if any(re.search(rf"\b{re.escape(n)}\b", folded) for n in names)
    }


def _first_law(folded: str) -> str | None:
    """The law named right after an article reference ("... de la LGIPE"), if any."""
    best: tuple[int, str] | None = None
    for code, names in LAW_NAMES.items():
        for name in names:
            found = re.search(rf"\b{re.escape(name)}\b", folded)
            if found and (best is None or found.start() < best[0]):
                best = (found.start(), code)
    if best is None or re.search(r"\b(?:articulos?|arts?\.)\s", folded[: best[0]]):
        return None
    return best[1]


def _article_key(article: str) -> str:
    """'6o' → '6', '442 Bis' → '442bis': the forms people write for the same article."""
    key = fold(article).replace(" ", "").replace("º", "").replace("°", "")
    return re.sub(r"^(\d+)o$", r"\1", key)


def _canon(text: str) -> str:
    """Folded text with quotes and punctuation dropped, for containment tests."""
    return " ".join(re.sub(r"[^\w\s]", " ", fold(text)).split())
