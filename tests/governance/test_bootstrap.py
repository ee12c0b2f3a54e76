"""Shipped components are registered in draft at init, and the demo approves them through the
real workflow. Loads the real search index and redaction engine (a few seconds, once)."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from sufragio.governance import gate
from sufragio.governance.bootstrap import ensure_role_groups, register_bundled_components
from sufragio.governance.components import BUNDLED
from sufragio.governance.demo import approve_bundled_components, record_demo_training
from sufragio.governance.models import DPIA, State, SystemVersion, Transition, Vote
from sufragio.governance.training import user_may_use_ai
from sufragio.web.demo import DEMO_ACCOUNTS, ensure_demo_accounts
from sufragio.web.management.commands.init import DEMO_STEPS, INIT_STEPS


@pytest.fixture(scope="module")
def current_hashes() -> dict[str, str]:
    versions = {c.system: c.current_version() for c in BUNDLED}
    return {system: version for system, version in versions.items() if version is not None}


def _component(system: str, current_hashes: dict[str, str]) -> gate.Component:
    return gate.Component(system, current_hashes[system], "bundled")


def test_steps_are_wired_into_init() -> None:
    assert "sufragio.governance.bootstrap:register_bundled_components" in INIT_STEPS
    assert "sufragio.governance.demo:approve_bundled_components" in DEMO_STEPS
    assert "sufragio.governance.demo:record_demo_training" in DEMO_STEPS


@pytest.mark.django_db
def test_bundled_components_start_in_draft_and_are_refused(current_hashes) -> None:
    register_bundled_components()
    register_bundled_components()  # idempotent
    rows = SystemVersion.objects.select_related("system")
    assert {(v.system.name, v.artefact_hash, v.state) for v in rows} == {
        (system, version, State.DRAFT) for system, version in current_hashes.items()
    }
    assert set(current_hashes) >= {
        "article-search",
        "pii-redaction",
        "triage-classifier",
        "letter-drafter",
    }
    for system in current_hashes:
        with pytest.raises(gate.NotApproved):
            gate.authorize(_component(system, current_hashes))


@pytest.mark.django_db
def test_demo_approves_bundled_components(settings, current_hashes) -> None:
    # Demo passwords are random per home; a fast hasher keeps this test about governance.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    ensure_role_groups()
    ensure_demo_accounts()
    summary = approve_bundled_components()
    assert summary == "; ".join(f"{system}: approved" for system in current_hashes)
    for system in current_hashes:
        gate.authorize(_component(system, current_hashes))
    pii = SystemVersion.objects.get(system__name="pii-redaction")
    assert [t.to_state for t in pii.history.all()] == [
        "submitted",
        "technical_opinion",
        "committee",
        "approved",
    ]
    assert all(t.reasons.startswith("[Demostración]") for t in pii.history.all())
    assert DPIA.objects.filter(version=pii).count() == 1
    assert Vote.objects.filter(version=pii, in_favour=True).count() == 3
    transitions = Transition.objects.count()
    approve_bundled_components()  # idempotent: already approved, nothing new
    assert Transition.objects.count() == transitions
    record_demo_training()
    assert all(
        user_may_use_ai(u) for u in get_user_model().objects.filter(username__in=DEMO_ACCOUNTS)
    )
