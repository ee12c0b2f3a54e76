"""The trained name tagger: the shipped model, its features, and training on labelled snippets."""

import pytest

from sufragio.privacy.engine import get_engine
from sufragio.privacy.name_tagger import MIN_PROBABILITY, NameTagger, features, tokens
from sufragio.privacy.name_tagger_training import HELD_OUT_BATCH, dev_records, token_labels, train


@pytest.fixture(scope="module")
def tagger() -> NameTagger:
    return NameTagger()


def names(tagger: NameTagger, text: str) -> list[str]:
    return [text[start:end] for start, end, _ in tagger.names(text)]


def test_tokens_keep_inner_hyphens_and_split_punctuation():
    text = "Sra. Ruiz-Tagle, 5 pm"
    assert [text[s:e] for s, e in tokens(text)] == ["Sra", ".", "Ruiz-Tagle", ",", "5", "pm"]


def test_features_see_lexicons_line_starts_and_neighbours():
    text = "Atentamente\nRosalba Quiñones"
    items = features(text, tokens(text))
    assert "line_start" in items[1] and "given" in items[1]
    assert "-1:w=atentamente" in items[1] and "1:surname" not in items[0]
    assert "2:edge" in items[1]


def test_the_shipped_model_finds_names_the_rules_are_not_needed_for(tagger):
    # a signature with an initial and a greeting with its own full stop
    assert names(tagger, "A t e n t a m e n t e\nHermelinda Soto G.") == ["Hermelinda Soto G."]
    assert names(tagger, "Respuesta por privado: Hola, Rocío. Ya revisamos.") == ["Rocío"]
    assert all(p >= MIN_PROBABILITY for _, _, p in tagger.names("Hola, Rocío. Ya revisamos."))


def test_the_shipped_model_leaves_institutions_and_law_text(tagger):
    text = "Con fundamento en el artículo 41 de la Constitución, el Consejo General acordó."
    assert names(tagger, text) == []


def test_a_school_named_after_a_person_is_vetted_out_by_the_engine():
    text = "Mi casilla es en la Escuela Primaria Benito Juárez, calle Hidalgo."
    assert get_engine().redact(text).text == text


def test_labels_follow_gold_spans():
    text = "Soy Ana Paz, de Col. Centro."
    spans = tokens(text)
    entities = [
        {"type": "PERSON", "start": 4, "end": 11},
        {"type": "ADDRESS", "start": 16, "end": 27},
        {"type": "EMAIL", "start": 0, "end": 3},  # not trained on: stays O
    ]
    assert token_labels(spans, entities) == [
        "O",
        "B-PERSON",
        "I-PERSON",
        "O",
        "O",
        "B-ADDRESS",
        "I-ADDRESS",
        "I-ADDRESS",
        "O",
    ]


def test_training_reads_dev_only_and_refuses_test_records(tmp_path):
    records = dev_records(exclude=("dev2",))
    assert records and all(r["split"] == "dev" for r in records)
    assert not any(r["id"].startswith("dev2-") for r in records)
    with pytest.raises(ValueError, match="never trained on test"):
        train([{**records[0], "split": "test"}], tmp_path / "model.crfsuite")


def test_a_model_trained_here_tags_what_it_was_taught(tmp_path):
    text = "Buenas tardes, me llamo Zenaida Urquidi y vivo en Col. Roma."
    record = {
        "split": "dev",
        "text": text,
        "entities": [{"type": "PERSON", "start": 24, "end": 39}],
    }
    path = tmp_path / "model.crfsuite"
    train([record] * 5, path)
    assert names(NameTagger(path), text) == ["Zenaida Urquidi"]


def test_the_shipped_model_is_the_one_the_dev_split_trains(tmp_path):
    # Like `eval.privacy.build --check`: after dev snippets are added, the model must be
    # retrained (`python -m sufragio.privacy.name_tagger_training`) and committed with them.
    path = tmp_path / "fresh.crfsuite"
    train(dev_records(exclude=(HELD_OUT_BATCH,)), path)
    shipped, fresh = NameTagger(), NameTagger(path)
    texts = [r["text"] for r in dev_records()[::7]]
    assert [shipped.names(t) for t in texts] == [fresh.names(t) for t in texts]
