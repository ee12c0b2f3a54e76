"""POSTAL_CODE: five digits after "C.P." or "código postal", or closing an address line.

A bare five-digit number is as likely an amount, a section or a folio, so context is required:
either a postal word right before it, or an address on the same line with the number closing it
after a comma, a table bar or a state abbreviation ("Tlaxcala, 90100", "| 38010", "TX 77401"),
or ending a line that starts with an address word ("COL CENTRO 68000"). In an address block
written over several lines, the code may close the place line or stand on a line of its own, and
the address word is then on the lines above ("8820 Elm Ave Unit 3" / "Rosemead, CA 91770").
"""

from __future__ import annotations

import re

from sufragio.privacy.lexicon import STATES
from sufragio.privacy.recognizers.base import RegexRecognizer
from sufragio.privacy.table_columns import column_header
from sufragio.privacy.text import fold, read_ocr_letters

#: Address words (Spanish and the US forms Mexicans abroad write) on the line before the number,
#: also as OCR reads a credential's O as a zero ("C0L SAN R0MAN 24040", "D0MICILIO").
_ADDRESS_LINE = re.compile(
    r"\b(?:calle|c|av|avenida|blvd|boulevard|calz|calzada|privada|priv|cerrada|cda|andador|and|"
    r"circuito|cto|retorno|carretera|km|c[o0]l|colonia|fracc|fraccionamiento|barrio|"
    r"d[o0]m[i1l]c[i1l]l[i1l][o0]|"
    r"direccion|mz|lt|sm|supermanzana|no|num|numero|int|apt|apto|unit|st|rd|ave|street|suite|dr|"
    r"drive|lane|ln)\b"
)
#: What closes an address right before the code: a comma (with "código" after it, as callers
#: dictate "Querétaro, código 76030"), a table bar, or a capitalised state abbreviation ("TX",
#: "Gto.") that is not a number's own label ("Folio", "No.").
_CLOSES_ADDRESS = re.compile(r"(?:[,|]|,[ \t]*c[oó]digo|\b[A-Z][A-Za-z]{1,4}\.?)[ \t]*$")
#: Or the town after a comma ("calle 12 número 305, Navojoa 85830"), or "el código es" after
#: an address, as callers dictate it; never an amount ("…, Pagué 15000 pesos").
_TOWN_BEFORE = re.compile(
    r",[ \t]*[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:[ \t]+(?:de[ \t]+|del[ \t]+)?[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+){0,3}"
    r"[ \t]*$"
)
_CODE_WORD = re.compile(r"\bc[o0]digo(?:[ \t]+es)?[ \t]*:?[ \t]*$")
_MONEY_AFTER = re.compile(r"[ \t]*(?:pesos|mil\b|dolares|usd|mxn|m\.?n\.?)")
#: A code said before its colonia: "37320 colonia San Juan de Dios".
_COLONIA_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:colonia|col\.|fracc(?:ionamiento)?\.?)[ \t]")
#: Or a state written in full ("Mérida, Yucatán 97115", "Pharr, Texas 78577").
_STATE_BEFORE = re.compile(r"\b([A-ZÁÉÍÓÚ][A-Za-záéíóúñ]{3,14})[ \t]*$")
_US_STATES = frozenset(
    (
        *("texas", "california", "arizona", "illinois", "florida", "georgia", "nevada"),
        *("colorado", "washington", "oregon", "carolina", "york", "jersey", "virginia"),
        *("tennessee", "oklahoma", "utah", "ohio", "michigan", "wisconsin", "minnesota"),
        *("indiana", "kansas", "nebraska", "iowa", "alabama", "arkansas", "louisiana"),
        *("pennsylvania", "massachusetts", "idaho", "oregon", "mexico"),
    )
)
#: Credentials print the code at the end of the colonia line: "COL CENTRO 68000".
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
#: Lines above a code that the address block it closes may span.
_BLOCK_LINES = 3
_NUMBER_LABEL = re.compile(
    r"\b(?:folio|seccion|casilla|distrito|expediente|oficio|monto|total|cuenta|clave|numero|"
    r"no|num|km|lote|mz|int|ext|extension)\.?[ \t]*$|"
    # an SMS short code: "envía BAJA al 35555"
    r"\b(?:envia|envie|enviar|manda|mande|mandar|responde|responda|marca|marque)\b[^\n]{0,20}"
    r"\bal[ \t]*$"
)


class MxPostalCodeRecognizer(RegexRecognizer):
    """Mexican postal code (or US ZIP code) with postal or address context right before it."""

    ENTITY = "POSTAL_CODE"
    PATTERN = re.compile(r"(?<![\w/.$-])\d{5}(?![\w/]|\.\d|,\d{1,3}(?!\d))")
    CONTEXT = re.compile(
        r"\bc\.?\s?p\b\.?|c[o0]d[i1l]g[o0] p[o0]stal|c[o0]d\.? p[o0]stal|\bp[o0]stal\b|\bzip\b"
    )
    CONTEXT_WINDOW = 20

    def score(self, match: re.Match[str], folded: str) -> float | None:
        """0.85 with a postal word; 0.7 when it closes an address line; otherwise dropped."""
        if self.context_near(folded, match.start()):
            return 0.85
        if column_header(folded, match.start()):
            return None  # a table column not headed as a postal code ("No. empleado")
        line_start = folded.rfind("\n", 0, match.start()) + 1
        begin = max(line_start, match.start() - 120)
        before = folded[begin : match.start()]
        if _NUMBER_LABEL.search(before):
            return None
        closes = _CLOSES_ADDRESS.search(match.string, begin, match.start())
        state = _STATE_BEFORE.search(match.string, begin, match.start())
        if not closes and state:
            word = fold(state.group(1))
            closes = word in STATES or word in _US_STATES
        closes = closes or _TOWN_BEFORE.search(match.string, begin, match.start()) is not None
        own_line = not before.strip() and _LINE_END.match(folded, match.end()) is not None
        address_before = _ADDRESS_LINE.search(read_ocr_letters(before))
        if address_before:
            if (
                closes
                or _CODE_WORD.search(before)
                or (_LINE_END.match(folded, match.end()) and _ADDRESS_LINE.match(before.lstrip()))
            ) and not _MONEY_AFTER.match(folded, match.end()):
                return 0.7
            return None
        if _COLONIA_AFTER.match(folded, match.end()):
            return 0.7  # "37320 colonia San Juan de Dios, León": a caller's code, then colonia
        if (closes and before.strip()) or own_line:
            block = _block_before(folded, line_start)
            if block is not None and _ADDRESS_LINE.search(block):
                return 0.7
        return None


def _block_before(folded: str, line_start: int) -> str | None:
    """The lines of the address block above a code that closes a place line or stands alone
    ("Rosemead, CA 91770" or "34000" under "Calle …" / "Victoria de Durango, Dgo."); None when
    a blank line or the start of the text comes first."""
    begin = line_start
    for _ in range(_BLOCK_LINES):
        if begin == 0:
            break
        previous = folded.rfind("\n", 0, begin - 1) + 1
        if not folded[previous : begin - 1].strip():
            break
        begin = previous
    return folded[begin:line_start] if begin < line_start else None
