"""ADDRESS: street and number, colonia, municipio or alcaldía and state, as written in letters.

An address starts at a street word ("Calle", "Av.", "Blvd."…), a colonia word ("Col.",
"Fracc.") or a domicile phrase ("domicilio en", "vivo en") followed by a number, and then runs over
comma-separated segments for as long as they look like address parts (colonia, municipality,
a short capitalised place name, a state). The postal code segment is left to POSTAL_CODE, and
the place names after it ("C.P. 06400, Ciudad de México") form a second address span. A city on
its own ("vivo en Monterrey") is not an address: without a street or colonia it identifies no one.
"""

from __future__ import annotations

import re

from presidio_analyzer import AnalysisExplanation, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from sufragio.privacy.lexicon import COMMON_WORDS, INSTITUTION_WORDS, STATES, words_of
from sufragio.privacy.recognizers.base import RegexRecognizer
from sufragio.privacy.text import fold

_STREET = (
    r"calle|avenida|av|avda|blvd|boulevard|bulevar|bulevard|calzada|calz|privada|priv|andador|"
    r"callejon|cerrada|cda|circuito|prolongacion|prol|paseo|retorno|carretera|carr|camino|"
    r"periferico|eje|viaducto|glorieta|manzana|mz"
)
_AREA = (
    r"col|colonia|fracc|fraccionamiento|barrio|unidad habitacional|u\.? ?h|residencial|"
    r"conjunto habitacional|ejido|pueblo|localidad|loc|rancheria|comunidad|paraje|congregacion"
)
_PART = (
    _AREA + r"|alcaldia|alc|municipio|mpio|delegacion|del|interior|int|ext|exterior|depto|"
    r"departamento|despacho|piso|edificio|edif|entre|esquina|esq|mz|manzana|lt|lote|no|num|numero|"
    r"local|casa|km|ciudad|cd|estado|edo|sector|seccion|zona|torre"
)
_START = re.compile(
    rf"\b(?:(?:{_STREET})\.?\s+(?=\S)|(?:{_AREA})\.?\s+(?=[a-z0-9])|"
    r"(?:domicilio(?: de)?|viv[eo]n? (?:en|por)|vivimos en|radic[oa]n? en|ubicad[oa] en|"
    r"habito en|direccion:|mi direccion es|(?:mi|su|tu) casa (?:en|de)|recibo de (?:la )?luz de)"
    r"(?:\s+(?:para oir y recibir notificaciones|particular|procesal|conocido))?"
    r"(?:\s+(?:en|el ubicado en|ubicado en|es))?\s*:?\s+)"
)
#: Addresses of offices are public, not personal: "la oficina se encuentra en Viaducto Tlalpan 100".
_OFFICE_CONTEXT = re.compile(
    r"\b(?:oficinas?|sede|instalaciones|modulo|edificio|instituto|junta|consulado|escuela|"
    r"primaria|jardin de ninos)\b"
)
#: Words that make an address near an office word personal again ("mi domicilio", "vivo en").
_PERSONAL_CONTEXT = re.compile(
    r"\b(?:mi|mis|nuestr[oa]s?|suscrib\w*|vivo|vivimos|radico|particular|casa|domicilio para)\b"
)
_OFFICE_AFTER = re.compile(r"[^\n]{0,40}\((?:oficina|sede|trabajo)\)")
#: Stop words that may sit inside an address ("Calle de la Rosa", "entre Montes y Flores",
#: Yucatán's "Calle 42 por 35 y 37");
#: any other stop word ("desde", "que", "porque") starts a new clause and ends the address.
_ADDRESS_GLUE = frozenset(
    ["de", "del", "la", "las", "los", "el", "y", "e", "en", "entre", "no", "sin", "a", "al", "por"]
)
#: Abbreviations whose period does not end a sentence ("Av.", "Fracc.", "Pte.").
_ABBREVIATIONS = frozenset(
    [
        "av",
        "avda",
        "blvd",
        "calz",
        "priv",
        "cda",
        "prol",
        "carr",
        "mz",
        "col",
        "fracc",
        "no",
        "num",
        "int",
        "ext",
        "depto",
        "edif",
        "esq",
        "lt",
        "pte",
        "ote",
        "nte",
        "alc",
        "mpio",
        "del",
        "cd",
        "edo",
        "gral",
        "lic",
        "sta",
        "sto",
        "dr",
        "ing",
        "km",
        "loc",
    ]
)
_KNOWN_DOMICILE = "domicilio conocido"
#: What pins a first segment to one house: a number, "s/n", a corner, or "domicilio conocido".
_LOCATED = re.compile(r"\d|\bs/n\b|sin numero|\besq(?:uina)?\b|\bentre\b|domicilio conocido")
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
_STREET_OR_AREA = re.compile(rf"(?:{_STREET}|{_AREA})\b")
_PART_START = re.compile(rf"(?:{_PART})\b\.?|#")
_POSTAL = re.compile(r"c\.?\s?p\b\.?|codigo postal|cod\.? postal")
_WORD_PERIOD = re.compile(r"(\w+)\.(?=\s|$)")
_CONNECTORS = {"de", "del", "la", "las", "los", "el", "y"}
_LOWER_WORD = re.compile(r"(?<![\w.])[a-záéíóúüñ]+\b(?!\.)")
_MAX_LEN = 300
_SCORE = 0.8


def _segments(text: str, start: int) -> list[tuple[int, int]]:
    """Comma/semicolon-separated segments from `start` to the end of the line or sentence."""
    limit = min(len(text), start + _MAX_LEN)
    newline = text.find("\n", start, limit)
    if newline >= 0:
        limit = newline
    spans = []
    pos = start
    for match in re.finditer(r"[,;]", text[start:limit]):
        spans.append((pos, start + match.start()))
        pos = start + match.end()
    spans.append((pos, limit))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """Strip spaces and cut at a sentence end; the flag says whether a sentence ended here."""
    while start < end and text[start].isspace():
        start += 1
    ended = False
    for match in _WORD_PERIOD.finditer(text, start, end):
        word = fold(match.group(1))
        if word.isdigit() or (len(word) > 1 and word not in _ABBREVIATIONS):
            end, ended = match.end() - 1, True
            break
    clause = _clause_start(text, start, end)
    if clause is not None:
        end, ended = clause, True
    while end > start and text[end - 1] in " \t.\"'”»":
        end -= 1
    return start, end, ended


def _clause_start(text: str, start: int, end: int) -> int | None:
    """Where a new clause begins inside a segment ("avenida Juárez desde las 16:00"): the first
    lower-case common word that is not address vocabulary."""
    for match in _LOWER_WORD.finditer(text, start, end):
        word = fold(match.group())
        if (
            word in COMMON_WORDS
            and word not in _ADDRESS_GLUE
            and word not in _ADDRESS_TAIL
            and not _PART_START.fullmatch(word)
            and not _STREET_OR_AREA.fullmatch(word)
        ):
            return match.start()
    return None


def _public(folded: str, start: int) -> bool:
    """Whether an address belongs to an office, school or polling place named just before it."""
    before = folded[max(0, start - 90) : start]
    cut = max(before.rfind("\n\n"), before.rfind(". "))
    before = before[cut + 2 :] if cut >= 0 else before
    offices = list(_OFFICE_CONTEXT.finditer(before))
    return bool(offices) and not _PERSONAL_CONTEXT.search(before, offices[-1].end())


def _place_like(original: str, folded: str) -> bool:
    """A short capitalised place name ("Oaxaca de Juárez", "Centro", "Oax") or a state."""
    words = original.split()
    if not words or len(words) > 5 or any(ch.isdigit() for ch in original):
        return False
    folded_words = [w.strip(".") for w in folded.split()]
    if all(w in _CONNECTORS for w in folded_words):
        return False  # "y", left when a clause was cut off
    if any(w in INSTITUTION_WORDS and w not in STATES for w in folded_words):
        return False
    if all(w in STATES or w == "centro" or w in _CONNECTORS for w in folded_words):
        return True
    return words[0][:1].isupper() and all(
        w[:1].isupper() or fw in _CONNECTORS for w, fw in zip(words, folded_words, strict=True)
    )


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
        for match in _START.finditer(folded):
            if match.start() < consumed:
                continue
            if _public(folded, match.start()):
                line_end = text.find("\n", match.start())
                consumed = line_end if line_end >= 0 else len(text)
                continue
            spans = self._grow(text, folded, match)
            if spans and _OFFICE_AFTER.match(folded, spans[-1][1]):
                spans = []
            for start, end in spans:
                results.append(self._result(start, end))
            if spans:
                consumed = spans[-1][1]
        return results

    def _grow(self, text: str, folded: str, match: re.Match[str]) -> list[tuple[int, int]]:
        begin = match.start()
        if folded.startswith(_KNOWN_DOMICILE, begin):
            pass  # "domicilio conocido": rural homes have no street, the phrase is the address
        elif not _STREET_OR_AREA.match(folded, begin):
            keyword = _STREET_OR_AREA.search(folded, match.end(), match.end() + 30)
            jump = keyword and not _NUMBER_OR_COMMA.search(folded, match.end(), keyword.start())
            begin = keyword.start() if jump else match.end()
        segments = _segments(text, begin)
        first_start, first_end, ended = _trim(text, *segments[0])
        first = folded[first_start:first_end]
        keyword_start = _STREET_OR_AREA.match(folded, first_start) is not None
        has_number = _LOCATED.search(first) is not None
        area_start = keyword_start and _AREA_START.match(first) is not None
        if not (has_number or area_start or self._area_follows(text, folded, segments)):
            return []
        pieces: list[tuple[int, int]] = []
        piece_start, piece_end = first_start, first_end
        after_postal = False
        for seg_start, seg_end in segments[1:]:
            if ended:
                break
            start, end, ended = _trim(text, seg_start, seg_end)
            segment = folded[start:end]
            if _POSTAL.match(segment):
                if piece_end > piece_start:
                    pieces.append((piece_start, piece_end))
                piece_start = piece_end = -1
                if not re.fullmatch(
                    r"(?:c\.?\s?p\.?|codigo postal|cod\.? postal)\s*:?\s*\d{5}", segment
                ):
                    break
                after_postal = True
                continue
            is_part = _PART_START.match(segment) is not None and not after_postal
            if not (is_part or _place_like(text[start:end], segment)):
                break
            if piece_start < 0:
                piece_start = start
            piece_end = end
        if piece_start >= 0 and piece_end > piece_start:
            pieces.append((piece_start, piece_end))
        if not has_number and len(pieces) == 1 and pieces[0] == (first_start, first_end):
            return []  # "la colonia Del Valle" alone names a neighbourhood, not a home
        return pieces

    @staticmethod
    def _area_follows(text: str, folded: str, segments: list[tuple[int, int]]) -> bool:
        """ "vivo en Úrsulo Galván ochenta y dos, colonia Centro": a colonia right after."""
        if len(segments) < 2:
            return False
        start, end, _ = _trim(text, *segments[1])
        return _AREA_START.match(folded, start, end) is not None

    def _result(self, start: int, end: int) -> RecognizerResult:
        explanation = AnalysisExplanation(
            recognizer=self.name, original_score=_SCORE, textual_explanation="address segments"
        )
        return RecognizerResult(self.ENTITY, start, end, _SCORE, explanation)
