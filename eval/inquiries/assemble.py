"""Append hand-written letters to a JSONL file.

The letters are authored one by one as plain text blocks (easier to write and review than JSON
strings full of escaped quotes and newlines); this script only wraps each block in the JSONL
schema and numbers it. It never generates or varies text.

Block format, read from standard input::

    === <category> | <channel> | <secondary ids, comma separated, may be empty>
    free text of the letter, any number of lines

Usage::

    python eval/inquiries/assemble.py train sufragio/inquiries/data/training_letters.jsonl < blocks
    python eval/inquiries/assemble.py eval eval/inquiries/letters.jsonl < blocks
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

CHANNELS = {"correo", "email", "ventanilla", "web", "whatsapp", "oficio"}


def parse_blocks(raw: str) -> list[dict[str, object]]:
    """Split authored text into letters; header lines start with '==='."""
    letters: list[dict[str, object]] = []
    for chunk in raw.split("\n=== "):
        chunk = chunk.removeprefix("=== ").strip("\n")
        if not chunk.strip():
            continue
        header, _, body = chunk.partition("\n")
        category, channel, secondary = (part.strip() for part in header.split("|"))
        if channel not in CHANNELS:
            raise ValueError(f"unknown channel {channel!r} in header {header!r}")
        letters.append(
            {
                "category": category,
                "secondary": [s.strip() for s in secondary.split(",") if s.strip()],
                "channel": channel,
                "text": body.strip(),
            }
        )
    return letters


def existing(path: Path) -> list[dict[str, object]]:
    """Rows already saved, so numbering continues where the last batch stopped."""
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def main(kind: str, out: str) -> None:
    """Number the new letters and append them to ``out``."""
    path = Path(out)
    rows = existing(path)
    per_category = Counter(str(r["category"]) for r in rows)
    new = parse_blocks(sys.stdin.read())
    with path.open("a", encoding="utf-8") as fh:
        for i, letter in enumerate(new, start=len(rows) + 1):
            category = str(letter["category"])
            per_category[category] += 1
            if kind == "train":
                letter_id = f"tr-{category}-{per_category[category]:03d}"
            else:
                letter_id = f"ev-{i:04d}"
            fh.write(json.dumps({"id": letter_id, **letter}, ensure_ascii=False) + "\n")
    print(f"appended {len(new)} letters to {path}; totals: {dict(per_category)}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
