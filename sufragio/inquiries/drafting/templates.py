"""The template bank legal staff edit: one reply body per category, validated on load.

A missing category or a typo in a variable name would otherwise surface only when a letter of
that kind arrives; checking the whole bank against the taxonomy at load time surfaces it at once.
"""

from __future__ import annotations

import hashlib
import string
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "templates" / "respuestas.yaml"
VARIABLES = frozenset({"unidad", "unidad_siglas", "categoria", "plazo", "autoridad_competente"})


class TemplateError(ValueError):
    """The template bank is unreadable, incomplete or uses an unknown variable."""


@dataclass(frozen=True)
class Authority:
    """Where to send a letter INE cannot answer, chosen by the words it contains."""

    words: tuple[str, ...]
    name: str


@dataclass(frozen=True)
class Template:
    id: str
    subject: str
    body: str
    authorities: tuple[Authority, ...] = ()
    default_authority: str = ""


@dataclass(frozen=True)
class TemplateBank:
    version: str
    closing: str
    templates: dict[str, Template]
    digest: str

    def for_category(self, category_id: str) -> Template:
        try:
            return self.templates[category_id]
        except KeyError:
            raise TemplateError(f"No hay plantilla para la categoría {category_id!r}.") from None


def load_templates(
    path: str | Path | None = None, categories: list[str] | None = None
) -> TemplateBank:
    """Load and validate the bank; with ``categories``, require a template for each one."""
    source = Path(path) if path is not None else DEFAULT_PATH
    try:
        raw_bytes = source.read_bytes()
        raw = yaml.safe_load(raw_bytes)
    except (OSError, yaml.YAMLError) as exc:
        raise TemplateError(f"No se puede leer el banco de plantillas {source}: {exc}") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("templates"), dict):
        raise TemplateError("El banco de plantillas necesita 'version' y 'templates'.")
    if not raw.get("version"):
        raise TemplateError("El banco de plantillas necesita 'version' y 'templates'.")
    templates = {key: _template(key, value) for key, value in raw["templates"].items()}
    missing = sorted(set(categories or []) - set(templates))
    if missing:
        raise TemplateError(f"Faltan plantillas para: {', '.join(missing)}.")
    closing = raw.get("cierre")
    if not isinstance(closing, str) or not closing.strip():
        raise TemplateError("Falta el texto de 'cierre'.")
    return TemplateBank(
        version=str(raw["version"]),
        closing=" ".join(closing.split()),
        templates=templates,
        digest=hashlib.sha256(raw_bytes).hexdigest(),
    )


def _template(key: str, value: Any) -> Template:
    if not isinstance(value, dict):
        raise TemplateError(f"Plantilla {key!r}: debe ser un mapa con 'asunto' y 'cuerpo'.")
    subject, body = value.get("asunto"), value.get("cuerpo")
    if not isinstance(subject, str) or not isinstance(body, str) or not body.strip():
        raise TemplateError(f"Plantilla {key!r}: faltan 'asunto' o 'cuerpo'.")
    used = {name for _, name, _, _ in string.Formatter().parse(body) if name}
    unknown = sorted(used - VARIABLES)
    if unknown:
        raise TemplateError(f"Plantilla {key!r}: variables desconocidas {unknown}.")
    authorities = tuple(
        Authority(words=tuple(str(w) for w in a["palabras"]), name=str(a["autoridad"]))
        for a in value.get("autoridades") or []
    )
    if "autoridad_competente" in used and not value.get("autoridad_por_defecto"):
        raise TemplateError(f"Plantilla {key!r}: falta 'autoridad_por_defecto'.")
    return Template(
        id=key,
        subject=" ".join(subject.split()),
        body=" ".join(body.split()),
        authorities=authorities,
        default_authority=str(value.get("autoridad_por_defecto") or ""),
    )
