"""How much people changed the AI's drafts: the edit ratio and a word-level diff.

Edit ratio (docs/adr/0008-review-desk.md): ``1 − SequenceMatcher(None, draft, final).ratio()`` on
characters, with autojunk off so that frequent characters (spaces, vowels) are compared like any
other. 0 means the lawyer approved the draft as written; 1 means nothing of it survived. It is
symmetric enough for a dashboard and needs nothing beyond the standard library.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

_TOKEN = re.compile(r"\s+|[^\s]+")


def edit_ratio(draft: str, final: str) -> float:
    """Share of the text that changed between the AI draft and the final reply (0–1)."""
    if draft == final:
        return 0.0
    return round(1.0 - SequenceMatcher(None, draft, final, autojunk=False).ratio(), 4)


@dataclass(frozen=True)
class WordDiff:
    """A diff ready to show: HTML with <ins>/<del>, and counts for a text summary."""

    html: SafeString
    inserted: int
    deleted: int


def word_diff(before: str, after: str) -> WordDiff:
    """Word-level diff (whitespace kept) rendered with <ins> and <del>, escaped."""
    old, new = _TOKEN.findall(before), _TOKEN.findall(after)
    parts: list[str] = []
    inserted = deleted = 0
    for op, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op == "equal":
            parts.append(escape("".join(old[i1:i2])))
            continue
        if op in {"delete", "replace"}:
            deleted += sum(1 for t in old[i1:i2] if not t.isspace())
            parts.append(f"<del>{escape(''.join(old[i1:i2]))}</del>")
        if op in {"insert", "replace"}:
            inserted += sum(1 for t in new[j1:j2] if not t.isspace())
            parts.append(f"<ins>{escape(''.join(new[j1:j2]))}</ins>")
    return WordDiff(mark_safe("".join(parts)), inserted, deleted)  # every part is escaped above
