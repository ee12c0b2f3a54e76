"""Build ``snippets.jsonl`` from the hand-written ``snippets.yaml``.

Authors write entities as exact substrings because counting characters by hand is
error-prone; this script finds the offsets, refuses anything ambiguous or invalid
(bad check digit, span cutting a word, overlapping spans, a CURP whose birth date
contradicts the date of birth in the same letter) and writes a deterministic JSONL
file that the privacy benchmark reads. Run from the repository root::

    .venv/bin/python -m eval.privacy.build          # rebuild snippets.jsonl
    .venv/bin/python -m eval.privacy.build --check  # fail if snippets.jsonl is stale
"""

from __future__ import annotations

import argparse
import datetime
import difflib
import itertools
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from eval.privacy import identifiers
from sufragio.privacy.text import whole_word_occurrences
from sufragio.textkit.spanish import MONTHS

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "snippets.yaml"
OUTPUT = HERE / "snippets.jsonl"

ENTITY_TYPES = (
    "PERSON",
    "EMAIL",
    "PHONE",
    "CURP",
    "RFC",
    "CLAVE_ELECTOR",
    "INE_CIC",
    "INE_OCR",
    "CLABE",
    "CREDIT_CARD",
    "ADDRESS",
    "POSTAL_CODE",
    "DATE_OF_BIRTH",
    "IP_ADDRESS",
)
HARD_NEGATIVE_KINDS = (
    "FOLIO",
    "LEGAL_REFERENCE",
    "LAW_NAME",
    "LAW_DATE",
    "MONEY",
    "ELECTORAL_UNIT",
    "INSTITUTION",
    "PUBLIC_OFFICE",
    "PLACE",
    "CAPITALISED_WORD",
    "OTHER_DATE",
    "OTHER_NUMBER",
    "INSTITUTION_ADDRESS",
)
SPLITS = ("dev", "test")
#: Batches written for the test split after the first one (docs/adr/0002: test2-test4 in the
#: fourth session, test5-test7 in the fifth): each by a new author, read by the benchmark only;
#: every other later batch is dev.
FRESH_TEST_BATCHES = ("test2", "test3", "test4", "test5", "test6", "test7")
# Minimum counts over both splits, agreed with the lead; the test suite enforces them.
MINIMUMS = {
    "CURP": 25,
    "RFC": 15,
    "CLAVE_ELECTOR": 20,
    "EMAIL": 20,
    "PHONE": 25,
    "CLABE": 10,
    "INE_CIC": 8,
    "INE_OCR": 6,
    "CREDIT_CARD": 5,
    "PERSON": 150,
    "ADDRESS": 60,
    "POSTAL_CODE": 20,
    "DATE_OF_BIRTH": 12,
    "IP_ADDRESS": 5,
}
MIN_HARD_NEGATIVES = 200
MIN_SNIPPETS = 170
MIN_PURE_NEGATIVE_SNIPPETS = 25
TEXT_LENGTH = (30, 1500)

# A voter's two-digit birth year above this belongs to the 1900s.
_LATEST_TWO_DIGIT_2000S = 2007
_NUMERIC_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_WORD_DATE = re.compile(r"^(\d{1,2})(?:\s+de)?[\s/-]+([a-z]+)\.?(?:\s+de(?:l)?)?[\s/-]+(\d{4})$")


class BuildError(ValueError):
    """The YAML source contains a snippet that cannot be turned into trustworthy gold data."""


def _fold(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c)
    )


def _month_number(word: str) -> int:
    """Month from a name, an abbreviation or a one-letter typo ("nobiembre"), as people write."""
    if word == "set":
        return 9
    for number, name in enumerate(MONTHS, start=1):
        if word == name or (len(word) >= 3 and name.startswith(word)):
            return number
    close = difflib.get_close_matches(word, MONTHS, n=1, cutoff=0.8)
    if not close:
        raise BuildError(f"mes desconocido en fecha de nacimiento: {word!r}")
    return MONTHS.index(close[0]) + 1


def parse_birth_date(value: str) -> datetime.date:
    """Read the date formats people use for a birth date (day first, as in Mexico)."""
    text = _fold(value).strip()
    if match := _ISO_DATE.match(text):
        year, month, day = (int(g) for g in match.groups())
    elif match := _NUMERIC_DATE.match(text):
        day, month, year = (int(g) for g in match.groups())
        if year < 100:
            year += 2000 if 2000 + year <= _LATEST_TWO_DIGIT_2000S else 1900
    elif match := _WORD_DATE.match(text):
        day, month, year = int(match.group(1)), _month_number(match.group(2)), int(match.group(3))
    else:
        raise BuildError(f"fecha de nacimiento con formato no reconocido: {value!r}")
    return datetime.date(year, month, day)


def _locate(snippet_id: str, text: str, item: dict[str, Any]) -> tuple[int, int]:
    value = item.get("value")
    if not isinstance(value, str) or not value or value != value.strip():
        raise BuildError(f"{snippet_id}: valor vacío o con espacios en los extremos: {value!r}")
    starts = whole_word_occurrences(text, value)
    if not starts:
        raise BuildError(f"{snippet_id}: {value!r} no aparece como palabra completa en el texto")
    occurrence = item.get("occurrence")
    if occurrence is None:
        if len(starts) > 1:
            raise BuildError(f"{snippet_id}: {value!r} aparece {len(starts)} veces; usa occurrence")
        occurrence = 1
    if not isinstance(occurrence, int) or not 1 <= occurrence <= len(starts):
        raise BuildError(f"{snippet_id}: occurrence {occurrence!r} inválido para {value!r}")
    start = starts[occurrence - 1]
    return start, start + len(value)


def _check_no_overlap(snippet_id: str, spans: list[dict[str, Any]]) -> None:
    ordered = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for left, right in itertools.pairwise(ordered):
        if right["start"] < left["end"]:
            raise BuildError(f"{snippet_id}: se traslapan {left['value']!r} y {right['value']!r}")


def _check_birth_consistency(snippet_id: str, entities: list[dict[str, Any]]) -> None:
    """A CURP, clave de elector and stated birth date in one letter must agree."""
    curp_keys = {
        (identifiers.curp_birth_date(e["value"]), e["value"][10])
        for e in entities
        if e["type"] == "CURP"
    }
    clave_keys = {
        (identifiers.clave_elector_birth_date(e["value"]), e["value"][14])
        for e in entities
        if e["type"] == "CLAVE_ELECTOR"
    }
    if curp_keys and not clave_keys <= curp_keys:
        raise BuildError(f"{snippet_id}: una clave de elector no coincide con ninguna CURP")
    known_dates = {born for born, _ in curp_keys | clave_keys}
    stated = [e["value"] for e in entities if e["type"] == "DATE_OF_BIRTH"]
    for value in stated if known_dates else []:
        if parse_birth_date(value) not in known_dates:
            raise BuildError(f"{snippet_id}: {value!r} no coincide con CURP/clave")


def _build_spans(
    snippet_id: str, text: str, items: list[dict[str, Any]], field: str, allowed: tuple[str, ...]
) -> list[dict[str, Any]]:
    spans = []
    for item in items:
        label = item.get(field)
        if label not in allowed:
            raise BuildError(f"{snippet_id}: {field} desconocido {label!r}")
        start, end = _locate(snippet_id, text, item)
        if field == "type":
            try:
                identifiers.validate(label, item["value"])
            except identifiers.IdentifierError as exc:
                raise BuildError(f"{snippet_id}: {exc}") from exc
            if label == "DATE_OF_BIRTH":
                parse_birth_date(item["value"])
        spans.append({field: label, "start": start, "end": end, "value": item["value"]})
    return sorted(spans, key=lambda s: (s["start"], s["end"]))


def build_record(raw: dict[str, Any]) -> dict[str, Any]:
    """Turn one YAML item into one JSONL record, validating everything on the way."""
    snippet_id = raw.get("id")
    if not isinstance(snippet_id, str) or not snippet_id:
        raise BuildError(f"fragmento sin id: {raw!r:.80}")
    unknown = set(raw) - {"id", "split", "style", "text", "entities", "hard_negatives"}
    if unknown:
        raise BuildError(f"{snippet_id}: campos desconocidos {sorted(unknown)}")
    if raw.get("split") not in SPLITS:
        raise BuildError(f"{snippet_id}: split debe ser dev o test")
    text = raw.get("text")
    if not isinstance(text, str) or not TEXT_LENGTH[0] <= len(text) <= TEXT_LENGTH[1]:
        raise BuildError(f"{snippet_id}: el texto debe tener entre {TEXT_LENGTH} caracteres")
    style = raw.get("style")
    if not isinstance(style, str) or not style:
        raise BuildError(f"{snippet_id}: falta style")
    entities = _build_spans(snippet_id, text, raw.get("entities") or [], "type", ENTITY_TYPES)
    negatives = _build_spans(
        snippet_id, text, raw.get("hard_negatives") or [], "kind", HARD_NEGATIVE_KINDS
    )
    _check_no_overlap(snippet_id, entities + negatives)
    _check_birth_consistency(snippet_id, entities)
    return {
        "id": snippet_id,
        "split": raw["split"],
        "style": style,
        "text": text,
        "entities": entities,
        "hard_negatives": negatives,
    }


def build(source: Path = SOURCE) -> list[dict[str, Any]]:
    """Build every record; ids must be unique and so must texts, or splits could leak."""
    items = yaml.safe_load(source.read_text(encoding="utf-8"))
    if not isinstance(items, list):
        raise BuildError("snippets.yaml debe ser una lista")
    records = [build_record(item) for item in items]
    for field in ("id", "text"):
        repeated = [v for v, n in Counter(r[field] for r in records).items() if n > 1]
        if repeated:
            raise BuildError(f"{field} repetido: {repeated[0]!r:.80}")
    return records


def render(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def summary(records: list[dict[str, Any]]) -> str:
    """Per-type counts by split, so the README and the lead's report can quote them."""
    rows = [f"{'type':<16}{'dev':>6}{'test':>6}{'total':>7}"]
    counts = {split: Counter() for split in SPLITS}
    for record in records:
        counted = counts[record["split"]]
        counted["snippets"] += 1
        counted.update(e["type"] for e in record["entities"])
        counted["hard_negatives"] += len(record["hard_negatives"])
        counted["pure_negative"] += not record["entities"]
    for key in ("snippets", *ENTITY_TYPES, "hard_negatives", "pure_negative"):
        dev, test = counts["dev"][key], counts["test"][key]
        rows.append(f"{key:<16}{dev:>6}{test:>6}{dev + test:>7}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if snippets.jsonl is stale")
    args = parser.parse_args(argv)
    try:
        records = build()
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    rendered = render(records)
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != rendered:
            print("snippets.jsonl está desactualizado: corre eval.privacy.build", file=sys.stderr)
            return 1
    else:
        OUTPUT.write_text(rendered, encoding="utf-8")
    print(summary(records))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
