"""List what the engine gets wrong on the dev split: leaked values and redacted hard negatives.

The tuning loop of the privacy rules (docs/adr/0002-personal-data-engine.md) reads dev failures
and never test ones. This tool makes that the only path: it reads dev snippets only, optionally
one batch (``--batch dev8``), and prints each leak or wrongly redacted hard negative with a little
context. The held-out batch (``HELD_OUT_BATCH``) is left out too.
For the figures, use ``bench/pii.py``.

    .venv/bin/python -m eval.privacy.misses               # every dev batch
    .venv/bin/python -m eval.privacy.misses --batch dev8  # one batch (id prefix)
"""

from __future__ import annotations

import argparse
import json
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sufragio.privacy.name_tagger_training import HELD_OUT_BATCH

SNIPPETS = Path(__file__).resolve().parent / "snippets.jsonl"
CONTEXT = 60


@dataclass(frozen=True)
class Miss:
    """One error on one snippet: a leaked value or a redacted hard negative."""

    snippet: str  # snippet id
    kind: str  # "leak", "repeat" (its own span redacted, the string left elsewhere) or "negative"
    label: str  # entity type or hard-negative kind
    value: str
    context: str  # the text around the value, on one line
    found: str = ""  # for a negative: the spans that covered it


def dev_snippets(batch: str = "") -> list[dict]:
    """Dev snippets whose id starts with ``batch``; test snippets are never returned, nor the
    held-out batch (`HELD_OUT_BATCH`), which the benchmark reports as a writer nobody
    has tuned on."""
    records = [json.loads(line) for line in SNIPPETS.read_text(encoding="utf-8").splitlines()]
    held_out = f"{HELD_OUT_BATCH}-"
    return [
        r
        for r in records
        if r["split"] == "dev" and r["id"].startswith(batch) and not r["id"].startswith(held_out)
    ]


def _context(text: str, start: int, end: int) -> str:
    return text[max(0, start - CONTEXT) : end + CONTEXT].replace("\n", " / ")


def _covered(entities: list, start: int, end: int) -> bool:
    """Whether every character of `start:end` was redacted. A value leaked although its own span
    was redacted is a repeat: the same string stands elsewhere, often as a public place (the
    benchmark counts it as a leak, as the issue defines one, but no rule missed it here)."""
    return all(any(e.start <= i < e.end for e in entities) for i in range(start, end))


def misses(snippets: list[dict]) -> Iterator[Miss]:
    """Run the engine on each snippet and yield its leaks and redacted hard negatives."""
    from sufragio.privacy.engine import get_engine

    engine = get_engine()
    texts = [s["text"] for s in snippets]
    for snippet, result in zip(snippets, engine.redact_many(texts), strict=True):
        text = snippet["text"]
        for gold in snippet["entities"]:
            if gold["value"] in result.text:
                context = _context(text, gold["start"], gold["end"])
                covered = _covered(result.entities, gold["start"], gold["end"])
                kind = "repeat" if covered else "leak"
                yield Miss(snippet["id"], kind, gold["type"], gold["value"], context)
        for negative in snippet["hard_negatives"]:
            covering = [
                f"{e.type} {text[e.start : e.end]!r}"
                for e in result.entities
                if e.start < negative["end"] and negative["start"] < e.end
            ]
            if covering:
                context = _context(text, negative["start"], negative["end"])
                yield Miss(
                    snippet["id"],
                    "negative",
                    negative["kind"],
                    negative["value"],
                    context,
                    "; ".join(covering),
                )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", default="", help="only snippets whose id starts with this")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore", message=r".*\[W095\].*")
    snippets = dev_snippets(args.batch)
    count = 0
    for miss in misses(snippets):
        count += 1
        found = f"  -> {miss.found}" if miss.found else ""
        print(f"{miss.kind.upper():8} {miss.snippet} {miss.label} {miss.value!r}{found}")
        print(f"         … {miss.context} …")
    print(f"{count} misses in {len(snippets)} dev snippets")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
