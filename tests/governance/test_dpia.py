"""The DPIA questionnaire: schema validation on load, and scoring."""

from __future__ import annotations

import copy

import pytest
import yaml

from sufragio.governance import dpia


def _bundled_data() -> dict:
    return yaml.safe_load(dpia.DEFAULT_PATH.read_text(encoding="utf-8"))


def test_bundled_questionnaire_is_valid() -> None:
    form = dpia.load()
    assert len(form.questions) == 10
    assert [lv.id for lv in form.levels] == ["low", "medium", "high"]
    assert form.max_score == 24


def test_scores_and_levels() -> None:
    form = dpia.load()
    safest = {q.id: min(q.options, key=lambda o: o.weight).id for q in form.questions}
    riskiest = {q.id: max(q.options, key=lambda o: o.weight).id for q in form.questions}
    assert dpia.assess(safest, form) == dpia.Assessment(0, 24, "low")
    assert dpia.assess(riskiest, form) == dpia.Assessment(24, 24, "high")
    middle = dict(safest, volume="many", sensitive="yes", automation="none", novelty="yes")
    assert dpia.assess(middle, form) == dpia.Assessment(10, 24, "medium")


def test_incomplete_or_unknown_answers_are_refused() -> None:
    form = dpia.load()
    answers = {q.id: q.options[0].id for q in form.questions}
    with pytest.raises(dpia.IncompleteAnswers):
        dpia.assess({**answers, "volume": "nope"}, form)
    with pytest.raises(dpia.IncompleteAnswers):
        dpia.assess({k: v for k, v in answers.items() if k != "rights"}, form)
    with pytest.raises(dpia.IncompleteAnswers, match="desconocidas"):
        dpia.assess({**answers, "extra": "x"}, form)


def _broken(mutate) -> dict:
    data = copy.deepcopy(_bundled_data())
    mutate(data)
    return data


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["questions"].append(copy.deepcopy(d["questions"][0])), "repetidos"),
        (lambda d: d["questions"][0]["options"][0].update(weight=-1), "no negativo"),
        (lambda d: d["questions"][0]["options"][0].update(weight="1"), "no negativo"),
        (lambda d: d["questions"][1].update(options=d["questions"][1]["options"][:1]), "dos"),
        (lambda d: d["questions"][2]["options"][1].update(id="no"), "repetidos"),
        (lambda d: d["questions"][3].pop("text"), "'es'"),
        (lambda d: d["levels"].reverse(), "creciente"),
        (lambda d: d["levels"][-1].update(up_to=0.9), "terminar en 1.0"),
        (lambda d: d.pop("version"), "version"),
    ],
)
def test_schema_violations_fail_on_load(mutate, message) -> None:
    with pytest.raises(dpia.QuestionnaireError, match=message):
        dpia.parse(_broken(mutate))
