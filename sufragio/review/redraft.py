"""Draft a letter's reply again for a given category, with the pipeline's own engines.

Used when a reviewer corrected the category or wants a fresh draft. The engines are the ones the
pipeline loads (same builds, same governance gate), and the result is stored like the pipeline's
own output: a new immutable ``DraftRecord`` with its provenance.
"""

from __future__ import annotations

from types import SimpleNamespace

from sufragio.governance.gate import NotApproved, authorize, provenance
from sufragio.inquiries import pipeline
from sufragio.inquiries.models import DraftRecord, Letter
from sufragio.review.categories import category


class RedraftError(Exception):
    """The draft cannot be produced now; the message says why, in Spanish."""


def redraft(letter: Letter, category_id: str) -> DraftRecord:
    """Retrieve articles and draft the reply for ``category_id``; raises :class:`RedraftError`."""
    chosen = category(category_id)
    if chosen is None:
        raise RedraftError("asigne primero una categoría a la carta")
    if not letter.redacted_text:
        raise RedraftError("la carta no tiene texto testado; no se puede redactar un borrador")
    try:
        search, drafter = pipeline.searcher(), pipeline.drafter()
        authorize(search.component)
        authorize(drafter.component)
    except NotApproved as exc:
        raise RedraftError(exc.reason) from exc
    query = pipeline.request_query(letter.redacted_text, chosen.id)
    hits = search.obj.search_many([query], pipeline.CANDIDATES_K)[0]
    cited = pipeline.choose_citations(hits, chosen.id)
    from sufragio.inquiries.drafting import Citation

    triage = SimpleNamespace(
        category=chosen.id,
        unit=chosen.unit,
        unit_code=chosen.unit_code,
        deadline_business_days=chosen.deadline_business_days,
    )
    draft = drafter.obj.draft(
        folio=letter.folio,
        received=letter.received,
        redacted_text=letter.redacted_text,
        triage=triage,
        citations=[Citation(h.law, h.article, h.heading, h.snippet) for h in cited],
    )
    return DraftRecord.objects.create(
        letter=letter,
        text=draft.text,
        citations=pipeline.citation_list(cited),
        template_id=draft.template_id,
        template_version=draft.template_version,
        generator=draft.generator,
        provenance=list(letter.redaction_provenance)
        + provenance([search.component, drafter.component]),
    )
