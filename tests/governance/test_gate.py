"""The runtime gate other apps call before producing AI output."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from sufragio.governance import gate, workflow
from sufragio.governance.models import SystemVersion
from tests.governance.builders import approve


def _component(version: SystemVersion) -> gate.Component:
    return gate.Component(version.system.name, version.artefact_hash, "classifier")


def _refusal(component: gate.Component, use: str = "default") -> str:
    with pytest.raises(gate.NotApproved) as caught:
        gate.authorize(component, use)
    assert caught.value.reason.startswith("sistema no aprobado")
    return caught.value.reason


def test_unknown_and_draft_components_are_refused(version) -> None:
    assert "no está en el registro" in _refusal(gate.Component("nadie", "0" * 64, "x"))
    other_build = gate.Component(version.system.name, "b" * 64, "classifier")
    assert "no está en el registro" in _refusal(other_build)
    assert "borrador" in _refusal(_component(version))


def test_approved_component_passes_only_for_its_uses(version, people) -> None:
    version = approve(version, people, uses=("default", "triage"))
    gate.authorize(_component(version))
    gate.authorize(_component(version), "triage")
    assert "«publicación»" in _refusal(_component(version), "publicación")


def test_expired_approval_is_refused(version, people) -> None:
    version = approve(version, people)
    SystemVersion.objects.filter(pk=version.pk).update(
        expires_on=timezone.localdate() - timedelta(days=1)
    )
    assert "venció" in _refusal(_component(version))


def test_suspension_takes_effect_on_the_next_call(version, people) -> None:
    version = approve(version, people)
    component = _component(version)
    gate.authorize(component)
    workflow.suspend(version, people["chair"], "Incidente")
    assert "suspendido" in _refusal(component)


def test_authorize_is_one_query(version, people, django_assert_num_queries) -> None:
    version = approve(version, people)
    with django_assert_num_queries(1):
        gate.authorize(_component(version))


def test_register_component_and_provenance() -> None:
    component = gate.Component("article-search", "c0ffee", "retriever")
    gate.register_component(component)
    assert component in gate.loaded_components()
    assert gate.provenance([component]) == [{"system": "article-search", "version": "c0ffee"}]
