"""Integrity of the hand-written personal-data evaluation set (eval/privacy).

A benchmark is only as good as its gold labels: these checks make sure the committed
JSONL is exactly what the YAML source builds, that every span points at the text it
claims, that identifiers carry valid check digits, and that the held-out test split
cannot be learnt from the dev split. No database and no detector are involved.
"""

from __future__ import annotations

import itertools
import json
from collections import Counter

import pytest

from eval.privacy import build, identifiers

RECORDS = [json.loads(line) for line in build.OUTPUT.read_text(encoding="utf-8").splitlines()]
STRUCTURED = set(identifiers.VALIDATORS) - {"POSTAL_CODE"}
PUBLISHED_FIRST_BATCH = Counter({"dev": 72, "test": 108})
DEV_MINIMUMS = {
    "snippets": 220,
    "PERSON": 400,
    "ADDRESS": 120,
    "hard_negatives": 700,
    "pure_negative": 35,
    "styles": 20,
}


def _by_split(split: str) -> list[dict]:
    return [r for r in RECORDS if r["split"] == split]


def test_committed_jsonl_is_the_deterministic_build_of_the_yaml():
    first = build.render(build.build())
    second = build.render(build.build())
    assert first == second
    assert build.OUTPUT.read_text(encoding="utf-8") == first


def test_records_have_the_documented_fields():
    for record in RECORDS:
        assert set(record) == {"id", "split", "style", "text", "entities", "hard_negatives"}
        assert record["split"] in build.SPLITS
        assert build.TEXT_LENGTH[0] <= len(record["text"]) <= build.TEXT_LENGTH[1]
        for entity in record["entities"]:
            assert set(entity) == {"type", "start", "end", "value"}
            assert entity["type"] in build.ENTITY_TYPES
        for negative in record["hard_negatives"]:
            assert set(negative) == {"kind", "start", "end", "value"}
            assert negative["kind"] in build.HARD_NEGATIVE_KINDS


def test_offsets_slice_to_the_values_and_spans_do_not_overlap():
    for record in RECORDS:
        spans = record["entities"] + record["hard_negatives"]
        for span in spans:
            assert record["text"][span["start"] : span["end"]] == span["value"], record["id"]
        ordered = sorted((s["start"], s["end"]) for s in spans)
        for (_, left_end), (right_start, _) in itertools.pairwise(ordered):
            assert right_start >= left_end, record["id"]


def test_every_structured_identifier_validates():
    checked = 0
    for record in RECORDS:
        for entity in record["entities"]:
            if entity["type"] in STRUCTURED:
                identifiers.validate(entity["type"], entity["value"])
                checked += 1
    assert checked >= sum(build.MINIMUMS[t] for t in STRUCTURED)


@pytest.mark.parametrize(
    ("entity_type", "value"),
    [
        ("CURP", "VICR850503MDFLRS07"),
        ("RFC", "VICR850503BA4"),
        ("CLABE", "032180000118359718"),
        ("CREDIT_CARD", "4152 8878 3848 3724"),
        ("CLAVE_ELECTOR", "VLCRRS85050340M601"),
        ("INE_OCR", "141931417058"),
        ("PHONE", "55 2841 773"),
    ],
)
def test_validators_reject_corrupted_identifiers(entity_type, value):
    with pytest.raises(identifiers.IdentifierError):
        identifiers.validate(entity_type, value)


def test_clabe_check_digit_matches_the_published_example():
    # The Banxico worked example: 032180000118359719 (Ixe, Mexico City).
    assert identifiers.clabe_check_digit("03218000011835971") == "9"


def test_curp_and_stated_birth_dates_agree_within_a_letter():
    for record in RECORDS:
        curps = [e["value"] for e in record["entities"] if e["type"] == "CURP"]
        births = [e["value"] for e in record["entities"] if e["type"] == "DATE_OF_BIRTH"]
        if curps and births:
            curp_dates = {identifiers.curp_birth_date(c) for c in curps}
            assert {build.parse_birth_date(b) for b in births} <= curp_dates, record["id"]


def test_build_rejects_bad_gold_data():
    base = {"id": "x", "split": "dev", "style": "correo"}
    bad_check_digit = {
        **base,
        "text": "Mi CURP es VICR850503MDFLRS07, gracias.",
        "entities": [{"type": "CURP", "value": "VICR850503MDFLRS07"}],
    }
    ambiguous = {
        **base,
        "text": "Escribe Ana y luego firma Ana con su puño.",
        "entities": [{"type": "PERSON", "value": "Ana"}],
    }
    inside_a_word = {
        **base,
        "text": "El teléfono es 5528417730123 y no otro número.",
        "entities": [{"type": "PHONE", "value": "5528417730"}],
    }
    contradicting_birth = {
        **base,
        "text": "Nací el 4 de mayo de 1985, CURP VICR850503MDFLRS06.",
        "entities": [
            {"type": "DATE_OF_BIRTH", "value": "4 de mayo de 1985"},
            {"type": "CURP", "value": "VICR850503MDFLRS06"},
        ],
    }
    for raw in (bad_check_digit, ambiguous, inside_a_word, contradicting_birth):
        with pytest.raises(build.BuildError):
            build.build_record(raw)


def test_splits_are_disjoint_and_share_no_identifier():
    dev, test = _by_split("dev"), _by_split("test")
    assert not {r["id"] for r in dev} & {r["id"] for r in test}
    assert not {r["text"] for r in dev} & {r["text"] for r in test}

    def identifiers_in(records: list[dict]) -> set[str]:
        return {e["value"] for r in records for e in r["entities"] if e["type"] in STRUCTURED}

    assert not identifiers_in(dev) & identifiers_in(test)


def test_published_first_batch_keeps_its_forty_sixty_split():
    # The first 180 snippets were published 72 dev / 108 test; moving one across would
    # leak held-out data to the detector's author or shrink the test set.
    first_batch = Counter(r["split"] for r in RECORDS if r["id"].startswith("priv-"))
    assert first_batch == PUBLISHED_FIRST_BATCH


def _batch(record: dict) -> str:
    return record["id"].rsplit("-", 1)[0]


def test_later_batches_are_dev_except_the_named_fresh_test_batches():
    # A batch is wholly dev or wholly test: a fresh test batch (written by a new author and
    # read only by the benchmark) is named in build.FRESH_TEST_BATCHES; every other is dev.
    later = [r for r in RECORDS if not r["id"].startswith("priv-")]
    for record in later:
        expected = "test" if _batch(record) in build.FRESH_TEST_BATCHES else "dev"
        assert record["split"] == expected, record["id"]
    assert len(_by_split("test")) >= PUBLISHED_FIRST_BATCH["test"]


def test_dev_split_is_large_and_varied_enough_to_tune_on():
    # A detector tuned on the 72-snippet dev split overfitted; these floors keep the
    # second dev batch (names and addresses in many forms, many look-alikes) in place.
    dev = _by_split("dev")
    entities = Counter(e["type"] for r in dev for e in r["entities"])
    assert len(dev) >= DEV_MINIMUMS["snippets"]
    assert entities["PERSON"] >= DEV_MINIMUMS["PERSON"]
    assert entities["ADDRESS"] >= DEV_MINIMUMS["ADDRESS"]
    assert sum(len(r["hard_negatives"]) for r in dev) >= DEV_MINIMUMS["hard_negatives"]
    assert sum(not r["entities"] for r in dev) >= DEV_MINIMUMS["pure_negative"]
    assert len({r["style"] for r in dev}) >= DEV_MINIMUMS["styles"]


def test_counts_meet_the_minimums():
    totals = Counter(e["type"] for r in RECORDS for e in r["entities"])
    for entity_type, minimum in build.MINIMUMS.items():
        assert totals[entity_type] >= minimum, entity_type
    assert len(RECORDS) >= build.MIN_SNIPPETS
    assert sum(len(r["hard_negatives"]) for r in RECORDS) >= build.MIN_HARD_NEGATIVES
    pure = sum(not r["entities"] for r in RECORDS)
    assert pure >= build.MIN_PURE_NEGATIVE_SNIPPETS


@pytest.mark.parametrize("split", build.SPLITS)
def test_each_split_covers_every_entity_type(split):
    present = {e["type"] for r in _by_split(split) for e in r["entities"]}
    assert present == set(build.ENTITY_TYPES)
