"""ADDRESS: street and number, colonia, municipio or alcaldía and state, as written in letters.

An address starts at a street word ("Calle", "Av.", "Blvd.", "And.", "SM"…), a colonia word
("Col.", "Fracc.", "Barrio", "Ranchería"), a domicile phrase ("domicilio en", "vivo en", a
"DOMICILIO" label line) or, for addresses abroad, a house number before a street type
("1234 W 5th St"). It then runs over comma-separated segments, and over following lines, for as
long as they look like address parts (another street, colonia, interior, landmark, municipality,
a short place name, a state). The postal code is left to POSTAL_CODE, and the place names after
it ("C.P. 06400, Ciudad de México", "Los Angeles, CA 90012") form a second span.

An address must pin one home: a number, "s/n", a corner, "domicilio conocido", or a colonia
together with a street, another segment or a domicile phrase. A city on its own ("vivo en
Monterrey") or a colonia on its own ("la colonia Del Valle") identifies no one. Addresses of
offices, schools and public events are public and left alone.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from presidio_analyzer import AnalysisExplanation, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from sufragio.privacy.lexicon import (
    COMMON_WORDS,
    INSTITUTION_WORDS,
    STATES,
    words_of,
)
from sufragio.privacy.recognizers.base import RegexRecognizer
from sufragio.privacy.text import fold

#: Street words. "And." (andador) and "SM" (supermanzana, Cancún) only before a number, since
#: "and" and "sm" are ordinary tokens elsewhere.
_STREET = (
    r"calle|avenida|av|avda|blvd|boulevard|bulevar|bulevard|calzada|calz|privada|priv|andador|"
    r"callejon|cerrada|cda|circuito|prolongacion|prol|paseo|retorno|carretera|carr|camino|"
    r"periferico|eje|viaducto|glorieta|manzana|mz|and(?=\.\s*\d)|sm(?=\.?\s*\d)|supermanzana"
)
_AREA = (
    r"col|colonia|fracc|fraccionamiento|barrio|unidad habitacional|u\.? ?h|residencial|"
    r"conjunto habitacional|ejido|pueblo|localidad|loc|rancheria|comunidad|paraje|congregacion"
)
#: Words that begin a further segment of an address, including those of addresses abroad.
_PART = (
    _AREA + r"|alcaldia|alc|municipio|mpio|delegacion|del|interior|int|ext|exterior|depto|"
    r"departamento|despacho|piso|edificio|edif|entre|esquina|esq|mz|manzana|lt|lote|no|num|numero|"
    r"local|casa|km|ciudad|cd|estado|edo|sector|seccion|zona|torre|agencia|"
    r"apt|apartment|unit|suite|ste"
)
#: Directions given instead of (or after) a number in rural and informal addresses.
_LANDMARK = re.compile(
    r"(?:a un (?:lado|costado) de|enseguida de|frente a|junto a|atras de|detras de|cerca de|"
    r"a espaldas de|a la vuelta de)\b"
)
#: A landmark ends before a person it mentions ("enseguida de la tienda de don Goyo").
_PERSON_IN_LANDMARK = re.compile(
    r"\s(?:de\s+)?(?:don|dona|senor|senora|sr|sra|la senora|el senor)\b"
)
_START = re.compile(
    rf"\b(?:(?:{_STREET})\.?\s+(?=\S)|(?:{_AREA})\.?\s+(?=[a-z0-9])|"
    r"(?:domicilio(?: de)?|viv[eo]n? (?:en|por)|vivimos en|radic[oa]n? en|ubicad[oa] en|"
    r"habito en|direccion:|mi direccion es|(?:mi|su|tu) casa (?:en|de)|recibo de (?:la )?luz de)"
    r"(?:\s+(?:para oir y recibir notificaciones|particular|procesal|conocido))?"
    r"(?:\s+(?:en|el ubicado en|ubicado en|es))?\s*:?\s+)"
)
#: Addresses abroad start at the house number: "1450 E 4th St", "88 Spadina Ave".
_ABROAD_START = re.compile(
    r"\b\d{1,6}[ \t]+(?:[NSEW]\.?[ \t]+)?(?:[A-Z0-9][\w'.-]*[ \t]+){1,4}"
    r"(?:St|Street|Ave|Avenue|Blvd|Rd|Road|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Pkwy|Hwy|"
    r"Ter|Terrace|Cir|Circle)\b"
)
#: A "DOMICILIO" or "Dirección:" form label: the address follows on the same or the next lines.
_LABEL = re.compile(r"(?:domicilio|direccion)[^\n]{0,25}?(?::|\n)")
#: Addresses of offices are public, not personal: "la oficina se encuentra en Viaducto Tlalpan 100",
#: and so are the venues of notices and events: "Registro del 1 al 30 en la calle Nogales 301".
_OFFICE_CONTEXT = re.compile(
    r"\b(?:oficinas?|sede|instalaciones|modulo|edificio|instituto|junta|consulado|escuela|"
    r"primaria|jardin de ninos|registro|informes|convocatoria|evento|reunion|capacitacion|taller|"
    r"foro|feria|asamblea|inscripcion(?:es)?|acud[ae]n?|acudir|presentarse|presentese|palacio|ayuntamiento|"
    r"presidencia municipal|hospital|clinica|centro de salud|biblioteca|universidad|plaza civica|"
    r"mercado|auditorio|deportivo|casa de (?:la )?cultura|sesion|embajada|tribunal|sala de)\b"
)
#: Words that make an address near an office word personal again ("mi domicilio", "vivo en").
_PERSONAL_CONTEXT = re.compile(
    r"\b(?:mi|mis|nuestr[oa]s?|suscrib\w*|vivo|vivimos|radico|particular|casa|domicilio para)\b"
)
_OFFICE_AFTER = re.compile(r"[^\n]{0,40}\((?:oficina|sede|trabajo)\)")
#: Domicile phrases that make a colonia or ranchería alone someone's home ("vivo en la Ranchería
#: El Zapote"), unlike a colonia mentioned in passing.
_FROM_OR_IN = re.compile(r"\b(?:de|en)\s+(?:la\s+|el\s+)?$")
_PERSONAL_PHRASE = re.compile(r"domicilio|viv|radic|habito|direccion|casa")
#: Stop words that may sit inside an address ("Calle de la Rosa", "entre Montes y Flores",
#: Yucatán's "Calle 42 por 35 y 37");
#: any other stop word ("desde", "que", "porque") starts a new clause and ends the address.
_ADDRESS_GLUE = frozenset(
    ["de", "del", "la", "las", "los", "el", "y", "e", "en", "entre", "no", "sin", "a", "al", "por"]
)
#: Glue left dangling when a clause is cut off ("Calle Juárez 12 con" → "Calle Juárez 12").
_DANGLING = re.compile(r"(?:\s+(?:de|del|la|las|los|el|y|e|en|a|al|por|con|entre))+$")
_MONTHS = words_of(
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre "
    "diciembre"
)
#: Streets named after dates ("16 de Septiembre", "5 de Mayo") and "calle sin nombre": words that
#: would otherwise start a new clause.
_DATE_STREET = re.compile(r"\d{1,2}\s+de\s+$")
_ALLOWED_AFTER = {"nombre": re.compile(r"sin\s+$"), "con": re.compile(r"esq(?:uina|\.)?\s+$")}
#: Abbreviations whose period does not end a sentence ("Av.", "Fracc.", "Pte.").
_ABBREVIATIONS = words_of(
    """
    av avda blvd calz priv cda prol carr mz col fracc no num int ext depto edif esq lt pte ote nte
    alc mpio del cd edo gral lic sta sto dr ing km loc and sm apt ste st ave rd
    """
)
_KNOWN_DOMICILE = "domicilio conocido"
#: What pins an address to one house: a number, "s/n", a corner, or "domicilio conocido".
_LOCATED = re.compile(
    r"\d|\bs/n\b|sin numero|\besq(?:uina)?\b|\bentre\b|domicilio conocido|sin nombre"
)
#: Lower-case words that may end an address segment without starting a new clause.
#: Spelled numbers count too: dictated addresses say "ochenta y dos".
_ADDRESS_TAIL = words_of(
    """
    domicilio centro norte sur oriente poniente conocido uno dos tres cuatro cinco seis siete
    ocho nueve
    diez once doce veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa cien ciento
    """
)
_NUMBER_OR_COMMA = re.compile(r"[\d,]")
_AREA_START = re.compile(rf"(?:{_AREA})\b")
_AREA_WORD = re.compile(rf"\b(?:{_AREA})\b")
_STREET_START = re.compile(rf"(?:{_STREET})\b")
_STREET_OR_AREA = re.compile(rf"(?:{_STREET}|{_AREA})\b")
#: A street word inside a segment after "a"/"hasta": a second address ("de Calle Luna 18 a
#: Calle Sol 220"), which is reported on its own.
_SECOND_STREET = re.compile(rf"\s+(?:a|hasta)\s+(?={_STREET_START.pattern})")
_PART_START = re.compile(rf"(?:{_PART})\b\.?|#")
_POSTAL = re.compile(r"c\.?\s?p\b\.?|codigo postal|cod\.? postal|zip")
_POSTAL_SEGMENT = re.compile(r"(?:c\.?\s?p\.?|codigo postal|cod\.? postal|zip)\s*:?\s*\d{5}")
#: A place followed by its postal code with no comma between: "COL CENTRO 68000", "CA 90012".
_PLACE_THEN_CODE = re.compile(r"(.*?\S)\s*,?\s+\d{5}(?:-\d{4})?")
_WORD_PERIOD = re.compile(r"(\w+)\.(?=\s|$)")
_CONNECTORS = {"de", "del", "la", "las", "los", "el", "y"}
_LOWER_WORD = re.compile(r"(?<![\w.])[a-záéíóúüñ]+\b(?!\.)")
#: "En Santa Cruz Acatlán, Naucalpan, en la Cerrada Montes 7": places named before the street.
_PLACES_BEFORE = re.compile(r"\ben\s+((?:[^,.;:\n\d]{2,40},\s*){1,3})en\s+(?:la\s+|el\s+)?$")
_MAX_LEN = 300
#: Lines after the first that an address may continue over ("Col. Centro" / "Oaxaca, Oax.").
_MAX_LINES = 4
_SCORE = 0.8
#: Score of an office's or a venue's address: reported below any threshold, so that the engine
#: can also leave alone the postal code inside it (a public address is public as a whole).
PUBLIC_SCORE = 0.0


class _Segment(NamedTuple):
    start: int
    end: int
    new_line: bool


def _segments(text: str, start: int) -> list[_Segment]:
    """Comma/semicolon-separated segments from `start`, over up to `_MAX_LINES` lines; a blank
    line ends them."""
    limit = min(len(text), start + _MAX_LEN)
    blank = re.compile(r"\n[ \t]*\n").search(text, start, limit)
    if blank:
        limit = blank.start()
    spans = []
    pos, new_line, lines = start, False, 0
    for match in re.finditer(r"[,;]|\n", text[start:limit]):
        spans.append(_Segment(pos, start + match.start(), new_line))
        pos = start + match.end()
        new_line = match.group() == "\n"
        lines += new_line
        if lines > _MAX_LINES:
            return spans
    spans.append(_Segment(pos, limit, new_line))
    return spans


def _trim(text: str, folded: str, start: int, end: int) -> tuple[int, int, bool]:
    """Strip spaces and cut at a sentence end or new clause; the flag says whether the address
    ended here."""
    while start < end and text[start].isspace():
        start += 1
    ended = False
    for match in _WORD_PERIOD.finditer(text, start, end):
        word = fold(match.group(1))
        if word.isdigit() or (len(word) > 1 and word not in _ABBREVIATIONS):
            end, ended = match.end() - 1, True
            break
    second = _SECOND_STREET.search(folded, start, end)
    if second:
        end, ended = second.start(), True
    if _LANDMARK.match(folded, start):
        person = _PERSON_IN_LANDMARK.search(folded, start, end)
        if person:
            end, ended = person.start(), True
    else:
        clause = _clause_start(text, folded, start, end)
        if clause is not None:
            end, ended = clause, True
    while end > start and text[end - 1] in " \t.\"'”»":
        end -= 1
    dangling = _DANGLING.search(folded, start, end)
    if dangling and ended:
        end = dangling.start()
    return start, end, ended


def _clause_start(text: str, folded: str, start: int, end: int) -> int | None:
    """Where a new clause begins inside a segment ("avenida Juárez desde las 16:00"): the first
    lower-case common word that is not address vocabulary."""
    for match in _LOWER_WORD.finditer(text, start, end):
        word = folded[match.start() : match.end()]
        before = folded[max(0, match.start() - 12) : match.start()]
        if word in _MONTHS and _DATE_STREET.search(before):
            continue
        if word in _ALLOWED_AFTER and _ALLOWED_AFTER[word].search(before):
            continue
        if (
            word in COMMON_WORDS
            and word not in _ADDRESS_GLUE
            and word not in _ADDRESS_TAIL
            and not _PART_START.fullmatch(word)
            and not _STREET_OR_AREA.fullmatch(word)
        ):
            return match.start()
    return None


def _public(folded: str, start: int, label: bool) -> bool:
    """Whether an address belongs to an office, school, polling place or public event named just
    before it. A form label ("DOMICILIO" under a name) looks only at its own and the line above."""
    before = folded[max(0, start - 90) : start]
    cut = max(before.rfind("\n\n"), before.rfind(". "))
    before = before[cut + 2 :] if cut >= 0 else before
    if label:
        lines = before.split("\n")
        before = "\n".join(lines[-2:])
    offices = list(_OFFICE_CONTEXT.finditer(before))
    return bool(offices) and not _PERSONAL_CONTEXT.search(before, offices[-1].end())


def _state_on_line(folded: str, start: int) -> bool:
    """Whether the line from `start` names a state or a city ("GUADALAJARA, JAL.")."""
    end = folded.find("\n", start)
    words = re.findall(r"[a-z]+", folded[start : end if end >= 0 else len(folded)])
    return any(w in STATES or w in ("ciudad", "cd") for w in words)


def _place_like(original: str, folded: str, lower_case: bool, new_line: bool) -> bool:
    """A short place name ("Oaxaca de Juárez", "Centro", "Oax", "CA") or a state.

    Capitalised words pass; lower-case ones only if they are states ("Tulancingo hgo") or the
    writer does not capitalise at all (`lower_case`) and they are not common words. `new_line`
    is set for a line that names no state or city: a signature or a heading, never taken in.
    """
    words = original.split()
    if not words or len(words) > 5 or any(ch.isdigit() or ch == ":" for ch in original):
        return False  # digits or a form label ("ENTIDAD: HIDALGO")
    folded_words = [w.strip(".") for w in folded.split()]
    if all(w in _CONNECTORS for w in folded_words):
        return False  # "y", left when a clause was cut off
    if any(w in INSTITUTION_WORDS and w not in STATES for w in folded_words):
        return False
    if new_line:
        return False
    if all(w in STATES or w == "centro" or w in _CONNECTORS for w in folded_words):
        return True
    for word, folded_word in zip(words, folded_words, strict=True):
        if word[:1].isupper() or folded_word in _CONNECTORS or folded_word in STATES:
            continue
        if not lower_case or folded_word in COMMON_WORDS:
            return False
    return True


def _reach(text: str, folded: str, begin: int) -> int:
    """End of the sentence part an address starting at `begin` runs over, postal code included."""
    reach = begin
    for segment in _segments(text, begin):
        _, end, ended = _trim(text, folded, segment.start, segment.end)
        reach = max(reach, end)
        if ended:
            break
    return reach


class _Start(NamedTuple):
    begin: int
    end: int
    phrase: bool
    label: bool


class MxAddressRecognizer(RegexRecognizer):
    """Street addresses, split around the postal code."""

    ENTITY = "ADDRESS"
    PATTERN = _START

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """Find address starts, then grow each address over its segments."""
        folded = fold(text)
        results: list[RecognizerResult] = []
        consumed = 0
        for start in self._starts(text, folded):
            if start.begin < consumed:
                continue
            if _public(folded, start.begin, start.label):
                results.append(self._result(start.begin, _reach(text, folded, start.end), True))
                line_end = text.find("\n", start.end)
                consumed = line_end if line_end >= 0 else len(text)
                continue
            spans = self._grow(text, folded, start)
            if spans and _OFFICE_AFTER.match(folded, spans[-1][1]):
                spans = []
            if spans and not start.phrase:
                spans = self._places_before(text, folded, spans[0][0]) + spans
            for begin, end in spans:
                results.append(self._result(begin, end))
            if spans:
                consumed = spans[-1][1]
        return results

    @staticmethod
    def _starts(text: str, folded: str) -> list[_Start]:
        """Spanish address starts and house numbers of addresses abroad, in text order."""
        starts = []
        for match in _START.finditer(folded):
            phrase = _STREET_OR_AREA.match(folded, match.start()) is None
            label = phrase and _LABEL.match(folded, match.start()) is not None
            starts.append(_Start(match.start(), match.end(), phrase, label))
        for match in _ABROAD_START.finditer(text):
            starts.append(_Start(match.start(), match.start(), False, False))
        return sorted(starts)

    def _grow(self, text: str, folded: str, start: _Start) -> list[tuple[int, int]]:
        begin = start.begin
        if folded.startswith(_KNOWN_DOMICILE, begin):
            pass  # "domicilio conocido": rural homes have no street, the phrase is the address
        elif start.phrase:
            keyword = _STREET_OR_AREA.search(folded, start.end, start.end + 30)
            jump = keyword and not _NUMBER_OR_COMMA.search(folded, start.end, keyword.start())
            begin = keyword.start() if jump else start.end
        segments = _segments(text, begin)
        first_start, first_end, ended = _trim(text, folded, *segments[0][:2])
        lower_case = not any(ch.isupper() for ch in text[first_start:first_end])
        pieces: list[tuple[int, int]] = []
        piece_start, piece_end = first_start, first_end
        after_postal = False
        parts = 1
        for segment in segments[1:]:
            if ended:
                break
            start_, end, ended = _trim(text, folded, segment.start, segment.end)
            value = folded[start_:end]
            if _POSTAL.match(value):
                if piece_end > piece_start:
                    pieces.append((piece_start, piece_end))
                piece_start = piece_end = -1
                if not _POSTAL_SEGMENT.fullmatch(value):
                    break
                after_postal = True
                continue
            coded = _PLACE_THEN_CODE.fullmatch(value)
            if coded:
                end = start_ + coded.end(1)
                value = coded.group(1)
            is_part = not after_postal and (
                _PART_START.match(value) is not None
                or _STREET_START.match(value) is not None
                or (not segment.new_line and _LANDMARK.match(value) is not None)
            )
            own_line = segment.new_line and not _state_on_line(folded, start_)
            if not (is_part or _place_like(text[start_:end], value, lower_case, own_line)):
                break
            if piece_start < 0:
                piece_start = start_
            piece_end = end
            parts += piece_start == first_start
            if coded:
                pieces.append((piece_start, piece_end))
                piece_start = piece_end = -1
                after_postal = True
        if piece_start >= 0 and piece_end > piece_start:
            pieces.append((piece_start, piece_end))
        if not pieces or not self._pins_a_home(folded, pieces[0], parts, start):
            return []
        return pieces

    @staticmethod
    def _pins_a_home(folded: str, piece: tuple[int, int], parts: int, start: _Start) -> bool:
        """Whether the address before the postal code is specific enough to identify a home."""
        value = folded[piece[0] : piece[1]]
        if _LOCATED.search(value):
            return True
        if not _AREA_WORD.search(value):
            return False
        if start.phrase:
            return parts > 1 or bool(_PERSONAL_PHRASE.search(folded, start.begin, start.end))
        if _STREET_START.match(value):
            return True
        # "vecina de la colonia Agrícola Oriental, Iztacalco", not "Colonia Roma, Condesa y
        # Narvarte fueron las más votadas": a colonia without a number is where someone is from.
        return parts > 1 and _FROM_OR_IN.search(folded, max(0, piece[0] - 8), piece[0]) is not None

    @staticmethod
    def _places_before(text: str, folded: str, begin: int) -> list[tuple[int, int]]:
        """The locality named before the street ("En Santa Cruz Acatlán, Naucalpan, en la
        Cerrada Montes 7"), when every segment between "en" and the street is a place name."""
        window = max(0, begin - 120)
        match = _PLACES_BEFORE.search(folded, window, begin)
        if not match:
            return []
        start, end = match.span(1)
        for segment in re.finditer(r"[^,]+", text[start:end]):
            value = segment.group().strip()
            if value and not _place_like(value, fold(value), False, False):
                return []
        end = text.rfind(",", start, end)
        return [(start, end)] if end > start else []

    def _result(self, start: int, end: int, public: bool = False) -> RecognizerResult:
        score = PUBLIC_SCORE if public else _SCORE
        explanation = AnalysisExplanation(
            recognizer=self.name,
            original_score=score,
            textual_explanation="public address" if public else "address segments",
        )
        return RecognizerResult(self.ENTITY, start, end, score, explanation)
