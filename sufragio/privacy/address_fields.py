"""Address parts in labelled form fields and JSON keys ("Colonia: Centro", {"municipio": …}).

Forms and data records split an address over fields whose values need no address shape of their
own ("Centro", "18"): the label decides. A town or state field is part of someone's address only
when a street or colonia field of the same form vouches that the form holds a home address. This
pass reads fields, not running text, so it lives apart from the address starts.
"""

from __future__ import annotations

import re

from sufragio.privacy.public_addresses import is_public

#: Form fields and data keys that hold one part of an address each: "Colonia: Centro",
#: "Alcaldía/Municipio: Tlalpan", "Entidad: Puebla", {"calle": "…", "municipio": "…"}. The label
#: decides, so the value needs no address shape ("Centro", "18"). A town or a state is only part
#: of someone's address next to a street, colonia or domicile field of the same form or object.
_FIELD_WORD = (
    r"calle|colonia|col|fraccionamiento|fracc|barrio|localidad|poblacion|alcaldia|municipio|mpio|"
    r"delegacion|entidad(?: federativa)?|estado|edo|ciudad|domicilio|direccion|numero|"
    r"(?:numero|num|no)\.?[ _]?(?:exterior|interior|ext|int)\.?"
)
_FIELD_LABEL = rf"(?:{_FIELD_WORD})(?:[ \t]*(?:/|[ \t]o[ \t]|[ \t]y[ \t])[ \t]*(?:{_FIELD_WORD}))*"
_FIELD = re.compile(
    rf"(?:^|(?<=[ \t]{{2}})|(?<=\|))[ \t]*(?P<label>{_FIELD_LABEL})(?:[ \t]*\([^)\n]{{0,40}}\))?"
    r"[ \t]*:[ \t]*(?P<value>[^\s|:][^\n|:]*?)(?=[ \t]{2,}\S[^\n:]{0,30}:|[ \t]*(?:\||$))",
    re.MULTILINE,
)
_JSON_FIELD = re.compile(rf'"(?P<label>{_FIELD_LABEL})"\s*:\s*"(?P<value>[^"\n]{{1,80}})"')
#: Labels that say on their own that the field is part of a home address split over fields.
_STRONG_FIELD = re.compile(
    r"(?:calle|colonia|col|fraccionamiento|fracc|(?:numero|num|no)\.?[ _]?"
    r"(?:exterior|interior|ext|int))\b"
)
#: Domicile and address fields hold a whole address, left to the address starts; a town or state
#: field next to one is the form's own ("ENTIDAD: HIDALGO" under "DOMICILIO: …, HIDALGO").
_WHOLE_ADDRESS_FIELD = re.compile(r"(?:domicilio|direccion)\b")
_EMPTY_VALUE = re.compile(r"[\W_]*|n/?a|no aplica|ningun[oa]|sin dato|null|none", re.IGNORECASE)
#: Fields of one form: no blank line between them and at most this far apart.
_FORM_SPAN = 400


def field_values(text: str, folded: str) -> list[tuple[int, int]]:
    """Values of address fields in forms and data records, when the form is a person's."""
    fields = []  # (label start, value start, value end, group)
    for match in _FIELD.finditer(folded):
        group = folded.rfind("\n\n", 0, match.start())
        fields.append((match.start("label"), *match.span("value"), group))
    if '"' in text:
        for match in _JSON_FIELD.finditer(folded):
            opening = folded.rfind("{", 0, match.start())
            group = opening if opening > folded.rfind("}", 0, match.start()) else -match.start()
            fields.append((match.start("label"), *match.span("value"), group))
    first: dict[int, int] = {}
    for label, _, _, group in fields:
        first.setdefault(group, label)
    spans = []
    for label, begin, end, group in fields:
        value = text[begin:end].strip()
        if _EMPTY_VALUE.fullmatch(value) or _WHOLE_ADDRESS_FIELD.match(folded, label):
            continue
        vouched = any(
            other_group == group
            and abs(other - label) <= _FORM_SPAN
            and _STRONG_FIELD.match(folded, other)
            for other, _, _, other_group in fields
        )
        # An office's form ("Datos del módulo" / "Calle: …") is public as a whole.
        if vouched and not is_public(folded, first[group], True):
            spans.append((begin, begin + len(text[begin:end].rstrip())))
    return spans
