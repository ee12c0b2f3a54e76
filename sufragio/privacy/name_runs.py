"""Names without a trigger: runs of capitalised words anchored by the name lexicon.

spaCy's small model misses ALL-CAPS names, accent-less names and surname-first forms, and tags
offices as persons. A rule that needs no model generalises better: two to six capitalised words
(Title Case or ALL CAPS) joined only by spaces or "de/del/de la", where the lexicon of common
Mexican given names and surnames vouches for the run. Institution and common words end a run; a
run that starts with a place word ("Colonia", "Escuela", "San") or is a historical figure that
names streets and municipalities ("Benito Juárez") is a place, not a person.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from sufragio.privacy.lexicon import (
    AMBIGUOUS_GIVEN_NAMES,
    COMMON_WORDS,
    HISTORICAL_NAMES,
    INSTITUTION_WORDS,
    PLACE_WORDS,
    STATE_NAMES,
    STATES,
    given_names,
    surnames,
    words_of,
)
from sufragio.privacy.text import fold

_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*\.?")
#: Words of one name are joined by spaces; a tab separates the cells of a pasted table.
_GAP = re.compile(r" +")
#: OCR reads O as zero in ALL CAPS ("J0SÉ ANT0NIO"); read it back as a letter for the lexicon.
_OCR_ZERO = re.compile(r"(?<=[A-ZÁÉÍÓÚÑ])0|0(?=[A-ZÁÉÍÓÚÑ]{2})")
#: A quoted nickname inside a name ('Efraín "el Güero" Montes') is blanked so the run continues.
_NICKNAME = re.compile(r'(?<=[^\W\d_] )["“«][^"”»\n]{1,20}["”»](?= [A-ZÁÉÍÓÚÑ])')
_LONE_SCORE = 0.6
_HISTORICAL_BY_FIRST: dict[str, list[str]] = {}
for _name in HISTORICAL_NAMES:
    _HISTORICAL_BY_FIRST.setdefault(_name.split()[0], []).append(_name)
#: Opening quotes and brackets that may stand between a place word and the name it carries.
_OPENERS = "\"'“”«»()[]"
_COMMA = re.compile(r",[ \t]*")
#: A place's number between its kind and its name: "MAC 090551 (Pueblo Nuevo)", "Escuela No. 12".
_PLACE_NUMBER = re.compile(r"(?:no\.?|num\.?|#|(?:no\.?|num\.?|#)?\d[\d-]*[a-z]?),?")
_STATE_AFTER = re.compile(r",?[ \t]+([^\W\d_]+)")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Ee]l|[Ll]as?|[Ll]os)\s+$")
_CONNECTORS = frozenset({"de", "del", "la", "las", "los"})
#: Titles that schools, hospitals and streets keep in their names.
_PLACE_TITLES = frozenset(
    {"dr.", "dra.", "lic.", "prof.", "profr.", "profra.", "ing.", "gral.", "mtro.", "mtra.", "don"}
)
#: Words between a place's kind and the person it is named after: "Escuela Secundaria Técnica
#: No. 6 Profr. …", "ESC. SEC. TEC. NUM. 3 …", "escuela primaria bilingüe …".
_PLACE_QUALIFIERS = words_of(
    """
    tecnica tecnico tec sec prim bilingue rural federal federalizada estatal oficial urbana
    indigena particular mixta nocturna vespertina matutina
    """
)
_SAINTS = frozenset({"san", "santa", "santo"})
#: Posts named after the place they serve ("operador de módulo", "jefe de oficina").
_POSTS = words_of(
    """
    operador operadora responsable jefe jefa encargado encargada coordinador coordinadora
    supervisor supervisora vocal titular
    """
)
#: Words that begin a place's name only when capitalised in it ("Casa de la Cultura "Efrén
#: Hernández"", "Foro Cultural …"); "la casa de Juan" is Juan's.
_CAPITALISED_PLACE_WORDS = frozenset({"casa", "palacio", "foro"})
#: Abbreviated given names written in forms ("Ma. de Jesús", "Fco. Javier").
_ABBREVIATED = frozenset({"ma", "fco", "gpe"})
_MAX_WORDS = 6
_SCORE = 0.7
#: How many words before a name may belong to a place's name ("Jardín de Niños", 3 words),
#: and how many when the place is an institution's long name with "y" ("Instituto de
#: Investigación y Capacitación Electoral "Prisciliano Sánchez"").
_PLACE_CHAIN = 4
_NAMED_PLACE_CHAIN = 6


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    folded: str
    kind: str  # G given name, S surname, U unknown capitalised, C connector, I initial
    caps: bool


@lru_cache(maxsize=8192)
def classify(word: str, inside: bool = False) -> str:
    """G, S, U, C, I, or "" when the word cannot be part of a name (see module doc).

    `inside`: the word follows a name word, so a surname that is also a place word ("Juan Villa")
    counts as a surname.
    """
    folded = fold(word).rstrip(".")
    if folded in _CONNECTORS and (word.islower() or word.isupper() or inside):
        return "C"
    if not word[:1].isupper():  # lower case: only lexicon words, vetted per run in `_accept`
        if folded in given_names():
            return "g"
        return "s" if folded in surnames() and folded not in COMMON_WORDS else ""
    if len(folded) == 1:
        return "I" if word.endswith(".") else ""
    if folded in given_names() and folded not in AMBIGUOUS_GIVEN_NAMES:
        return "G"
    if folded in _ABBREVIATED:
        return "G"
    if folded in AMBIGUOUS_GIVEN_NAMES:
        return "S"  # "Paz", "Rosario": known, but not enough to vouch for a run alone
    if "-" in folded:  # "Nicte-Ha", "Ruiz-Esparza": the first part decides
        first = folded.split("-", 1)[0]
        if first in given_names() and first not in AMBIGUOUS_GIVEN_NAMES:
            return "G"
        if first in surnames() and first not in COMMON_WORDS:
            return "S"
    if folded in surnames() and (inside or folded not in PLACE_WORDS):
        return "S"
    if folded in INSTITUTION_WORDS or folded in PLACE_WORDS:
        return ""
    if folded in COMMON_WORDS or folded in STATES:
        return ""
    return "U"


def _runs(text: str) -> Iterator[list[_Token]]:
    """Maximal sequences of name-shaped tokens on one line, split at any other word."""
    run: list[_Token] = []
    previous_end = -1
    for match in _TOKEN.finditer(text):
        word = match.group()
        joined = previous_end >= 0 and _GAP.fullmatch(text, previous_end, match.start())
        if run and not joined:
            yield run
            run = []
        kind = classify(word, inside=any(t.kind in "GSgs" for t in run))
        if not kind:
            if run:
                yield run
            run, previous_end = [], -1
            continue
        if kind == "C" and not run:
            previous_end = -1
            continue
        folded = fold(word).rstrip(".")
        abbreviation = kind == "I" or folded in _ABBREVIATED
        sentence_end = word.endswith(".") and not abbreviation
        end = match.end() - 1 if sentence_end else match.end()
        run.append(_Token(match.start(), end, folded, kind, word.isupper()))
        previous_end = -1 if sentence_end else match.end()
    if run:
        yield run


def place_before(text: str, start: int) -> bool:
    """Whether a name follows a place word ("calle", "escuela", "alcaldía de"), or a title after
    a place's name ("Hospital General Dr. Manuel Gea", "Escuela Primaria Profr. Rafael Ramírez"):
    such names are places named after people. Quotes and an opening parenthesis between the
    two do not matter ('Jardín de Niños "Ana Ortiz"', "(San Pedro Tzeltal)")."""
    chunk = text[max(0, start - 80) : start]
    words = [w.strip(_OPENERS) for w in chunk[chunk.rfind("\n") + 1 :].split()]
    words = [w for w in words if w]
    before = [fold(w) for w in words]
    while before and before[-1] in _CONNECTORS:
        before.pop()
    if before and before[-1].endswith(","):
        return False  # "el topil de la comunidad, Eleuterio Pérez,": a person in apposition
    if before and before[-1].rstrip(".,") in PLACE_WORDS:
        # "Operador de módulo Jonathan E. Flores": a post named after its place, then a person
        post = len(before) >= 3 and before[-2] == "de" and before[-3] in _POSTS
        return not post or before[-1] in _SAINTS
    if _qualified_place(before):
        return True
    numbered = len(before)
    while numbered and _PLACE_NUMBER.fullmatch(before[numbered - 1]):
        numbered -= 1
    if 0 < numbered < len(before) and before[numbered - 1].rstrip(".,") in PLACE_WORDS:
        return True
    if _named_place_before(words, chunk.rstrip().endswith(('"', "“", "«"))):
        return True
    titled = False
    while before and before[-1] in _PLACE_TITLES:
        before.pop()
        titled = True
    if not titled:
        return False
    for word, folded in list(zip(words, before, strict=False))[::-1][: _PLACE_CHAIN + 2]:
        if folded in _CONNECTORS:
            continue  # "Hospital General de Zona Dr. …"
        if not word[:1].isupper() or word[-1] in ",;:":
            return False
        if folded.rstrip(".") in PLACE_WORDS or folded in _CAPITALISED_PLACE_WORDS:
            return True
    return False


def _qualified_place(before: list[str]) -> bool:
    """Whether a place's kind precedes the name across its qualifiers, number and titles; not
    across "de don": "la tienda de don Goyo" names its owner."""
    rest = list(before)
    while rest and (
        (rest[-1] in _PLACE_TITLES and rest[-1] != "don")
        or _PLACE_NUMBER.fullmatch(rest[-1])
        or rest[-1].rstrip(".,") in _PLACE_QUALIFIERS
    ):
        rest.pop()
    return (
        len(rest) < len(before)
        and bool(rest)
        and not rest[-1].endswith((",", ";"))  # "Operador de Módulo, Lic. Karen Solís"
        and rest[-1].rstrip(".") in PLACE_WORDS
    )


def historical_at(text: str, start: int, end: int) -> bool:
    """Whether the name at `start`..`end` is the start of a historical figure's name that goes on
    past `end`, as the names of towns do ("Felipe Carrillo Puerto, Q. Roo", where "Puerto"
    stops a run), or that is a place written like a person ("Guadalupe y Calvo")."""
    folded = fold(text[start : start + 40])
    for name in _HISTORICAL_BY_FIRST.get(folded.split(" ", 1)[0], ()):
        if len(name) >= end - start and folded.startswith(name):
            after = text[start + len(name) : start + len(name) + 2]
            if not after[:1].isalpha() and not after[1:].isupper():
                return True  # "Benito Juárez Ortega" goes on with a surname: a person
    return False


def _named_place_before(words: list[str], quoted: bool) -> bool:
    """Whether the capitalised words right before a name start with a place word: the name ends
    a place's own name ("Jardín de Niños Gabriela Mistral", "Centro de Salud Rural Ana Ortiz").

    A name in quotes may follow a longer institution's name joined by "y" ('Instituto de
    Investigación y Capacitación Electoral "Prisciliano Sánchez"'); without quotes, "y" ends
    the chain: "el Instituto Nacional Electoral y Ramón Costa" names a person."""
    chain = _NAMED_PLACE_CHAIN if quoted else _PLACE_CHAIN
    for word in words[::-1][:chain]:
        folded_word = fold(word)
        if folded_word in _CONNECTORS or (quoted and folded_word in ("y", "e")):
            continue
        if not word[:1].isupper() or not word[-1].isalpha():
            return False
        if folded_word in PLACE_WORDS or folded_word in _CAPITALISED_PLACE_WORDS:
            return True
    return False


def _accept(tokens: list[_Token]) -> list[_Token] | None:
    """The part of a run that is a name, or None."""
    while tokens and tokens[-1].kind == "C":
        tokens = tokens[:-1]
    while tokens and tokens[0].kind == "I" and tokens[0].folded == "c":
        tokens = tokens[1:]  # "C." is the title "Ciudadano", not an initial
    if any(t.kind in "gs" for t in tokens):  # "ramon de jesus campos luna": lexicon words only
        content = [t for t in tokens if t.kind not in "CI"]
        lower = all(t.kind in "gs" for t in content) and content[0].kind == "g"
        return tokens if lower and 3 <= len(content) <= _MAX_WORDS else None
    caps = all(t.caps for t in tokens if t.kind != "C")
    if caps:  # capitals carry headings and verbs too: keep only from lexicon word to lexicon word
        known_at = [i for i, t in enumerate(tokens) if t.kind in "GS"]
        if not known_at:
            return None
        tokens = tokens[known_at[0] : known_at[-1] + 1]
    given_at = next((i for i, t in enumerate(tokens) if t.kind == "G"), 0)
    if all(t.kind in "UC" for t in tokens[:given_at]):
        tokens = tokens[given_at:]  # "Acudió Teodoro Samaniego": names start at the given name
    content = [t for t in tokens if t.kind in "GSU"]
    initials = sum(t.kind == "I" for t in tokens)
    if len(content) == 1 and not initials and content[0].kind == "G" and not caps:
        return content  # "Mamá Lety": the given name alone, once the word before is trimmed
    if len(content) + initials < 2 or len(content) > _MAX_WORDS:
        return None
    given = sum(t.kind == "G" for t in content)
    known = given + sum(t.kind == "S" for t in content)
    if caps and known < 2:
        return None
    if given == 0 and known < 2 and not (known == 1 and len(content) + initials >= 3):
        return None
    if " ".join(t.folded for t in tokens) in HISTORICAL_NAMES:
        return None
    return tokens


def _trim_origin(text: str, tokens: list[_Token]) -> list[_Token]:
    """Drop a trailing "de <town>" before a state: "Pedro Luna de Fresnillo, Zacatecas"."""
    if len(tokens) >= 4 and tokens[-2].kind == "C" and tokens[-1].kind == "U":
        after = _STATE_AFTER.match(text, tokens[-1].end)
        if after and fold(after.group(1)) in STATE_NAMES:
            return tokens[:-2]
    return tokens


def read_ocr_zeros(text: str) -> str:
    """`text` with zeros inside capitalised words read as the letter O (same length)."""
    return _OCR_ZERO.sub("O", text)


def name_runs(text: str) -> Iterator[tuple[int, int, float, str]]:
    """(start, end, score, source) of every lexicon-anchored name run in `text`."""
    text = _NICKNAME.sub(lambda m: " " * len(m.group()), read_ocr_zeros(text))
    for run in _runs(text):
        if place_before(text, run[0].start) or historical_at(text, run[0].start, run[-1].end):
            continue
        lone = _lone_given_name(text, run)
        if lone:
            yield lone
            continue
        tokens = _accept(run)
        if not tokens:
            continue
        tokens = _trim_origin(text, tokens)
        end = tokens[-1].end
        if all(t.kind != "G" for t in tokens):
            end = _given_after_comma(text, end)
        yield tokens[0].start, end, _SCORE, "name run"


def _lone_given_name(text: str, run: list[_Token]) -> tuple[int, int, float, str] | None:
    """A given name on its own ("Gonzalo, tu credencial ya está lista"), unless it is also a
    place or a word ("Victoria"), is written in capitals (a heading) or follows an article."""
    content = [t for t in run if t.kind != "C"]
    if len(content) != 1 or content[0].kind != "G" or content[0].caps:
        return None
    token = content[0]
    if token.folded in AMBIGUOUS_GIVEN_NAMES or token.folded in COMMON_WORDS:
        return None
    before = text[max(0, token.start - 4) : token.start]
    if _ARTICLE_BEFORE.search(before):
        return None  # "la Esperanza", "el Carmen": places
    return token.start, token.end, _LONE_SCORE, "lone given name"


def _given_after_comma(text: str, end: int) -> int:
    """Surname-first forms: "PÉREZ LÓPEZ, JUAN CARLOS" — take the given names after the comma."""
    comma = _COMMA.match(text, end)
    if not comma:
        return end
    cursor, new_end = comma.end(), end
    for match in _TOKEN.finditer(text, cursor):
        if match.start() != cursor or classify(match.group()) != "G":
            break
        new_end = match.end()
        gap = _GAP.match(text, match.end())
        if not gap:
            break
        cursor = gap.end()
    return new_end


def extend_name(text: str, start: int, end: int) -> int:
    """End of a name grown over the capitalised name words right after it (a second surname
    spaCy left behind), joined by spaces or "de/del/de la"."""
    words = len(text[start:end].split())
    cursor, new_end = end, end
    while words < _MAX_WORDS:
        gap = _GAP.match(text, cursor)
        if not gap:
            break
        match = _TOKEN.match(text, gap.end())
        if not match:
            break
        kind = classify(match.group())
        if kind in ("G", "S", "U"):
            new_end = match.end() - (match.group().endswith("."))
            words += 1
        elif kind != "C":
            break
        cursor = match.end()
        if match.group().endswith("."):
            break
    return new_end
