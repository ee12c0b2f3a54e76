"""The taxonomy loader accepts the bundled file and names the field when a file is wrong."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from sufragio.inquiries.triage import TaxonomyError, load_taxonomy
from sufragio.inquiries.triage.taxonomy import DEFAULT_PATH, parse_taxonomy


def _raw() -> dict:
    return yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))


def test_bundled_taxonomy_has_fifteen_routed_categories() -> None:
    taxonomy = load_taxonomy()
    assert len(taxonomy.ids) == 15
    arco = taxonomy["datos_personales_arco"]
    assert arco.deadline_business_days == 20
    assert arco.unit_code == "UT"
    assert any(b.law == "LGPDPPSO" and b.article == "45" for b in arco.legal_basis)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda r: r["categories"][0].pop("unit"), "'unit'"),
        (lambda r: r["categories"][1].update(id=r["categories"][0]["id"]), "repetida"),
        (lambda r: r["categories"][2].update(deadline_business_days=0), "entero positivo"),
        (lambda r: r["categories"][3].update(legal_basis=[]), "legal_basis"),
        (lambda r: r["categories"][4].update(id="Credencial Nueva"), "snake_case"),
        (lambda r: r.pop("version"), "version"),
        (lambda r: r.update(elections=["6 de junio"]), "elección"),
    ],
)
def test_invalid_taxonomies_are_rejected_with_the_field(mutate, message: str) -> None:
    raw = _raw()
    mutate(raw)
    with pytest.raises(TaxonomyError, match=message):
        parse_taxonomy(raw)


def test_unreadable_file_is_a_taxonomy_error(tmp_path: Path) -> None:
    bad = tmp_path / "t.yaml"
    bad.write_text("categories: [unclosed", encoding="utf-8")
    with pytest.raises(TaxonomyError, match="YAML"):
        load_taxonomy(bad)
    with pytest.raises(TaxonomyError, match="No se puede leer"):
        load_taxonomy(tmp_path / "missing.yaml")


def test_institution_can_set_its_own_election_calendar(tmp_path: Path) -> None:
    raw = _raw()
    raw["elections"] = ["2030-06-02", {"date": "2028-06-04"}]
    raw["election_window_days"] = 10
    own = tmp_path / "own.yaml"
    own.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    taxonomy = load_taxonomy(own)
    assert taxonomy.elections == (date(2028, 6, 4), date(2030, 6, 2))
    assert taxonomy.election_window_days == 10
