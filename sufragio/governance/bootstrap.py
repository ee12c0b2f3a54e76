"""`sufragio init` steps of the governance app: role groups and the shipped components' entries.

Both are idempotent. A shipped component is registered in ``draft``: being installed is not being
approved, so the runtime gate refuses it until the committee approves that exact build.
"""

from __future__ import annotations

from django.db import transaction

from sufragio import __version__
from sufragio.governance import roles
from sufragio.governance.components import BUNDLED, BundledComponent
from sufragio.governance.models import AISystem, SystemVersion

ORGANIZATION_UNIT = "Dirección Jurídica"
RESPONSIBLE_OFFICIAL = "Titular de la Dirección Jurídica"


def ensure_role_groups() -> str:
    """Create the Django groups that carry the governance roles."""
    created = roles.ensure_groups()
    return f"{len(created)} grupos nuevos" if created else "grupos de roles presentes"


def register_component_entry(component: BundledComponent, artefact_hash: str) -> SystemVersion:
    """Get or create the system and its version for ``artefact_hash`` (new ones in draft)."""
    system, _ = AISystem.objects.get_or_create(
        name=component.system,
        defaults={
            "purpose": component.purpose,
            "system_type": component.kind,
            "owner_unit": ORGANIZATION_UNIT,
            "responsible_official": RESPONSIBLE_OFFICIAL,
            "risk_level": component.risk_level,
            "legal_basis": component.legal_basis,
            "data_categories": list(component.data_categories),
            "personal_data": component.personal_data,
            "human_oversight": component.human_oversight,
            "known_limitations": component.known_limitations,
            "public_summary": component.public_summary,
        },
    )
    version, _ = SystemVersion.objects.get_or_create(
        system=system,
        artefact_hash=artefact_hash,
        defaults={"version": f"{__version__}+{artefact_hash[:12]}"},
    )
    return version


def register_bundled_components() -> str:
    """Register every shipped component and the build installed now (idempotent)."""
    # Loading a component can take seconds: read every hash before opening the transaction.
    hashes = [(component, component.current_version()) for component in BUNDLED]
    hashes = [(component, version) for component, version in hashes if version is not None]
    with transaction.atomic():
        versions = [register_component_entry(c, artefact_hash) for c, artefact_hash in hashes]
    return "; ".join(f"{v.system.name}@{v.short_hash} ({v.state})" for v in versions)
