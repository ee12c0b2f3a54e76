"""The shipped classifier on letters written here (not from eval/), its explanations and flags."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from sufragio.inquiries.triage import TriageClassifier, load_taxonomy
from sufragio.inquiries.triage.taxonomy import Taxonomy

LETTERS = {
    "credencial": (
        "Buenas tardes, soy [NOMBRE]. Se me perdió la credencial para votar en el camión y "
        "necesito la reposición. ¿Qué documentos tengo que llevar al módulo y cómo saco cita?"
    ),
    "afiliacion_indebida": (
        "Al buscar trabajo en el gobierno me dijeron que aparezco como militante de un partido "
        "político. Yo nunca me afilié ni firmé nada; exijo que me den de baja del padrón de "
        "afiliados porque usaron mis datos sin mi consentimiento. Atte. [NOMBRE]"
    ),
    "transparencia": (
        "Con fundamento en el derecho de acceso a la información, solicito copia en versión "
        "pública de los contratos de arrendamiento de inmuebles celebrados por el Instituto en "
        "2025 y el tabulador de sueldos de los consejeros electorales."
    ),
    "no_competencia": (
        "Buen día, necesito que me corrijan la CURP porque salió con la fecha de nacimiento "
        "equivocada y en el IMSS no me quieren dar de alta. Mi CURP es [CURP]. Gracias."
    ),
    "violencia_politica_genero": (
        "Soy candidata a regidora y desde que inicié la campaña el dirigente de mi propio partido "
        "me amenaza, dice que las mujeres no sirven para gobernar y difundió fotos alteradas de "
        "mí. Pido medidas de protección urgentes."
    ),
}


@pytest.mark.parametrize(("expected", "text"), LETTERS.items())
def test_hand_written_letters_are_routed_to_their_category(
    classifier: TriageClassifier, expected: str, text: str
) -> None:
    result = classifier.classify(text)
    assert result.category == expected
    category = load_taxonomy()[expected]
    assert (result.unit, result.unit_code) == (category.unit, category.unit_code)
    assert result.deadline_business_days == category.deadline_business_days


def test_explanation_names_terms_neighbours_and_top_probabilities(
    classifier: TriageClassifier,
) -> None:
    result = classifier.classify(LETTERS["transparencia"])
    terms = result.explanation["terms"]
    assert terms and all(isinstance(t, str) and not t.startswith("zz") for t in terms)
    assert any(t in LETTERS["transparencia"].lower() for t in terms)
    nearest = result.explanation["nearest"]
    assert len(nearest) == 3
    assert {"id", "category", "similarity"} <= set(nearest[0])
    assert nearest[0]["similarity"] >= nearest[-1]["similarity"]
    probabilities = result.explanation["probabilities"]
    assert next(iter(probabilities)) == result.category
    assert probabilities[result.category] == pytest.approx(result.confidence, abs=1e-3)
    assert sum(probabilities.values()) <= 1.0 + 1e-6


@pytest.mark.parametrize("text", ["", "   ", "asdkjh qwpoeiru zxmcnv", "ок привет 你好"])
def test_empty_or_unreadable_text_goes_to_manual_triage(
    classifier: TriageClassifier, text: str
) -> None:
    result = classifier.classify(text)
    assert result.needs_manual_triage
    assert "manual_triage_reason" in result.explanation


def test_batch_and_single_classification_agree(classifier: TriageClassifier) -> None:
    texts = list(LETTERS.values())
    batch = classifier.classify_many(texts)
    assert [r.category for r in batch] == [classifier.classify(t).category for t in texts]
    assert [r.confidence for r in batch] == pytest.approx(
        [classifier.classify(t).confidence for t in texts], abs=1e-4
    )


def test_threshold_decides_manual_triage(classifier: TriageClassifier) -> None:
    text = LETTERS["credencial"]
    confidence = classifier.classify(text).confidence
    above = _with(classifier, threshold=min(1.0, confidence + 0.001))
    below = _with(classifier, threshold=confidence - 0.001)
    assert above.classify(text).needs_manual_triage
    assert not below.classify(text).needs_manual_triage


def test_urgency_flags(classifier: TriageClassifier) -> None:
    near_election = _with(classifier, clock=lambda: date(2027, 5, 20))
    far = _with(classifier, clock=lambda: date(2026, 1, 15))
    arco = "Solicito acceso a mis datos personales que el INE tiene; es urgente, vence un plazo."
    flags = near_election.classify(arco).urgency_flags
    assert {"plazo_legal", "proceso_electoral", "urgencia_expresa"} <= set(flags)
    calm = far.classify(LETTERS["credencial"]).urgency_flags
    assert "proceso_electoral" not in calm and "urgencia_expresa" not in calm
    assert "plazo_breve" in far.classify(LETTERS["violencia_politica_genero"]).urgency_flags


def test_version_depends_on_model_and_taxonomy(classifier: TriageClassifier) -> None:
    assert len(classifier.version) == 16
    taxonomy = classifier.taxonomy
    renamed = Taxonomy(
        version="otra",
        categories=taxonomy.categories,
        elections=taxonomy.elections,
        election_window_days=taxonomy.election_window_days,
    )
    same = _with(classifier)
    assert _with(classifier, taxonomy=renamed).version != same.version
    assert _with(classifier).version == same.version


def test_model_refuses_a_taxonomy_without_its_categories(classifier: TriageClassifier) -> None:
    smaller = replace(classifier.taxonomy, categories=classifier.taxonomy.categories[:-1])
    with pytest.raises(ValueError, match="sufragio triage train"):
        _with(classifier, taxonomy=smaller)


def test_shipped_model_is_calibrated_on_cross_validation(classifier: TriageClassifier) -> None:
    """Mean confidence on out-of-fold letters matches their accuracy (stored at training)."""
    report = classifier.model.meta["report"]
    assert abs(report["cv_mean_confidence"] - report["cv_accuracy"]) < 0.05
    assert report["ece"] < report["ece_uncalibrated"]
    assert report["ece"] < 0.08


def _with(classifier: TriageClassifier, **changes) -> TriageClassifier:
    args = {
        "taxonomy": classifier.taxonomy,
        "threshold": classifier.threshold,
        "clock": classifier.clock,
        **changes,
    }
    return TriageClassifier(classifier.model, model_digest=classifier.version, **args)
