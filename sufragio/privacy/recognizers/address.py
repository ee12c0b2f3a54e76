"""ADDRESS: street and number, colonia, municipio or alcaldía and state, as written in letters.

An address starts at a street word ("Calle", "Av.", "Blvd.", "And.", "SM"…), a colonia word
("Col.", "Fracc.", "Barrio", "Ranchería"), a domicile phrase ("domicilio en", "vivo en", a
"DOMICILIO" label line) or, for addresses abroad, a house number before a street type
("1234 W 5th St"). It then runs over comma-separated segments, and over following lines, for as
long as they look like address parts (another street, colonia, interior, landmark, municipality,
a short place name, a state). The postal code is left to POSTAL_CODE, and the place names after
it ("C.P. 06400, Ciudad de México", "Los Angeles, CA 90012") form a second span.

An address must pin one home: a number, "s/n", a corner, "domicilio conocido", or a colonia
together with a street, another segment or a domicile phrase. A colonia on its own ("la colonia
Del Valle") identifies no one. A "Referencias:" line under a form's address says how to find the
house and is reported too.

The recognizer decides where addresses start and whether they pin a home; its helpers live in
sibling modules of sufragio.privacy:

- address_segments: how far an address runs (segments, clause ends, short place names);
- address_words, address_abroad: the vocabulary of Mexican addresses and of those abroad;
- public_addresses: addresses of offices, schools, companies and events, reported as public;
- address_fields: address parts in labelled form fields and JSON keys ("Colonia: Centro");
- signature_place: the place line under the writer's name in a contact card, and the town on a
  one-line card;
- residence: the town where someone lives, named as such ("vivo en Chicago").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from presidio_analyzer import AnalysisExplanation, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from sufragio.privacy.address_abroad import (
    ABROAD_START,
    CODE_THEN_PLACE,
    COUNTRY,
    FLOOR,
    STATE_CODE_LINE,
)
from sufragio.privacy.address_fields import field_values
from sufragio.privacy.address_segments import (
    LANDMARK,
    place_like,
    reach_end,
    split_segments,
    trim,
)
from sufragio.privacy.address_words import (
    ABBREVIATIONS,
    AREA,
    CONNECTORS,
    IMPLICIT_COLONIA,
    MONTHS,
    NEIGHBOURHOOD,
    NUMBER_OR_COMMA,
    ORDINAL_AREA,
    PART_START,
    SEASONS,
    STREET,
    STREET_OR_AREA,
    STREET_START,
    sentence_end,
    sentence_start,
)
from sufragio.privacy.house_directions import house_directions
from sufragio.privacy.lexicon import COMMON_WORDS, INSTITUTION_WORDS, STATES
from sufragio.privacy.public_addresses import (
    OFFICE_AFTER,
    PERSONAL_CONTEXT,
    is_public,
    office_lead,
)
from sufragio.privacy.recognizers.base import RegexRecognizer
from sufragio.privacy.residence import residence_places
from sufragio.privacy.signature_place import contact_card_town, signature_place
from sufragio.privacy.table_columns import (
    NAME_HEADER,
    RESIDENCE_HEADER,
    rows_with_headers,
    table_header,
)
from sufragio.privacy.text import fold, read_ocr_letters

#: "domicilio" also as OCR reads it ("D0MICILIO").
_DOMICILIO = r"d[o0]m[i1l]c[i1l]l[i1l][o0]"
#: "Oficina:" in a person's contact card (after a mobile number) is that person's workplace; in
#: an institution's signature it is public and not an address start.
_CARD_LABEL = re.compile(r"(?:oficina|despacho|consultorio)[ \t]*:")
_MOBILE = re.compile(r"\b(?:movil|cel|celular|whatsapp|whats)\b")
_START = re.compile(
    rf"\b(?:(?:{STREET})\.?\s+(?=\S)|(?:{AREA})\.?\s+(?=[a-z0-9])|"
    rf"(?:{_DOMICILIO}(?:\s*\([^)\n]{{0,40}}\))?(?: de)?|[bv]iv(?:e|o|es|en|imos|ia|ias|ian|iamos)"
    r"(?: (?:aca|aqui|alla|ahora|ya|todavia|actualmente))? (?:en|por)|"
    r"radic[oa]n? en|ubicad[oa] en|(?<![^\n])(?:oficina|despacho|consultorio)[ \t]*:|"
    r"habito en|direccion:|(?:mi|su|tu) (?:direccion|domicilio)(?: (?:anterior|actual|nuev[oa]|"
    r"viej[oa]|de antes|registrad[oa]|correct[oa]|real|aqui|alla|de aqui|de alla))*"
    r" (?:es|era|sera|fue)|(?:mi|su|tu) casa (?:en|de)|recibo de (?:la )?luz de|"
    r"casa de (?:mis?|sus?|tus?) \w+,? en|"
    # The answer to "¿Dónde vive usted?" in a transcript or a chat: the next turn, after its
    # speaker label ("Ciudadana: En el barrio de abajo, junto a la iglesia").
    r"donde (?:[bv]iv(?:e|es|en|is)|radica|radicas)(?: usted(?:es)?| tu| ahora| actualmente)?"
    r"[ \t]*\?[ \t]*(?:\n[ \t]*(?:[^\n:?]{1,40}:|[-–—]))?[ \t]*[-–—]?)"
    r"(?:\s+(?:para (?:oir y recibir |recibir )?notificaciones|particular|procesal|conocido|"
    r"[oyu] (?:medios?|correos?)(?: electronicos?)? para (?:oir y )?recibir notificaciones))?"
    r"(?:\s+(?:en|el ubicado en|ubicado en|es))?\s*:?\s+)"
)
#: A "DOMICILIO" or "Dirección:" form label: the address follows on the same or the next lines.
#: A label without a colon ending its line is a form label when alone on the line ("DOMICILIO"
#: on a credential), a heading when it ends a title ("SOLICITUD DE CAMBIO DE DOMICILIO",
#: "CASILLA EN DOMICILIO PARTICULAR", "comprobante de domicilio (2 fojas)").
_HEADING = re.compile(
    rf"(?:{_DOMICILIO}|d[i1]recc[i1][o0]n)(?:[ \t]*\([^)\n]{{0,40}}\))?"
    r"(?:[ \t]+(?:particular|actual|nuevo|anterior|fiscal))?[ \t]*\n"
)
_LABEL = re.compile(
    rf"(?:{_DOMICILIO}|d[i1]recc[i1][o0]n)(?:\s*\([^)\n]{{0,40}}\))?[^\n]{{0,25}}?(?::|\n)"
)
#: A street without a type word, its number and unit, then the comma before a colonia.
_UNTYPED_STREET = re.compile(
    r"(?<![\w.])(?:[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+[ \t]+(?:(?:de|del|la|las|los|el)[ \t]+)*){1,4}"
    r"\d{1,5}[A-Za-z]?(?:[ \t]+(?:depto|dpto|departamento|int|interior|casa|edificio|edif)\.?"
    r"[ \t]*[\w-]{1,5})*[ \t]*,[ \t]*$"
)
#: A street without a type word, numbered with "#": "Pípila #14", "Juan Aldama #105".
_HASH_STREET = re.compile(
    r"(?<![\w.#@])(?:[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+[ \t]+(?:(?:de|del|la|las|los|el)[ \t]+)*){0,3}"
    r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+[ \t]*#[ \t]?\d{1,5}[A-Za-z]?\b"
)
#: A letter's place-and-date line: the place, then "a 2 de marzo (de 2027)".
_DATELINE = re.compile(
    r"[ \t,.]+a[ \t]+(?:los[ \t]+)?\d{1,2}[ \t]+(?:de|del)[ \t]+(?:" + "|".join(MONTHS) + r")\b"
)
#: Things numbered with "#" that are not streets: "Ticket #88217", "Sección #0821".
_NUMBERED_THINGS = frozenset(
    (
        *("ticket", "folio", "caso", "reporte", "pedido", "orden", "guia", "oficio", "cita"),
        *("expediente", "seccion", "casilla", "distrito", "mesa", "modulo", "lote", "numero"),
        *("tramite", "solicitud", "factura", "recibo", "cuenta", "tarjeta", "linea", "ruta"),
        *("unidad", "manzana", "credencial", "paquete", "acta", "boleta", "lista", "grupo"),
    )
)
#: A unit named right after an address in the same sentence: a correction ("… Apt 210, pero es
#: Apt 201") or an addition ("…, y es el depto 4").
_UNIT_AFTER = re.compile(
    r"[^.\n\d]{0,30}?\b((?:apt|apto|apartment|unit|suite|depto|dpto|departamento|interior|int)"
    r"\.?[ \t]*#?[ \t]*\d{1,4}[a-z]?)\b"
)
#: A postal code alone between commas, or before the town as in Spain ("28028 Madrid").
_BARE_CODE = re.compile(r"\d{5}")
#: Parts of an address that also follow its postal code ("C.P. 03200, Alcaldía Benito Juárez").
_ADMIN = re.compile(r"(?:alcaldia|alc|municipio|mpio|delegacion|ciudad|cd|estado|edo)\b")
#: Villages are public places: the village's own name with a number ("comunidad menonita del
#: Campo 6 1/2") pins no home; a later segment must ("…, Calle Hidalgo 5").
_VILLAGE = re.compile(r"(?:comunidad|pueblo|localidad|loc|ejido|congregacion|paraje)\b")
#: Roads run between towns: "camino de terracería entre A y B" is no corner.
_ROAD = re.compile(r"(?:camino|carretera|carr|brecha)\b")
_NUMBERED = re.compile(r"\d|\bs/n\b|sin numero|domicilio conocido")
#: A year after a preposition ("el domicilio ofrecido en 2024") or a span of time ("en los
#: últimos 6 meses") is no house number.
_YEAR = re.compile(
    r"\b(?:en|desde|del?|hasta|para)\s+(?:19|20)\d\d\b|"
    r"\b\d{1,3}\s+(?:anos|meses|semanas|dias|horas|minutos)\b"
)
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")
#: One person's neighbourhood: "vecina de la comunidad de …" (a group's, "vecinos de", is not
#: anyone's home).
_NEIGHBOUR_OF = re.compile(r"\bvecin[oa]\s+(?:de|del)\s+(?:la\s+|el\s+)?$")
#: Domicile phrases that make a colonia or ranchería alone someone's home ("vivo en la Ranchería
#: El Zapote"), unlike a colonia mentioned in passing.
_FROM_OR_IN = re.compile(r"\b(?:de|en)\s+(?:la\s+|el\s+)?$")
#: "de la colonia Las Palmas en Irapuato": the town named after the colonia in the same segment.
_IN_TOWN = re.compile(r"[ \t]en[ \t]+[A-ZÁÉÍÓÚÑ]")
_INTRODUCTION = re.compile(r"\b(?:soy|me llamo|mi nombre es|somos)\b")
_GROUP = re.compile(
    r"\b(?:vecinos|habitantes|colonos|residentes|pobladores)\s+de\s+(?:la\s+|el\s+)?$"
)
#: "en nuestra comunidad de …", "mi pueblo": the writer's own village.
_OWN = re.compile(r"\b(?:mi|mis|nuestr[oa]s?)\s+$")
#: "mi casa en Dallas": a home named by its town alone.
_HOUSE_IN = re.compile(r"(?:mi|su|tu) casa en\b")
_TOWN = re.compile(
    r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ'-]+(?:[ \t]+(?:(?:de|del|la|las|los)[ \t]+)?[A-ZÁÉÍÓÚÑ][\w'-]+){0,3}"
)
#: "vive en la Roma, en Durango 112 depto 3": the street after the colonia, with its number.
_EN_STREET = re.compile(
    r"en[ \t]+(?:(?:[A-ZÁÉÍÓÚÑ][\w.]*|de|del|la|las|los|el)[ \t]+){1,5}\d{1,5}[A-Za-z]?\b"
)
_PERSONAL_PHRASE = re.compile(r"domicilio|viv|radic|habito|direccion|casa")
_KNOWN_DOMICILE = "domicilio conocido"
#: What pins an address to one house: a number, "s/n", a corner, or "domicilio conocido".
_LOCATED = re.compile(
    r"\d|\bs/n\b|sin numero|\besq(?:uina)?\b|\bentre\b|domicilio conocido|sin nombre"
)
#: "vivo en la Doctores", "ya vive en la del Valle", "en casa de mi abuela, en la Moderna": after
#: a verb of living or a relative's house, "la" and a name is a colonia, unless the noun is a
#: town, a region or a generic place.
_LIVING = re.compile(
    r"[bv]iv(?:e|o|es|en|imos|ia|ian|iamos)(?: (?:aca|aqui|alla|ahora|ya))? en|"
    r"casa de (?:mis?|sus?|tus?) \w+,? en"
)
_AREA_START = re.compile(rf"(?:{AREA})\b")
_AREA_WORD = re.compile(rf"\b(?:{AREA})\b")
_POSTAL = re.compile(r"c\.?\s?p\b\.?|codigo postal|cod\.? postal|zip")
_POSTAL_SEGMENT = re.compile(r"(?:c\.?\s?p\.?|codigo postal|cod\.? postal|zip)\s*:?\s*\d{5}")
#: A place followed by its postal code with no comma between: "COL CENTRO 68000", "CA 90012".
_PLACE_THEN_CODE = re.compile(r"(.*?\S)\s*,?\s+\d{5}(?:-\d{4})?")
#: "En Santa Cruz Acatlán, Naucalpan, en la Cerrada Montes 7": places named before the street.
_PLACES_BEFORE = re.compile(r"\ben\s+((?:[^,.;:\n\d]{2,40},\s*){1,3})en\s+(?:la\s+|el\s+)?$")
#: "Referencias: casa azul de dos pisos, frente a …" under a home address in a form says how to
#: find the house; the line is part of that address.
_REFERENCES = re.compile(
    r"^[ \t]*(?:referencias?|senas(?: particulares)?|como llegar)"
    r"(?:[ \t]+(?:del domicilio|de (?:la|su) casa|de ubicacion|para llegar))?"
    r"[ \t]*:[ \t]*(?P<value>[^\n]*[^\s.])",
    re.MULTILINE,
)
_SCORE = 0.8
#: Score of an office's or a venue's address: reported below any threshold, so that the engine
#: can also leave alone the postal code inside it (a public address is public as a whole).
PUBLIC_SCORE = 0.0


def _named_colonia(text: str, folded: str, at: int) -> bool:
    """Whether "la X" at `at` names a colonia: capitalised ("vivo en la Doctores"), "la del
    Valle", or written by someone who writes all in lower case (the line or chat turn has no
    capital letter): not "Ahora vivo en la incertidumbre"."""
    name = at + 3
    if text[name : name + 1].isupper() or folded.startswith(("de ", "del "), name):
        return True
    line_start = max(text.rfind("\n", 0, at), text.rfind(":", 0, at)) + 1
    return text[line_start:at].islower() or not text[line_start:at].strip()


def _state_on_line(text: str, folded: str, start: int) -> bool:
    """Whether the line from `start` names a state or a city ("GUADALAJARA, JAL.", "Reno, NV
    89501")."""
    if STATE_CODE_LINE.match(text, start):
        return True
    end = folded.find("\n", start)
    words = re.findall(r"[a-z]+", folded[start : end if end >= 0 else len(folded)])
    return any(w in STATES or w in ("ciudad", "cd") for w in words)


def _untyped_street_before(text: str, folded: str, start: _Start, consumed: int) -> _Start:
    """A street named without a type word before the colonia ("la casa de Fray Anselmo 1128
    depto 4, Col. Tránsito"): the address starts at the street."""
    match = _UNTYPED_STREET.search(text, max(consumed, start.begin - 80), start.begin)
    if not match:
        return start
    name = folded[match.start() : match.end()].split(",")[0]
    words = re.findall(r"[a-z]+", re.split(r"\d", name)[0])
    if any(w in INSTITUTION_WORDS or (w in COMMON_WORDS and w not in CONNECTORS) for w in words):
        return start  # "Casilla 12, Col. Centro", "Sección 1520, colonia Obrera"
    return start._replace(begin=match.start())


#: Columns of a directory of offices: a table with opening hours or module keys lists offices.
_OFFICE_COLUMN = re.compile(r"\b(?:horario|horarios|clave[ _]mac|mac|modulo|sede|oficina)\b")


def _residence_cells(folded: str) -> list[tuple[int, int]]:
    """Cells under a residence column ("municipio_residencia", "LOCALIDAD") of a table of
    people (one with a name column): where each of them lives. A directory of offices has no
    name column and keeps its towns."""
    spans = []
    for row in rows_with_headers(folded):
        if not any(NAME_HEADER.fullmatch(header) for _, _, header in row):
            continue
        for start, end, header in row:
            if RESIDENCE_HEADER.fullmatch(header) and any(ch.isalpha() for ch in folded[start:end]):
                spans.append((start, end))
    return spans


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
        """Find address starts, then grow each address over its segments.

        Words that OCR spelt with digits ("Ca11e", "Co1.") are read as letters first; the
        reading keeps every offset."""
        text = read_ocr_letters(text)
        folded = fold(text)
        results: list[RecognizerResult] = []
        consumed = public_end = public_consumed = 0
        for start in self._starts(text, folded):
            if start.begin < consumed and not (
                # "…a la presidencia municipal de Pueblo Nuevo, … señalando como domicilio para
                # oír y recibir notificaciones el ubicado en …", "…en los estrados de la Junta,
                # sita en …, para notificar al C. … en su último domicilio conocido, ubicado en
                # …": an address after a public place in the same sentence, with a personal word
                # since that place, is someone's own.
                consumed == public_consumed
                and start.begin >= public_end
                and PERSONAL_CONTEXT.search(folded, public_end, start.end)
            ):
                continue
            if not start.phrase and _AREA_START.match(folded, start.begin):
                start = _untyped_street_before(text, folded, start, consumed)
            if (
                is_public(folded, start.begin, start.label, start.end if start.phrase else None)
                or (start.phrase and office_lead(folded, start.end))
                or any(_OFFICE_COLUMN.search(cell) for cell in table_header(folded, start.begin))
            ):
                reach = reach_end(text, folded, start.end)
                results.append(self._result(start.begin, reach, True))
                consumed, public_end = sentence_end(folded, reach), reach
                public_consumed = consumed
                continue
            spans = self._grow(text, folded, start)
            if spans and OFFICE_AFTER.match(folded, spans[-1][1]):
                spans = []
            if spans and not start.phrase:
                spans = self._places_before(text, folded, spans[0][0]) + spans
            if spans:
                unit = _UNIT_AFTER.match(folded, spans[-1][1])
                if unit:  # "… Apt 210 pero es Apt 201": the corrected unit
                    spans.append(unit.span(1))
            for begin, end in spans:
                results.append(self._result(begin, end))
            if spans:
                consumed = spans[-1][1]
        if results and ":" in text:
            results += self._references(text, folded, results)
        taken = [(r.start, r.end) for r in results]
        for begin, end in residence_places(text, folded) + house_directions(folded):
            if not any(begin < e and s < end for s, e in taken):
                results.append(self._result(begin, end))
                taken.append((begin, end))
        if "\n" in text:
            taken = [(r.start, r.end) for r in results]
            span = signature_place(text, folded)
            if span and not any(span[0] < e and s < span[1] for s, e in taken):
                results.append(self._result(*span))
        taken = [(r.start, r.end) for r in results]
        span = contact_card_town(text)
        if span and not any(span[0] < e and s < span[1] for s, e in taken):
            results.append(self._result(*span))
        if "\n" in text:
            taken = [(r.start, r.end) for r in results]
            for begin, end in _residence_cells(folded):
                if not any(begin < e and s < end for s, e in taken):
                    results.append(self._result(begin, end))
        if ":" in text:
            taken = [(r.start, r.end) for r in results]
            for begin, end in field_values(text, folded):
                if not any(begin < e and s < end for s, e in taken):
                    results.append(self._result(begin, end))
        return sorted(results, key=lambda r: r.start)

    def _references(
        self, text: str, folded: str, results: list[RecognizerResult]
    ) -> list[RecognizerResult]:
        """A "Referencias:" line right under a home address (no blank line between)."""
        found = []
        for match in _REFERENCES.finditer(folded):
            begin = match.start()
            home = any(
                r.score >= _SCORE
                and 0 <= begin - r.end <= 200
                and "\n\n" not in folded[r.end : begin]
                for r in results
            )
            if home and match.end() > match.start("value"):
                found.append(self._result(*match.span("value")))
        return found

    @staticmethod
    def _starts(text: str, folded: str) -> list[_Start]:
        """Spanish address starts and house numbers of addresses abroad, in text order."""
        starts = []
        for match in _START.finditer(folded):
            phrase = STREET_OR_AREA.match(folded, match.start()) is None
            label = phrase and _LABEL.match(folded, match.start()) is not None
            word = re.match(r"\w+\.", folded[match.start() : match.end()])
            if word and word.group()[:-1] not in ABBREVIATIONS:
                continue  # "…el nombre de su localidad. En el padrón…": a sentence end
            if folded.startswith(_KNOWN_DOMICILE, match.start()) and folded[
                max(0, match.start() - 7) : match.start()
            ].endswith("ultimo "):
                continue  # "su último domicilio conocido, ubicado en …": the last known address
            if folded.startswith("rancho", match.start()) and text[match.start()].islower():
                continue  # "el rancho de mi abuelo": only a named ranch ("Rancho El Tascate")
            if _CARD_LABEL.match(folded, match.start()):
                above = folded[max(0, match.start() - 150) : match.start()].split("\n")[-4:]
                if not _MOBILE.search("\n".join(above)):
                    continue
            if label and _HEADING.match(folded, match.start()):
                line_start = folded.rfind("\n", 0, match.start()) + 1
                if folded[line_start : match.start()].strip():
                    continue  # "SOLICITUD DE CAMBIO DE DOMICILIO": a heading, not a label
            starts.append(_Start(match.start(), match.end(), phrase, label))
        for match in ABROAD_START.finditer(text):
            starts.append(_Start(match.start(), match.start(), False, False))
        if "#" in text:
            for match in _HASH_STREET.finditer(text):
                first = fold(match.group().split()[0])
                if first not in COMMON_WORDS | INSTITUTION_WORDS | _NUMBERED_THINGS:
                    starts.append(_Start(match.start(), match.start(), False, False))
        return sorted(starts)

    def _grow(self, text: str, folded: str, start: _Start) -> list[tuple[int, int]]:
        begin = start.begin
        if folded.startswith(_KNOWN_DOMICILE, begin):
            pass  # "domicilio conocido": rural homes have no street, the phrase is the address
        elif start.phrase:
            keyword = STREET_OR_AREA.search(folded, start.end, start.end + 30)
            jump = keyword and not NUMBER_OR_COMMA.search(folded, start.end, keyword.start())
            begin = keyword.start() if jump else start.end
        segments = split_segments(text, begin)
        first_start, first_end, ended = trim(text, folded, *segments[0][:2])
        lower_case = not any(ch.isupper() for ch in text[first_start:first_end])
        pieces: list[tuple[int, int]] = []
        piece_start, piece_end = first_start, first_end
        after_postal = False
        parts = 1
        for segment in segments[1:]:
            if ended:
                break
            start_, end, ended = trim(text, folded, segment.start, segment.end)
            value = folded[start_:end]
            if _POSTAL.match(value):
                if piece_end > piece_start:
                    pieces.append((piece_start, piece_end))
                piece_start = piece_end = -1
                if not _POSTAL_SEGMENT.fullmatch(value):
                    break
                after_postal = True
                continue
            if _BARE_CODE.fullmatch(value) and (pieces or piece_end > piece_start):
                if piece_end > piece_start:  # "…, Alcaldía Cuauhtémoc, 06600, Ciudad de México"
                    pieces.append((piece_start, piece_end))
                piece_start = piece_end = -1
                after_postal = True
                continue
            code_first = CODE_THEN_PLACE.fullmatch(value)
            if code_first and (pieces or piece_end > piece_start):
                if piece_end > piece_start:  # "Calle de Alcalá 214, 28028 Madrid, España"
                    pieces.append((piece_start, piece_end))
                piece_start = piece_end = -1
                after_postal = True
                start_ += code_first.start(1)
                value = code_first.group(1)
            coded = _PLACE_THEN_CODE.fullmatch(value)
            if coded:
                end = start_ + coded.end(1)
                value = coded.group(1)
            is_part = (not after_postal or _ADMIN.match(value) is not None) and (
                PART_START.match(value) is not None
                or STREET_START.match(value) is not None
                or FLOOR.match(text, start_) is not None
                or (not segment.new_line and LANDMARK.match(value) is not None)
                or (not segment.new_line and _EN_STREET.match(text, start_, end) is not None)
            )
            own_line = segment.new_line and not _state_on_line(text, folded, start_)
            country = after_postal and COUNTRY.fullmatch(value) is not None
            if not (
                is_part or country or place_like(text[start_:end], value, lower_case, own_line)
            ):
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
        if not pieces or not self._pins_a_home(text, folded, pieces[0], parts, start):
            return []
        if start.label and not any(ch.isalpha() for ch in text[pieces[0][0] : pieces[-1][1]]):
            return []  # "Ciudadanos registrados en el domicilio: 11": a count, not an address
        dateline = _DATELINE.search(folded, pieces[0][0], pieces[-1][1]) or _DATELINE.match(
            folded, pieces[-1][1]
        )
        if dateline and not any(ch.isdigit() for ch in folded[pieces[0][0] : dateline.start()]):
            return []  # "Ranchería El Aguaje a 2 de marzo": where a letter was written
        return pieces

    @staticmethod
    def _pins_a_home(
        text: str, folded: str, piece: tuple[int, int], parts: int, start: _Start
    ) -> bool:
        """Whether the address before the postal code is specific enough to identify a home."""
        if _BARE_YEAR.fullmatch(folded, piece[0], piece[1]):
            return False  # "el huracán se llevó mi casa en 2024": a year, not a house number
        value = _YEAR.sub(" ", folded[piece[0] : piece[1]])
        if ORDINAL_AREA.search(value):
            if parts > 1 and not _GROUP.search(folded, max(0, piece[0] - 30), piece[0]):
                return True  # "Ranchería Tierra Blanca 2a Sección, Centla, Tab."
            value = ORDINAL_AREA.sub(" ", value)  # "Buenavista 1ra. Sección": a name, no number
        before = folded[max(0, piece[0] - 12) : piece[0]]
        if _NEIGHBOUR_OF.search(folded, max(0, piece[0] - 20), piece[0]) and _AREA_WORD.search(
            value
        ):
            return True  # "vecina de la comunidad de San Miguel del Valle": where she lives
        if not start.phrase and _VILLAGE.match(value):
            if parts > 1 and _OWN.search(before):
                return True  # "en nuestra comunidad de Tepexteno, municipio de Huejutla"
            comma = value.find(",")
            return comma >= 0 and _LOCATED.search(value, comma) is not None
        if _ROAD.match(value) and not start.phrase:
            return _NUMBERED.search(value) is not None or "esq" in value
        if _LOCATED.search(value):
            return True
        if (
            _HOUSE_IN.match(folded, start.begin)
            and _TOWN.fullmatch(text, piece[0], piece[1])
            and value.split()[0] not in COMMON_WORDS
            and value.split()[0] not in SEASONS
        ):
            return True  # "me llegó a mi casa en Dallas": where that person's home is
        if (
            start.phrase
            and _LIVING.match(folded, start.begin)
            and IMPLICIT_COLONIA.match(value)
            and _named_colonia(text, folded, piece[0])
        ):
            first = value.split()[1]
            if first in ("de", "del") or first not in COMMON_WORDS:
                return True
        if not _AREA_WORD.search(value):
            return False
        if value.startswith("rancho"):
            # "Rancho El Tascate, sección municipal de …": a ranch is one family's home.
            return parts > 1 or start.phrase
        if start.phrase:
            return parts > 1 or bool(_PERSONAL_PHRASE.search(folded, start.begin, start.end))
        if STREET_START.match(value):
            return True
        # "vecina de la colonia Agrícola Oriental, Iztacalco", not "Colonia Roma, Condesa y
        # Narvarte fueron las más votadas": a colonia without a number is where someone is from.
        # A village ("vecinos de la comunidad de San Juan, Toluca") is a place, not a home.
        # "Los vecinos de la colonia Satélite, Naucalpan": a group, no one's home. "Soy Ana, de
        # la colonia Las Palmas en Irapuato": the town after "en" when a person introduces herself.
        around = folded[sentence_start(folded, max(0, piece[0] - 100), piece[0]) : piece[0]]
        in_town = _IN_TOWN.search(text, piece[0], piece[1]) is not None and _INTRODUCTION.search(
            around
        )
        return (
            (parts > 1 or bool(in_town))
            and NEIGHBOURHOOD.match(value) is not None
            and _FROM_OR_IN.search(folded, max(0, piece[0] - 8), piece[0]) is not None
            and not _GROUP.search(folded, max(0, piece[0] - 30), piece[0])
        )

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
            if value and not place_like(value, fold(value), False, False):
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
