"""Plain-dict views of the registry: the staff dossier of a system, and the public register
shaped like the Dutch Algorithm Register publication standard (algoritmeregister), so that other
registries and journalists can read INE's entries with tools they already have."""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch, Q
from django.utils import timezone

from sufragio import __version__
from sufragio.governance import dpia
from sufragio.governance.models import AISystem, RiskLevel, State, SystemVersion

ORGANIZATION = "Instituto Nacional Electoral (INE)"
COMPETENT_AUTHORITY = "Comité de Inteligencia Artificial del INE"
CONTACT = "Unidad de Transparencia del INE"
PUBLICATION_STANDARD = "algoritmeregister (adaptado para el INE)"
#: Dutch publication categories, from the AI Act risk levels.
PUBLICATION_CATEGORY = {
    RiskLevel.HIGH: "high_risk_ai",
    RiskLevel.LIMITED: "impactful_algorithms",
    RiskLevel.MINIMAL: "other_algorithms",
}


def version_dict(version: SystemVersion) -> dict[str, Any]:
    """One version as the CLI and staff API show it."""
    return {
        "version": version.version,
        "artefact_hash": version.artefact_hash,
        "state": version.state,
        "expired": version.is_expired(),
        "round": version.round,
        "approved_uses": version.approved_uses,
        "expires_on": version.expires_on.isoformat() if version.expires_on else None,
    }


def system_dict(system: AISystem, history: bool = False) -> dict[str, Any]:
    """A system's full registry entry for staff, optionally with each version's history."""
    return {
        "name": system.name,
        "purpose": system.purpose,
        "type": system.system_type,
        "owner_unit": system.owner_unit,
        "responsible_official": system.responsible_official,
        "provider": system.provider_kind,
        "provider_name": system.provider_name,
        "contract_reference": system.contract_reference,
        "risk_level": system.risk_level,
        "legal_basis": system.legal_basis,
        "data_categories": system.data_categories,
        "personal_data": system.personal_data,
        "human_oversight": system.human_oversight,
        "known_limitations": system.known_limitations,
        "evaluation_results": system.evaluation_results,
        "review_date": system.review_date.isoformat() if system.review_date else None,
        "status": system.status,
        "public_summary": system.public_summary,
        "versions": [
            version_dict(v) | ({"history": _history(v)} if history else {})
            for v in system.versions.all()
        ],
    }


def _history(version: SystemVersion) -> list[dict[str, Any]]:
    return [
        {
            "action": t.action,
            "from": t.from_state,
            "to": t.to_state,
            "by": t.actor.username,
            "at": t.at.isoformat(),
            "reasons": t.reasons,
        }
        for t in version.history.select_related("actor")
    ]


def approved_systems() -> list[tuple[AISystem, list[SystemVersion]]]:
    """Systems with at least one approved, unexpired version, with those versions."""
    today = timezone.localdate()
    current = SystemVersion.objects.filter(state=State.APPROVED).filter(
        Q(expires_on__isnull=True) | Q(expires_on__gte=today)
    )
    systems = (
        AISystem.objects.filter(versions__in=current)
        .distinct()
        .prefetch_related(Prefetch("versions", queryset=current, to_attr="current_versions"))
    )
    return [(s, s.current_versions) for s in systems]


def _dpia_summary(versions: list[SystemVersion]) -> str:
    assessments = [d for d in (v.latest_dpia() for v in versions) if d is not None]
    if not assessments:
        return "No aplica: el sistema no trata datos personales."
    latest = max(assessments, key=lambda d: d.created)
    return (
        f"EIPD realizada el {latest.created.date().isoformat()}; riesgo "
        f"{dpia.level_label(latest.level)} ({latest.score}/{latest.max_score})."
    )


def register_entry(system: AISystem, versions: list[SystemVersion]) -> dict[str, Any]:
    """One algorithm in the publication-standard shape."""
    begin = min(v.approved_at for v in versions if v.approved_at)
    ends = [v.expires_on for v in versions if v.expires_on]
    return {
        "name": system.name,
        "organization": ORGANIZATION,
        "department": system.owner_unit,
        "description_short": system.public_summary,
        "type": system.get_system_type_display(),
        "category": "Administración electoral",
        "status": "En uso",
        "goal": system.purpose,
        "impact": system.impact,
        "proportionality": system.proportionality,
        "decision_making_process": system.human_oversight,
        "documentation": f"/gobernanza/registro/#{system.name}",
        "competent_authority": COMPETENT_AUTHORITY,
        "lawful_basis": system.legal_basis,
        "iama": _dpia_summary(versions),
        "source_data": ", ".join(system.data_categories),
        "methods_and_models": "; ".join(
            f"{system.get_system_type_display()} {v.version} (hash {v.artefact_hash})"
            for v in versions
        ),
        "human_intervention": system.human_oversight,
        "risks": system.known_limitations,
        "performance_standard": system.evaluation_results,
        "provider": system.provider_name or system.get_provider_kind_display(),
        "contact": f"{CONTACT}; responsable: {system.responsible_official}",
        "publication_category": PUBLICATION_CATEGORY.get(system.risk_level, "other_algorithms"),
        "begin_date": timezone.localtime(begin).date().isoformat(),
        "end_date": max(ends).isoformat() if ends else None,
        "lang": "es",
    }


def public_register() -> dict[str, Any]:
    """The whole public register: approved, unexpired, unsuspended systems only."""
    return {
        "publication_standard": PUBLICATION_STANDARD,
        "organization": ORGANIZATION,
        "generated_at": timezone.now().isoformat(),
        "generator": f"sufragio {__version__}",
        "algorithms": [register_entry(s, vs) for s, vs in approved_systems()],
    }
