"""Assemble a preliminary reply in INE's formal style from a template and retrieved articles.

The draft is deterministic: same letter, triage, citations and templates, same text. An optional
language model may polish it, but its rewrite replaces the template draft only if it passes the
grounding checks; otherwise the template draft stands and the reason is kept in the Draft.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Protocol

from sufragio.inquiries.drafting import grounding, llm
from sufragio.inquiries.drafting.extract import NO_REQUEST, request_sentences
from sufragio.inquiries.drafting.templates import Template, TemplateBank
from sufragio.textkit.normalize import fold
from sufragio.textkit.spanish import MONTHS

_LAWS_FILE = Path(__file__).resolve().parents[2] / "laws" / "data" / "laws.json"
DEFAULT_RECIPIENT = "C. Peticionaria/Peticionario"
NO_CITATIONS = (
    "No se recuperaron artículos aplicables; la persona servidora pública que revise este "
    "borrador debe completar este apartado."
)


class TriageLike(Protocol):
    """What the drafter reads from a triage result (TriageResult satisfies it)."""

    category: str
    unit: str
    unit_code: str
    deadline_business_days: int


@dataclass(frozen=True)
class Citation:
    """A retrieved article; ``text`` is the paragraph quoted verbatim in the draft."""

    law: str
    article: str
    heading: str
    text: str


@dataclass(frozen=True)
class Draft:
    """A preliminary reply. ``rejected_rewrite`` says why a model rewrite was discarded."""

    text: str
    citations: list[Citation]
    template_id: str
    template_version: str
    generator: str
    rejected_rewrite: str | None = None


class Drafter:
    """Fills the template of a letter's category; optionally asks a model to polish it."""

    def __init__(
        self, bank: TemplateBank, *, version: str, llm_url: str = "", llm_model: str = ""
    ) -> None:
        self.bank = bank
        self.version = version
        self.llm_url = llm_url
        self.llm_model = llm_model

    def draft(
        self,
        *,
        folio: str,
        received: date,
        redacted_text: str,
        triage: TriageLike,
        citations: list[Citation],
        dated: date | None = None,
        rewrite_refused: str | None = None,
    ) -> Draft:
        """Build the reply; ``dated`` is the date printed on it (today by default).

        ``rewrite_refused`` is the reason the caller may not use the LLM rewriter (e.g. the AI
        registry has not approved it): the template draft is kept and the reason recorded.
        """
        template = self.bank.for_category(triage.category)
        text = self._template_text(
            folio, received, dated or date.today(), redacted_text, triage, citations, template
        )
        draft = Draft(
            text=text,
            citations=list(citations),
            template_id=template.id,
            template_version=self.bank.version,
            generator="template",
        )
        if self.rewriter_version is None:
            return draft
        if rewrite_refused:
            return _with(draft, rejected=rewrite_refused)
        return self._rewritten(draft, folio)

    @property
    def rewriter_version(self) -> str | None:
        """Identity of the configured LLM rewriter (endpoint and model), or None when it is off."""
        if not (self.llm_url and self.llm_model):
            return None
        return hashlib.sha256(f"{self.llm_url}|{self.llm_model}".encode()).hexdigest()[:16]

    def _template_text(
        self,
        folio: str,
        received: date,
        dated: date,
        redacted_text: str,
        triage: TriageLike,
        citations: list[Citation],
        template: Template,
    ) -> str:
        body = template.body.format(
            unidad=triage.unit,
            unidad_siglas=triage.unit_code,
            categoria=template.subject,
            plazo=triage.deadline_business_days,
            autoridad_competente=_competent_authority(template, redacted_text),
        )
        requests = request_sentences(redacted_text)
        asked = "\n".join(f"«{s}»" for s in requests) if requests else NO_REQUEST
        parts = [
            "INSTITUTO NACIONAL ELECTORAL",
            f"{triage.unit}\nFolio: {folio}\nAsunto: {template.subject}",
            f"Ciudad de México, a {spanish_date(dated)}",
            f"{grounding.RECIPIENT}\nP r e s e n t e",
            f"Se acusa recibo de su escrito recibido en este Instituto el "
            f"{spanish_date(received)}, registrado con el folio {folio}, en el que, en lo "
            "sustancial, plantea lo siguiente:",
            asked,
            body,
            grounding.FUNDAMENTO,
            *([_quote(c) for c in citations] or [NO_CITATIONS]),
            self.bank.closing,
            f"{grounding.CLOSING_MARK}\n\n{grounding.SIGNATURE}",
        ]
        return "\n\n".join(parts) + "\n"

    def _rewritten(self, draft: Draft, folio: str) -> Draft:
        articles = "\n\n".join(_quote(c) for c in draft.citations)
        try:
            text = llm.rewrite(self.llm_url, self.llm_model, draft.text, articles)
        except llm.LLMError as exc:
            return _with(draft, rejected=str(exc))
        reason = grounding.check_rewrite(
            text,
            draft.text,
            folio,
            [grounding.Cited(c.law, c.article) for c in draft.citations],
            [c.text for c in draft.citations],
        )
        if reason:
            return _with(draft, rejected=reason)
        return Draft(
            text=text.rstrip() + "\n",
            citations=draft.citations,
            template_id=draft.template_id,
            template_version=draft.template_version,
            generator=f"llm:{self.llm_model}",
        )


def render(draft: Draft, recipient_name: str | None) -> str:
    """Fill the salutation at display time, where the caller may reveal the real name."""
    name = (recipient_name or "").strip()
    return draft.text.replace(grounding.RECIPIENT, f"C. {name}" if name else DEFAULT_RECIPIENT)


def spanish_date(day: date) -> str:
    """'23 de noviembre de 2026'."""
    return f"{day.day} de {MONTHS[day.month - 1]} de {day.year}"


def _quote(citation: Citation) -> str:
    law = law_names().get(citation.law)
    named = f"la {law} ({citation.law})" if law else citation.law
    if law and law.startswith("Constitución"):
        named = f"la {law}"
    heading = f", {citation.heading}" if citation.heading else ""
    return f"Artículo {citation.article} de {named}{heading}:\n«{citation.text.strip()}»"


def _competent_authority(template: Template, redacted_text: str) -> str:
    folded = fold(redacted_text)
    for authority in template.authorities:
        if any(re.search(rf"\b{re.escape(fold(w))}\b", folded) for w in authority.words):
            return authority.name
    return template.default_authority


def _with(draft: Draft, *, rejected: str) -> Draft:
    return Draft(
        text=draft.text,
        citations=draft.citations,
        template_id=draft.template_id,
        template_version=draft.template_version,
        generator="template",
        rejected_rewrite=rejected,
    )


@cache
def law_names() -> dict[str, str]:
    """Full law names from the bundled corpus index; empty if the corpus is not installed."""
    try:
        return {law["id"]: law["name"] for law in json.loads(_LAWS_FILE.read_text("utf-8"))}
    except OSError:
        return {}
