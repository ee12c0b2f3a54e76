"""The place line under a person's name that closes a letter or a contact card.

"Rebeca Solís" / "Col. Las Huertas, Tijuana" / a phone: the line under the writer's name is
where that person lives, though it has no street. It is found from the end of the text upwards,
by line shapes rather than by address starts, so it lives apart from the address recognizer.
A one-line card does the same between separators: "Arturo Reyes · Abogado · Tijuana, B.C. ·
+52 664 …", "Gilberto A. S. — 477 392 1180, León, Gto.".
"""

from __future__ import annotations

import re

from sufragio.privacy.address_segments import place_like
from sufragio.privacy.address_words import NEIGHBOURHOOD
from sufragio.privacy.lexicon import INSTITUTION_WORDS, STATES, given_names
from sufragio.privacy.text import fold

#: Lines of a contact card after the place line: a phone, an e-mail, a labelled contact.
_CONTACT_LINE = re.compile(
    r"[>\s]*(?:(?:tel|cel|movil|whatsapp|correo|e-?mail)\b[^\n]*|[^\n]*@[^\n]*|[\d\s()+.-]{8,})$"
)
#: A person's name alone on a signature line: "José Armando Cisneros Lara", "> Leonel Barragán".
_NAME_LINE = re.compile(
    r"[ \t]*(?:>[ \t]*)?(?P<name>[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:[ \t]+(?:(?:de|del|la|las|los|y)[ \t]+)*"
    r"[A-ZÁÉÍÓÚÑ](?:[a-záéíóúñ]+|\.)){1,4})[ \t]*$"
)
#: The place line under it: "Col. Oblatos, Guadalajara", "Coyoacán, CDMX", "Culiacán, Sinaloa".
#: Cancún's numbered "regiones" and "supermanzanas" stand for the colonia: "Reg. 93, Cancún".
_NUMBERED_AREA = r"(?:reg|region|sm|supermanzana|mz|manzana|sector)\.?[ \t]*\d{1,4}[ \t]*,[ \t]*"
_PLACE_LINE = re.compile(
    rf"[ \t]*(?:>[ \t]*)?(?P<place>(?i:{_NUMBERED_AREA})?[^\W\d][^\d\n:@]{{2,60}}?)[ \t.]*$"
)


def signature_place(text: str, folded: str) -> tuple[int, int] | None:
    """The place line under a person's name that closes a letter or a contact card ("José
    Armando Cisneros Lara" / "Col. Oblatos, Guadalajara" / "33 3641 9088"): where that person
    lives. The place must be a colonia or end in a state, and the name a person's."""
    end = len(text.rstrip())
    lines: list[tuple[int, int]] = []
    pos = end
    while pos > 0 and len(lines) < 5:
        line_start = text.rfind("\n", 0, pos) + 1
        lines.append((line_start, pos))
        pos = line_start - 1
    index = 0
    while index < len(lines) and _CONTACT_LINE.fullmatch(folded, *lines[index]):
        index += 1
    if index + 1 >= len(lines):
        return None
    place = _PLACE_LINE.fullmatch(text, *lines[index])
    name = _NAME_LINE.fullmatch(text, *lines[index + 1])
    if not place or not name:
        return None
    name_words = fold(name.group("name")).replace(".", " ").split()
    if name_words[0] not in given_names() or any(w in INSTITUTION_WORDS for w in name_words):
        return None
    value = folded[place.start("place") : place.end("place")]
    segments = [part.strip() for part in value.split(",")]
    if len(segments) < 2 or len(segments) > 3 or len(value.split()) > 10:
        return None
    neighbourhood = (
        NEIGHBOURHOOD.match(segments[0]) is not None
        or re.fullmatch(_NUMBERED_AREA, segments[0] + ",") is not None
    )
    if not (neighbourhood or segments[-1].strip(".") in STATES):
        return None
    original = text[place.start("place") : place.end("place")]
    if not all(
        place_like(part, fold(part), False, False)
        for part in original.split(",")[int(neighbourhood) :]
    ):
        return None
    return place.span("place")


#: A town and its state between the separators of a one-line contact card.
_CARD_TOWN = re.compile(
    r"(?:^|(?<=[·•|—–,]))[ \t]*(?P<place>[A-ZÁÉÍÓÚÑ][^\W\d_]+(?:[ \t]+(?:(?:de|del|la)[ \t]+)?"
    r"[A-ZÁÉÍÓÚÑ][^\W\d_]+){0,3},[ \t]*(?P<state>[A-ZÁÉÍÓÚÑ][A-Za-záéíóúñ.]{1,15}"
    r"(?:[ \t]+[A-ZÁÉÍÓÚÑ][A-Za-záéíóúñ.]+)?))[ \t]*(?=[·•|—–]|,?[ \t]*\+?\d|$)",
    re.MULTILINE,
)
#: What makes a line a person's contact card: a phone number or an e-mail address.
_CARD_CONTACT = re.compile(r"@|\+?\d[\d \t().-]{8,}\d")
_CARD_SEPARATOR = re.compile(r"[·•|—–]")


def contact_card_town(text: str) -> tuple[int, int] | None:
    """The "Town, State" segment of the last line when that line is a person's one-line contact
    card (separators, a phone or an e-mail, no institution's word): where the signer lives or
    works. An office's card ("INE · Dirección Ejecutiva · …") stays public."""
    stripped = text.rstrip()
    line_start = stripped.rfind("\n") + 1
    line = stripped[line_start:]
    if not _CARD_SEPARATOR.search(line) or not _CARD_CONTACT.search(line):
        return None
    if any(word in INSTITUTION_WORDS for word in re.findall(r"\w+", fold(line))):
        return None
    for match in _CARD_TOWN.finditer(line):
        state = fold(match.group("state")).replace(".", "").replace(" ", "")
        town = fold(match.group("place").split(",")[0])
        if state in STATES and not any(w in INSTITUTION_WORDS for w in town.split()):
            return line_start + match.start("place"), line_start + match.end("place")
    return None
