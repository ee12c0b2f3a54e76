"""Template drafts: structure, quoted law, extractive acknowledgement, no personal data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from sufragio.inquiries.drafting import (
    Draft,
    TemplateError,
    get_drafter,
    load_templates,
    render,
)
from sufragio.inquiries.drafting.extract import NO_REQUEST, request_sentences
from sufragio.inquiries.drafting.templates import DEFAULT_PATH
from sufragio.inquiries.triage import TriageResult, load_taxonomy

from .conftest import citation

FOLIO = "INE/DJ/2026/000042"
TAXONOMY = load_taxonomy()
ARCO_LETTER = (
    "Buenos días. Mi nombre es [NOMBRE] y vivo en [DIRECCION]. Solicito el acceso a todos los "
    "datos personales que el INE conserva de mí, incluida mi fotografía y mis huellas. "
    "¿En cuánto tiempo me van a responder? Gracias."
)


def triage_for(category_id: str) -> TriageResult:
    """A TriageResult as the classifier would return it for this category."""
    category = TAXONOMY[category_id]
    return TriageResult(
        category=category.id,
        confidence=0.9,
        unit=category.unit,
        unit_code=category.unit_code,
        deadline_business_days=category.deadline_business_days,
        needs_manual_triage=False,
        secondary=[],
        urgency_flags=[],
        explanation={},
    )


def make_draft(text: str = ARCO_LETTER, category: str = "datos_personales_arco") -> Draft:
    return get_drafter().draft(
        folio=FOLIO,
        received=date(2026, 11, 20),
        redacted_text=text,
        triage=triage_for(category),
        citations=[citation("LGPDPPSO", "45"), citation("CPEUM", "16", 1)],
        dated=date(2026, 11, 23),
    )


def test_draft_has_folio_date_salutation_fundamento_and_signature() -> None:
    draft = make_draft()
    text = draft.text
    assert f"Folio: {FOLIO}" in text
    assert "Ciudad de México, a 23 de noviembre de 2026" in text
    assert "recibido en este Instituto el 20 de noviembre de 2026" in text
    assert "{{destinatario}}" in text
    assert "Fundamento legal" in text
    assert text.index("Fundamento legal") < text.index("Atentamente")
    assert "[Nombre y cargo de la persona servidora pública que firma]" in text
    assert "20 días hábiles" in text  # the ARCO deadline from the taxonomy
    for cited in draft.citations:
        assert f"«{cited.text}»" in text  # quoted verbatim
    assert "Artículo 45 de la Ley General de Protección de Datos Personales" in text
    assert (draft.template_id, draft.generator, draft.rejected_rewrite) == (
        "datos_personales_arco",
        "template",
        None,
    )
    assert draft.template_version == load_templates().version


def test_acknowledgement_quotes_the_request_sentences_only() -> None:
    text = make_draft().text
    assert "«Solicito el acceso a todos los datos personales" in text
    assert "«¿En cuánto tiempo me van a responder?»" in text
    assert "Buenos días" not in text


def test_request_extraction_falls_back_without_inventing() -> None:
    assert request_sentences("") == []
    statement = "Estimados señores. Les escribo porque el módulo de mi colonia cerró sin aviso."
    assert request_sentences(statement) == [
        "Les escribo porque el módulo de mi colonia cerró sin aviso."
    ]
    assert NO_REQUEST in make_draft(text="").text


def test_no_raw_personal_data_reaches_the_draft() -> None:
    """Text the redaction engine produced, plus identifiers it might miss, stay masked."""
    from sufragio.privacy.engine import get_engine

    original = (
        "Soy Marisela Quintanar Ibarra, mi CURP es QUIM850312MDFNBR07 y mi correo "
        "marisela.qi@example.com. Solicito la cancelación de mis datos personales; "
        "¿me pueden llamar al 55 4321 8765 para confirmar?"
    )
    redacted = get_engine().redact(original).text
    text = make_draft(text=redacted).text
    for value in ("Marisela", "Quintanar", "QUIM850312MDFNBR07", "marisela.qi", "4321"):
        assert value not in text
    leaked = make_draft(text="Solicito mis datos; escríbanme a ana@example.org o al 5512345678.")
    assert "ana@example.org" not in leaked.text and "5512345678" not in leaked.text
    assert "[CORREO]" in leaked.text and "[TELEFONO]" in leaked.text


def test_render_fills_the_recipient() -> None:
    draft = make_draft()
    assert "C. Ana López Ruiz\nP r e s e n t e" in render(draft, "Ana López Ruiz")
    assert "C. Peticionaria/Peticionario\n" in render(draft, None)
    assert "{{destinatario}}" not in render(draft, "")


def test_every_category_has_a_template_that_renders() -> None:
    bank = load_templates(categories=TAXONOMY.ids)
    assert set(TAXONOMY.ids) <= set(bank.templates)
    for category in TAXONOMY.ids:
        draft = make_draft(text="¿Me pueden orientar, por favor?", category=category)
        assert draft.template_id == category
        assert TAXONOMY[category].unit in draft.text
        assert "{" not in draft.text.replace("{{destinatario}}", "")


def test_no_competencia_points_to_the_competent_authority() -> None:
    curp = make_draft(text="Necesito corregir mi CURP, ¿dónde lo hago?", category="no_competencia")
    assert "Registro Nacional de Población (RENAPO)" in curp.text
    water = make_draft(text="¿Quién arregla la fuga de agua?", category="no_competencia")
    assert "Ayuntamiento de su municipio" in water.text


def test_draft_without_citations_asks_the_reviewer_to_complete_it() -> None:
    draft = get_drafter().draft(
        folio=FOLIO,
        received=date(2026, 11, 20),
        redacted_text=ARCO_LETTER,
        triage=triage_for("consulta_juridica"),
        citations=[],
        dated=date(2026, 11, 23),
    )
    assert "No se recuperaron artículos aplicables" in draft.text


def test_template_bank_errors_are_explicit(tmp_path: Path) -> None:
    raw = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
    raw["templates"].pop("transparencia")
    incomplete = tmp_path / "bank.yaml"
    incomplete.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(TemplateError, match="transparencia"):
        load_templates(incomplete, categories=TAXONOMY.ids)
    raw["templates"]["credencial"]["cuerpo"] = "Turnado a {unidd}."
    incomplete.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(TemplateError, match="unidd"):
        load_templates(incomplete)


def test_drafter_version_is_stable_and_hex() -> None:
    assert get_drafter().version == get_drafter().version
    assert len(get_drafter().version) == 16
    int(get_drafter().version, 16)
