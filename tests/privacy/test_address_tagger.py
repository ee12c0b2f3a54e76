"""The trained address tagger: its features, the shipped model, the vetting and its training."""

import pytest

from sufragio.privacy.address_tagger import (
    MIN_PROBABILITY,
    AddressTagger,
    features,
    vetted,
)
from sufragio.privacy.address_tagger_training import main as train_main
from sufragio.privacy.engine import PiiEngine
from sufragio.privacy.name_tagger import tokens
from sufragio.privacy.name_tagger_training import HELD_OUT_BATCH, dev_records, train


@pytest.fixture(scope="module")
def tagger() -> AddressTagger:
    return AddressTagger()


@pytest.fixture(scope="module")
def engines() -> tuple[PiiEngine, PiiEngine]:
    return PiiEngine(), PiiEngine(address_tagger=False)


def test_features_see_address_words_labels_context_and_neighbours():
    text = "Domicilio: Privada Los Pinos\nvivo en la colonia"
    items = features(text, tokens(text))
    assert "street" in items[2] and "label_addr" in items[2] and "after_colon" in items[2]
    assert "line_start" in items[5] and "living" in items[5]
    assert "ctx_living" in items[8] and "-1:w=la" in items[8] and "area" in items[8]
    assert "3:edge" in items[8]


# Homes described by landmarks, in English street names or by a village and its municipality:
# shapes the rules do not start on, which the engine finds only with the tagger.
@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "Yo vivo por el rumbo de la presa, pasando el puente de fierro, la casa de adobe con "
            "portón verde.",
            "pasando el puente de fierro",
        ),
        (
            "Mi mamá vive en el south side de San Antonio, por la Military Drive y la Zarzamora.",
            "Military Drive",
        ),
        (
            "Aquí estamos en el ejido Las Palmas, municipio de Tuxpan, enseguida de la tienda.",
            "ejido Las Palmas",
        ),
    ],
)
def test_the_engine_redacts_homes_only_the_tagger_finds(engines, text, home):
    with_tagger, rules_only = engines
    assert home in rules_only.redact(text).text
    redaction = with_tagger.redact(text)
    assert home not in redaction.text
    assert any(e.type == "ADDRESS" and e.score >= MIN_PROBABILITY for e in redaction.entities)


def test_a_town_named_in_passing_and_an_event_venue_stay(engines):
    with_tagger, _ = engines
    for text in (
        "Le hablo de Reynosa, quería saber del trámite.",
        "La reunión será en el salón ejidal de El Guayabo, a un lado de la escuela.",
    ):
        assert with_tagger.redact(text).text == text


def test_vetting_keeps_homes_and_drops_taken_public_and_unmarked_spans():
    text = "Vivo en Tuxpan. La oficina está en Calle Hidalgo 4. Saludos desde Reynosa."
    home = (text.index("Tuxpan"), text.index("Tuxpan") + 6, 0.9)
    office = (text.index("Calle"), text.index(" 4.") + 2, 0.9)
    town = (text.index("Reynosa"), text.index("Reynosa") + 7, 0.9)
    assert vetted(text, [home, office, town], []) == [home]
    assert vetted(text, [home], [(home[0], home[1])]) == []


def test_the_shipped_model_is_the_one_the_dev_split_trains(tmp_path, tagger):
    # After dev snippets are added, retrain (`python -m sufragio.privacy.address_tagger_training`)
    # and commit the model with them.
    path = tmp_path / "fresh.crfsuite"
    assert train_main(["--output", str(path), "--exclude", HELD_OUT_BATCH]) == 0
    fresh = AddressTagger(path)
    texts = [r["text"] for r in dev_records()[::7]]
    assert [tagger.addresses(t) for t in texts] == [fresh.addresses(t) for t in texts]


def test_a_model_trained_here_tags_what_it_was_taught(tmp_path):
    text = "Saludos, vivo en Privada Fresnos 12, Tepic."
    start = text.index("Privada")
    record = {
        "split": "dev",
        "text": text,
        "entities": [{"type": "ADDRESS", "start": start, "end": len(text) - 1}],
    }
    path = tmp_path / "model.crfsuite"
    train([record] * 5, path, features)
    assert [text[s:e] for s, e, _ in AddressTagger(path).addresses(text)] == [
        "Privada Fresnos 12, Tepic"
    ]
