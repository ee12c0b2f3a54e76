"""The one place that moves a letter between states, and the rules of who may move it.

Every change of state — the pipeline's and a person's — goes through :func:`transition`, which
checks :data:`TRANSITIONS`, keeps ``Letter.status`` and ``ReviewCase.state`` equal, writes a
:class:`~sufragio.review.models.Transition` (who, when, why) and an audit entry. The public actions
below (:func:`approve`, :func:`return_letter`, …) add the role checks on top. Errors are Spanish
and meant for the person acting.

Approval is the act the law cares about, so it is the strictest: a named person with the
``reviewer`` role (``supervisor`` for sensitive categories), a current AI-literacy training record,
acting in an interactive web session, on an account not flagged as automated.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.db.models import Case, F, Value, When
from django.utils import timezone

from sufragio.audit.log import Event, record, record_many
from sufragio.governance.training import user_may_use_ai
from sufragio.inquiries.models import DraftRecord, Letter, TriageRecord
from sufragio.review import roles
from sufragio.review.calendar import add_business_days
from sufragio.review.categories import DEFAULT_DEADLINE_DAYS, category
from sufragio.review.metrics import edit_ratio
from sufragio.review.models import (
    AutomatedAccount,
    CategoryCorrection,
    ReviewCase,
    Revision,
    State,
    Transition,
)

#: Allowed moves. The pipeline takes a received letter to where its analysis stopped; people do
#: the rest. ``sent`` is final: a correction after sending is a new letter.
TRANSITIONS: dict[str, frozenset[str]] = {
    State.RECEIVED: frozenset(
        {State.TRIAGED, State.DRAFTED, State.NEEDS_MANUAL_TRIAGE, State.NEEDS_MANUAL_HANDLING}
    ),
    State.TRIAGED: frozenset({State.DRAFTED, State.NEEDS_MANUAL_HANDLING}),
    State.NEEDS_MANUAL_TRIAGE: frozenset({State.TRIAGED, State.NEEDS_MANUAL_HANDLING}),
    State.DRAFTED: frozenset({State.IN_REVIEW, State.NEEDS_MANUAL_HANDLING}),
    State.IN_REVIEW: frozenset({State.APPROVED, State.RETURNED, State.NEEDS_MANUAL_HANDLING}),
    State.RETURNED: frozenset({State.IN_REVIEW, State.NEEDS_MANUAL_HANDLING}),
    State.NEEDS_MANUAL_HANDLING: frozenset({State.IN_REVIEW, State.TRIAGED}),
    State.APPROVED: frozenset({State.SENT}),
    State.SENT: frozenset(),
}
#: States in which the reply text may still be edited.
EDITABLE = frozenset({State.DRAFTED, State.IN_REVIEW, State.RETURNED, State.NEEDS_MANUAL_HANDLING})
#: States in which the draft may be generated again (a triaged letter has none yet).
REDRAFTABLE = EDITABLE | {State.TRIAGED}


class ReviewError(Exception):
    """A move the rules do not allow in the letter's current state."""


class Forbidden(ReviewError):
    """The person (or process) acting may not take this action."""


# ----- the single transition function ---------------------------------------------------------


def _actor_name(actor: Any) -> str:
    return actor if isinstance(actor, str) else actor.get_username()


def ensure_case(letter: Letter) -> ReviewCase:
    """The letter's case, created from its current status and AI outputs when missing."""
    case = ReviewCase.objects.filter(letter=letter).first()
    if case is None:
        case = ReviewCase(letter=letter, state=letter.status)
        _fill_from_ai(case, letter, letter.latest_triage(), letter.latest_draft())
        case.save()
    return case


def _due(letter: Letter, days: int | None) -> Any:
    received = timezone.localdate(letter.received)
    return add_business_days(received, days if days is not None else DEFAULT_DEADLINE_DAYS)


def _fill_from_ai(
    case: ReviewCase,
    letter: Letter,
    triage: TriageRecord | None,
    draft: DraftRecord | None,
    corrected: bool | None = None,
) -> None:
    """``corrected``: whether a reviewer already set the category (looked up when None)."""
    if triage is not None:
        case.ai_category = triage.category
        if corrected is None:
            corrected = letter.corrections.exists()
        if not corrected:
            case.category = triage.category
            case.unit_code = triage.unit_code
            case.due_date = _due(letter, triage.deadline_business_days)
    if case.due_date is None:
        case.due_date = _due(letter, None)
    if draft is not None and not case.final_text:
        case.final_text = draft.text


@transaction.atomic
def transition(
    letter: Letter,
    to_state: str,
    actor: Any,
    reason: str = "",
    *,
    expected_from: str | None = None,
    events: list[Event] | None = None,
    action: str = "transition",
) -> Transition | None:
    """Move ``letter`` to ``to_state`` if the table allows it; returns the history row.

    ``actor`` is a user, or the name of an automated process (the pipeline passes "system").
    With ``expected_from``, a letter found in any other state is left alone and None returned:
    the pipeline uses this to stay idempotent when two workers race for the same letter. The
    audit event goes to ``events`` when given (the caller records a batch at once), else is
    recorded here, inside this transaction.
    """
    current = Letter.objects.select_for_update().values_list("status", flat=True).get(pk=letter.pk)
    if expected_from is not None and current != expected_from:
        return None
    if to_state not in TRANSITIONS.get(current, frozenset()):
        raise ReviewError(
            f"no se puede pasar de «{State(current).label}» a «{State(to_state).label}»"
        )
    # The conditional update is the real guard: it also holds where SELECT … FOR UPDATE is a
    # no-op (SQLite), so two concurrent moves from the same state cannot both succeed.
    moved = Letter.objects.filter(pk=letter.pk, status=current).update(
        status=to_state, reason=reason if to_state.startswith("needs_manual") else ""
    )
    if not moved:
        raise ReviewError("la carta cambió de estado mientras tanto; vuelva a cargarla")
    letter.status = to_state
    case = ensure_case(letter)
    case.state = to_state
    now = timezone.now()
    if to_state == State.IN_REVIEW and case.review_started_at is None:
        case.review_started_at = now
    case.save()
    user = None if isinstance(actor, str) else actor
    row = Transition.objects.create(
        letter=letter,
        from_state=current,
        to_state=to_state,
        actor=user,
        actor_name=_actor_name(actor),
        reason=reason,
    )
    event = Event(
        _actor_name(actor),
        f"review.{action}",
        letter.ref,
        before={"state": current},
        after={"state": to_state, "reason": reason},
    )
    if events is not None:
        events.append(event)
    else:
        record(event.actor, event.action, event.object_ref, event.before, event.after)
    return row


def record_intake(letter: Letter, actor: Any) -> None:
    """A letter stored straight into a manual state (nothing could be read from it) gets its
    case and the first line of its history now; a ``received`` letter waits for the pipeline."""
    if letter.status == State.RECEIVED:
        return
    ensure_case(letter)
    Transition.objects.create(
        letter=letter,
        from_state="",
        to_state=letter.status,
        actor=None if isinstance(actor, str) else actor,
        actor_name=_actor_name(actor),
        reason=letter.reason,
    )


def record_ai_outputs(
    letter: Letter, triage: TriageRecord | None, draft: DraftRecord | None
) -> ReviewCase:
    """Copy what the pipeline produced into the case (category, unit, due date, starting text).

    The AI draft also becomes the first :class:`Revision` (without author), so the history of the
    text starts with what the machine proposed.
    """
    case = ensure_case(letter)
    _fill_from_ai(case, letter, triage, draft)
    if draft is not None:
        case.final_text = draft.text
        Revision.objects.create(letter=letter, text=draft.text, note="borrador IA")
    case.save()
    return case


# ----- the pipeline's batch move ------------------------------------------------------------------


@dataclass(frozen=True)
class Move:
    """One received letter, where the pipeline's analysis left it, and the AI outputs it made
    (rows not yet saved are fine: only their values are read)."""

    letter: Letter
    to_state: str
    reason: str = ""
    triage: TriageRecord | None = None
    draft: DraftRecord | None = None


def _lock_received(pks: list[int]) -> set[int]:
    """Lock the letters and return those still ``received``.

    On SQLite, SELECT … FOR UPDATE is a no-op and a transaction that reads before it writes fails
    (instead of waiting) when another writer commits in between; a no-op UPDATE first takes the
    database write lock, as the audit log's head does. On PostgreSQL the row locks are taken in
    primary-key order, so two workers never deadlock on overlapping batches.
    """
    letters = Letter.objects.filter(pk__in=pks)
    if connection.vendor == "sqlite":
        letters.update(status=F("status"))
    rows = letters.select_for_update().order_by("pk").values_list("pk", "status")
    return {pk for pk, status in rows if status == State.RECEIVED}


@transaction.atomic
def advance_received(
    moves: Sequence[Move],
    actor: Any,
    events: list[Event] | None = None,
    *,
    action: str = "transition",
) -> set[int]:
    """Apply :func:`transition` (from ``received``) and :func:`record_ai_outputs` to a batch.

    Same rules and the same rows — cases, history, first revisions, one audit event per letter —
    with a constant number of queries per batch instead of about twelve per letter (the pipeline
    stores 64 letters at a time). Letters no longer ``received`` are skipped, as with
    ``expected_from``; returns the primary keys of the letters moved. Events go to ``events`` in
    the order of ``moves`` when given, else are recorded here.
    """
    pks = [move.letter.pk for move in moves]
    if len(set(pks)) != len(pks):
        raise ValueError("each letter may appear only once in a batch")
    live_pks = _lock_received(pks) if pks else set()
    live = [move for move in moves if move.letter.pk in live_pks]
    if not live:
        return set()
    allowed = TRANSITIONS[State.RECEIVED]
    for move in live:
        if move.to_state not in allowed:
            raise ReviewError(
                f"no se puede pasar de «{State.RECEIVED.label}» a «{State(move.to_state).label}»"
            )
    # Guarded like transition(): a letter that left `received` since the lock is not moved.
    moved = Letter.objects.filter(pk__in=live_pks, status=State.RECEIVED).update(
        status=Case(*(When(pk=m.letter.pk, then=Value(m.to_state)) for m in live)),
        reason=Case(*(When(pk=m.letter.pk, then=Value(_letter_reason(m))) for m in live)),
    )
    if moved != len(live):
        raise ReviewError("la carta cambió de estado mientras tanto; vuelva a cargarla")
    _write_cases(live)
    user = None if isinstance(actor, str) else actor
    name = _actor_name(actor)
    Transition.objects.bulk_create(
        Transition(
            letter=m.letter,
            from_state=State.RECEIVED,
            to_state=m.to_state,
            actor=user,
            actor_name=name,
            reason=m.reason,
        )
        for m in live
    )
    Revision.objects.bulk_create(
        Revision(letter=m.letter, text=m.draft.text, note="borrador IA")
        for m in live
        if m.draft is not None
    )
    batch = [
        Event(
            name,
            f"review.{action}",
            m.letter.ref,
            before={"state": State.RECEIVED},
            after={"state": m.to_state, "reason": m.reason},
        )
        for m in live
    ]
    if events is not None:
        events.extend(batch)
    else:
        record_many(batch)
    for m in live:
        m.letter.status, m.letter.reason = m.to_state, _letter_reason(m)
    return live_pks


def _letter_reason(move: Move) -> str:
    return move.reason if move.to_state.startswith("needs_manual") else ""


def _write_cases(moves: list[Move]) -> None:
    """Create or update the moved letters' cases as ensure_case + record_ai_outputs would."""
    pks = [m.letter.pk for m in moves]
    existing = {case.letter_id: case for case in ReviewCase.objects.filter(letter_id__in=pks)}
    corrected = set(
        CategoryCorrection.objects.filter(letter_id__in=pks).values_list("letter_id", flat=True)
    )
    new, changed = [], []
    for m in moves:
        case = existing.get(m.letter.pk)
        if case is None:
            case = ReviewCase(letter=m.letter)
            new.append(case)
        else:
            changed.append(case)
        case.state = m.to_state
        _fill_from_ai(case, m.letter, m.triage, m.draft, corrected=m.letter.pk in corrected)
        if m.draft is not None:
            case.final_text = m.draft.text
    ReviewCase.objects.bulk_create(new)
    if changed:  # rare: someone opened the case before the pipeline reached the letter
        now = timezone.now()
        for case in changed:
            case.updated = now
        fields = ["state", "ai_category", "category", "unit_code", "due_date", "final_text"]
        ReviewCase.objects.bulk_update(changed, [*fields, "updated"])


# ----- permission checks ------------------------------------------------------------------------


def is_automated(user: Any) -> bool:
    """Accounts used by machines: flagged as automated, or not a real, active person."""
    if user is None or isinstance(user, str) or not getattr(user, "is_authenticated", False):
        return True
    return AutomatedAccount.objects.filter(user=user).exists()


def require_legal(user: Any) -> None:
    """A legal-department role and a current AI-literacy record: the bar for touching AI output."""
    if not roles.is_legal(user):
        raise Forbidden("solo el área jurídica (revisora o supervisora) puede hacer esto")
    if not user_may_use_ai(user):
        raise Forbidden(
            "requiere una capacitación vigente en alfabetización en IA para usar estas funciones"
        )


def _case(letter: Letter) -> ReviewCase:
    return ReviewCase.objects.select_for_update().get(pk=ensure_case(letter).pk)


# ----- actions of people --------------------------------------------------------------------------


@transaction.atomic
def start_review(letter: Letter, user: Any) -> ReviewCase:
    """Take a drafted, returned or manual letter into review (and assign it if unassigned)."""
    require_legal(user)
    case = _case(letter)
    if case.state != State.IN_REVIEW:
        transition(letter, State.IN_REVIEW, user, "inicia la revisión", action="start")
    case.refresh_from_db()
    if case.assignee_id is None:
        case.assignee = user
        case.save(update_fields=["assignee", "updated"])
    return case


@transaction.atomic
def save_revision(
    letter: Letter, user: Any, text: str, recipient_name: str | None = None
) -> Revision | None:
    """Keep a new version of the reply (every saved version is kept); None when unchanged."""
    require_legal(user)
    case = _case(letter)
    if case.state not in EDITABLE:
        raise ReviewError("la respuesta ya no se puede editar en este estado")
    text = text.replace("\r\n", "\n")
    if not text.strip():
        raise ReviewError("la respuesta no puede quedar vacía")
    if recipient_name is not None:
        case.recipient_name = recipient_name.strip()[:200]
        case.save(update_fields=["recipient_name", "updated"])
    if case.state != State.IN_REVIEW:
        start_review(letter, user)
        case.refresh_from_db()
    if text == case.final_text:
        return None
    case.final_text = text
    case.save(update_fields=["final_text", "updated"])
    revision = Revision.objects.create(letter=letter, text=text, author=user)
    record(user.get_username(), "review.edit", letter.ref, None, {"revision": revision.pk})
    return revision


@transaction.atomic
def approve(letter: Letter, user: Any, *, interactive: bool, reason: str = "") -> ReviewCase:
    """Approve the reply as it stands. ``interactive`` is True only for a person's web session:
    API tokens and batch jobs cannot approve, whoever owns them."""
    if not interactive or is_automated(user):
        raise Forbidden("solo una persona identificada, en una sesión web, puede aprobar")
    require_legal(user)
    case = _case(letter)
    if roles.is_sensitive(case.category) and not roles.is_senior(user):
        raise Forbidden("las respuestas de esta categoría sensible las aprueba una supervisora")
    if not case.final_text.strip():
        raise ReviewError("no hay texto de respuesta que aprobar")
    transition(letter, State.APPROVED, user, reason or "aprobada", action="approve")
    case.refresh_from_db()
    draft = letter.latest_draft()
    case.approved_at = timezone.now()
    case.approved_by = user
    case.edit_ratio = edit_ratio(draft.text, case.final_text) if draft else None
    case.save(update_fields=["approved_at", "approved_by", "edit_ratio", "updated"])
    return case


@transaction.atomic
def return_letter(letter: Letter, user: Any, reason: str) -> ReviewCase:
    """Send a reply back for changes; the reason is required so the next person knows why."""
    require_legal(user)
    if not reason.strip():
        raise ReviewError("indique el motivo de la devolución")
    transition(letter, State.RETURNED, user, reason.strip(), action="return")
    return ReviewCase.objects.get(letter=letter)


@transaction.atomic
def mark_sent(letter: Letter, user: Any) -> ReviewCase:
    """Record that the approved reply left the Institute."""
    require_legal(user)
    transition(letter, State.SENT, user, "enviada", action="send")
    case = ReviewCase.objects.get(letter=letter)
    case.sent_at = timezone.now()
    case.save(update_fields=["sent_at", "updated"])
    return case


@transaction.atomic
def correct_category(
    letter: Letter, user: Any, category_id: str, secondary: Iterable[str] = (), reason: str = ""
) -> CategoryCorrection:
    """Set the letter's category (kept as a correction for retraining) and re-route it."""
    require_legal(user)
    chosen = category(category_id)
    if chosen is None:
        raise ReviewError(f"categoría desconocida: {category_id}")
    case = _case(letter)
    if case.state in {State.APPROVED, State.SENT}:
        raise ReviewError("una respuesta aprobada ya no cambia de categoría")
    triage = letter.latest_triage()
    correction = CategoryCorrection.objects.create(
        letter=letter,
        ai_category=triage.category if triage else "",
        category=chosen.id,
        secondary=[s for s in secondary if s and s != chosen.id],
        author=user,
        reason=reason.strip(),
    )
    case.category = chosen.id
    case.unit_code = chosen.unit_code
    case.due_date = _due(letter, chosen.deadline_business_days)
    case.save()
    record(
        user.get_username(),
        "review.correct",
        letter.ref,
        {"category": correction.ai_category},
        {"category": chosen.id},
    )
    if case.state in {State.NEEDS_MANUAL_TRIAGE, State.NEEDS_MANUAL_HANDLING}:
        transition(letter, State.TRIAGED, user, f"categoría asignada: {chosen.id}", action="triage")
    return correction


@transaction.atomic
def regenerate(letter: Letter, user: Any) -> DraftRecord:
    """Draft the reply again for the letter's current category (a new, immutable AI output).

    The new draft replaces the working text — edits made for another category rarely fit — but
    every earlier version stays in the revision history.
    """
    from sufragio.review.redraft import RedraftError, redraft

    require_legal(user)
    case = _case(letter)
    if case.state not in REDRAFTABLE:
        raise ReviewError("no se puede regenerar el borrador en este estado")
    try:
        draft = redraft(letter, case.category)
    except RedraftError as exc:
        raise ReviewError(str(exc)) from exc
    case.final_text = draft.text
    case.save(update_fields=["final_text", "updated"])
    Revision.objects.create(letter=letter, text=draft.text, note="borrador IA regenerado")
    record(user.get_username(), "review.regenerate", letter.ref, None, {"draft": draft.pk})
    if case.state == State.TRIAGED:
        transition(letter, State.DRAFTED, user, "borrador regenerado", action="regenerate")
    elif case.state != State.IN_REVIEW:
        transition(letter, State.IN_REVIEW, user, "borrador regenerado", action="regenerate")
    return draft


@transaction.atomic
def park(letter: Letter, actor: Any, reason: str) -> Transition | None:
    """Send a letter to manual handling (a person takes it out of the AI's hands)."""
    if not isinstance(actor, str):
        require_legal(actor)
    if not reason.strip():
        raise ReviewError("indique por qué requiere atención manual")
    return transition(letter, State.NEEDS_MANUAL_HANDLING, actor, reason.strip(), action="park")


# ----- assignment ---------------------------------------------------------------------------------


def assignable_users() -> Any:
    """People who can be given letters to review."""
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name__in=(roles.REVIEWER, roles.SUPERVISOR))
        .exclude(review_automation__isnull=False)
        .distinct()
        .order_by("username")
    )


@transaction.atomic
def assign(letters: Iterable[Letter], assignee: Any, by: Any) -> int:
    """Give letters to ``assignee``: supervisors reassign anything; a reviewer may only take an
    unassigned letter for herself. Returns how many changed hands."""
    letters = list(letters)
    if assignee is not None and not assignable_users().filter(pk=assignee.pk).exists():
        raise ReviewError("solo se asignan cartas a personas revisoras o supervisoras")
    if not roles.is_senior(by):
        require_legal(by)
        own = assignee is not None and assignee.pk == by.pk
        if not own or any(ensure_case(lt).assignee_id not in (None, by.pk) for lt in letters):
            raise Forbidden("solo una supervisora reasigna cartas")
    changed = 0
    for letter in letters:
        case = _case(letter)
        if case.assignee_id == (assignee.pk if assignee else None):
            continue
        case.assignee = assignee
        case.save(update_fields=["assignee", "updated"])
        record(
            by.get_username(),
            "review.assign",
            letter.ref,
            None,
            {"assignee": assignee.pk if assignee else None},
        )
        changed += 1
    return changed


def time_to_approve(case: ReviewCase) -> timedelta | None:
    """From the moment a person first took the letter into review to its approval."""
    if case.approved_at is None or case.review_started_at is None:
        return None
    return case.approved_at - case.review_started_at
