"""`sufragio init --demo` steps: approve the shipped components through the real workflow, and
record AI-literacy training for the demo accounts.

Nothing here bypasses the rules: each step is taken by the demo account holding the right role,
so the demo's history, DPIA, votes and audit entries look exactly like a real approval — except
that every reason says it is a demonstration.
"""

from __future__ import annotations

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from sufragio.governance import workflow
from sufragio.governance.bootstrap import register_component_entry
from sufragio.governance.components import BUNDLED, BundledComponent
from sufragio.governance.models import State, SystemVersion
from sufragio.governance.training import record_training, user_may_use_ai

REQUESTER = "solicitante"
GGTIC = "ggtic"
MEMBERS = ("comite1", "comite2", "comite3")
CHAIR = "presidencia"
ADMIN = "gobernanza"

LABEL = "[Demostración]"
COURSE = "Alfabetización en IA para personal del INE (demostración)"
#: Answers for components that process personal data: everything runs on INE machines, a person
#: reviews every output, data are minimised and kept for a bounded period.
DPIA_ANSWERS = {
    "volume": "many",
    "sensitive": "incidental",
    "vulnerable": "no",
    "automation": "always",
    "transfers": "no",
    "retention": "bounded",
    "minimisation": "yes",
    "rights": "yes",
    "security": "yes",
    "novelty": "yes",
}


def _documentation(component: BundledComponent) -> dict:
    principles = {
        key: f"{LABEL} Evidencia de «{label}» para {component.system}: ver ficha técnica, "
        "resultados de evaluación y bitácora de auditoría."
        for key, label in workflow.PRINCIPLES
    }
    return {
        "function": component.purpose,
        "risks": component.known_limitations or f"{LABEL} sin riesgos adicionales identificados",
        "data_needs": ", ".join(component.data_categories) or f"{LABEL} sin datos personales",
        "principles": principles,
    }


def _approve(version: SystemVersion, component: BundledComponent) -> None:
    """Walk ``version`` from wherever it is to approved, one role at a time."""
    users = get_user_model().objects.in_bulk(
        [REQUESTER, GGTIC, CHAIR, *MEMBERS], field_name="username"
    )
    if version.state in {State.DRAFT, State.REJECTED, State.SUSPENDED} or (
        version.state == State.APPROVED and version.is_expired()
    ):
        if component.personal_data:
            workflow.record_dpia(version, users[REQUESTER], DPIA_ANSWERS)
        version = workflow.submit(
            version, users[REQUESTER], _documentation(component), f"{LABEL} Solicitud de la unidad"
        )
    if version.state == State.SUBMITTED:
        version = workflow.give_opinion(
            version, users[GGTIC], True, "", f"{LABEL} Opinión técnica favorable"
        )
    if version.state == State.TECHNICAL_OPINION:
        version = workflow.convene(version, users[CHAIR], f"{LABEL} Se turna al comité")
    if version.state == State.COMMITTEE:
        for member in MEMBERS:
            if not version.votes.filter(round=version.round, member=users[member]).exists():
                workflow.cast_vote(version, users[member], True, f"{LABEL} A favor")
        terms = workflow.ApprovalTerms(
            uses=("default",),
            scope=f"{LABEL} Uso interno en sufragio, con revisión humana de cada salida",
            conditions=f"{LABEL} Revisar resultados de evaluación en cada nueva versión",
            expires_on=timezone.localdate() + timedelta(days=365),
        )
        workflow.close_vote(version, users[CHAIR], f"{LABEL} Cierre de la votación", terms)


def approve_bundled_components() -> str:
    """Approve, for one year, the installed build of every shipped component (idempotent)."""
    done = []
    for component in BUNDLED:
        artefact_hash = component.current_version()
        if artefact_hash is None:  # switched off in this deployment
            continue
        version = register_component_entry(component, artefact_hash)
        if version.state != State.APPROVED or version.is_expired():
            _approve(version, component)
        version.refresh_from_db()
        done.append(f"{component.system}: {version.state}")
    return "; ".join(done)


def record_demo_training() -> str:
    """Give every demo account a current AI-literacy record so the review desk lets them in."""
    from sufragio.web.demo import DEMO_ACCOUNTS

    user_model = get_user_model()
    admin = user_model.objects.get(username=ADMIN)
    recorded = 0
    for user in user_model.objects.filter(username__in=DEMO_ACCOUNTS):
        if not user_may_use_ai(user):
            record_training(user, COURSE, timezone.localdate(), admin)
            recorded += 1
    return f"{recorded} registros de capacitación"
