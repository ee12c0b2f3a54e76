"""Reviewers' category corrections as labelled training data for the triage classifier.

One JSON object per line, ``{"id", "category", "secondary", "channel", "text"}``, which
``sufragio triage train --from FILE`` reads. ``text`` is always the redacted text: training data
never carries personal data. When a letter was corrected more than once, the latest correction
wins (it is what the reviewer finally decided).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from sufragio.review.models import CategoryCorrection


def correction_rows() -> Iterator[dict]:
    """The latest correction of each letter that has redacted text, oldest letter first."""
    latest: dict[int, CategoryCorrection] = {}
    rows = CategoryCorrection.objects.select_related("letter").order_by("created", "pk")
    for correction in rows.iterator(chunk_size=500):
        latest[correction.letter_id] = correction
    for correction in sorted(latest.values(), key=lambda c: c.letter_id):
        letter = correction.letter
        if not letter.redacted_text.strip():
            continue
        yield {
            "id": letter.folio,
            "category": correction.category,
            "secondary": list(correction.secondary),
            "channel": letter.channel,
            "text": letter.redacted_text,
        }


def export_corrections(path: Path) -> int:
    """Write the corrections to ``path`` as JSONL; returns how many were written."""
    count = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for row in correction_rows():
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count
