"""The letter pipeline: redact → classify → retrieve articles → draft, in batches.

:func:`analyse` is the pure part (no database writes): it asks the governance gate before using
each engine, runs the engines batched (``classify_many``, ``search_many``) and says for every
letter where it ends up and why. :func:`process_letters` runs it on stored letters and saves the
AI outputs with their provenance. ``sufragio inbox triage --dry-run`` uses :func:`analyse` alone.

A refusal of the gate or a failing engine never loses a letter: the letters it affects stop at the
last completed stage with status ``needs_manual_handling`` and the reason in Spanish.
"""

from __future__ import annotations

import logging
import re
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any

from django.db import transaction
from django.utils import timezone

from sufragio.audit.log import Event, record_many
from sufragio.governance.gate import Component, NotApproved, authorize, provenance
from sufragio.governance.gate import register_component as remember
from sufragio.inquiries.models import DraftRecord, Letter, Status, TriageRecord
from sufragio.review import workflow

logger = logging.getLogger(__name__)

#: Articles proposed per letter, and the fused search score below which a hit is not cited.
CITATIONS_K = 3
CANDIDATES_K = 8
CITATION_FLOOR = 1.0
#: Characters of request sentences used as the retrieval query.
QUERY_CHARS = 300
#: Letters analysed together (one classify_many / search_many call each).
BATCH_SIZE = 64

_REQUEST_CUE = re.compile(
    r"\b(solicit|pid|pedi|quier|quisier|necesit|requier|deseo|favor|ayud|inform|sab|"
    r"c[oó]mo|d[oó]nde|cu[aá]ndo|qu[eé]|por qu[eé]|denunci|queja|acceso|corrij|correcci)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?¿¡\n])\s+")


@dataclass(frozen=True)
class Engine:
    """A loaded engine and the registry component that identifies its exact build."""

    obj: Any
    component: Component


def _load(system: str, kind: str, factory: Callable[[], Any]) -> Engine:
    engine = factory()
    component = Component(system, str(engine.version), kind)
    remember(component)
    return Engine(engine, component)


@cache
def redactor() -> Engine:
    from sufragio.privacy.engine import get_engine

    return _load("pii-redaction", "redaction", get_engine)


@cache
def searcher() -> Engine:
    from sufragio.laws.search import get_searcher

    return _load("article-search", "retriever", get_searcher)


@cache
def classifier() -> Engine:
    from sufragio.inquiries.triage import get_classifier

    return _load("triage-classifier", "classifier", get_classifier)


@cache
def drafter() -> Engine:
    from sufragio.inquiries.drafting import get_drafter

    return _load("letter-drafter", "drafter", get_drafter)


@cache
def _taxonomy() -> Any:
    from sufragio.inquiries.triage.taxonomy import load_taxonomy

    return load_taxonomy()


@dataclass
class Outcome:
    """Where one letter ended up, with every AI output produced on the way."""

    status: str = Status.RECEIVED
    reason: str = ""
    redaction: Any = None
    redaction_provenance: list[dict] = field(default_factory=list)
    triage: Any = None
    triage_provenance: list[dict] = field(default_factory=list)
    citations: list[Any] = field(default_factory=list)
    draft: Any = None
    draft_provenance: list[dict] = field(default_factory=list)

    def park(self, reason: str) -> None:
        self.status, self.reason = Status.NEEDS_MANUAL_HANDLING, reason

    @property
    def open(self) -> bool:
        """Still moving through the pipeline (not parked, not sent to manual triage)."""
        return self.status in {Status.RECEIVED, Status.TRIAGED}


@dataclass
class Timings:
    """Seconds spent per stage, summed over batches (the bench reports these)."""

    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))

    def add(self, stage: str, started: float) -> None:
        self.seconds[stage] += time.perf_counter() - started


@dataclass(frozen=True)
class LetterInput:
    """What the pipeline needs of a letter; folio may be a preview in a dry run."""

    text: str
    folio: str
    received: datetime


def _gate(engine_loader: Callable[[], Engine], outcomes: list[Outcome]) -> Engine | None:
    """The engine if the gate allows it now; otherwise park every open letter with the reason."""
    try:
        engine = engine_loader()
        authorize(engine.component)
    except NotApproved as exc:
        reason = exc.reason
    except ImportError as exc:  # an engine not installed in this deployment
        reason = f"sistema no disponible: {exc.name or exc}"
    else:
        return engine
    for outcome in outcomes:
        if outcome.open:
            outcome.park(reason)
    return None


def _guarded(stage: str, outcomes: list[Outcome], work: Callable[[], None]) -> None:
    """Run one stage; an engine crash parks the letters still open instead of failing the job."""
    try:
        work()
    except Exception:
        logger.exception("pipeline stage %s failed", stage)
        for outcome in outcomes:
            if outcome.open:
                outcome.park(f"error interno en la etapa «{stage}»; revise la carta a mano")


def analyse(letters: Sequence[LetterInput], timings: Timings | None = None) -> list[Outcome]:
    """Run every stage on ``letters``; writes nothing to the database."""
    timings = timings or Timings()
    outcomes = [Outcome() for _ in letters]
    for start in range(0, len(letters), BATCH_SIZE):
        chunk = list(letters[start : start + BATCH_SIZE])
        _analyse_batch(chunk, outcomes[start : start + BATCH_SIZE], timings)
    return outcomes


def _analyse_batch(letters: list[LetterInput], outcomes: list[Outcome], timings: Timings) -> None:
    started = time.perf_counter()
    engine = _gate(redactor, outcomes)
    if engine is not None:

        def redact() -> None:  # one batched spaCy pass: half the CPU of a call per letter
            redactions = engine.obj.redact_many([letter.text for letter in letters])
            for outcome, redaction in zip(outcomes, redactions, strict=True):
                outcome.redaction = redaction
                outcome.redaction_provenance = provenance([engine.component])

        _guarded("testado", outcomes, redact)
    timings.add("redact", started)
    _classify(outcomes, timings)
    _retrieve(outcomes, timings)
    _draft(letters, outcomes, timings)


def _classify(outcomes: list[Outcome], timings: Timings) -> None:
    started = time.perf_counter()
    live = [o for o in outcomes if o.open]
    engine = _gate(classifier, live) if live else None
    if engine is None:
        return

    def classify() -> None:
        results = engine.obj.classify_many([o.redaction.text for o in live])
        for outcome, result in zip(live, results, strict=True):
            outcome.triage = result
            outcome.triage_provenance = provenance([redactor().component, engine.component])
            if result.needs_manual_triage:
                outcome.status = Status.NEEDS_MANUAL_TRIAGE
                why = (result.explanation or {}).get("manual_triage_reason") or (
                    f"confianza {result.confidence:.2f}"
                )
                outcome.reason = f"clasificación dudosa ({why}): una persona debe asignar el tema"
            else:
                outcome.status = Status.TRIAGED

    _guarded("clasificación", live, classify)
    timings.add("classify", started)


def request_query(redacted_text: str, category_id: str) -> str:
    """Retrieval query: the category's name plus the sentences where the writer asks for
    something (the rest of a letter is greetings, addresses and story, which only add noise)."""
    sentences = [s.strip() for s in _SENTENCE_END.split(redacted_text) if s.strip()]
    asks = [s for s in sentences if _REQUEST_CUE.search(s)] or sentences
    query = " ".join(asks)[:QUERY_CHARS]
    try:
        name = _taxonomy()[category_id].name
    except KeyError:
        name = ""
    return f"{name}. {query}" if name else query


def _legal_basis(category_id: str) -> set[tuple[str, str]]:
    try:
        return {(b.law, b.article) for b in _taxonomy()[category_id].legal_basis}
    except KeyError:
        return set()


def choose_citations(hits: list[Any], category_id: str) -> list[Any]:
    """Hits above the floor, articles of the category's legal basis first, at most CITATIONS_K."""
    basis = _legal_basis(category_id)
    kept = [h for h in hits if h.score >= CITATION_FLOOR]
    kept.sort(key=lambda h: ((h.law, h.article) not in basis, -h.score))
    return kept[:CITATIONS_K]


def _retrieve(outcomes: list[Outcome], timings: Timings) -> None:
    started = time.perf_counter()
    live = [o for o in outcomes if o.status == Status.TRIAGED]
    engine = _gate(searcher, live) if live else None
    if engine is None:
        return

    def retrieve() -> None:
        queries = [request_query(o.redaction.text, o.triage.category) for o in live]
        for outcome, hits in zip(live, engine.obj.search_many(queries, CANDIDATES_K), strict=True):
            outcome.citations = choose_citations(hits, outcome.triage.category)

    _guarded("búsqueda de artículos", live, retrieve)
    timings.add("retrieve", started)


def _rewriter(engine: Engine) -> tuple[Component | None, str | None]:
    """The optional LLM rewriter as a registry component, and why it may not run (if so).

    It is an AI system of its own ("llm-endpoint"), so it needs its own approval; when refused,
    drafts keep their template text and record the reason.
    """
    version = engine.obj.rewriter_version
    if version is None:
        return None, None
    component = Component("llm-endpoint", version, "generator")
    remember(component)
    try:
        authorize(component)
    except NotApproved as exc:
        return component, exc.reason
    return component, None


def _draft(letters: list[LetterInput], outcomes: list[Outcome], timings: Timings) -> None:
    started = time.perf_counter()
    live = [(lt, o) for lt, o in zip(letters, outcomes, strict=True) if o.status == Status.TRIAGED]
    engine = _gate(drafter, [o for _, o in live]) if live else None
    if engine is None:
        return
    from sufragio.inquiries.drafting import Citation

    rewriter, refused = _rewriter(engine)

    def draft() -> None:
        for letter, outcome in live:
            citations = [
                Citation(h.law, h.article, h.heading, h.snippet) for h in outcome.citations
            ]
            outcome.draft = engine.obj.draft(
                folio=letter.folio,
                received=timezone.localdate(letter.received),
                redacted_text=outcome.redaction.text,
                triage=outcome.triage,
                citations=citations,
                rewrite_refused=refused,
            )
            used = [redactor().component, classifier().component, searcher().component]
            used.append(engine.component)
            if outcome.draft.generator.startswith("llm:") and rewriter is not None:
                used.append(rewriter)
            outcome.draft_provenance = provenance(used)
            outcome.status = Status.DRAFTED

    _guarded("redacción del borrador", [o for _, o in live], draft)
    timings.add("draft", started)


# ----- persistence ---------------------------------------------------------------------------


def process_letters(
    letter_ids: Sequence[int], actor: str = "system", timings: Timings | None = None
) -> dict[str, int]:
    """Analyse the given letters still ``received`` and save the results; returns status counts.

    Idempotent: a letter already processed (by another worker, or an earlier retry) is skipped,
    because each save only applies to a letter whose status is still ``received``.
    """
    counts: dict[str, int] = defaultdict(int)
    timings = timings or Timings()
    pending = list(
        Letter.objects.filter(pk__in=list(letter_ids), status=Status.RECEIVED).order_by("pk")
    )
    for start in range(0, len(pending), BATCH_SIZE):
        chunk = pending[start : start + BATCH_SIZE]
        inputs = [LetterInput(lt.text, lt.folio, lt.received) for lt in chunk]
        outcomes = analyse(inputs, timings)
        started = time.perf_counter()
        with transaction.atomic():
            rows = _Rows()
            events = _save(chunk, outcomes, actor, rows)
            rows.write()
            record_many(events)
        timings.add("store", started)
        for outcome in outcomes:
            counts[outcome.status] += 1
    return dict(counts)


@dataclass
class _Rows:
    """A batch's AI outputs, written with one statement per table instead of one per letter."""

    letters: list[Letter] = field(default_factory=list)
    triages: list[TriageRecord] = field(default_factory=list)
    drafts: list[DraftRecord] = field(default_factory=list)

    def write(self) -> None:
        fields = ["redacted_text", "entities", "redaction_provenance"]
        Letter.objects.bulk_update(self.letters, fields, batch_size=BATCH_SIZE)
        TriageRecord.objects.bulk_create(self.triages, batch_size=BATCH_SIZE)
        DraftRecord.objects.bulk_create(self.drafts, batch_size=BATCH_SIZE)


def _save(letters: list[Letter], outcomes: list[Outcome], actor: str, rows: _Rows) -> list[Event]:
    """Store a batch of outcomes; returns their audit events (none for a letter another worker
    got to first). The AI output rows go to ``rows``, written at once by :meth:`_Rows.write`.

    The status changes go through the review desk's workflow, the one place that moves letters,
    in one batch move that skips any letter no longer ``received``.
    """
    moves, states = [], []
    for letter, outcome in zip(letters, outcomes, strict=True):
        if outcome.status == Status.RECEIVED:  # no stage decided anything: a person must look
            outcome.park("el análisis no concluyó; revise la carta a mano")
        triage_row, draft_row, state = _outputs(letter, outcome)
        moves.append(workflow.Move(letter, outcome.status, outcome.reason, triage_row, draft_row))
        states.append(state)
    review_events: list[Event] = []
    moved = workflow.advance_received(moves, actor, review_events, action="process")
    by_ref = {event.object_ref: event for event in review_events}
    events: list[Event] = []
    for move, outcome, state in zip(moves, outcomes, states, strict=True):
        if move.letter.pk not in moved:
            continue
        letter, redaction = move.letter, outcome.redaction
        entities = entity_list(redaction) if redaction is not None else []
        letter.redacted_text = redaction.text if redaction is not None else ""
        letter.entities = [{**e, "score": round(s, 3)} for e, s in entities]
        letter.redaction_provenance = outcome.redaction_provenance
        rows.letters.append(letter)
        if move.triage is not None:
            rows.triages.append(move.triage)
        if move.draft is not None:
            rows.drafts.append(move.draft)
        events += [Event(actor, "inquiries.process", letter.ref, after=state), by_ref[letter.ref]]
    return events


def _outputs(
    letter: Letter, outcome: Outcome
) -> tuple[TriageRecord | None, DraftRecord | None, dict[str, Any]]:
    """The outcome's triage and draft rows (unsaved) and the state recorded in the audit log."""
    state: dict[str, Any] = {"status": outcome.status, "reason": outcome.reason}
    triage_row = draft_row = None
    if outcome.triage is not None:
        t = outcome.triage
        triage_row = TriageRecord(
            letter=letter,
            category=t.category,
            confidence=float(t.confidence),
            unit=t.unit,
            unit_code=t.unit_code,
            deadline_business_days=t.deadline_business_days,
            needs_manual_triage=bool(t.needs_manual_triage),
            secondary=_jsonable(t.secondary),
            urgency_flags=_jsonable(t.urgency_flags),
            explanation=_jsonable(t.explanation),
            provenance=outcome.triage_provenance,
        )
        state["triage"] = {
            "category": t.category,
            "confidence": round(float(t.confidence), 4),
            "provenance": outcome.triage_provenance,
        }
    if outcome.draft is not None:
        draft_row = DraftRecord(
            letter=letter,
            text=outcome.draft.text,
            citations=citation_list(outcome.citations),
            template_id=str(getattr(outcome.draft, "template_id", "")),
            template_version=str(getattr(outcome.draft, "template_version", "")),
            generator=str(getattr(outcome.draft, "generator", "")),
            provenance=outcome.draft_provenance,
        )
        state["draft"] = {
            "citations": citation_list(outcome.citations, short=True),
            "provenance": outcome.draft_provenance,
        }
    return triage_row, draft_row, state


def entity_list(redaction: Any) -> list[tuple[dict, float]]:
    """(type/start/end, score) of each redacted entity; offsets refer to the original text."""
    return [
        ({"type": e.type, "start": e.start, "end": e.end}, float(e.score))
        for e in redaction.entities
    ]


def citation_list(hits: list[Any], short: bool = False) -> list[dict]:
    """Citations as stored and shown; ``short`` keeps only law and article (batch output)."""
    if short:
        return [{"law": h.law, "article": h.article} for h in hits]
    return [
        {
            "law": h.law,
            "article": h.article,
            "heading": h.heading,
            "score": round(h.score, 4),
            "snippet": h.snippet,
        }
        for h in hits
    ]


def _jsonable(value: Any) -> Any:
    """Tuples and dataclass-like values from engines as plain JSON values."""
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if hasattr(value, "__dataclass_fields__"):
        return {k: _jsonable(getattr(value, k)) for k in value.__dataclass_fields__}
    return value
