"""Preliminary replies to letters: template bank + extractive acknowledgement + quoted law.

Framework-free (no Django). Works on redacted text only; the recipient's name is filled in by
:func:`render` at display time. The public API: :func:`get_drafter`, :class:`Drafter`,
:class:`Draft`, :class:`Citation`, :func:`render`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sufragio import conf
from sufragio.inquiries.drafting.compose import Citation, Draft, Drafter, render, spanish_date
from sufragio.inquiries.drafting.templates import TemplateBank, TemplateError, load_templates

__all__ = [
    "Citation",
    "Draft",
    "Drafter",
    "TemplateBank",
    "TemplateError",
    "code_digest",
    "get_drafter",
    "load_templates",
    "render",
    "spanish_date",
]


def code_digest() -> str:
    """SHA-256 of this package's source: a code change yields a new drafter version."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


@cache
def get_drafter() -> Drafter:
    """The process-wide drafter, with the bundled templates checked against the taxonomy."""
    from sufragio.inquiries.triage import load_taxonomy

    bank = load_templates(categories=load_taxonomy().ids)
    version = hashlib.sha256(f"{bank.digest}|{code_digest()}".encode()).hexdigest()[:16]
    return Drafter(
        bank,
        version=version,
        llm_url=conf.get("SUFRAGIO_LLM_URL"),
        llm_model=conf.get("SUFRAGIO_LLM_MODEL"),
    )


@dataclass(frozen=True)
class RewriterIdentity:
    """The optional LLM rewriter as the AI registry sees it; ``version`` is None when it is off."""

    version: str | None


def llm_rewriter() -> RewriterIdentity:
    """Identity of the configured OpenAI-compatible rewriter (endpoint and model hash)."""
    return RewriterIdentity(get_drafter().rewriter_version)
