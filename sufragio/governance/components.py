"""The AI components sufragio ships, as the registry must know them.

Each row names a registry entry and says how to read the artefact hash of the build installed
right now: ``version_source`` is "module:callable", and the callable's result has a ``version``
attribute (the same hash the component passes to :func:`sufragio.governance.gate.authorize`).

Extension point: when a component lands, add its row here and `sufragio init` registers it in
``draft``. A component whose version is None (switched off in this deployment, like the LLM
rewriter without ``SUFRAGIO_LLM_URL``) is not registered. Planned rows:

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

    def current_version(self) -> str | None:
        """Artefact hash of the installed build, or None when this deployment has it switched off
        (loads the component, so call it sparingly)."""
        module, func = self.version_source.split(":")
        version = getattr(import_module(module), func)().version
        return None if version is None else str(version)


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
    BundledComponent(
        system="triage-classifier",
        kind=SystemType.CLASSIFIER,
        purpose=(
            "Proponer la categoría, la unidad responsable y el plazo de cada carta recibida, "
            "con su confianza y su explicación, para turnarla."
        ),
        public_summary=(
            "Clasificador de cartas ciudadanas por tema. Lee solo texto testado; si su confianza "
            "es baja, la carta va a clasificación manual. Una persona puede corregir la categoría."
        ),
        version_source="sufragio.inquiries.triage:get_classifier",
        personal_data=True,
        risk_level=RiskLevel.LIMITED,
        data_categories=("texto testado de cartas",),
        human_oversight="Toda carta la revisa el área jurídica; las correcciones de categoría "
        "se registran y sirven para reentrenar.",
        known_limitations="Entrenado con cartas escritas a mano para el proyecto; las cartas "
        "con dos peticiones pueden recibir solo la categoría principal.",
        legal_basis="LGIPE art. 51 (Secretaría Ejecutiva); LGPDPPSO arts. 16 y 25.",
    ),
    BundledComponent(
        system="letter-drafter",
        kind=SystemType.DRAFTER,
        purpose=(
            "Redactar un borrador de respuesta formal con plantillas por categoría y el "
            "fundamento legal citado textualmente, para revisión del área jurídica."
        ),
        public_summary=(
            "Redactor de borradores basado en plantillas aprobadas por el área jurídica; ninguna "
            "respuesta se envía sin la aprobación de una persona con nombre."
        ),
        version_source="sufragio.inquiries.drafting:get_drafter",
        personal_data=True,
        risk_level=RiskLevel.LIMITED,
        data_categories=("texto testado de cartas", "legislación publicada en el DOF"),
        human_oversight="Cada borrador lo edita y aprueba una persona abogada; se conservan el "
        "borrador de la IA y la versión final por separado.",
        known_limitations="El acuse resume la petición con frases extraídas de la carta; no "
        "interpreta peticiones implícitas.",
        legal_basis="CPEUM art. 8 (derecho de petición); LGIPE art. 51.",
    ),
    BundledComponent(
        system="llm-endpoint",
        kind=SystemType.GENERATOR,
        purpose=(
            "Reescribir opcionalmente el borrador de plantilla con un modelo generativo servido "
            "en un punto de acceso compatible con OpenAI, solo con texto testado."
        ),
        public_summary=(
            "Modelo generativo opcional que mejora la redacción de borradores; se rechaza toda "
            "reescritura que cite algo no recuperado o no se sostenga en el texto legal."
        ),
        version_source="sufragio.inquiries.drafting:llm_rewriter",
        personal_data=True,
        risk_level=RiskLevel.HIGH,
        data_categories=("texto testado de cartas", "legislación publicada en el DOF"),
        human_oversight="La reescritura pasa una verificación automática de fundamento y después "
        "la revisión y aprobación de una persona abogada.",
        known_limitations="Puede redactar con imprecisión; si no pasa la verificación se "
        "conserva el borrador de plantilla.",
        legal_basis="CPEUM art. 8; LGPDPPSO arts. 16 y 25.",
    ),
)


def by_name(system: str) -> BundledComponent:
    """The bundled row for ``system``; KeyError when it is not a shipped component."""
    for component in BUNDLED:
        if component.system == system:
            return component
    raise KeyError(system)
