"""The letter taxonomy: categories, the unit that answers each one, deadlines and legal basis.

Legal staff own the YAML, and an institution can point sufragio at its own file, so every field
the classifier and the drafter rely on is checked here once, with messages that name the
category and the field, instead of failing later deep inside training or drafting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "taxonomy.yaml"

#: Used when the taxonomy file lists no election dates. 6 June 2027 is the first Sunday of June
#: of 2027, the date LGIPE art. 22 fixes for the 2027 federal election.
DEFAULT_ELECTIONS: tuple[date, ...] = (date(2027, 6, 6),)
DEFAULT_ELECTION_WINDOW_DAYS = 30

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_REQUIRED_TEXT = ("id", "name", "name_en", "description", "unit", "unit_code")


class TaxonomyError(ValueError):
    """The taxonomy file is missing, unreadable or breaks a rule; the message says where."""


@dataclass(frozen=True)
class LegalBasis:
    """One article a category rests on, e.g. LGPDPPSO art. 45."""

    law: str
    article: str


@dataclass(frozen=True)
class Category:
    """One triage category and where letters of that kind are routed."""

    id: str
    name: str
    name_en: str
    description: str
    unit: str
    unit_code: str
    deadline_business_days: int
    legal_basis: tuple[LegalBasis, ...]
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class Taxonomy:
    """A validated taxonomy plus the election calendar used for urgency flags.

    ``elections`` and ``election_window_days`` are optional keys of the YAML; without them the
    next federal election day is assumed, so a default install still flags letters that arrive
    close to it.
    """

    version: str
    categories: tuple[Category, ...]
    elections: tuple[date, ...] = DEFAULT_ELECTIONS
    election_window_days: int = DEFAULT_ELECTION_WINDOW_DAYS

    def __getitem__(self, category_id: str) -> Category:
        for category in self.categories:
            if category.id == category_id:
                return category
        raise KeyError(category_id)

    @property
    def ids(self) -> list[str]:
        return [c.id for c in self.categories]


def load_taxonomy(path: str | Path | None = None) -> Taxonomy:
    """Read and validate a taxonomy YAML (the bundled one when ``path`` is None)."""
    source = Path(path) if path is not None else DEFAULT_PATH
    try:
        raw = yaml.safe_load(source.read_text(encoding="utf-8"))
    except OSError as exc:
        raise TaxonomyError(f"No se puede leer la taxonomía {source}: {exc}") from exc
    except yaml.YAMLError as exc:
        raise TaxonomyError(f"La taxonomía {source} no es YAML válido: {exc}") from exc
    return parse_taxonomy(raw)


def parse_taxonomy(raw: Any) -> Taxonomy:
    """Validate an already-parsed YAML document; raises TaxonomyError naming the bad field."""
    if not isinstance(raw, dict):
        raise TaxonomyError("La taxonomía debe ser un mapa con 'version' y 'categories'.")
    version = raw.get("version")
    if not isinstance(version, str | int | float) or not str(version).strip():
        raise TaxonomyError("Falta 'version' en la taxonomía.")
    items = raw.get("categories")
    if not isinstance(items, list) or len(items) < 2:
        raise TaxonomyError("'categories' debe ser una lista con al menos dos categorías.")
    categories = tuple(_category(item, i) for i, item in enumerate(items))
    seen: set[str] = set()
    for category in categories:
        if category.id in seen:
            raise TaxonomyError(f"Categoría repetida: {category.id!r}.")
        seen.add(category.id)
    return Taxonomy(
        version=str(version),
        categories=categories,
        elections=_elections(raw.get("elections")),
        election_window_days=_positive_int(
            raw.get("election_window_days", DEFAULT_ELECTION_WINDOW_DAYS), "election_window_days"
        ),
    )


def _category(item: Any, index: int) -> Category:
    if not isinstance(item, dict):
        raise TaxonomyError(f"La categoría n.º {index + 1} no es un mapa.")
    where = f"categoría {item.get('id', index + 1)!r}"
    for field in _REQUIRED_TEXT:
        value = item.get(field)
        if not isinstance(value, str) or not value.strip():
            raise TaxonomyError(f"{where}: falta el campo de texto '{field}'.")
    if not _ID.match(item["id"]):
        raise TaxonomyError(f"{where}: el id debe ser snake_case en minúsculas.")
    basis = item.get("legal_basis")
    if not isinstance(basis, list) or not basis:
        raise TaxonomyError(f"{where}: 'legal_basis' debe listar al menos un artículo.")
    legal = []
    for entry in basis:
        if not isinstance(entry, dict) or not entry.get("law") or not entry.get("article"):
            raise TaxonomyError(f"{where}: cada 'legal_basis' necesita 'law' y 'article'.")
        legal.append(LegalBasis(law=str(entry["law"]).strip(), article=str(entry["article"])))
    keywords = item.get("keywords") or []
    if not isinstance(keywords, list) or not all(isinstance(k, str) for k in keywords):
        raise TaxonomyError(f"{where}: 'keywords' debe ser una lista de textos.")
    return Category(
        id=item["id"],
        name=item["name"].strip(),
        name_en=item["name_en"].strip(),
        description=" ".join(item["description"].split()),
        unit=item["unit"].strip(),
        unit_code=item["unit_code"].strip(),
        deadline_business_days=_positive_int(
            item.get("deadline_business_days"), f"{where}: deadline_business_days"
        ),
        legal_basis=tuple(legal),
        keywords=tuple(keywords),
    )


def _positive_int(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise TaxonomyError(f"{what} debe ser un entero positivo (se recibió {value!r}).")
    return value


def _elections(value: Any) -> tuple[date, ...]:
    if value is None:
        return DEFAULT_ELECTIONS
    if not isinstance(value, list):
        raise TaxonomyError("'elections' debe ser una lista de fechas AAAA-MM-DD.")
    out = []
    for entry in value:
        day = entry.get("date") if isinstance(entry, dict) else entry
        if isinstance(day, str):
            try:
                day = date.fromisoformat(day)
            except ValueError:
                day = None
        if not isinstance(day, date):
            raise TaxonomyError(f"Fecha de elección no válida: {entry!r}.")
        out.append(day)
    return tuple(sorted(out))
