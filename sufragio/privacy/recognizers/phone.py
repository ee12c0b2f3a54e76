"""PHONE: Mexican telephone numbers (10 national digits, optional +52 and mobile "1").

Formatted numbers ("55 1234 5678", "(81) 8123-4567", "+52 1 33 1234 5678") are distinctive on
their own; ten bare digits are also folio or account fragments, so they need a context word,
which may be a verb of calling in any person ("márqueme al", "llámenos al", "me marcas al").
A chat export names an unsaved sender by number ("[18:05] +52 1 444 180 2290: hola").
Numbers in the US and Canada keep their "+1" in the span ("+1 (312) 555-0144").
"""

from __future__ import annotations

import re

from sufragio.privacy.recognizers.base import RegexRecognizer

_TOLL_FREE = ("800", "900")
#: Toll-free codes of the US and Canada, dialled after "1": consulates' and INETEL's lines
#: ("1 (866) 986 8306"). Without the "1", 866 and 877 are Coahuila's area codes.
_NORTH_AMERICAN_TOLL_FREE = ("800", "833", "844", "855", "866", "877", "888")
#: Labels of reference numbers that are ten digits long too, right before the number: "folio
#: 2509370012", "Folio de atención: 2509-118274", "su número de atención es 2509370012". Any
#: phone word near the number wins.
_NOT_PHONE = re.compile(
    r"(?:\b(?:folio|expediente|referencia|ticket|oficio|guia|poliza|factura|contrato|pedido|"
    r"waybill|tracking)|"
    r"\b(?:numero|no\.|num\.?)\s+de\s+(?:atencion|seguimiento|tramite|solicitud|reporte|registro|"
    r"control|cuenta|cliente|orden|credencial|guia|rastreo|caso|inventario|serie|pieza|lote|"
    r"credito|servicio|contrato|medidor|poliza)|"
    r"\b(?:inventario|serie|no\.? de serie))\b[^\n\d]{0,20}$"
)
#: Verbs of calling with their endings and pronouns: "llámame", "márqueme", "marquen",
#: "llamarnos", "me marcas".
#: Groupings no Mexican phone is written in: a year-month prefix ("2025-11-0447") or a
#: four-two-four split, and a two-digit first group written with dashes other than the big
#: cities' area codes ("25-1110-0093"; only Mexico City, Guadalajara and Monterrey have
#: two-digit codes). A phone word before the number overrides both.
#: A group of five or more digits after a dash, or a four-digit and a six-digit group: call,
#: certificate and record numbers ("Llamada 2509-224518", "acta 25-006-00911", "142-25-018833",
#: "folio 250306-1102"), never how a phone is grouped ("55 1234 5678", "998 214 6630"). Only an
#: explicit phone label before it ("Tel.", "cel") keeps such a number a phone.
_ODD_GROUPS = re.compile(r"\d-\d{5,}|^\d{4}[-\s]\d{6}$|^\d{6}[-\s]\d{4}$")
_PHONE_LABEL = re.compile(r"\b(?:tel|telefono|telf|cel|celular|movil|whatsapp|whats)\b")
_DATED = re.compile(r"(?:19|20)\d\d[-/.](?:0[1-9]|1[0-2])[-/.]\d{4}|\d{4}[-.]\d\d[-.]\d{4}")
_TWO_DIGIT_CODE = re.compile(r"(\d\d)-\d{4}-\d{4}")
_BIG_CITY_CODES = ("55", "56", "33", "81")
_CALL = (
    r"llam(?:a|e|o|as|es|en|an|ar|ada|adas)(?:me|nos|le|les)?|"
    r"marc(?:a|o|as|an|ar)(?:me|nos|le|les)?|marqu(?:e|es|en)(?:me|nos|le|les)?"
)
_PHONE_WORD = re.compile(
    r"\b(?:tel|telefono|telf|tels|cel|celular|movil|whats|whatsapp|wa|lada|fax|sms|"
    rf"{_CALL}|localizarme|comunicarse|comunicarme)\b"
)


class MxPhoneRecognizer(RegexRecognizer):
    """Mexican phone numbers, formatted or bare with context."""

    ENTITY = "PHONE"
    PATTERN = re.compile(
        r"(?<![\w/.$:-])"
        # separators stay on the line: a number never continues on the next row of a table
        r"(?P<value>(?:(?:\+|00)?52[ \t.-]?)?(?:\+?1[ \t.-]?)?(?:01[ \t.-]?)?"
        r"(?:\(\d{2,3}\)|\d{2,4})(?:[ \t.-]?\d{2,4}){1,4})"
        r"(?![\w/]|[.,:]\d)"
    )
    CONTEXT = re.compile(
        r"\b(?:tel|telefono|telf|tels|cel|celular|movil|whats|whatsapp|wa|lada|fax|sms|"
        rf"contacto|numero|num|no\.|localizarme|{_CALL}|comunicarse|comunicarme)\b"
    )
    CONTEXT_WINDOW = 35

    def score(self, match: re.Match[str], folded: str) -> float | None:
        """Ten national digits required; formatting or context decides the confidence."""
        raw = match.group("value")
        digits = re.sub(r"\D", "", raw)
        if digits.startswith(("0052", "52")) and len(digits) > 10:
            digits = digits[4:] if digits.startswith("0052") else digits[2:]
        if len(digits) == 11 and digits[0] == "1":
            digits = digits[1:]
            if digits.startswith(_NORTH_AMERICAN_TOLL_FREE):
                return None
        if len(digits) == 12 and digits.startswith("01"):
            digits = digits[2:]
        if len(digits) != 10 or digits.startswith(_TOLL_FREE):
            return None  # 800/900 lines belong to institutions and companies, not to people
        start = match.start("value")
        before = folded[max(0, start - self.CONTEXT_WINDOW) : start]
        if _NOT_PHONE.search(before) and not _PHONE_WORD.search(before):
            return None
        if _ODD_GROUPS.search(raw) and not _PHONE_LABEL.search(before):
            return None
        if not _PHONE_WORD.search(before):
            if _DATED.fullmatch(raw):
                return None
            two = _TWO_DIGIT_CODE.fullmatch(raw)
            if two and two.group(1) not in _BIG_CITY_CODES:
                return None
        context = self.context_near(folded, start)
        formatted = bool(re.search(r"[\s().+-]", raw))
        if formatted:
            return 0.85 if context else 0.6
        return 0.75 if context else None
