"""The example questions must cover the corpus, stay in shape and never copy the evaluation.

``questions.yaml`` is document expansion: every question becomes a vector that leads to its
article. A question pointing at a missing article would send people nowhere; an article left
without questions would rank below its neighbours for no reason of content; and a question
copied from ``eval/laws`` would turn the benchmark into a memory test.
"""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import pytest
import yaml

from sufragio.laws.corpus import load_articles
from sufragio.laws.search.guides import load_guides, parse_questions
from sufragio.laws.search.index import is_void
from sufragio.textkit.normalize import fold

EVAL = Path(__file__).resolve().parents[2] / "eval" / "laws"


@pytest.fixture(scope="module")
def entries() -> list[dict]:
    text = (files("sufragio.laws") / "data" / "questions.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert data["version"] == 1
    return data["questions"]


def test_every_article_in_force_has_questions_and_no_other_does(entries):
    in_force = {
        (a.law, a.article)
        for a in load_articles()
        if not a.transitory and not all(is_void(p) for p in a.paragraphs)
    }
    keys = [(e["law"], e["article"]) for e in entries]
    assert len(keys) == len(set(keys)), "two entries for one article"
    assert set(keys) == in_force


def test_entries_have_the_documented_shape(entries):
    for entry in entries:
        assert set(entry) == {"law", "article", "es", "en"}, entry
        assert isinstance(entry["article"], str)
        assert 1 <= len(entry["es"]) <= 4 and 1 <= len(entry["en"]) <= 2, entry["article"]
        questions = entry["es"] + entry["en"]
        assert all(isinstance(q, str) and q.strip() for q in questions)
        assert len({fold(q) for q in questions}) == len(questions), "repeated question"


def test_no_example_question_is_an_evaluation_question(entries):
    asked = {
        " ".join(fold(json.loads(line)["question"]).split())
        for path in EVAL.glob("questions_*.jsonl")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    assert len(asked) > 300  # the evaluation files were found
    examples = {" ".join(fold(q).split()) for e in entries for q in e["es"] + e["en"]}
    assert not examples & asked


def test_each_question_becomes_its_own_single_article_guide(entries):
    guides = load_guides()
    singles = [g for g in guides.guides if len(g.articles) == 1 and not (g.es and g.en)]
    assert len(singles) == sum(len(e["es"]) + len(e["en"]) for e in entries)
    first = entries[0]
    assert any(g.es == first["es"][0] and g.articles == (first["article"],) for g in singles)


def test_malformed_entries_are_skipped_not_fatal():
    raw = b"""
version: 1
questions:
- {law: LGIPE, article: '156', es: [perdi mi credencial], en: [lost my voter card]}
- {law: LGIPE, article: '157', es: perdi mi credencial}
- {law: LGIPE, es: [sin articulo], en: [no article]}
- {law: LGIPE, article: '158', es: ['', 'vacia'], en: [x]}
- just a string
"""
    parsed = parse_questions(raw)
    assert parsed.skipped == 4
    assert [(g.law, g.articles, g.es, g.en) for g in parsed.guides] == [
        ("LGIPE", ("156",), "perdi mi credencial", ""),
        ("LGIPE", ("156",), "", "lost my voter card"),
    ]
