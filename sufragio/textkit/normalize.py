"""Accent folding and whitespace normalisation.

Citizens write "votacion", "votación" and "VOTACIÓN" for the same word; legal texts are
accented. Folding both sides to the same plain lower-case form is what lets exact-term
methods (BM25, thesaurus matching) treat them as equal.
"""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")
# Typographic variants that NFKD does not map to ASCII on its own.
_PUNCT = str.maketrans(
    {"“": '"', "”": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "–": "-", "—": "-"}
)


def fold(text: str) -> str:
    """Lower-case, strip diacritics (á→a, ü→u, ñ→n) and collapse whitespace.

    ñ is folded too: users typing on foreign keyboards write "Espana"/"ano", and the
    Spanish stemmer gives the same stem for both spellings of real words anyway.
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_PUNCT).lower())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return normalize_space(stripped)


def normalize_space(text: str) -> str:
    """Collapse runs of whitespace (including newlines and NBSP) to one space and trim."""
    return _SPACE.sub(" ", text).strip()
