"""Build the bundled article-level legal corpus from the Cámara de Diputados text extractions.

Usage: .venv/bin/python scripts/build_law_corpus.py /work/shared/data/mx-leyes-electorales

Reads ``text/<law>.txt`` (plain text extracted from the official PDFs, with page headers and
footers interleaved) and writes ``sufragio/laws/data/laws.json`` and ``articles.jsonl``. The
product never reads the raw data at run time: it only loads these two committed files.

The PDFs carry no explicit paragraph marks, so paragraphs are rebuilt from line geometry: a line
break is a paragraph break when the next line opens a numbered paragraph, fracción or inciso,
when an editorial note intervenes, or when the previous line ends a sentence and is visibly
shorter than the justified lines around it (the next word would have fitted on it).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent.parent / "sufragio" / "laws" / "data"
SOURCE = "Cámara de Diputados, texto vigente (PDF) vía madfam-org/leyes-como-codigo-mx@3636e03"

# id -> (file stem, official name with accents)
LAWS: dict[str, tuple[str, str]] = {
    "CPEUM": ("cpeum", "Constitución Política de los Estados Unidos Mexicanos"),
    "LGIPE": ("lgipe", "Ley General de Instituciones y Procedimientos Electorales"),
    "LGPP": ("lgpp", "Ley General de Partidos Políticos"),
    "LGSMIME": (
        "lgsmime",
        "Ley General del Sistema de Medios de Impugnación en Materia Electoral",
    ),
    "LGPDPPSO": (
        "lgpdppso",
        "Ley General de Protección de Datos Personales en Posesión de Sujetos Obligados",
    ),
    "LFPDPPP": (
        "lfpdppp",
        "Ley Federal de Protección de Datos Personales en Posesión de los Particulares",
    ),
    "LGTAIP": ("lgtaip", "Ley General de Transparencia y Acceso a la Información Pública"),
}

PUBLICATION_TITLE = "Decreto de publicación"
MONTH_NAMES = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
)
MONTHS = {month: number for number, month in enumerate(MONTH_NAMES.split(" "), start=1)}

# --- page furniture -------------------------------------------------------------------------
PAGE_COUNTER = re.compile(r"^\d+ de \d+$")
HEADER_LINES = re.compile(
    r"^(CÁMARA DE DIPUTADOS DEL H\. CONGRESO DE LA UNIÓN .*|Secretaría General"
    r"|Secretaría de Servicios Parlamentarios)$"
)

# --- structure --------------------------------------------------------------------------------
SUFFIXES = "(?i:bis|ter|qu[áa]ter|quinquies|sexies|septies|octies|nonies|decies)"
ARTICLE_RE = re.compile(
    rf"^(?P<br>\[)?Art[íi]culo\s+(?P<num>\d+)\s*(?:o|º|°)?\s*(?P<suf>{SUFFIXES})?\s*"
    r"(?P<punct>\.-|\.|-)?\s*(?P<rest>.*)$"
)
ORD_UNITS = r"primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|s[ée]ptim[oa]"
ORD_UNITS += r"|octav[oa]|noven[oa]"
ORD_TENS = r"d[ée]cim[oa]?|vig[ée]sim[oa]|trig[ée]sim[oa]|cuadrag[ée]sim[oa]|quincuag[ée]sim[oa]"
ORDINAL = rf"(?:(?:{ORD_TENS})\s*(?:{ORD_UNITS})?|{ORD_UNITS}|[úu]nic[oa]|und[ée]cimo|duod[ée]cimo)"
TRANSITORY_RE = re.compile(
    rf"^(?P<br>\[)?(?:art[íi]culo\s+)?(?P<ord>{ORDINAL})(?:\s+(?P<suf>bis|ter))?"
    r"\s*(?:\.-|\.–|\.|-|:)\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# A label restored by a court ruling is printed in brackets ("[TÍTULO PRIMERO]", LGIPE).
HEADING_RE = re.compile(
    r"^\[?(?P<kind>LIBRO|T[ÍI]TULO|CAP[ÍI]TULO|SECCI[ÓO]N|Libro|Título|Capítulo|Sección)\s+"
    r"(?P<ord>[^\]]+?)\]?$"
)
HEADING_ORDINAL = re.compile(rf"^(?:[IVXL]+|{ORDINAL})(?:\s+(?:BIS|Bis|TER|Ter))?$", re.IGNORECASE)
HEADING_LEVEL = {"libro": 0, "titulo": 1, "capitulo": 2, "seccion": 3}
TRANSITORY_HEADER = re.compile(
    r"^\[?(?:ART[ÍI]CULOS?\s+|Art[íi]culos?\s+)?(?:TRANSITORIOS?|Transitorios?):?\]?$"
    r"|^ART[ÍI]CULOS TRANSITORIOS DEL DECRETO\b"
)
REFORM_SECTION = re.compile(r"^ART[ÍI]CULOS TRANSITORIOS DE DECRETOS DE REFORMA$")
DECREE_HEADER = re.compile(r"^\[?DECRETO\s+(?:por|mediante|que|relativo)\b", re.IGNORECASE)
OTHER_HEADER = re.compile(
    r"^\[?(?:SENTENCIA|ACUERDO|DECLARATORIA|RESOLUCI[ÓO]N|ACLARACI[ÓO]N|PUNTOS RESOLUTIVOS"
    r"|FE DE ERRATAS?|FE de errata)\b"
)
PUBLISHED_RE = re.compile(
    r"^\[?Publicad[oa] en el Diario Oficial de la Federación el (\d+)[º°o]? de (\w+) de (\d{4})"
)
BLOCK_END = re.compile(
    r"^\[?(?:SAL[ÓO]N DE SESIONES|Sal[óo]n de Sesiones|Dad[oa] en |M[ée]xico, D\.\s?F\.,? a "
    r"|Ciudad de M[ée]xico, a |En cumplimiento de lo dispuesto|Por tanto, mando|Al C\. "
    r"|Lo que h[óo]nrome|Constitución y Reformas\.-)"
)
ELISION_ONLY = re.compile(r"^[\s.…]*$")
# "Artículo Tercero y Artículo Cuarto.- ………": the decree's other articles, left out of the text.
ELIDED_DECREE_ARTICLES = re.compile(r"^\[?art[íi]culos?\b.*[.…]{3,}\s*$", re.IGNORECASE)

# --- editorial notes --------------------------------------------------------------------------
NOTE_SUBJECT = (
    r"Art[íi]culos?|Párrafos?|Fracci(?:ón|ones)|Incisos?|Numeral(?:es)?|Subincisos?|Apartados?"
    r"|Bases?|Secci(?:ón|ones)|Cap[íi]tulos?|T[íi]tulos?|Libros?|Denominaci[óo]n|Encabezado"
    r"|Oraci[óo]n|Porci[óo]n|Decreto|Abrogaci[óo]n|Último|Segundo|Tercer"
    r"|Derogaci[óo]n|Renumeraci[óo]n|Recorrido|Adici[óo]n|Supresi[óo]n|Reubicaci[óo]n"
)
NOTE_VERB = (
    r"reformad|adicionad|derogad|declarad|recorrid|suprimid|original|publicad|reubicad"
    r"|renumerad|abrogad"
)
NOTE_RE = re.compile(
    rf"^\[?(?:(?:{NOTE_SUBJECT})\b[^.]{{0,120}}?\b(?:{NOTE_VERB})\w*"
    r"|Fe de erratas\b|Reforma DOF \d|Nota(?: de vigencia)?:|Declaratoria de invalidez\b"
    r"|Sentencia de la SCJN\b)"
)
NOTE_STARTS_HERE = re.compile(rf"^\[?(?:{NOTE_SUBJECT})(?:\s+\S+){{0,3}}?\s+(?:{NOTE_VERB})")
NOTE_EVIDENCE = re.compile(r"DOF|SCJN|[Ss]entencia|Diario Oficial")
NOTE_CONTINUATION = re.compile(
    r"^(?:Inconstitucionalidad\b|\(antes\b|(?:Reformad|Adicionad|Derogad|Recorrid|Declarad)\w* DOF"
    r"|DOF \d|publicada DOF|de la Federación el)"
)
NOTE_COMPLETE = re.compile(r"\d{2}-\d{2}-\d{4}\)?\.?$")

# --- paragraph markers ------------------------------------------------------------------------
MARKER_RE = re.compile(
    r"^\[?(?:\d{1,3}\.\s|\d{1,2}\)\s|[IVXLC]+(?:-[A-Z])?(?:\s+Bis)?\.(?:-)?\s"
    r"|[a-zñ]{1,4}(?:\s+(?:bis|ter|quater))?\)\s|[A-Z]\.\s|Apartado [A-Z]\.\s)"
)
SENTENCE_END = re.compile(r"[.:;][\"”’)\]]*$")
STARTS_NEW = re.compile(r"^[\"“«¿¡(\[0-9A-ZÁÉÍÓÚÑ]")

# Advance widths of Arial (the font of the Cámara de Diputados PDFs), in thousandths of an em.
# Character counts are a poor proxy for printed width (an "m" is almost four times an "i").
LOWER_WIDTHS = [556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556,
                556, 333, 500, 278, 556, 500, 722, 500, 500, 500]  # fmt: skip
UPPER_WIDTHS = [667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667,
                778, 722, 667, 611, 722, 667, 944, 667, 667, 611]  # fmt: skip
ARIAL_WIDTHS = {
    **dict(zip("abcdefghijklmnopqrstuvwxyz", LOWER_WIDTHS, strict=True)),
    **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", UPPER_WIDTHS, strict=True)),
    **dict.fromkeys("0123456789", 556),
    **dict.fromkeys(" .,:;[]/", 278),
    **dict.fromkeys("-()¡", 333),
    '"': 355, "“": 333, "”": 333, "'": 191, "’": 222, "%": 889, "¿": 611, "°": 400, "º": 365,
    "ª": 370, "…": 1000, "–": 556, "—": 1000, "&": 667,
}  # fmt: skip
# A line continues its paragraph when the next word would not have fitted on it; widths vary
# a little (kerning, estimated metrics), so a break needs this much room left over, in ems.
# Measured on lines that certainly continue (ending in a letter, next one lower-case): fewer
# than 3% leave more room than this.
BREAK_MARGIN_EM = 0.9

UNITS = [
    "primero",
    "segundo",
    "tercero",
    "cuarto",
    "quinto",
    "sexto",
    "septimo",
    "octavo",
    "noveno",
]
UNIT_NAMES = ["Primero", "Segundo", "Tercero", "Cuarto", "Quinto", "Sexto", "Séptimo", "Octavo",
              "Noveno"]  # fmt: skip
TENS = ["decimo", "vigesimo", "trigesimo", "cuadragesimo", "quincuagesimo"]
TEN_NAMES = ["Décimo", "Vigésimo", "Trigésimo", "Cuadragésimo", "Quincuagésimo"]


def fold(text: str) -> str:
    """Lower-case, accent-free form used only for vocabulary look-ups."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def ordinal_value(word: str) -> int:
    """Spanish ordinal phrase ("Vigésimo Segundo", "Decimoctavo", "ÚNICO") to its number."""
    key = re.sub(r"\s+", "", fold(word))
    specials = {"unico": 1, "unica": 1, "undecimo": 11, "duodecimo": 12}
    if key in specials:
        return specials[key]
    value = 0
    for index, ten in enumerate(TENS):
        stem = ten[:-1]
        if key.startswith(stem):
            value, key = (index + 1) * 10, key[len(stem) :]
            if key[:1] in ("o", "a") and (key[1:] == "" or unit_index(key[1:]) is not None):
                key = key[1:]
            break
    if key:
        value += unit_index(key) + 1
    return value


def unit_index(word: str) -> int | None:
    """Index of a unit ordinal in UNITS, accepting "primer", "tercera" and similar forms."""
    word = re.sub(r"a$", "o", word)
    word = word + "o" if word in ("primer", "tercer") else word
    return UNITS.index(word) if word in UNITS else None


def ordinal_name(value: int) -> str:
    """Canonical spelling of an ordinal, so "DECIMO PRIMERO" and "Decimoprimero" share a key."""
    tens, units = divmod(value, 10)
    if value == 0 or tens > len(TEN_NAMES):
        raise ValueError(value)
    parts = ([TEN_NAMES[tens - 1]] if tens else []) + ([UNIT_NAMES[units - 1]] if units else [])
    return " ".join(parts)


def printed_width(text: str) -> float:
    """Approximate printed width of ``text`` in ems (accented letters measure as their base)."""
    total = 0
    for char in text:
        if char not in ARIAL_WIDTHS:
            char = unicodedata.normalize("NFD", char)[0]
        total += ARIAL_WIDTHS.get(char, 556)
    return total / 1000


def dof_label(day: str, month: str, year: str) -> str:
    return f"DOF {int(day):02d}-{MONTHS[fold(month)]:02d}-{year}"


def iso_from_dof(label: str) -> str:
    day, month, year = re.search(r"(\d{2})-(\d{2})-(\d{4})", label).groups()
    return f"{year}-{month}-{day}"


# --- reading ----------------------------------------------------------------------------------
def clean_lines(raw: str) -> list[str]:
    """Drop page counters and the running header that follows each of them (and opens the file).

    The running header repeats the law title; it is only removed where it sits in the header
    block, so the title printed in the decree preamble is kept.
    """
    lines = [line.strip() for line in raw.splitlines()]
    title = lines[0]
    out: list[str] = []
    in_header = True
    for line in lines:
        if PAGE_COUNTER.match(line):
            in_header = True
            continue
        if in_header and (line == title or HEADER_LINES.match(line)):
            continue
        in_header = False
        if line:
            out.append(line)
    return out


@dataclass
class Line:
    """A line of law text, with the printed width (label included) used to detect short lines."""

    text: str
    width: float


@dataclass
class Draft:
    """An article while its lines are being collected."""

    article: str
    number: int
    suffix: str
    transitory: bool
    decree: str | None
    heading: list[str]
    block: int
    items: list[Line | None] = field(default_factory=list)  # None = forced paragraph break
    notes: list[str] = field(default_factory=list)


def is_note(lines: list[str], i: int) -> bool:
    line = lines[i]
    if not NOTE_RE.match(line):
        return False
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    return bool(NOTE_EVIDENCE.search(line) or NOTE_CONTINUATION.match(nxt))


def read_note(lines: list[str], i: int) -> tuple[str, int]:
    """Return the note starting at ``lines[i]`` (joined across its wrapped lines) and next index."""
    parts = [lines[i]]
    i += 1
    while i < len(lines):
        nxt = lines[i]
        wrapped = len(parts[-1]) >= 100 and not NOTE_COMPLETE.search(parts[-1])
        structural = (
            ARTICLE_RE.match(nxt)
            or MARKER_RE.match(nxt)
            or heading_match(nxt)
            or NOTE_STARTS_HERE.match(nxt)
        )
        if NOTE_CONTINUATION.match(nxt) or (wrapped and not structural):
            parts.append(nxt)
            i += 1
        else:
            break
    return join_lines(parts), i


def join_lines(parts: list[str]) -> str:
    """Join PDF line wraps with one space; a word hyphen at a line end is kept, without space."""
    out = ""
    for part in parts:
        if not out:
            out = part
        elif re.search(r"[0-9A-Za-zÁÉÍÓÚáéíóúñÑ]-$", out):
            out += part
        else:
            out += " " + part
    return re.sub(r"\s+", " ", out).strip()


def heading_match(line: str) -> tuple[int, str] | None:
    match = HEADING_RE.match(line)
    if not match or not HEADING_ORDINAL.match(match["ord"]):
        return None
    return HEADING_LEVEL[fold(match["kind"])], line


# --- paragraphs -------------------------------------------------------------------------------
def build_paragraphs(items: list[Line | None]) -> list[str]:
    """Rebuild paragraphs from wrapped lines (see the module docstring for the rules)."""
    paragraphs: list[list[str]] = []
    above: Line | None = None  # the line before ``previous``, for the width of a full line
    previous: Line | None = None
    for item in items:
        if item is None:
            above, previous = previous, None
            continue
        if previous is None or MARKER_RE.match(item.text) or ends_paragraph(above, previous, item):
            paragraphs.append([])
        paragraphs[-1].append(item.text)
        above, previous = previous, item
    return [text for text in (join_lines(p) for p in paragraphs) if text]


def ends_paragraph(above: Line | None, previous: Line, item: Line) -> bool:
    """True when ``previous`` ends a sentence and the next word would clearly have fitted on it.

    The width of a full line is taken from the wider of ``previous``'s neighbours, which share
    its indentation in nearly every case.
    """
    if not SENTENCE_END.search(previous.text) or not STARTS_NEW.match(item.text):
        return False
    full = max(above.width if above else 0.0, item.width)
    first_word = item.text.split(" ", 1)[0]
    needed = previous.width + printed_width(" " + first_word)
    return full - needed >= BREAK_MARGIN_EM


# --- parsing ----------------------------------------------------------------------------------
class LawParser:
    """A line-by-line state machine: preamble, body (articles), then transitory sections."""

    def __init__(self, law_id: str, lines: list[str]) -> None:
        self.law_id = law_id
        self.lines = lines
        self.headings: list[str | None] = [None, None, None, None]
        self.drafts: list[Draft] = []
        self.current: Draft | None = None
        self.block = 0
        self.block_titles: dict[int, str] = {}
        self.published = self._published()

    def _published(self) -> str:
        for line in self.lines[:12]:
            match = re.search(r"publicada en el Diario Oficial de la Federación el (\d+) de (\w+) "
                              r"de (\d{4})", line)  # fmt: skip
            if match:
                return dof_label(*match.groups())
        raise ValueError(f"{self.law_id}: no publication date in the preamble")

    def _finish(self) -> None:
        if self.current is not None:
            self.drafts.append(self.current)
            self.current = None

    def parse(self) -> list[Draft]:
        i = self._parse_body(self._body_start())
        self._parse_transitory(i)
        return self.drafts

    def _body_start(self) -> int:
        """Index of "Artículo 1", with the headings that precede it already recorded."""
        for i, line in enumerate(self.lines):
            match = ARTICLE_RE.match(line)
            if match and match["num"] == "1" and not match["suf"] and self._valid_label(match):
                j = 0
                while j < i:
                    j = max(self._maybe_heading(j), j + 1)
                return i
        raise ValueError(f"{self.law_id}: Artículo 1 not found")

    @staticmethod
    def _valid_label(match: re.Match[str]) -> bool:
        """A bare "Artículo 12" is a label only when alone on its line (LGSMIME style)."""
        return bool(match["punct"]) or not match["rest"]

    def _maybe_heading(self, i: int) -> int:
        """Record a heading (label + denomination lines); return the index after it."""
        found = heading_match(self.lines[i])
        if not found:
            return i
        level, label = found
        parts = []
        j = i + 1
        while j < len(self.lines) and not self._structural(j):
            parts.append(self.lines[j])
            j += 1
        denomination = join_lines(parts)
        if denomination == "[Denominación suprimida]":
            denomination = ""
        self.headings[level] = f"{label} {denomination}".strip()
        for lower in range(level + 1, 4):
            self.headings[lower] = None
        return j

    def _structural(self, i: int) -> bool:
        line = self.lines[i]
        return bool(
            heading_match(line)
            or is_note(self.lines, i)
            or TRANSITORY_HEADER.match(line)
            or ((m := ARTICLE_RE.match(line)) and self._valid_label(m))
        )

    def _parse_body(self, i: int) -> int:
        lines = self.lines
        last = (0, -1)
        while i < len(lines):
            line = lines[i]
            if TRANSITORY_HEADER.match(line):
                self._finish()
                return i
            if ELIDED_DECREE_ARTICLES.match(line):
                self._finish()
                i += 1
                continue
            match = ARTICLE_RE.match(line)
            if match and self._valid_label(match):
                key = (int(match["num"]), suffix_rank(match["suf"]))
                if last < key and key[0] <= last[0] + 5:
                    self._finish()
                    last = key
                    self._start_body_article(match, line)
                    i += 1
                    continue
            if heading_match(line):
                self._finish()
                i = self._maybe_heading(i)
                continue
            if is_note(lines, i):
                note, i = read_note(lines, i)
                if self.current is not None:
                    self.current.notes.append(note)
                    self.current.items.append(None)
                continue
            if self.current is not None:
                self.current.items.append(Line(line, printed_width(line)))
            i += 1
        raise ValueError(f"{self.law_id}: no TRANSITORIOS section")

    def _start_body_article(self, match: re.Match[str], line: str) -> None:
        suffix = normalise_suffix(match["suf"])
        number = int(match["num"])
        self.current = Draft(
            article=f"{number} {suffix}".strip(),
            number=number,
            suffix=suffix,
            transitory=False,
            decree=None,
            heading=[h for h in self.headings if h],
            block=0,
        )
        self._first_line(match, line)

    def _first_line(self, match: re.Match[str], line: str) -> None:
        rest = match["rest"].strip()
        if rest:
            text = ("[" + rest) if match["br"] else rest
            self.current.items.append(Line(text, printed_width(line)))

    def _parse_transitory(self, i: int) -> None:
        """Transitory articles of the original decree, then of each reform decree.

        Only lines under a TRANSITORIOS header are collected; decree bodies (amendment orders),
        court rulings and signature blocks are skipped.
        """
        lines = self.lines
        decree: str | None = self.published
        title = PUBLICATION_TITLE
        collecting = False
        in_ruling = False
        while i < len(lines):
            line = lines[i]
            if REFORM_SECTION.match(line):
                self._finish()
                collecting, decree = False, None
                i += 1
                continue
            if DECREE_HEADER.match(line):
                self._finish()
                collecting, in_ruling = False, False
                decree, title, i = self._read_decree_header(i)
                continue
            if OTHER_HEADER.match(line):
                self._finish()
                collecting, in_ruling, decree = False, True, None
                i += 1
                continue
            if TRANSITORY_HEADER.match(line) and decree and not in_ruling:
                self._finish()
                collecting = True
                self.block += 1
                self.block_titles[self.block] = (
                    title
                    if not line.upper().startswith("ARTICULOS TRANSITORIOS DEL")
                    and not line.upper().startswith("ARTÍCULOS TRANSITORIOS DEL")
                    else "Artículos transitorios del Decreto"
                )
                i += 1
                continue
            if not collecting:
                i += 1
                continue
            if BLOCK_END.match(line) or ELIDED_DECREE_ARTICLES.match(line):
                self._finish()
                collecting = False
                i += 1
                continue
            match = TRANSITORY_RE.match(line)
            if match and not ELISION_ONLY.match(match["rest"]):
                self._finish()
                self._start_transitory(match, line, decree)
                i += 1
                continue
            if is_note(lines, i):
                note, i = read_note(lines, i)
                if self.current is not None:
                    self.current.notes.append(note)
                    self.current.items.append(None)
                continue
            if self.current is not None:
                # A line of dots marks text left out of the compilation: keep it out of paragraphs.
                is_elision = ELISION_ONLY.match(line)
                self.current.items.append(None if is_elision else Line(line, printed_width(line)))
            i += 1
        self._finish()

    def _read_decree_header(self, i: int) -> tuple[str | None, str, int]:
        """Decree title lines up to its "Publicado en el Diario Oficial ..." line."""
        parts = []
        j = i
        while j < len(self.lines) and j < i + 15:
            match = PUBLISHED_RE.match(self.lines[j])
            if match:
                title = join_lines(parts).strip("[]")
                return dof_label(*match.groups()), title, j + 1
            if not is_note(self.lines, j):
                parts.append(self.lines[j])
            j += 1
        return None, "", i + 1

    def _start_transitory(self, match: re.Match[str], line: str, decree: str | None) -> None:
        number = ordinal_value(match["ord"])
        is_unique = fold(match["ord"]).startswith("unic")
        suffix = normalise_suffix(match["suf"])
        name = "Único" if is_unique else ordinal_name(number)
        self.current = Draft(
            article=f"{name} {suffix}".strip(),
            number=number,
            suffix=suffix,
            transitory=True,
            decree=decree,
            heading=[],
            block=self.block,
        )
        self._first_line(match, line)


def suffix_rank(suffix: str | None) -> int:
    order = ["", "bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "nonies"]
    return order.index(fold(suffix or ""))


def normalise_suffix(suffix: str | None) -> str:
    return fold(suffix).capitalize().replace("Quater", "Quáter") if suffix else ""


# --- assembling -------------------------------------------------------------------------------
def disambiguate(drafts: list[Draft], titles: dict[int, str]) -> None:
    """Make (article, decree) unique by adding the decree title where a DOF date is ambiguous.

    Several decrees can share a DOF date (three CPEUM reforms on 03-09-1993), and one decree
    can have two transitory lists (the law's own and the decree's). The original law's own
    transitory articles always keep the bare publication label.
    """
    blocks: dict[int, list[Draft]] = {}
    for draft in drafts:
        if draft.transitory:
            blocks.setdefault(draft.block, []).append(draft)
    by_label: dict[str, list[int]] = {}
    for block, members in blocks.items():
        by_label.setdefault(members[0].decree or "", []).append(block)
    for label, group in by_label.items():
        names = [d.article for block in group for d in blocks[block]]
        if len(names) == len(set(names)):
            continue
        for block in group:
            if titles[block] == PUBLICATION_TITLE:
                continue
            for draft in blocks[block]:
                draft.decree = f"{label} – {shorten(titles[block], 200)}"
    keys = [(d.article, d.decree) for d in drafts if d.transitory]
    if len(keys) != len(set(keys)):
        raise ValueError("transitory articles are not unique per decree")


def shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


def law_record(law_id: str, header: str, published: str) -> dict[str, str]:
    """Metadata from the running header ("... Última Reforma DOF 14-10-2024")."""
    kind, date = re.search(r"(Última Reforma|Nueva Ley) DOF (\d{2}-\d{2}-\d{4})", header).groups()
    label = f"{'Última reforma' if kind == 'Última Reforma' else 'Nueva Ley'} DOF {date}"
    return {
        "id": law_id,
        "name": LAWS[law_id][1],
        "last_reform": iso_from_dof(date),
        "last_reform_label": label,
        "published": iso_from_dof(published),
        "source": SOURCE,
    }


def build(source_dir: Path) -> tuple[list[dict], list[dict]]:
    laws, articles = [], []
    for law_id, (stem, _name) in LAWS.items():
        raw = (source_dir / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        lines = clean_lines(raw)
        parser = LawParser(law_id, lines)
        drafts = parser.parse()
        disambiguate(drafts, parser.block_titles)
        laws.append(law_record(law_id, raw.splitlines()[1], parser.published))
        for draft in drafts:
            articles.append(
                {
                    "law": law_id,
                    "article": draft.article,
                    "number": draft.number,
                    "suffix": draft.suffix,
                    "transitory": draft.transitory,
                    "decree": draft.decree,
                    "heading": draft.heading,
                    "paragraphs": build_paragraphs(draft.items),
                    "notes": draft.notes,
                }
            )
    return laws, articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="folder holding text/<law>.txt")
    args = parser.parse_args(argv)
    laws, articles = build(args.source)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    (OUT_DIR / "laws.json").write_text(
        json.dumps(laws, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    with (OUT_DIR / "articles.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for article in articles:
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
    for law in laws:
        own = [a for a in articles if a["law"] == law["id"]]
        body = sum(not a["transitory"] for a in own)
        print(f"{law['id']:9} {body:4} articles, {len(own) - body:4} transitory")
    return 0


if __name__ == "__main__":
    sys.exit(main())
