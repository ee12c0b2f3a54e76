"""The approval workflow: every allowed move, and the ones the rules forbid."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from sufragio.audit.models import AuditEntry
from sufragio.governance import workflow
from sufragio.governance.models import State, SystemVersion
from tests.governance.builders import (
    DPIA_ANSWERS,
    approve,
    documentation,
    make_version,
    terms,
    to_committee,
)


def _state(version: SystemVersion) -> str:
    return SystemVersion.objects.get(pk=version.pk).state


def test_full_path_records_history_and_audit(version, people) -> None:
    approved = approve(version, people)
    assert approved.state == State.APPROVED
    assert approved.approved_uses == ["default"]
    assert approved.expires_on == timezone.localdate() + timedelta(days=365)
    history = list(approved.history.values_list("from_state", "to_state", "actor__username"))
    assert history == [
        ("draft", "submitted", "requester"),
        ("submitted", "technical_opinion", "ggtic"),
        ("technical_opinion", "committee", "chair"),
        ("committee", "approved", "chair"),
    ]
    assert all(t.reasons for t in approved.history.all())
    actions = list(
        AuditEntry.objects.filter(object_ref=version.ref).values_list("action", flat=True)
    )
    assert actions == [
        "governance.submit",
        "governance.opinion",
        "governance.convene",
        "governance.vote",
        "governance.vote",
        "governance.vote",
        "governance.approve",
    ]


@pytest.mark.parametrize(
    ("actor", "step"),
    [
        ("ggtic", "submit"),
        ("outsider", "submit"),
        ("requester", "opinion"),
        ("member1", "convene"),
    ],
)
def test_wrong_role_is_forbidden_and_changes_nothing(version, people, actor, step) -> None:
    if step != "submit":
        version = workflow.submit(version, people["requester"], documentation(), "Solicitud")
    if step == "convene":
        version = workflow.give_opinion(version, people["ggtic"], True, "", "ok")
    before = _state(version)
    calls = {
        "submit": lambda u: workflow.submit(version, u, documentation(), "x"),
        "opinion": lambda u: workflow.give_opinion(version, u, True, "", "x"),
        "convene": lambda u: workflow.convene(version, u, "x"),
    }
    with pytest.raises(workflow.Forbidden):
        calls[step](people[actor])
    assert _state(version) == before


def test_only_committee_members_vote_and_only_the_chair_closes(version, people) -> None:
    version = to_committee(version, people)
    with pytest.raises(workflow.Forbidden):
        workflow.cast_vote(version, people["ggtic"], True)
    for member in ("member1", "member2", "member3"):
        workflow.cast_vote(version, people[member], True)
    with pytest.raises(workflow.Forbidden):
        workflow.close_vote(version, people["member1"], "cierre", terms())
    assert _state(version) == State.COMMITTEE


def test_skipping_a_stage_is_refused(version, people) -> None:
    with pytest.raises(workflow.WorkflowError, match="no se puede"):
        workflow.give_opinion(version, people["ggtic"], True, "", "sin solicitud")
    version = workflow.submit(version, people["requester"], documentation(), "Solicitud")
    with pytest.raises(workflow.WorkflowError, match="no se puede"):
        workflow.convene(version, people["chair"], "sin opinión técnica")
    with pytest.raises(workflow.WorkflowError, match="en comité"):
        workflow.cast_vote(version, people["member1"], True)
    with pytest.raises(workflow.WorkflowError, match="en comité"):
        workflow.close_vote(version, people["chair"], "cierre", terms())
    assert _state(version) == State.SUBMITTED


def test_request_needs_evidence_for_every_principle(version, people) -> None:
    doc = documentation()
    doc["principles"]["equity"] = "   "
    with pytest.raises(workflow.WorkflowError, match="Equidad"):
        workflow.submit(version, people["requester"], doc, "Solicitud")
    with pytest.raises(workflow.WorkflowError, match="Riesgos"):
        workflow.submit(version, people["requester"], documentation(risks=""), "Solicitud")
    assert _state(version) == State.DRAFT


def test_reasons_are_required(version, people) -> None:
    with pytest.raises(workflow.WorkflowError, match="motivos"):
        workflow.submit(version, people["requester"], documentation(), "  ")


def test_committee_needs_a_dpia_when_personal_data(db, people) -> None:
    version = make_version("pii-test", personal_data=True)
    version = workflow.submit(version, people["requester"], documentation(), "Solicitud")
    version = workflow.give_opinion(version, people["ggtic"], True, "", "ok")
    with pytest.raises(workflow.WorkflowError, match="EIPD"):
        workflow.convene(version, people["chair"], "Al comité")
    assert _state(version) == State.TECHNICAL_OPINION
    assessment = workflow.record_dpia(version, people["requester"], DPIA_ANSWERS)
    assert assessment.level == "low"
    version = workflow.convene(version, people["chair"], "Al comité")
    assert version.state == State.COMMITTEE
    assert version.history.last().data == {"dpia_level": "low"}


def test_dpia_only_by_the_unit_and_before_the_committee(db, people) -> None:
    version = make_version("pii-test", personal_data=True)
    with pytest.raises(workflow.Forbidden):
        workflow.record_dpia(version, people["ggtic"], DPIA_ANSWERS)
    with pytest.raises(workflow.WorkflowError, match="falta una respuesta"):
        workflow.record_dpia(version, people["requester"], {"volume": "few"})
    version = to_committee(version, people)
    with pytest.raises(workflow.WorkflowError, match="antes de la etapa de comité"):
        workflow.record_dpia(version, people["requester"], DPIA_ANSWERS)


def test_closing_without_quorum_is_refused(version, people) -> None:
    version = to_committee(version, people)
    workflow.cast_vote(version, people["member1"], True)
    workflow.cast_vote(version, people["member2"], True)
    with pytest.raises(workflow.WorkflowError, match="sin quórum: 2 de 3"):
        workflow.close_vote(version, people["chair"], "cierre", terms())
    assert _state(version) == State.COMMITTEE


def test_majority_against_rejects(version, people) -> None:
    version = to_committee(version, people)
    workflow.cast_vote(version, people["member1"], True)
    workflow.cast_vote(version, people["member2"], False, "Sesgo no evaluado")
    workflow.cast_vote(version, people["member3"], False)
    closed = workflow.close_vote(version, people["chair"], "cierre", terms())
    assert closed.state == State.REJECTED
    assert closed.approved_uses == []
    assert closed.history.last().data["votes"] == {"favour": 1, "against": 2}


def test_a_member_votes_once_per_round(version, people) -> None:
    version = to_committee(version, people)
    workflow.cast_vote(version, people["member1"], True)
    with pytest.raises(workflow.WorkflowError, match="ya emitió"):
        workflow.cast_vote(version, people["member1"], False)


def test_unfavourable_opinion_still_reaches_the_committee(version, people) -> None:
    version = workflow.submit(version, people["requester"], documentation(), "Solicitud")
    version = workflow.give_opinion(
        version, people["ggtic"], False, "Falta prueba de carga", "Riesgo técnico"
    )
    assert (version.opinion_favourable, version.opinion_conditions) == (
        False,
        "Falta prueba de carga",
    )
    assert workflow.convene(version, people["chair"], "El comité decide").state == State.COMMITTEE


def test_approval_needs_a_future_expiry_and_a_use(version, people) -> None:
    version = to_committee(version, people)
    for member in ("member1", "member2", "member3"):
        workflow.cast_vote(version, people[member], True)
    with pytest.raises(workflow.WorkflowError, match="futura"):
        workflow.close_vote(version, people["chair"], "cierre", terms(days=0))
    with pytest.raises(workflow.WorkflowError, match="uso"):
        workflow.close_vote(version, people["chair"], "cierre", terms(uses=()))
    assert _state(version) == State.COMMITTEE


def test_suspend_roles_and_lifting_goes_through_the_workflow(version, people) -> None:
    version = approve(version, people)
    with pytest.raises(workflow.Forbidden):
        workflow.suspend(version, people["member1"], "no autorizado")
    version = workflow.suspend(version, people["admin"], "Incidente de sesgo")
    assert version.state == State.SUSPENDED
    # There is no shortcut back to approved: only a new request.
    with pytest.raises(workflow.WorkflowError):
        workflow.convene(version, people["chair"], "reactivar")
    version = workflow.submit(version, people["requester"], documentation(), "Corregido")
    assert (version.state, version.round, version.approved_uses) == (State.SUBMITTED, 2, [])
    version = workflow.give_opinion(version, people["ggtic"], True, "", "ok")
    version = workflow.convene(version, people["chair"], "Al comité")
    assert workflow.tally(version).total == 0  # the first round's votes do not count again
    for member in ("member1", "member2", "member3"):
        workflow.cast_vote(version, people[member], True)
    version = workflow.close_vote(version, people["chair"], "Reactivado", terms())
    assert version.state == State.APPROVED


def test_current_approval_cannot_be_resubmitted_but_an_expired_one_can(version, people) -> None:
    version = approve(version, people)
    with pytest.raises(workflow.WorkflowError, match="vigente"):
        workflow.submit(version, people["requester"], documentation(), "otra vez")
    SystemVersion.objects.filter(pk=version.pk).update(
        expires_on=timezone.localdate() - timedelta(days=1)
    )
    version.refresh_from_db()
    renewed = workflow.submit(version, people["requester"], documentation(), "Renovación")
    assert renewed.state == State.SUBMITTED


def test_retire(version, people) -> None:
    version = approve(version, people)
    with pytest.raises(workflow.Forbidden):
        workflow.retire(version, people["requester"], "x")
    assert workflow.retire(version, people["chair"], "Sustituido").state == State.RETIRED
    with pytest.raises(workflow.WorkflowError):
        workflow.submit(version, people["requester"], documentation(), "revivir")


def test_allowed_actions_follow_role_and_state(version, people) -> None:
    assert workflow.allowed_actions(version, people["requester"]) == ["submit", "dpia"]
    assert workflow.allowed_actions(version, people["ggtic"]) == []
    assert workflow.allowed_actions(version, people["chair"]) == ["retire"]
    version = to_committee(version, people)
    assert workflow.allowed_actions(version, people["member1"]) == ["vote"]
    assert workflow.allowed_actions(version, people["chair"]) == ["vote", "close"]
    workflow.cast_vote(version, people["member1"], True)
    assert workflow.allowed_actions(version, people["member1"]) == []
