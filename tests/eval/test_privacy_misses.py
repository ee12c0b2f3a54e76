"""The dev-failure lister must never show a test snippet, and must report both kinds of error."""

from eval.privacy.misses import Miss, dev_snippets, misses
from sufragio.privacy.name_tagger_training import HELD_OUT_BATCH


def test_only_dev_snippets_are_ever_listed():
    everything = dev_snippets()
    assert everything and {s["split"] for s in everything} == {"dev"}
    batch = dev_snippets("dev8")
    assert batch and all(s["id"].startswith("dev8") for s in batch)
    assert not any(s["id"].startswith(f"{HELD_OUT_BATCH}-") for s in everything)
    assert dev_snippets(HELD_OUT_BATCH) == []


def test_leaks_and_redacted_hard_negatives_are_reported():
    text = "Escribe la Lic. Ofelia Zúñiga Barrón. El Consejo General sesionó ayer."
    name = "Ofelia Zúñiga Barrón"
    council = "Consejo General"
    snippet = {
        "id": "synthetic-1",
        "split": "dev",
        "text": text,
        # "ayer" is not personal data: labelled as if it were, it must show up as a leak.
        "entities": [
            {
                "type": "PERSON",
                "start": text.index(name),
                "end": text.index(name) + len(name),
                "value": name,
            },
            {
                "type": "PERSON",
                "start": text.index("ayer"),
                "end": text.index("ayer") + 4,
                "value": "ayer",
            },
        ],
        # The name is a person: labelled as a hard negative, it must show up as redacted.
        "hard_negatives": [
            {
                "kind": "INSTITUTION",
                "start": text.index(council),
                "end": text.index(council) + len(council),
                "value": council,
            },
            {
                "kind": "CAPITALISED_WORD",
                "start": text.index("Ofelia"),
                "end": text.index("Ofelia") + 6,
                "value": "Ofelia",
            },
        ],
    }
    found = list(misses([snippet]))
    assert [(m.kind, m.value) for m in found] == [("leak", "ayer"), ("negative", "Ofelia")]
    assert isinstance(found[1], Miss) and "PERSON" in found[1].found
    assert "sesionó" in found[0].context


def test_a_value_redacted_in_place_but_written_again_elsewhere_is_a_repeat():
    text = "Ciudad de México, a 3 de mayo. Vivo en Calle Fresno 12, Col. Centro, Ciudad de México."
    second = text.rindex("Ciudad de México")
    snippet = {
        "id": "synthetic-2",
        "split": "dev",
        "text": text,
        "entities": [
            {"type": "ADDRESS", "start": second, "end": second + 16, "value": "Ciudad de México"}
        ],
        "hard_negatives": [],
    }
    assert [(m.kind, m.value) for m in misses([snippet])] == [("repeat", "Ciudad de México")]
