"""Shape checks for the hand-written legal-article search benchmark (eval/laws/).

The questions are the yardstick for the article search engine, so a malformed line, a
question that leaks from dev into test, or an article id that does not exist would silently
corrupt every score reported against them. These tests guard the files themselves; they do
not run any search code.

``dev2`` and ``dev3`` are later tuning sets by other authors, and ``test2`` a second held-out
set by yet another author, written after the first test set had been reported several times.
No question may appear in both a tuning file and a held-out file; ids, question texts and
article ids must be valid and unique across all five files.
"""

import importlib
import json
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path

import pytest

EVAL_DIR = Path(__file__).resolve().parents[2] / "eval" / "laws"
CORPUS_FILE = Path(__file__).resolve().parents[2] / "sufragio" / "laws" / "data" / "articles.jsonl"
SPLITS = ("dev", "test")
TUNING = ("dev", "dev2", "dev3")
HELD_OUT = ("test", "test2")
FILES = (*TUNING, *HELD_OUT)
LAWS = {"CPEUM", "LGIPE", "LGPP", "LGSMIME", "LGPDPPSO", "LFPDPPP", "LGTAIP"}
FIELDS = {"id", "question", "lang", "persona", "topic", "expected", "why"}
ARTICLE_ID = re.compile(r"^[1-9]\d*( (Bis|Ter|Quáter))?$")


def _load(split: str) -> list[dict]:
    path = EVAL_DIR / f"questions_{split}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _normalise(text: str) -> str:
    """Fold case, accents and spacing so near-identical questions count as duplicates."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.findall(r"\w+", bare))


@pytest.fixture(scope="module")
def questions() -> dict[str, list[dict]]:
    return {name: _load(name) for name in FILES}


@pytest.mark.parametrize("split", FILES)
def test_every_line_has_the_documented_shape(questions, split):
    for record in questions[split]:
        assert set(record) == FIELDS, record.get("id")
        assert re.fullmatch(rf"{split}-\d{{3}}", record["id"]), record["id"]
        assert record["lang"] in {"es", "en"}, record["id"]
        for text_field in ("question", "persona", "topic", "why"):
            assert isinstance(record[text_field], str) and record[text_field].strip(), record["id"]
        expected = record["expected"]
        assert 1 <= len(expected) <= 3, record["id"]
        pairs = [(pair["law"], pair["article"]) for pair in expected]
        assert len(set(pairs)) == len(pairs), f"{record['id']} repeats an article"
        for pair in expected:
            assert set(pair) == {"law", "article"}, record["id"]
            assert pair["law"] in LAWS, (record["id"], pair["law"])
            assert ARTICLE_ID.match(pair["article"]), (record["id"], pair["article"])


def test_ids_are_unique_across_all_files(questions):
    ids = [record["id"] for name in FILES for record in questions[name]]
    assert len(ids) == len(set(ids))


def test_no_question_text_is_repeated_within_or_across_files(questions):
    texts = [_normalise(record["question"]) for name in FILES for record in questions[name]]
    repeated = sorted({text for text in texts if texts.count(text) > 1})
    assert not repeated
    tuning = {_normalise(r["question"]) for name in TUNING for r in questions[name]}
    held_out = {_normalise(r["question"]) for name in HELD_OUT for r in questions[name]}
    assert not tuning & held_out


def test_set_is_large_enough(questions):
    assert sum(len(questions[split]) for split in SPLITS) >= 80
    assert len(questions["test"]) >= 30 and len(questions["test2"]) >= 30


@pytest.mark.parametrize("split", FILES)
def test_english_share_is_similar_in_each_split(questions, split):
    records = questions[split]
    english = sum(record["lang"] == "en" for record in records)
    assert english >= 5
    assert 0.10 <= english / len(records) <= 0.30


@pytest.mark.parametrize("split", ("dev2", "dev3"))
def test_later_dev_sets_are_large_enough(questions, split):
    assert len(questions[split]) >= 100


def test_every_law_is_asked_about_in_every_file(questions):
    for split in FILES:
        laws = {pair["law"] for record in questions[split] for pair in record["expected"]}
        assert laws == LAWS, (split, LAWS - laws)


def test_expected_articles_exist_in_bundled_corpus(questions):
    if not CORPUS_FILE.exists():
        pytest.skip("bundled corpus sufragio/laws/data/articles.jsonl not built yet")
    try:
        corpus = importlib.import_module("sufragio.laws.corpus")
    except ModuleNotFoundError:
        pytest.skip("sufragio.laws.corpus is not available, so load_articles() cannot be used")

    def field(article, name):
        return article[name] if isinstance(article, Mapping) else getattr(article, name)

    # Ids are compared case-insensitively: LGSMIME prints "78 bis" but "21 Bis" elsewhere.
    known = {
        (field(article, "law"), field(article, "article").casefold())
        for article in corpus.load_articles()
        if not field(article, "transitory")
    }
    missing = [
        (record["id"], pair["law"], pair["article"])
        for name in FILES
        for record in questions[name]
        for pair in record["expected"]
        if (pair["law"], pair["article"].casefold()) not in known
    ]
    assert not missing
