"""The DPIA questionnaire: loaded from ``data/dpia.yaml``, validated against its schema on load,
and scored.

The questionnaire is data so that the data-protection officer can change questions and weights
without touching code; validating on load means a malformed file fails at start-up, not halfway
through a committee session.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "dpia.yaml"


class QuestionnaireError(ValueError):
    """The YAML does not follow the questionnaire schema."""


class IncompleteAnswers(ValueError):
    """An assessment left a question unanswered or gave an option that does not exist."""


@dataclass(frozen=True)
class Option:
    id: str
    weight: int
    label: dict[str, str]


@dataclass(frozen=True)
class Question:
    id: str
    text: dict[str, str]
    options: tuple[Option, ...]

    @property
    def max_weight(self) -> int:
        return max(o.weight for o in self.options)

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)


@dataclass(frozen=True)
class Level:
    id: str
    label: dict[str, str]
    up_to: float


@dataclass(frozen=True)
class Questionnaire:
    version: str
    title: dict[str, str]
    questions: tuple[Question, ...]
    levels: tuple[Level, ...]

    @property
    def max_score(self) -> int:
        return sum(q.max_weight for q in self.questions)


@dataclass(frozen=True)
class Assessment:
    """Result of scoring one set of answers."""

    score: int
    max_score: int
    level: str

    @property
    def share(self) -> float:
        return self.score / self.max_score if self.max_score else 0.0


def _text(value: Any, where: str) -> dict[str, str]:
    """A bilingual text: a mapping with a non-empty Spanish entry (Spanish is the official one)."""
    if not isinstance(value, dict) or not isinstance(value.get("es"), str) or not value["es"]:
        raise QuestionnaireError(f"{where}: se esperaba un texto con clave 'es'")
    return {str(k): str(v) for k, v in value.items()}


def _option(raw: Any, where: str) -> Option:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        raise QuestionnaireError(f"{where}: cada opción necesita un id de texto")
    weight = raw.get("weight")
    if not isinstance(weight, int) or isinstance(weight, bool) or weight < 0:
        raise QuestionnaireError(f"{where}.{raw['id']}: el peso debe ser un entero no negativo")
    return Option(raw["id"], weight, _text(raw.get("label"), f"{where}.{raw['id']}"))


def _question(raw: Any, index: int) -> Question:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not raw["id"]:
        raise QuestionnaireError(f"pregunta {index}: falta el id")
    qid = raw["id"]
    raw_options = raw.get("options")
    if not isinstance(raw_options, list) or len(raw_options) < 2:
        raise QuestionnaireError(f"{qid}: se necesitan al menos dos opciones")
    options = tuple(_option(o, qid) for o in raw_options)
    if len({o.id for o in options}) != len(options):
        raise QuestionnaireError(f"{qid}: ids de opción repetidos")
    return Question(qid, _text(raw.get("text"), qid), options)


def _levels(raw: Any) -> tuple[Level, ...]:
    if not isinstance(raw, list) or not raw:
        raise QuestionnaireError("levels: se necesita al menos un nivel")
    levels = []
    for item in raw:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            raise QuestionnaireError("levels: cada nivel necesita un id")
        up_to = item.get("up_to")
        if not isinstance(up_to, int | float) or not 0 < up_to <= 1:
            raise QuestionnaireError(f"levels.{item['id']}: up_to debe estar en (0, 1]")
        levels.append(Level(item["id"], _text(item.get("label"), item["id"]), float(up_to)))
    bounds = [lv.up_to for lv in levels]
    if bounds != sorted(set(bounds)) or bounds[-1] != 1.0:
        raise QuestionnaireError("levels: up_to debe ser creciente y terminar en 1.0")
    return tuple(levels)


def parse(data: Any) -> Questionnaire:
    """Validate a loaded YAML document and build the questionnaire."""
    if not isinstance(data, dict) or not isinstance(data.get("version"), str):
        raise QuestionnaireError("el cuestionario necesita 'version' de texto")
    raw_questions = data.get("questions")
    if not isinstance(raw_questions, list) or not raw_questions:
        raise QuestionnaireError("el cuestionario necesita preguntas")
    questions = tuple(_question(q, i) for i, q in enumerate(raw_questions))
    if len({q.id for q in questions}) != len(questions):
        raise QuestionnaireError("ids de pregunta repetidos")
    questionnaire = Questionnaire(
        data["version"], _text(data.get("title"), "title"), questions, _levels(data.get("levels"))
    )
    if questionnaire.max_score == 0:
        raise QuestionnaireError("todas las opciones pesan 0: el puntaje no distinguiría riesgos")
    return questionnaire


def load(path: Path = DEFAULT_PATH) -> Questionnaire:
    """Read and validate a questionnaire file."""
    return parse(yaml.safe_load(path.read_text(encoding="utf-8")))


@cache
def questionnaire() -> Questionnaire:
    """The bundled questionnaire, loaded once per process."""
    return load()


def assess(answers: dict[str, str], form: Questionnaire | None = None) -> Assessment:
    """Score a complete set of answers (question id -> option id) and place it in a level."""
    form = form or questionnaire()
    score = 0
    for question in form.questions:
        option = question.option(answers.get(question.id, ""))
        if option is None:
            raise IncompleteAnswers(f"falta una respuesta válida a «{question.text['es']}»")
        score += option.weight
    unknown = set(answers) - {q.id for q in form.questions}
    if unknown:
        raise IncompleteAnswers(f"preguntas desconocidas: {', '.join(sorted(unknown))}")
    share = score / form.max_score
    level = next(lv.id for lv in form.levels if share <= lv.up_to)
    return Assessment(score, form.max_score, level)


def level_label(level_id: str, lang: str = "es") -> str:
    """Human label of a level in ``lang`` (falls back to Spanish)."""
    for level in questionnaire().levels:
        if level.id == level_id:
            return level.label.get(lang, level.label["es"])
    return level_id
