"""Training end to end on a small real subset: artefact written, reloadable, corrections win."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from sufragio.inquiries.triage import (
    BUNDLED_LETTERS,
    TrainingError,
    get_classifier,
    load_classifier,
    local_model_dir,
    read_letters,
    train,
)

PER_CATEGORY = 6
CATEGORIES = ("credencial", "transparencia", "fiscalizacion", "no_competencia")


@pytest.fixture(scope="module")
def subset() -> list[dict]:
    """The first letters of a few categories: enough for 3-fold CV, quick to embed and fit."""
    by_category: dict[str, list[dict]] = defaultdict(list)
    for row in read_letters([BUNDLED_LETTERS]):
        if row["category"] in CATEGORIES and len(by_category[row["category"]]) < PER_CATEGORY:
            by_category[row["category"]].append(row)
    return [row for rows in by_category.values() for row in rows]


def test_train_writes_a_loadable_model_and_a_cv_report(
    subset: list[dict], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUFRAGIO_HOME", str(tmp_path))
    out = local_model_dir()
    correction = {**subset[0], "category": "no_competencia"}
    report = train([*subset, correction], out, grid=[(10.0, 1.0)], folds=3, redact=False)
    assert report.letters == len(subset)  # the correction replaced the letter with its id
    assert report.per_category["no_competencia"] == PER_CATEGORY + 1
    assert 0.0 < report.cv_macro_f1 <= 1.0
    assert report.threshold_curve[0]["manual_rate"] <= report.threshold_curve[-1]["manual_rate"]
    assert 0.0 <= report.ece <= 1.0
    stored = json.loads((out / "model.json").read_text(encoding="utf-8"))
    assert stored["report"]["cv_macro_f1"] == report.cv_macro_f1
    get_classifier.cache_clear()
    try:  # a retrained model in SUFRAGIO_HOME takes precedence over the bundled one
        assert sorted(get_classifier().model.categories) == sorted(CATEGORIES)
    finally:
        get_classifier.cache_clear()
    classifier = load_classifier(out, threshold=0.0)
    result = classifier.classify(subset[PER_CATEGORY]["text"])
    assert result.category == subset[PER_CATEGORY]["category"]  # a training letter
    assert result.explanation["nearest"][0]["id"] == subset[PER_CATEGORY]["id"]


def test_training_rejects_unknown_categories_and_scarce_classes(
    subset: list[dict], tmp_path: Path
) -> None:
    with pytest.raises(TrainingError, match="desconocida"):
        train([{"id": "x", "category": "ovnis", "text": "hola"}], tmp_path)
    with pytest.raises(TrainingError, match="al menos 5"):
        train(subset[: PER_CATEGORY + 3], tmp_path, redact=False)
    assert not (tmp_path / "model.npz").exists()


def test_cli_reports_missing_correction_files(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="No existe"):
        call_command("triage", "train", "--from", str(tmp_path / "nope.jsonl"))


def test_cli_classifies_a_file_as_json(tmp_path: Path, capsys) -> None:
    letter = tmp_path / "carta.txt"
    letter.write_text(
        "Quiero ser observador electoral en la próxima elección, ¿cuáles son los requisitos "
        "y dónde tomo el curso de capacitación?",
        encoding="utf-8",
    )
    call_command("triage", "classify", str(letter), "--json")
    result = json.loads(capsys.readouterr().out)
    assert result["category"] == "organizacion_capacitacion"
    assert set(result["explanation"]) >= {"terms", "nearest", "probabilities"}
