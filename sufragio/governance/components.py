"""The AI components sufragio ships, as the registry must know them.

Each row names a registry entry and says how to read the artefact hash of the build installed
right now: ``version_source`` is "module:callable", and the callable's result has a ``version``
attribute (the same hash the component passes to :func:`sufragio.governance.gate.authorize`).

Extension point: when a component lands, add its row here and `sufragio init` registers it in
``draft``. Planned rows, in the order the components are being built:

- ``triage-classifier`` (kind "classifier") — letter triage, from
  ``sufragio.inquiries``;
- ``letter-drafter`` (kind "drafter") — template-based draft replies;
- ``llm-endpoint`` (kind "generator") — optional rewriting through
  ``SUFRAGIO_LLM_URL``;
- ``language-id`` (kind "language-id") — language detection of incoming letters.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module

from sufragio.governance.models import RiskLevel, SystemType


@dataclass(frozen=True)
class BundledComponent:
    """Registry facts about one shipped component (what the unit would otherwise type in)."""

    system: str
    #: Also the registry's system type (a :class:`SystemType` value).
    kind: str
    purpose: str
    public_summary: str
    version_source: str
    personal_data: bool
    risk_level: str = RiskLevel.LIMITED
    data_categories: tuple[str, ...] = ()
    human_oversight: str = ""
    known_limitations: str = ""
    legal_basis: str = ""

    def current_version(self) -> str:
        """Artefact hash of the installed build (loads the component, so call it sparingly)."""
        module, func = self.version_source.split(":")
        return str(getattr(import_module(module), func)().version)


BUNDLED: tuple[BundledComponent, ...] = (
    BundledComponent(
        system="article-search",
        kind=SystemType.RETRIEVER,
        purpose=(
            "Recuperar los artículos de la legislación electoral, de datos personales y de "
            "transparencia más pertinentes para una pregunta o una carta."
        ),
        public_summary=(
            "Buscador híbrido (léxico y semántico) sobre la legislación vigente. Propone "
            "artículos a las personas abogadas; no decide nada por sí mismo."
        ),
        version_source="sufragio.laws.search:get_searcher",
        personal_data=False,
        risk_level=RiskLevel.MINIMAL,
        data_categories=("legislación publicada en el DOF", "consultas del personal"),
        human_oversight="Una persona abogada elige qué artículos cita; los resultados son "
        "sugerencias con su explicación.",
        known_limitations="Puede omitir artículos con redacción muy distinta a la pregunta; "
        "el corpus refleja la última reforma empaquetada.",
        legal_basis="LGIPE; Reglamento Interior del INE (atribuciones de la Dirección Jurídica).",
    ),
    BundledComponent(
        system="pii-redaction",
        kind=SystemType.REDACTION,
        purpose=(
            "Detectar y testar datos personales (nombres, CURP, clave de elector, domicilios, "
            "teléfonos, correos) en cartas y documentos antes de procesarlos o publicarlos."
        ),
        public_summary=(
            "Detector de datos personales en español de México que los sustituye por marcas; "
            "una persona revisa el testado antes de publicar cualquier documento."
        ),
        version_source="sufragio.privacy.engine:get_engine",
        personal_data=True,
        risk_level=RiskLevel.LIMITED,
        data_categories=("datos de identificación", "datos de contacto", "texto libre de cartas"),
        human_oversight="El testado se revisa por una persona antes de publicar; revelar un "
        "valor original exige un permiso y queda en la bitácora.",
        known_limitations="Puede no detectar datos escritos de forma atípica o con errores de "
        "captura; puede testar de más nombres propios que no son personas.",
        legal_basis="LGPDPPSO, arts. 16, 25 y 31 (principios y deber de seguridad); "
        "LGTAIP (versiones públicas).",
    ),
)


def by_name(system: str) -> BundledComponent:
    """The bundled row for ``system``; KeyError when it is not a shipped component."""
    for component in BUNDLED:
        if component.system == system:
            return component
    raise KeyError(system)
