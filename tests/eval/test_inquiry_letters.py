"""Integrity checks for the letter-triage taxonomy and the hand-written letter sets.

The classifier is judged on eval/inquiries/letters.jsonl; these tests keep that judgement honest:
every label must exist in the taxonomy, each category needs enough examples, and no evaluation
letter may be a copy or near-copy of a training letter (that would inflate measured accuracy).
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
TAXONOMY = ROOT / "sufragio" / "inquiries" / "data" / "taxonomy.yaml"
TRAINING = ROOT / "sufragio" / "inquiries" / "data" / "training_letters.jsonl"
EVAL = ROOT / "eval" / "inquiries" / "letters.jsonl"

EXPECTED_IDS = {
    "credencial",
    "padron_lista_nominal",
    "voto_extranjero",
    "afiliacion_indebida",
    "partidos_candidaturas",
    "fiscalizacion",
    "propaganda_medios",
    "queja_denuncia",
    "violencia_politica_genero",
    "transparencia",
    "datos_personales_arco",
    "organizacion_capacitacion",
    "participacion_ciudadana",
    "consulta_juridica",
    "no_competencia",
}
CATEGORY_FIELDS = {
    "id",
    "name",
    "name_en",
    "description",
    "unit",
    "unit_code",
    "deadline_business_days",
    "legal_basis",
    "keywords",
}
LETTER_FIELDS = {"id", "category", "secondary", "channel", "text"}
CHANNELS = {"correo", "email", "ventanilla", "web", "whatsapp", "oficio"}
KNOWN_LAWS = {"CPEUM", "LGIPE", "LGPP", "LGSMIME", "LGPDPPSO", "LGTAIP", "LFPDPPP"}
JACCARD_LIMIT = 0.6


def _load_letters(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def taxonomy() -> dict:
    return yaml.safe_load(TAXONOMY.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def training() -> list[dict]:
    return _load_letters(TRAINING)


@pytest.fixture(scope="module")
def evaluation() -> list[dict]:
    return _load_letters(EVAL)


def _normalise(text: str) -> str:
    """Lower-case, strip accents and collapse non-alphanumerics so trivial edits still match."""
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", " ", folded).strip()


def _shingles(text: str, size: int = 5) -> set[str]:
    norm = _normalise(text)
    return {norm[i : i + size] for i in range(max(len(norm) - size + 1, 1))}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b)


def test_taxonomy_has_exactly_the_fifteen_ids(taxonomy: dict) -> None:
    ids = [c["id"] for c in taxonomy["categories"]]
    assert len(ids) == len(set(ids))
    assert set(ids) == EXPECTED_IDS
    assert str(taxonomy["version"])


def test_taxonomy_categories_are_complete(taxonomy: dict) -> None:
    for cat in taxonomy["categories"]:
        assert set(cat) == CATEGORY_FIELDS, cat["id"]
        for field in ("name", "name_en", "description", "unit", "unit_code"):
            assert isinstance(cat[field], str) and cat[field].strip(), (cat["id"], field)
        assert isinstance(cat["deadline_business_days"], int)
        assert 1 <= cat["deadline_business_days"] <= 30
        assert cat["legal_basis"], cat["id"]
        for basis in cat["legal_basis"]:
            assert basis["law"] in KNOWN_LAWS, (cat["id"], basis)
            assert str(basis["article"]).strip(), (cat["id"], basis)
        assert cat["keywords"] and all(isinstance(k, str) for k in cat["keywords"])


def test_statutory_deadlines_match_the_laws(taxonomy: dict) -> None:
    """ARCO: LGPDPPSO art. 45; access to information: LGTAIP art. 134 (20 business days)."""
    by_id = {c["id"]: c for c in taxonomy["categories"]}
    assert by_id["datos_personales_arco"]["deadline_business_days"] == 20
    assert by_id["transparencia"]["deadline_business_days"] == 20


@pytest.mark.parametrize("name", ["training", "evaluation"])
def test_letters_are_well_formed(name: str, request: pytest.FixtureRequest) -> None:
    letters = request.getfixturevalue(name)
    for row in letters:
        assert set(row) == LETTER_FIELDS, row.get("id")
        assert row["category"] in EXPECTED_IDS, row["id"]
        assert row["channel"] in CHANNELS, row["id"]
        assert isinstance(row["secondary"], list)
        assert all(s in EXPECTED_IDS for s in row["secondary"]), row["id"]
        assert row["category"] not in row["secondary"], row["id"]
        assert 40 <= len(row["text"]) <= 2500, row["id"]


def test_ids_are_unique_and_follow_the_scheme(training: list[dict], evaluation: list[dict]) -> None:
    ids = [r["id"] for r in training + evaluation]
    assert len(ids) == len(set(ids))
    for row in training:
        assert re.fullmatch(rf"tr-{row['category']}-\d{{3}}", row["id"]), row["id"]
    for row in evaluation:
        assert re.fullmatch(r"ev-\d{4}", row["id"]), row["id"]


def test_enough_letters_per_category(training: list[dict], evaluation: list[dict]) -> None:
    for cat in EXPECTED_IDS:
        assert sum(r["category"] == cat for r in training) >= 32, cat
        assert sum(r["category"] == cat for r in evaluation) >= 10, cat
    assert len(training) >= 480
    assert len(evaluation) >= 165


def test_both_sets_contain_two_request_letters(
    training: list[dict], evaluation: list[dict]
) -> None:
    for letters in (training, evaluation):
        share = sum(bool(r["secondary"]) for r in letters) / len(letters)
        assert 0.05 <= share <= 0.2


def test_no_duplicate_texts_within_a_set(training: list[dict], evaluation: list[dict]) -> None:
    for letters in (training, evaluation):
        heads = [_normalise(r["text"])[:80] for r in letters]
        assert len(heads) == len(set(heads))


def test_eval_letters_do_not_copy_training_letters(
    training: list[dict], evaluation: list[dict]
) -> None:
    train_heads = {_normalise(r["text"])[:80] for r in training}
    train_shingles = [(r["id"], _shingles(r["text"])) for r in training]
    for row in evaluation:
        assert _normalise(row["text"])[:80] not in train_heads, row["id"]
        grams = _shingles(row["text"])
        for train_id, other in train_shingles:
            score = _jaccard(grams, other)
            assert score < JACCARD_LIMIT, (row["id"], train_id, round(score, 2))
