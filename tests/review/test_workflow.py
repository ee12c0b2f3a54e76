"""Every transition and permission of the review workflow, allowed and forbidden."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from django.utils import timezone

from sufragio.audit.models import AuditEntry
from sufragio.inquiries.models import DraftRecord
from sufragio.review import workflow
from sufragio.review.models import CategoryCorrection, ReviewCase, Revision, State, Transition
from tests.review.builders import make_letter

pytestmark = pytest.mark.django_db


def case_of(letter) -> ReviewCase:
    return ReviewCase.objects.get(letter=letter)


def actions(letter) -> list[str]:
    return list(
        AuditEntry.objects.filter(object_ref=letter.ref)
        .order_by("seq")
        .values_list("action", flat=True)
    )


def test_pipeline_transition_is_recorded_once(people):
    letter = make_letter()
    case = case_of(letter)
    assert letter.status == case.state == State.DRAFTED
    row = Transition.objects.get(letter=letter)
    assert (row.from_state, row.to_state, row.actor_name, row.actor) == (
        State.RECEIVED,
        State.DRAFTED,
        "system",
        None,
    )
    assert actions(letter) == ["review.transition"]
    # A second worker finding the letter already processed leaves it alone.
    again = workflow.transition(letter, State.DRAFTED, "system", expected_from=State.RECEIVED)
    assert again is None
    assert Transition.objects.filter(letter=letter).count() == 1


def test_pipeline_outputs_fill_the_case(people):
    letter = make_letter("credencial", received=timezone.make_aware(datetime(2026, 3, 13, 10)))
    case = case_of(letter)
    assert (case.category, case.ai_category, case.unit_code) == (
        "credencial",
        "credencial",
        "DERFE",
    )
    # 10 business days from Friday 13 March 2026, skipping Monday 16 March (Benito Juárez).
    assert case.due_date == date(2026, 3, 30)
    assert case.final_text == letter.latest_draft().text
    assert Revision.objects.get(letter=letter).author is None


@pytest.mark.parametrize(
    ("start", "target"),
    [
        (State.DRAFTED, State.APPROVED),
        (State.DRAFTED, State.SENT),
        (State.TRIAGED, State.IN_REVIEW),
        (State.NEEDS_MANUAL_TRIAGE, State.DRAFTED),
    ],
)
def test_transitions_outside_the_table_are_refused(people, start, target):
    letter = make_letter(state=start)
    with pytest.raises(workflow.ReviewError):
        workflow.transition(letter, target, people["supervisora"], "atajo")
    assert case_of(letter).state == start


def test_sent_is_final(people):
    letter = make_letter()
    workflow.start_review(letter, people["revisora"])
    workflow.approve(letter, people["revisora"], interactive=True)
    workflow.mark_sent(letter, people["revisora"])
    for target in State.values:
        with pytest.raises(workflow.ReviewError):
            workflow.transition(letter, target, people["supervisora"])


def test_start_review_assigns_and_times(people):
    letter = make_letter()
    case = workflow.start_review(letter, people["revisora"])
    assert case.state == State.IN_REVIEW
    assert case.assignee == people["revisora"]
    assert case.review_started_at is not None
    row = Transition.objects.filter(letter=letter).last()
    assert (row.actor, row.to_state) == (people["revisora"], State.IN_REVIEW)


def test_every_revision_is_kept_and_the_ai_draft_never_changes(people):
    letter = make_letter()
    original_draft = letter.latest_draft().text
    workflow.save_revision(letter, people["revisora"], original_draft + "\nPrimera edición.")
    workflow.save_revision(letter, people["revisora"], original_draft + "\nSegunda edición.")
    assert (
        workflow.save_revision(letter, people["revisora"], original_draft + "\nSegunda edición.")
        is None
    )
    texts = list(Revision.objects.filter(letter=letter).values_list("text", flat=True))
    assert texts == [
        original_draft,
        original_draft + "\nPrimera edición.",
        original_draft + "\nSegunda edición.",
    ]
    assert DraftRecord.objects.get(letter=letter).text == original_draft
    assert case_of(letter).final_text.endswith("Segunda edición.")
    assert case_of(letter).state == State.IN_REVIEW


def test_reviewer_approves_and_the_edit_is_measured(people):
    letter = make_letter()
    draft = letter.latest_draft().text
    workflow.save_revision(letter, people["revisora"], draft.replace("cualquier", "el"))
    case = workflow.approve(letter, people["revisora"], interactive=True)
    assert case.state == State.APPROVED
    assert case.approved_by == people["revisora"]
    assert 0 < case.edit_ratio < 0.05
    assert workflow.time_to_approve(case).total_seconds() >= 0
    assert "review.approve" in actions(letter)


def test_unchanged_draft_has_zero_edit_ratio(people):
    letter = make_letter()
    workflow.start_review(letter, people["revisora"])
    assert workflow.approve(letter, people["revisora"], interactive=True).edit_ratio == 0.0


@pytest.mark.parametrize("who", ["sin_rol", "unidad_derfe", "sin_capacitacion"])
def test_approval_needs_a_trained_legal_role(people, who):
    letter = make_letter()
    workflow.start_review(letter, people["revisora"])
    with pytest.raises(workflow.Forbidden):
        workflow.approve(letter, people[who], interactive=True)
    assert case_of(letter).state == State.IN_REVIEW


def test_expired_training_cannot_approve(people, expired_training):
    letter = make_letter()
    workflow.start_review(letter, people["revisora"])
    with pytest.raises(workflow.Forbidden, match="capacitación"):
        workflow.approve(letter, expired_training, interactive=True)


def test_automated_account_cannot_approve_even_with_the_role(people):
    letter = make_letter()
    workflow.start_review(letter, people["revisora"])
    with pytest.raises(workflow.Forbidden, match="persona"):
        workflow.approve(letter, people["escaner"], interactive=True)
    with pytest.raises(workflow.Forbidden):
        workflow.approve(letter, "system", interactive=True)


def test_nobody_approves_outside_an_interactive_session(people):
    letter = make_letter()
    workflow.start_review(letter, people["revisora"])
    with pytest.raises(workflow.Forbidden, match="sesión web"):
        workflow.approve(letter, people["revisora"], interactive=False)
    assert case_of(letter).state == State.IN_REVIEW


@pytest.mark.parametrize(
    "category_id",
    ["violencia_politica_genero", "queja_denuncia", "datos_personales_arco", "consulta_juridica"],
)
def test_sensitive_categories_need_a_supervisor(people, category_id):
    letter = make_letter(category_id)
    workflow.start_review(letter, people["revisora"])
    with pytest.raises(workflow.Forbidden, match="supervisora"):
        workflow.approve(letter, people["revisora"], interactive=True)
    case = workflow.approve(letter, people["supervisora"], interactive=True)
    assert case.state == State.APPROVED and case.approved_by == people["supervisora"]


def test_correcting_into_a_sensitive_category_raises_the_bar(people):
    letter = make_letter("credencial")
    workflow.start_review(letter, people["revisora"])
    workflow.correct_category(letter, people["revisora"], "queja_denuncia", reason="es una queja")
    with pytest.raises(workflow.Forbidden):
        workflow.approve(letter, people["revisora"], interactive=True)


def test_return_needs_a_reason_and_edits_reopen(people):
    letter = make_letter()
    workflow.start_review(letter, people["revisora"])
    with pytest.raises(workflow.ReviewError, match="motivo"):
        workflow.return_letter(letter, people["supervisora"], "  ")
    workflow.return_letter(letter, people["supervisora"], "Falta citar el artículo 143")
    assert case_of(letter).state == State.RETURNED
    assert Transition.objects.filter(letter=letter).last().reason == "Falta citar el artículo 143"
    with pytest.raises(workflow.ReviewError):
        workflow.approve(letter, people["supervisora"], interactive=True)
    workflow.save_revision(letter, people["revisora"], case_of(letter).final_text + "\nArt. 143.")
    assert case_of(letter).state == State.IN_REVIEW


def test_unit_staff_cannot_return_or_edit(people):
    letter = make_letter()
    workflow.start_review(letter, people["revisora"])
    with pytest.raises(workflow.Forbidden):
        workflow.return_letter(letter, people["unidad_derfe"], "no me gusta")
    with pytest.raises(workflow.Forbidden):
        workflow.save_revision(letter, people["unidad_derfe"], "otro texto")


def test_category_correction_is_kept_and_reroutes(people):
    letter = make_letter("credencial", received=timezone.make_aware(datetime(2026, 3, 2, 9)))
    workflow.correct_category(
        letter, people["revisora"], "transparencia", ["credencial"], "pide información pública"
    )
    correction = CategoryCorrection.objects.get(letter=letter)
    assert (correction.ai_category, correction.category, correction.secondary) == (
        "credencial",
        "transparencia",
        ["credencial"],
    )
    case = case_of(letter)
    assert (case.category, case.ai_category, case.unit_code) == (
        "transparencia",
        "credencial",
        "UT",
    )
    assert case.due_date == date(2026, 3, 31)  # 20 business days, 16 March is a holiday
    assert letter.latest_triage().category == "credencial"  # the AI output is untouched
    with pytest.raises(workflow.ReviewError, match="desconocida"):
        workflow.correct_category(letter, people["revisora"], "inventada")


def test_manual_triage_becomes_triaged_after_correction(people):
    letter = make_letter(state=State.NEEDS_MANUAL_TRIAGE)
    workflow.correct_category(letter, people["revisora"], "padron_lista_nominal")
    assert case_of(letter).state == State.TRIAGED


def test_approved_reply_is_frozen(people):
    letter = make_letter()
    workflow.start_review(letter, people["revisora"])
    workflow.approve(letter, people["revisora"], interactive=True)
    with pytest.raises(workflow.ReviewError):
        workflow.save_revision(letter, people["revisora"], "cambio tardío")
    with pytest.raises(workflow.ReviewError):
        workflow.correct_category(letter, people["revisora"], "transparencia")
    with pytest.raises(workflow.Forbidden):
        workflow.mark_sent(letter, people["unidad_derfe"])
    case = workflow.mark_sent(letter, people["revisora"])
    assert case.state == State.SENT and case.sent_at is not None


def test_park_and_resume_manual_handling(people):
    letter = make_letter()
    with pytest.raises(workflow.ReviewError):
        workflow.park(letter, people["revisora"], "")
    workflow.park(letter, people["revisora"], "anexa documentos que la IA no leyó")
    assert letter.__class__.objects.get(pk=letter.pk).reason.startswith("anexa")
    workflow.start_review(letter, people["revisora"])
    assert case_of(letter).state == State.IN_REVIEW


def test_supervisor_assigns_in_bulk_and_reviewers_only_take_free_letters(people):
    letters = [make_letter() for _ in range(3)]
    assert workflow.assign(letters, people["revisor2"], people["supervisora"]) == 3
    assert {case_of(lt).assignee for lt in letters} == {people["revisor2"]}
    with pytest.raises(workflow.Forbidden):
        workflow.assign(letters[:1], people["revisora"], people["revisora"])
    with pytest.raises(workflow.Forbidden):
        workflow.assign([make_letter()], people["revisor2"], people["revisora"])
    free = make_letter()
    assert workflow.assign([free], people["revisora"], people["revisora"]) == 1
    with pytest.raises(workflow.ReviewError, match="revisoras"):
        workflow.assign([free], people["unidad_derfe"], people["supervisora"])
    assert "review.assign" in actions(free)


def test_audit_entries_carry_no_letter_text(people):
    letter = make_letter()
    workflow.save_revision(letter, people["revisora"], "Texto con Rocío Barrientos Olguín")
    for entry in AuditEntry.objects.filter(object_ref=letter.ref):
        assert "Rocío" not in entry.canonical


def test_every_letter_status_has_its_row_in_the_transition_table():
    from sufragio.inquiries.models import Status

    assert set(workflow.TRANSITIONS) == set(Status.values)
