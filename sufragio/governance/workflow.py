"""The approval workflow of an AI-system version: the one place where its state changes.

INE's rule is that staff may use only approved AI tools, and approval goes: a unit requests it
with documentation for the six principles, the technology directorate (GGTIC) gives a technical
opinion, and a committee decides by vote. ``TRANSITIONS`` is that rule as a table; every move
checks the actor's role and the current state against it, locks the row, writes a
:class:`~sufragio.governance.models.Transition` and an audit-log entry in the same database
transaction, so a move is either fully recorded or did not happen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from sufragio import conf
from sufragio.audit.log import record
from sufragio.governance import dpia, roles
from sufragio.governance.models import DPIA, State, SystemVersion, Transition, Vote

#: The six principles every AI application must meet; the request documents each of them.
PRINCIPLES: tuple[tuple[str, Any], ...] = (
    ("transparency", _("Transparencia algorítmica")),
    ("equity", _("Equidad y no discriminación")),
    ("traceability", _("Trazabilidad y rendición de cuentas")),
    ("data_protection", _("Protección de datos personales y privacidad")),
    ("impartiality", _("Imparcialidad y certeza algorítmica")),
    ("legality", _("Legalidad digital")),
)
#: Documentation every request carries besides the principles.
REQUEST_FIELDS: tuple[tuple[str, Any], ...] = (
    ("function", _("Función del sistema")),
    ("risks", _("Riesgos identificados")),
    ("data_needs", _("Datos que necesita")),
)


@dataclass(frozen=True)
class Rule:
    """Who may take an action, from which states, and where it leads."""

    sources: frozenset[str]
    target: str
    roles: frozenset[str]


def _rule(sources: set[str], target: str, who: set[str]) -> Rule:
    return Rule(frozenset(sources), target, frozenset(who))


S = State
TRANSITIONS: dict[str, Rule] = {
    # An expired approval is renewed by submitting again (guarded in `submit`).
    "submit": _rule(
        {S.DRAFT, S.REJECTED, S.SUSPENDED, S.APPROVED}, S.SUBMITTED, {roles.UNIT_REQUESTER}
    ),
    "opinion": _rule({S.SUBMITTED}, S.TECHNICAL_OPINION, {roles.GGTIC}),
    "convene": _rule({S.TECHNICAL_OPINION}, S.COMMITTEE, {roles.COMMITTEE_CHAIR}),
    "approve": _rule({S.COMMITTEE}, S.APPROVED, {roles.COMMITTEE_CHAIR}),
    "reject": _rule({S.COMMITTEE}, S.REJECTED, {roles.COMMITTEE_CHAIR}),
    "suspend": _rule({S.APPROVED}, S.SUSPENDED, {roles.ADMIN, roles.COMMITTEE_CHAIR}),
    "retire": _rule(
        {S.DRAFT, S.REJECTED, S.APPROVED, S.SUSPENDED},
        S.RETIRED,
        {roles.ADMIN, roles.COMMITTEE_CHAIR},
    ),
}
#: Voting is not a transition: members vote while the version sits in ``committee``.
VOTE_ROLES = frozenset({roles.COMMITTEE, roles.COMMITTEE_CHAIR})
#: The requesting unit answers the DPIA, at any point before the committee stage.
DPIA_ROLES = frozenset({roles.UNIT_REQUESTER})
DPIA_STATES = frozenset({S.DRAFT, S.SUBMITTED, S.TECHNICAL_OPINION})


class WorkflowError(Exception):
    """A move the rules do not allow; the message is Spanish and meant for the person acting."""


class Forbidden(WorkflowError):
    """The actor does not hold a role allowed to take this action."""


@dataclass(frozen=True)
class ApprovalTerms:
    """What the committee approves: which uses, in what scope, on what conditions, until when."""

    uses: tuple[str, ...]
    scope: str
    conditions: str
    expires_on: date


@dataclass(frozen=True)
class Tally:
    favour: int
    against: int
    quorum: int
    majority: float

    @property
    def total(self) -> int:
        return self.favour + self.against

    @property
    def quorum_met(self) -> bool:
        return self.total >= self.quorum

    @property
    def carried(self) -> bool:
        """Approval needs the favourable share to exceed the configured majority."""
        return self.total > 0 and self.favour / self.total > self.majority


def quorum() -> int:
    return int(conf.get("SUFRAGIO_COMMITTEE_QUORUM"))


def majority() -> float:
    return float(conf.get("SUFRAGIO_COMMITTEE_MAJORITY"))


def _require_role(user: Any, allowed: frozenset[str], action: str) -> None:
    if not roles.roles_of(user) & allowed:
        raise Forbidden(
            f"«{getattr(user, 'username', user)}» no tiene un rol autorizado para «{action}» "
            f"(se requiere: {', '.join(sorted(allowed))})"
        )


def _require_reasons(reasons: str) -> str:
    if not reasons or not reasons.strip():
        raise WorkflowError("los motivos son obligatorios")
    return reasons.strip()


@transaction.atomic
def _move(
    version: SystemVersion,
    action: str,
    user: Any,
    reasons: str,
    apply: Callable[[SystemVersion], dict[str, Any]] | None = None,
) -> SystemVersion:
    """Take ``action`` on ``version``: check role and state, apply the changes, record it all."""
    rule = TRANSITIONS[action]
    _require_role(user, rule.roles, action)
    reasons = _require_reasons(reasons)
    locked = SystemVersion.objects.select_for_update().select_related("system").get(pk=version.pk)
    before = locked.state
    if before not in rule.sources:
        raise WorkflowError(f"no se puede «{action}» una versión en estado «{State(before).label}»")
    data = apply(locked) if apply else {}
    locked.state = rule.target
    locked.save()
    Transition.objects.create(
        version=locked,
        action=action,
        from_state=before,
        to_state=rule.target,
        actor=user,
        reasons=reasons,
        data=data,
    )
    record(
        user.username,
        f"governance.{action}",
        locked.ref,
        {"state": before},
        {"state": rule.target, "reasons": reasons, **data},
    )
    return locked


def validate_documentation(documentation: dict[str, Any]) -> dict[str, Any]:
    """A request must explain function, risks, data needs and give evidence for each principle."""
    principles = documentation.get("principles") or {}
    with translation.override("es-mx"):  # workflow messages are Spanish, like the others here
        missing = [str(lb) for key, lb in REQUEST_FIELDS if not _filled(documentation.get(key))]
        missing += [str(lb) for key, lb in PRINCIPLES if not _filled(principles.get(key))]
    if missing:
        raise WorkflowError(f"falta documentación: {'; '.join(missing)}")
    clean = {key: documentation[key].strip() for key, _label in REQUEST_FIELDS}
    clean["principles"] = {key: principles[key].strip() for key, _label in PRINCIPLES}
    return clean


def _filled(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def submit(
    version: SystemVersion, user: Any, documentation: dict[str, Any], reasons: str
) -> SystemVersion:
    """The unit's request (also how a suspension is lifted and an expired approval renewed)."""
    clean = validate_documentation(documentation)

    def apply(v: SystemVersion) -> dict[str, Any]:
        if v.state == State.APPROVED and not v.is_expired():
            raise WorkflowError("la versión ya está aprobada y vigente")
        v.round += 1
        v.documentation = clean
        v.opinion_favourable = None
        v.opinion_conditions = ""
        v.approved_uses, v.approval_scope, v.approval_conditions = [], "", ""
        v.approved_at = v.expires_on = None
        return {"round": v.round}

    return _move(version, "submit", user, reasons, apply)


def give_opinion(
    version: SystemVersion, user: Any, favourable: bool, conditions: str, reasons: str
) -> SystemVersion:
    """GGTIC's technical opinion; advisory, so an unfavourable one still reaches the committee."""

    def apply(v: SystemVersion) -> dict[str, Any]:
        v.opinion_favourable = favourable
        v.opinion_conditions = conditions.strip()
        return {"favourable": favourable, "conditions": v.opinion_conditions}

    return _move(version, "opinion", user, reasons, apply)


def convene(version: SystemVersion, user: Any, reasons: str) -> SystemVersion:
    """Put the request before the committee; personal data needs a DPIA first."""

    def apply(v: SystemVersion) -> dict[str, Any]:
        dpia = v.latest_dpia()
        if v.system.personal_data and dpia is None:
            raise WorkflowError(
                "el sistema trata datos personales: se requiere una evaluación de impacto (EIPD) "
                "antes de pasar al comité"
            )
        return {"dpia_level": dpia.level} if dpia else {}

    return _move(version, "convene", user, reasons, apply)


@transaction.atomic
def record_dpia(version: SystemVersion, user: Any, answers: dict[str, str]) -> DPIA:
    """Score and store a DPIA for ``version`` (the latest one is what the committee sees)."""
    _require_role(user, DPIA_ROLES, "dpia")
    locked = SystemVersion.objects.select_for_update().select_related("system").get(pk=version.pk)
    if locked.state not in DPIA_STATES:
        raise WorkflowError("la EIPD se registra antes de la etapa de comité")
    form = dpia.questionnaire()
    try:
        result = dpia.assess(answers, form)
    except dpia.IncompleteAnswers as exc:
        raise WorkflowError(str(exc)) from None
    row = DPIA.objects.create(
        version=locked,
        questionnaire=form.version,
        answers=dict(answers),
        score=result.score,
        max_score=result.max_score,
        level=result.level,
        by=user,
    )
    record(
        user.username,
        "governance.dpia",
        locked.ref,
        None,
        {"questionnaire": form.version, "score": result.score, "level": result.level},
    )
    return row


def tally(version: SystemVersion) -> Tally:
    """Votes of the current round only."""
    votes = list(version.votes.filter(round=version.round).values_list("in_favour", flat=True))
    favour = sum(1 for v in votes if v)
    return Tally(favour, len(votes) - favour, quorum(), majority())


@transaction.atomic
def cast_vote(version: SystemVersion, user: Any, in_favour: bool, reasons: str = "") -> Vote:
    """One member's vote in the current round; a member votes once per round."""
    _require_role(user, VOTE_ROLES, "vote")
    locked = SystemVersion.objects.select_for_update().select_related("system").get(pk=version.pk)
    if locked.state != State.COMMITTEE:
        raise WorkflowError("solo se vota cuando la solicitud está en comité")
    if locked.votes.filter(round=locked.round, member=user).exists():
        raise WorkflowError("ya emitió su voto en esta ronda")
    vote = Vote.objects.create(
        version=locked, round=locked.round, member=user, in_favour=in_favour, reasons=reasons
    )
    record(
        user.username,
        "governance.vote",
        locked.ref,
        None,
        {"round": locked.round, "in_favour": in_favour, "reasons": reasons},
    )
    return vote


@transaction.atomic
def close_vote(
    version: SystemVersion, user: Any, reasons: str, terms: ApprovalTerms | None
) -> SystemVersion:
    """The chair closes the vote: with quorum, the majority decides approve or reject."""
    _require_role(user, TRANSITIONS["approve"].roles, "close")
    locked = SystemVersion.objects.select_for_update().get(pk=version.pk)
    if locked.state != State.COMMITTEE:
        raise WorkflowError("solo se cierra una votación en comité")
    result = tally(locked)
    if not result.quorum_met:
        raise WorkflowError(f"sin quórum: {result.total} de {result.quorum} votos necesarios")
    votes = {"favour": result.favour, "against": result.against}
    if not result.carried:
        return _move(locked, "reject", user, reasons, lambda v: {"votes": votes})
    if terms is None or not terms.uses:
        raise WorkflowError("la aprobación necesita al menos un uso autorizado")
    if terms.expires_on <= timezone.localdate():
        raise WorkflowError("la fecha de vencimiento debe ser futura")

    def apply(v: SystemVersion) -> dict[str, Any]:
        v.approved_uses = list(terms.uses)
        v.approval_scope = terms.scope.strip()
        v.approval_conditions = terms.conditions.strip()
        v.expires_on = terms.expires_on
        v.approved_at = timezone.now()
        return {"votes": votes, "uses": v.approved_uses, "expires_on": terms.expires_on.isoformat()}

    return _move(locked, "approve", user, reasons, apply)


def suspend(version: SystemVersion, user: Any, reasons: str) -> SystemVersion:
    """Emergency stop: the runtime gate refuses the version from the next call on."""
    return _move(version, "suspend", user, reasons)


def retire(version: SystemVersion, user: Any, reasons: str) -> SystemVersion:
    """The version leaves service for good."""
    return _move(version, "retire", user, reasons)


def allowed_actions(version: SystemVersion, user: Any) -> list[str]:
    """Actions ``user`` could take on ``version`` now (for showing only the forms that apply)."""
    held = roles.roles_of(user)
    actions = [
        name
        for name, rule in TRANSITIONS.items()
        if version.state in rule.sources and held & rule.roles and name not in {"approve", "reject"}
    ]
    if "submit" in actions and version.state == State.APPROVED and not version.is_expired():
        actions.remove("submit")
    if version.state in DPIA_STATES and held & DPIA_ROLES:
        actions.append("dpia")
    if version.state == State.COMMITTEE and held & VOTE_ROLES:
        if not version.votes.filter(round=version.round, member=user).exists():
            actions.append("vote")
        if held & TRANSITIONS["approve"].roles:
            actions.append("close")
    return actions
