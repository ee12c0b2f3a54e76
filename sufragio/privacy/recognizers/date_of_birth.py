"""DATE_OF_BIRTH: a date next to birth context ("nací el", "fecha de nacimiento", "nacida el").

Letters are full of dates (of laws, of hearings, of the letter itself) that are not personal data,
so a date counts only when a birth word precedes it on the same line. Birth words are also
found as data keys ("fecha_nacimiento", "date_of_birth") and with OCR's digits for letters
("FECHA DE NAC1MIENTO"). The birth word may also follow the date closely when the date is an
adult's birth year ("dice 03/07/1963 y yo nací el 07/03/1963", "12/05/1980, mi fecha de
nacimiento"), never a recent one ("el 10/10/2024 y nací en…" is the day of a hearing).
What a birth certificate says is a birth date too ("el acta dice 14 de julio de 1990"), but a
recent date next to "acta de nacimiento" is the day it was issued or amended ("me expidió acta de
nacimiento … el 3 de marzo de 2025"): nobody writing to INE was born that recently.
"""

from __future__ import annotations

import datetime
import re

from sufragio.privacy.recognizers.base import RegexRecognizer
from sufragio.privacy.table_columns import column_header

_MONTHS = (
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|octubre|noviembre|diciembre|"
    r"ene|feb|mar|abr|may|jun|jul|ago|sep|sept|oct|nov|dic|"
    r"january|february|march|april|june|july|august|september|october|november|december|"
    r"jan|apr|aug|dec"
)
#: Dictated dates spell the numbers out: "el doce de agosto de mil novecientos setenta y uno".
_NUMBER_WORD = (
    r"primero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|"
    r"quince|dieciseis|diecisiete|dieciocho|diecinueve|veinte|veintiun[oa]?|veintidos|veintitres|"
    r"veinticuatro|veinticinco|veintiseis|veintisiete|veintiocho|veintinueve|treinta|cuarenta|"
    r"cincuenta|sesenta|setenta|ochenta|noventa"
)
#: A birth word shortly after the date, on the same line.
_AFTER = re.compile(
    r"[^\n\d]{0,20}?(?<![a-z])(?:nac(?:i|io|id[oa])|nacimiento|cumpleanos)(?![a-z])"
)
_YEAR = re.compile(r"(?:19|20)\d\d(?!\d)")
#: Youngest age at which a letter writer speaks of a birth date of their own or a relative's.
_MIN_AGE = 15
#: Context that names the certificate rather than the birth: its date may be its issue date.
_DOCUMENT = re.compile(r"(?:acta|registro|certificado|constancia|copia)\s+(?:de\s+)?$|\bacta\b")
_SPELLED_YEAR = rf"(?:mil\s+novecientos|dos\s+mil)(?:\s+(?:y\s+)?(?:{_NUMBER_WORD}))*"


#: Another event named between the birth word and the date: the date is that event's ("…y
#: falleció el …", "…cumplí 18 años antes de la jornada electoral del …").
_OTHER_EVENT = re.compile(
    r"\b(?:falleci\w*|muri\w*|defuncion|jornada|eleccion|votacion|registro|tramite)\b"
)


class MxDateOfBirthRecognizer(RegexRecognizer):
    """Numeric or written-out dates preceded by birth context."""

    ENTITY = "DATE_OF_BIRTH"
    PATTERN = re.compile(
        r"(?<![\w/-])(?:"
        r"\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})"
        r"|\d{4}-\d{2}-\d{2}"
        rf"|\d{{1,2}}\s*(?:de\s+|[/.-]\s*)?(?:{_MONTHS}|[a-z]{{4,10}})\.?\s*(?:de(?:l)?\s+|[/.-]\s*)?"
        r"(?:\d{4}|\d{2}(?!\d))"
        rf"|(?:{_MONTHS})\s+\d{{1,2}},?\s+(?:de\s+)?\d{{4}}"
        rf"|(?:{_NUMBER_WORD})(?:\s+y\s+(?:{_NUMBER_WORD}))?\s+de\s+(?:{_MONTHS})\s+de(?:l)?\s+"
        rf"{_SPELLED_YEAR}"
        r")(?![\w/])"
    )
    ON_FOLDED = True
    CONTEXT = re.compile(
        r"(?<![a-z])nac(?:i|io|imos|iste|ieron|id[oa]s?|[i1l]m[i1l]ent[o0])?(?![a-z0-9])|f\.\s?nac|"
        r"fech?\.?\s?(?:de\s)?nac|cumpleanos|\bcumpl(?:o|io|i|ira)\b|vine al mundo|\bedad\b|"
        r"f\.?\s?n\.?\s?:|\bdob\b|born|birth|"
        r"\bacta(?: de nacimiento)?\s+"
        r"(?:dice|tiene|trae|marca|indica|senala|viene con|aparece con)\b"
    )
    CONTEXT_WINDOW = 60

    def context_near(self, folded: str, start: int) -> bool:
        """Birth context on the same line, in a question on the line before (dialogues), or in
        the header of the date's table column ("FECHA NAC")."""
        line_start = folded.rfind("\n", 0, start) + 1
        if folded[max(0, line_start - 2) : line_start].startswith("?"):
            line_start = folded.rfind("\n", 0, line_start - 1) + 1  # answer to "¿…nacimiento?"
        before = folded[max(line_start, start - self.CONTEXT_WINDOW) : start]
        words = list(self.CONTEXT.finditer(before))
        last = words[-1] if words else None
        if last and _OTHER_EVENT.search(before, last.end()):
            return False  # "nació el 30 de abril de 1946 y falleció el 22 de mayo de 2026"
        return last is not None or bool(self.CONTEXT.search(column_header(folded, start)))

    def _document_only(self, folded: str, start: int) -> bool:
        """Whether every birth word before the date belongs to a certificate's name."""
        base = max(0, start - self.CONTEXT_WINDOW)
        words = list(self.CONTEXT.finditer(folded, base, start))
        return bool(words) and all(
            w.group().startswith("acta")
            or _DOCUMENT.search(folded, max(0, w.start() - 16), w.start())
            for w in words
        )

    def score(self, match: re.Match[str], folded: str) -> float | None:
        """Only with birth context before, or after an adult's birth date."""
        year = _YEAR.search(match.group())
        adult = year and int(year.group()) <= datetime.date.today().year - _MIN_AGE
        if self.context_near(folded, match.start()):
            if year and not adult and self._document_only(folded, match.start()):
                return None
            return 0.85
        return 0.85 if adult and _AFTER.match(folded, match.end()) else None
