"""The signature line: a short last line that is only a name or initials ("Fabi", "JP").

E-mails and chats are often signed with nothing before the name, so no trigger announces it;
what makes it a name is its place at the end of the text, its capitals and the name lexicons.
A signature after a closing ("Atentamente") is read by the PERSON recognizer's triggers instead
(`sufragio.privacy.name_triggers.CLOSING_LINE`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sufragio.privacy.lexicon import (
    COMMON_WORDS,
    INSTITUTION_WORDS,
    PLACE_WORDS,
    STATES,
    given_names,
    is_known_name,
)
from sufragio.privacy.name_triggers import CLOSING_ONLY, LEADING_TITLES

#: The last line of a message, alone: a signature ("Fabi", "JP", "Rocío", "Hugo M.").
_SIGNATURE_LINE = re.compile(
    r"\n[ \t]*(?:--|—)?[ \t]*"
    r"(?P<value>[^\W\d_][^\W\d_.'’-]*\.?(?:[ \t]+[^\W\d_][^\W\d_.'’-]*\.?){0,2})[ \t]*[.!]*\s*\Z"
)
#: Initials as a signature ("JP", "MGR").
INITIALS = re.compile(r"[A-ZÁÉÍÓÚÑ]{2,3}")


def signature_line(text: str, folded: str) -> Iterator[tuple[int, int, float, str]]:
    """A short last line that is only a name or initials: how e-mails and chats are signed.

    `folded` is `fold(text)`. Yields at most one (start, end, score, source).
    """
    match = _SIGNATURE_LINE.search(text, max(0, len(text) - 80))
    if not match:
        return
    start, end = match.span("value")
    titles = LEADING_TITLES.match(folded, start, end)
    start = titles.end() if titles else start
    value = text[start:end]
    words = [w.strip(".") for w in folded[start:end].split()]
    if not words:
        return
    if len(value) > 30 or not all(w[:1].isupper() for w in value.split()):
        return
    if CLOSING_ONLY.fullmatch(folded[start:end].rstrip(".! ")):
        return
    if any(
        (w in COMMON_WORDS or w in STATES or w in PLACE_WORDS) and not is_known_name(w)
        for w in words
    ) or any(w in INSTITUTION_WORDS for w in words):
        return
    if len(words) == 1 and not (INITIALS.fullmatch(value) or words[0] in given_names()):
        return  # "Pendiente", "Enterado": one unknown word is more often a reply than a name
    if not INITIALS.fullmatch(value) and not any(is_known_name(w) for w in words):
        return  # "Abogados Asociados": a firm or a slogan signs like a person
    yield start, end, 0.7, "signature line"
