"""The runtime gate: AI components ask here, every time they produce output, whether they may.

Other apps call four names and nothing else: :class:`Component`, :class:`NotApproved`,
:func:`register_component`, :func:`authorize` and :func:`provenance`. ``authorize`` reads the
database on every call (one indexed query, no cache) so that a suspension by the committee or the
``sufragio registry suspend`` kill switch takes effect on the very next request, in every process.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils import timezone, translation

from sufragio.governance.models import State, SystemVersion


@dataclass(frozen=True)
class Component:
    """A loaded AI component: registry name, artefact hash (the version) and kind of model."""

    system: str
    version: str
    kind: str


class NotApproved(Exception):
    """The component may not run; ``reason`` is Spanish and starts with "sistema no aprobado"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


_loaded: dict[tuple[str, str], Component] = {}
_lock = threading.Lock()


def register_component(component: Component) -> None:
    """Remember that this process loaded ``component`` (shown on the registry pages)."""
    with _lock:
        _loaded[(component.system, component.version)] = component


def loaded_components() -> list[Component]:
    """Components this process has loaded so far."""
    with _lock:
        return list(_loaded.values())


def authorize(component: Component, use: str = "default") -> None:
    """Raise :class:`NotApproved` unless this system and version are approved for ``use``,
    unexpired and not suspended."""
    label = f"{component.system}@{component.version[:12]}"
    row = (
        SystemVersion.objects.filter(system__name=component.system, artefact_hash=component.version)
        .values("state", "expires_on", "approved_uses")
        .first()
    )
    if row is None:
        raise NotApproved(f"sistema no aprobado: {label} no está en el registro de IA")
    state = row["state"]
    if state != State.APPROVED:
        with translation.override("es-mx"):  # reasons are Spanish whatever the request's language
            raise NotApproved(f"sistema no aprobado: {label} está «{State(state).label}»")
    expires_on = row["expires_on"]
    if expires_on is not None and expires_on < timezone.localdate():
        raise NotApproved(f"sistema no aprobado: la aprobación de {label} venció el {expires_on}")
    if use not in row["approved_uses"]:
        raise NotApproved(f"sistema no aprobado: {label} no está aprobado para el uso «{use}»")


def provenance(components: Iterable[Component]) -> list[dict]:
    """What is stored with every AI output: which system and artefact produced it."""
    return [{"system": c.system, "version": c.version} for c in components]
