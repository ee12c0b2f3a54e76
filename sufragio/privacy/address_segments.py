"""How far an address runs: its comma-separated segments and where a new clause cuts them.

An address is read segment by segment ("Calle Juárez 12, Col. Centro, Oaxaca"); each segment is
trimmed at a sentence end, a dash, a second street, a person in a landmark or a new clause (a
verb, a common word, a sum of money), and a segment after the street counts only when it reads as
a short place name. Kept apart from the recognizer, which decides where addresses start and
whether they pin a home.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from sufragio.privacy.address_abroad import TYPE_LAST, TYPE_LAST_END
from sufragio.privacy.address_words import (
    ABBREVIATIONS,
    CONNECTORS,
    MONTHS,
    ORDINAL_AREA,
    PART_START,
    STREET_OR_AREA,
    STREET_START,
)
from sufragio.privacy.lexicon import COMMON_WORDS, INSTITUTION_WORDS, STATES, given_names, words_of
from sufragio.privacy.text import fold

#: Directions given instead of (or after) a number in rural and informal addresses.
LANDMARK = re.compile(
    r"(?:(?:a un (?:lado|costado)|enseguida|atras|detras|cerca|a espaldas|a la vuelta) del?|"
    r"(?:frente|junto) al?|pasando (?:el|la|los|las)|subiendo por|bajando por|"
    r"(?:por|sobre) el camino (?:a|de|que va)|rumbo a)\b"
)
#: A landmark ends before a person it mentions ("enseguida de la tienda de don Goyo").
_PERSON_IN_LANDMARK = re.compile(
    r"\s(?:de\s+)?(?:don|dona|senor|senora|sr|sra|la senora|el senor)\b"
)
#: Stop words that may sit inside an address ("Calle de la Rosa", "entre Montes y Flores",
#: Yucatán's "Calle 42 por 35 y 37");
#: any other stop word ("desde", "que", "porque") starts a new clause and ends the address.
_ADDRESS_GLUE = frozenset(
    ["de", "del", "la", "las", "los", "el", "y", "e", "en", "entre", "no", "sin", "a", "al", "por"]
)
#: Glue left dangling when a clause is cut off ("Calle Juárez 12 con" → "Calle Juárez 12").
_DANGLING = re.compile(r"(?:\s+(?:de|del|la|las|los|el|y|e|en|a|al|por|con|entre))+$")
#: Streets named after dates ("16 de Septiembre", "5 de Mayo") and "calle sin nombre": words that
#: would otherwise start a new clause.
_DATE_STREET = re.compile(r"\d{1,2}\s+de\s+$")
_ALLOWED_AFTER = {"nombre": re.compile(r"sin\s+$"), "con": re.compile(r"esq(?:uina|\.)?\s+$")}
#: Common words that stay inside an address before what follows them: "casi esquina con",
#: "ahí en Cuaji", "aquí en Chicago", "también en Monterrey" (the town the address is in).
_ALLOWED_BEFORE = {
    "casi": re.compile(r"\s+esq"),
    **dict.fromkeys(["aqui", "ahi", "alli", "alla", "tambien"], re.compile(r"\s+en\s+\S")),
}
_OCR_ZERO = re.compile(r"(?<=[A-Z])0|0(?=[A-Z]{2})")
_HERE_IN = re.compile(r"(?:aqui|ahi|alli|alla|tambien)\s+(?=en\s)")
_ORDINAL_NAME = re.compile(
    r"\d{1,2}(?:a|ra|da|er|ro|do|to|ta|va|na|o)\.[ \t]*(?:secc|sector|etapa|avenida|av\b|calle|"
    r"privada|cerrada|norte|sur|oriente|poniente)"
)
#: A dash before a remark ends the address: "Calle Jalapa 117, Monterrey – 9 registros".
#: A quoted CSV cell ends at its closing quote: '"Av. Alcalde 1351, Col. Miraflores",Guadalajara'.
_QUOTED_CELL_END = re.compile(r"\"[ \t]*[,;\t|]")
#: "… en leon guanajuato el codigo es 37320": the postal code announced after the address.
_CODE_PHRASE = re.compile(r"[ \t,]+(?:(?:el|su|mi)[ \t]+)?codigo\b")
#: A question or exclamation mark ends the sentence, and the address with it.
_QUESTION_END = re.compile(r"[?!]+(?=\s)")
_DASH = re.compile(r"[ \t](?:[–—]|-(?=[ \t]+[a-z0-9]))[ \t]")
#: Lower-case words that may end an address segment without starting a new clause.
#: Spelled numbers count too: dictated addresses say "ochenta y dos".
_ADDRESS_TAIL = words_of(
    """
    domicilio centro norte sur oriente poniente pte ote nte conocido abajo arriba
    uno dos tres cuatro cinco seis siete
    ocho nueve
    diez once doce veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa cien ciento
    """
)
#: A street word inside a segment after "a"/"hasta": a second address ("de Calle Luna 18 a
#: Calle Sol 220"), which is reported on its own.
_SECOND_STREET = re.compile(rf"\s+(?:a|hasta)\s+(?={STREET_START.pattern})")
_WORD_PERIOD = re.compile(r"(\w+\)?)\.(?=\s|$)")
_LOWER_WORD = re.compile(r"(?<![\w.])[a-záéíóúüñ]+\b(?!\.)")
_MAX_LEN = 300
#: Lines after the first that an address may continue over ("Col. Centro" / "Oaxaca, Oax.").
_MAX_LINES = 4
#: A line an address never continues onto: a table row ("SECCIÓN 0722 | ESPECIAL 1 | …") or an
#: electoral unit's own line, as in the lists of polling places.
_NOT_CONTINUED = re.compile(r"[^\n]*\||[ \t]*(?i:secci[oó]n|casilla|distrito)\b")


class _Segment(NamedTuple):
    start: int
    end: int
    new_line: bool


def split_segments(text: str, start: int) -> list[_Segment]:
    """Comma/semicolon-separated segments from `start`, over up to `_MAX_LINES` lines; a blank
    line, a table row or the end of a table cell ends them."""
    limit = min(len(text), start + _MAX_LEN)
    blank = re.compile(r"\n[ \t]*\n").search(text, start, limit)
    if blank:
        limit = blank.start()
    cell = re.compile(r"[|\t]").search(text, start, limit)
    if cell:
        limit = cell.start()  # a table cell ends the address: "| Calle Nieto 230 | Embarazo |"
    opening = text.rfind("(", max(0, start - 80), start)
    if opening >= 0 and text.find(")", opening, start) < 0:
        closing = text.find(")", start, limit)  # "(Calle Río Bravo 810, Col. Longoria)"
        if closing >= 0:
            limit = closing
    spans = []
    pos, new_line, lines = start, False, 0
    for match in re.finditer(r"[,;]|\n", text[start:limit]):
        spans.append(_Segment(pos, start + match.start(), new_line))
        pos = start + match.end()
        new_line = match.group() == "\n"
        if new_line and _NOT_CONTINUED.match(text, pos):
            return spans
        lines += new_line
        if lines > _MAX_LINES:
            return spans
    spans.append(_Segment(pos, limit, new_line))
    return spans


def trim(text: str, folded: str, start: int, end: int) -> tuple[int, int, bool]:
    """Strip spaces and cut at a sentence end or new clause; the flag says whether the address
    ended here."""
    while start < end and text[start].isspace():
        start += 1
    ended = False
    for match in _WORD_PERIOD.finditer(text, start, end):
        word = fold(match.group(1))
        if _ORDINAL_NAME.match(folded, match.start()) and match.end() < end:
            continue  # "3a. Sección", "5a. Avenida Norte"
        if word.isdigit() or (len(word) > 1 and word not in ABBREVIATIONS):
            end, ended = match.end() - 1, True
            break
        if word in TYPE_LAST and TYPE_LAST_END.match(text, match.end()):
            before = folded[start : match.start(1)].split()
            if before and before[-1] not in _ADDRESS_GLUE:
                end, ended = match.end() - 1, True  # "204 S Oak Ave. Bring your ID"
                break
    dash = _DASH.search(text, start, end)
    if dash:
        end, ended = dash.start(), True
    question = _QUESTION_END.search(text, start, end)
    if question:
        end, ended = question.start(), True
    code = _CODE_PHRASE.search(folded, start, end)
    if code:
        end, ended = code.start(), True
    cell = _QUOTED_CELL_END.search(text, start, min(len(text), end + 2))
    if cell:
        end, ended = min(end, cell.start()), True
    second = _SECOND_STREET.search(folded, start, end)
    if second:
        end, ended = second.start(), True
    if LANDMARK.match(folded, start):
        person = _PERSON_IN_LANDMARK.search(folded, start, end)
        if person:
            end, ended = person.start(), True
    else:
        clause = _clause_start(text, folded, start, end)
        if clause is not None:
            end, ended = clause, True
    while end > start and text[end - 1] in " \t.\"'”»?!":
        end -= 1
    dangling = _DANGLING.search(folded, start, end)
    if dangling and ended:
        end = dangling.start()
    return start, end, ended


def _clause_start(text: str, folded: str, start: int, end: int) -> int | None:
    """Where a new clause begins inside a segment ("avenida Juárez desde las 16:00"): the first
    lower-case common word that is not address vocabulary, a verb of an event ("andan dando"),
    or a sum of money ("500 pesos"): an address never runs over a verb phrase or an amount."""
    money = _MONEY.search(folded, start, end)
    if money:
        end = money.start()
    for match in _LOWER_WORD.finditer(text, start, end):
        word = folded[match.start() : match.end()]
        if word in _EVENT_VERBS or (_GERUND.fullmatch(word) and word not in given_names()):
            return match.start()
        before = folded[max(0, match.start() - 12) : match.start()]
        if word in MONTHS and _DATE_STREET.search(before):
            continue
        if word in _ALLOWED_AFTER and _ALLOWED_AFTER[word].search(before):
            continue
        if word in _ALLOWED_BEFORE and _ALLOWED_BEFORE[word].match(folded, match.end()):
            continue
        if (
            word in COMMON_WORDS
            and word not in _ADDRESS_GLUE
            and word not in _ADDRESS_TAIL
            and not PART_START.fullmatch(word)
            and not STREET_OR_AREA.fullmatch(word)
            and not LANDMARK.match(folded, match.start())  # "casa de adobe junto a la escuela"
        ):
            return match.start()
    return money.start() if money else None  # "carretera y pagar 150 pesos"


#: A sum of money: "$500", "500 pesos", "mil pesos".
_MONEY = re.compile(
    r"\$[ \t]*\d|\b(?:\d[\d.,]*|mil)[ \t]*(?:mil[ \t]+)?(?:pesos|dolares|dlls|mxn)\b"
)
#: Lower-case verb forms that say what happens at a place ("en la colonia Centro andan dando
#: despensas"): the place is where something happens, not a home. Gerunds ("repartiendo") and
#: verbs of going around, giving and buying.
_GERUND = re.compile(r"[a-z]{2,}(?:ando|iendo|yendo)")
_EVENT_VERBS = words_of(
    """
    anda andan andaba andaban andamos reparte reparten repartian regalan regala venden vende
    compran compra ofrecen ofrece piden pide dan daban hay habia hubo pasan pasaron llegaron
    vinieron estuvieron
    """
)


#: Courtesy titles: a segment that starts with one names a person, not a place.
_TITLES = frozenset(
    (
        *("sr", "sra", "srta", "don", "dona", "lic", "c", "dr", "dra", "ing", "profr"),
        *("profra", "mtro", "mtra", "senor", "senora", "joven", "tia", "tio"),
    )
)


def place_like(original: str, folded: str, lower_case: bool, new_line: bool) -> bool:
    """A short place name ("Oaxaca de Juárez", "Centro", "Oax", "CA") or a state.

    Capitalised words pass; lower-case ones only if they are states ("Tulancingo hgo") or the
    writer does not capitalise at all (`lower_case`) and they are not common words. `new_line`
    is set for a line that names no state or city: a signature or a heading, never taken in.
    OCR's zeros for O ("ECATEPEC DE M0RELOS"), a numbered section ("Cumbres 2o Sector"), a
    province in parentheses ("Montréal (Québec)") and "ahí en Cuaji" pass too.
    """
    here = _HERE_IN.match(folded)
    if here:
        original, folded = original[here.end() :], folded[here.end() :]
    if "0" in original:
        original = _OCR_ZERO.sub("O", original)
    ordinal = ORDINAL_AREA.search(folded)
    if ordinal:
        original = original[: ordinal.start()] + original[ordinal.end() :]
        folded = folded[: ordinal.start()] + folded[ordinal.end() :]
    if "(" in original:
        original, folded = (
            original.replace("(", " ").replace(")", " "),
            folded.replace("(", " ").replace(")", " "),
        )
    words = original.split()
    if not words or len(words) > 5 or any(ch.isdigit() or ch == ":" for ch in original):
        return False  # digits or a form label ("ENTIDAD: HIDALGO")
    folded_words = [w.strip(".") for w in folded.split()]
    if all(w in CONNECTORS for w in folded_words):
        return False  # "y", left when a clause was cut off
    if folded_words[0] in _TITLES:
        return False  # "Pípila #14, Sra. Remedios Trujillo": the person after the address
    if any(w in INSTITUTION_WORDS and w not in STATES for w in folded_words):
        return False
    if new_line:
        return False
    if all(w in STATES or w == "centro" or w in CONNECTORS for w in folded_words):
        return True
    for index, (word, folded_word) in enumerate(zip(words, folded_words, strict=True)):
        if word[:1].isupper() or folded_word in CONNECTORS or folded_word in STATES:
            continue
        if index == 0 and folded_word == "en" and len(words) > 1:
            continue  # "…, en Amatitán": the town the place is in
        if not lower_case or folded_word in COMMON_WORDS:
            return False
    return True


def reach_end(text: str, folded: str, begin: int) -> int:
    """End of the sentence part an address starting at `begin` runs over, postal code included."""
    reach = begin
    for segment in split_segments(text, begin):
        _, end, ended = trim(text, folded, segment.start, segment.end)
        reach = max(reach, end)
        if ended:
            break
    return reach
