"""`sufragio init --demo` step: put the demo letters on the desk as a working week would.

Runs after the demo accounts exist, are trained, and the demo letters went through the pipeline.
Every step is taken by the demo account holding the right role, through the real workflow, so the
history, metrics and audit entries are those a real desk would produce. Idempotent: once a demo
approval exists nothing is redone.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from sufragio.inquiries.models import Letter
from sufragio.review import roles, workflow
from sufragio.review.models import ReviewCase, State, UnitMembership

REVIEWER = "revisora"
SUPERVISOR = "supervisora"
UNIT_STAFF = {"unidad_derfe": "DERFE"}
NAMES = {REVIEWER: ("Ana", "Revisora Demo"), SUPERVISOR: ("Sara", "Supervisora Demo")}
LABEL = "[Demostración]"
DEMO_EDIT = "\n\nLe sugerimos acudir con identificación oficial vigente y comprobante de domicilio."


def _people() -> dict:
    users = get_user_model().objects.in_bulk(
        [REVIEWER, SUPERVISOR, *UNIT_STAFF], field_name="username"
    )
    for username, (first, last) in NAMES.items():
        if username in users and not users[username].first_name:
            users[username].first_name, users[username].last_name = first, last
            users[username].save(update_fields=["first_name", "last_name"])
    for username, unit in UNIT_STAFF.items():
        if username in users:
            UnitMembership.objects.get_or_create(user=users[username], unit_code=unit)
    return users


def prepare_review_desk() -> str:
    """Open cases for processed letters, review some, approve a few, correct a category."""
    roles.ensure_groups()
    Group.objects.get_or_create(name=roles.REVIEWER)
    people = _people()
    for letter in Letter.objects.filter(review_case__isnull=True).exclude(status=State.RECEIVED):
        workflow.ensure_case(letter)
    if ReviewCase.objects.filter(approved_by__isnull=False).exists():
        return "mesa de revisión ya preparada"
    if REVIEWER not in people or SUPERVISOR not in people:
        return "faltan las cuentas revisora/supervisora"
    reviewer, supervisor = people[REVIEWER], people[SUPERVISOR]
    drafted = list(
        ReviewCase.objects.filter(state=State.DRAFTED).select_related("letter").order_by("id")
    )
    plain = [c for c in drafted if not roles.is_sensitive(c.category)]
    sensitive = [c for c in drafted if roles.is_sensitive(c.category)]
    approved = corrected = 0
    for case in plain[:2]:
        workflow.save_revision(case.letter, reviewer, case.final_text.rstrip() + DEMO_EDIT)
        workflow.approve(case.letter, reviewer, interactive=True, reason=LABEL)
        approved += 1
    for case in sensitive[:1]:
        workflow.start_review(case.letter, supervisor)
        workflow.approve(case.letter, supervisor, interactive=True, reason=LABEL)
        approved += 1
    for case in plain[2:4]:
        workflow.start_review(case.letter, reviewer)
    for case in plain[4:5]:
        workflow.start_review(case.letter, reviewer)
        workflow.return_letter(case.letter, supervisor, f"{LABEL} Falta el plazo de respuesta")
    for case in plain[5:7]:
        alternative = (
            "padron_lista_nominal" if case.category != "padron_lista_nominal" else "credencial"
        )
        workflow.correct_category(case.letter, reviewer, alternative, reason=LABEL)
        corrected += 1
    for case in plain[5:6]:  # a corrected letter approved: the accuracy figure counts it
        workflow.start_review(case.letter, reviewer)
        workflow.approve(case.letter, reviewer, interactive=True, reason=LABEL)
        approved += 1
    workflow.assign([c.letter for c in plain[7:12]], reviewer, supervisor)
    return f"{approved} aprobadas, {corrected} correcciones, {len(drafted)} con borrador"
