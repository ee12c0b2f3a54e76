"""Directions to a house where there is no street or number: "su casa está subiendo por la
brecha que va a la capilla, la de techo de palma".

Rural Mexico, and many urban writers, locate a home by what is near it rather than by a street
and number. Said after a phrase that names someone's home ("mi casa es", "la casa queda", "vive
acá arriba, en", "Domicilio:"), the directions identify that home as well as an address would,
so they are ADDRESS too. The same words after anything else ("la casilla está junto a la
escuela") describe a public place and are left alone, and a "Referencias:" line is the address
recognizer's, which knows whether the address above it is a home. This pass reads phrases, not
address shapes, so it lives apart from the address recognizer.
"""

from __future__ import annotations

import re

#: A phrase that names someone's home, right before the directions.
_HOME = re.compile(
    r"\b(?:(?:mi|su|tu|la|nuestra) casa(?: de (?:el|ella|usted|ellos))?[ \t]+"
    r"(?:es|esta|queda|se encuentra|se ubica)\b(?:[ \t]+en)?|"
    r"(?:[bv]ive|[bv]ivo|[bv]iven|[bv]ivimos)(?:[ \t]+(?:aca|aqui|alla|ahi))?"
    r"(?:[ \t]+(?:arriba|abajo|adelante|atras))?,?[ \t]+en|"
    r"domicilio[ \t]*:)"
    r"[ \t]*[\"“«]?[ \t]*"
)
#: How directions begin: a landmark preposition, a way of going, or the house itself ("la de
#: lámina", "la casa que está …").
_DIRECTION = re.compile(
    r"(?:(?:a un (?:lado|costado)|enseguida|atras|detras|cerca|a espaldas|a la vuelta|despues|"
    r"antes) del?|(?:frente|junto|pegad[oa]) al?|enfrente del?|a (?:una|dos|tres|media) cuadras?"
    r" del?|(?:pasando|subiendo|bajando|entrando|saliendo|cruzando)\b|del entronque\b|"
    r"(?:(?:por|sobre) )?(?:el camino|la brecha|la vereda|la terraceria)\b|"
    r"la casa (?:de|con|que|del)\b|la (?:de|que|del) (?!la\b)\w+)"
)
#: Where the directions stop: the end of the sentence or line, or a closing quote.
_END = re.compile(r"[.;?!\n\"”»]|$")
_MAX_LENGTH = 220


def house_directions(folded: str) -> list[tuple[int, int]]:
    """Spans of directions to someone's home in `folded` (the folded text; offsets are the
    original's)."""
    spans = []
    for home in _HOME.finditer(folded):
        start = home.end()
        if not _DIRECTION.match(folded, start):
            continue
        # "$" matches at the window's end, so a stop is always found
        stop = _END.search(folded, start, start + _MAX_LENGTH).start()
        while stop > start and folded[stop - 1] in " \t,":
            stop -= 1
        if stop - start >= 8:
            spans.append((start, stop))
    return spans
