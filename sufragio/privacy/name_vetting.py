"""Why a span that reads like a name is not a person's: firms, streets, towns, laws, offices.

Every PERSON candidate, whatever found it, passes these checks before it is reported: a firm's
name ("Ruiz, Trejo y Asociados, S.C."), a street with its number, a letter's place-and-date line,
a town named like a person ("Gómez Palacio", "vivo en Dolores Hidalgo"), the title of a law
("Ley de Amparo"), a field of study, an institution or a lone common word. They are kept apart
from the recognizer (`sufragio.privacy.recognizers.person`) because they encode Mexican places
and institutions rather than how names are introduced.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sufragio.privacy.lexicon import (
    COMMON_WORDS,
    HISTORICAL_NAMES,
    INSTITUTION_WORDS,
    PLACE_WORDS,
    STATES,
    given_names,
    is_known_name,
    towns,
)
from sufragio.privacy.name_runs import historical_at, place_before, read_ocr_zeros
from sufragio.privacy.signature_lines import INITIALS
from sufragio.privacy.text import fold

#: A name followed by a house number and a colonia is a street ("Magdalena 21, Col. Del Valle").
_STREET_NUMBER = re.compile(
    r"[ \t]+(?:no\.?|num\.?|#)?[ \t]*\d{1,5}[a-z]?(?:[ \t-]+(?:int|interior|depto)\.?[ \t]*\w+)?"
    r"[ \t]*,?[ \t]*(?:col\b|colonia|fracc|barrio|u\.?\s?h\.|unidad habitacional)"
)
#: Sources whose values sit in a named field or a name's slot ("salió como …"), so a surname that
#: is a place word, or short and in capitals, counts.
_FIELD_SOURCES = frozenset({"form label", "form field", "form block", "stated name", "spelling"})
#: A company's legal form after a name ("Ruiz Trejo, S.C.").
_COMPANY_SUFFIX = re.compile(
    r",?\s*(?:S\.?\s?A\.?|S\.?\s?C\.?|A\.?\s?C\.?|S\.?\s?de\s?R\.?\s?L\.?|SAPI|P\.?L\.?L\.?C\.?|"
    r"L\.?L\.?C\.?|P\.C\.|Inc\.|INC\.)(?!\w)"
)
#: English street types and compass points: "Buford Hwy NE", "S. Closner Blvd" are streets of
#: an address abroad, not people.
_ENGLISH_STREET_WORDS = frozenset(
    ("st", "ave", "blvd", "hwy", "rd", "dr", "ln", "pkwy", "ne", "nw", "se", "sw")
)
_COMPASS_AFTER = re.compile(r"[ \t]+del[ \t]+(?:Norte|Sur)\b")
#: Holy Week's days: "Jueves y Viernes Santos", "Semana Santa" name no one.
_HOLY_DAY_BEFORE = re.compile(r"(?i:jueves|viernes|s[aá]bado|domingo|semana)[ \t]+$")
_HOLY = frozenset({"santo", "santos", "santa"})
#: Feasts named after the Virgin's titles: "el Día de la Candelaria", "la fiesta de la
#: Asunción", "la peregrinación de Nuestra Señora de la Soledad" name no one.
_FEAST_BEFORE = re.compile(
    r"(?i:fiesta|d[ií]a|feria|novenario|procesi[oó]n|peregrinaci[oó]n)[ \t]+de[ \t]+"
    r"(?:la[ \t]+|(?i:nuestra)[ \t]+(?i:señora)[ \t]+de[ \t]+(?:la[ \t]+)?)$"
)
#: Form labels of places: their value is a town, however much it looks like a name.
_PLACE_LABEL_BEFORE = re.compile(
    r"\b(?:lugar(?: de nacimiento)?|municipio|ciudad|entidad(?: de nacimiento)?|localidad|"
    r"poblacion|origen|estado)[ \t]*:[ \t]*$"
)
#: A day of the month after a word: "Domingo 9 de febrero" is a weekday, not a given name.
_DAY_NUMBER_AFTER = re.compile(r",?[ \t]+\d{1,2}(?:[ \t]+de\b|/)")
_FEASTS = frozenset(
    (
        *("candelaria", "asuncion", "concepcion", "natividad", "soledad", "merced", "purisima"),
        *("inmaculada", "trinidad", "ascension", "resurreccion", "santa cruz", "dolores", "luz"),
    )
)
#: The same legal form inside a candidate's own end ("… del Mayab SA de CV"): a firm.
_COMPANY_FORM_ENDING = re.compile(
    r"[ \t,]+(?:S\.?[ \t]?A\.?|S\.?[ \t]?C\.?|A\.?[ \t]?C\.?|SAPI)"
    r"(?:[ \t]+de[ \t]+C\.?[ \t]?V\.?)?$"
)
#: Surnames listed before "y Asociados", "Abogados" or a company suffix are a firm's name
#: ("Ruiz, Trejo y Asociados, S.C.", "Vega Luna Abogados", "Ortiz Hermanos, S.A.").
_FIRM_TAIL = re.compile(
    r"(?:,?[ \t]+[A-ZÁÉÍÓÚÑ][^\W\d_]*\.?){0,4},?[ \t]+(?:(?:y|e|&)[ \t]+)?"
    r"(?:(?:Asociad[oa]s|Abogad[oa]s|C[ií]a\.?|Compañ[ií]a|Socios|Consultores|Contadores|"
    r"Herman[oa]s|Hnos\.?|Hij[oa]s|ASOCIAD[OA]S|ABOGAD[OA]S|CIA\.?|COMPAÑIA|SOCIOS|CONSULTORES|"
    r"CONTADORES|HERMAN[OA]S|HNOS\.?|HIJ[OA]S)(?!\w)|(?:S\.?\s?A\.?|S\.?\s?C\.?|A\.?\s?C\.?|S\.?\s?de\s?R\.?\s?L\.?|SAPI)(?!\w))"
)
#: A letter's place-and-date line: "Tlapa de Guerrero, Gro., a 3 de mayo de 2025"; the words
#: before the date are a town, however much they look like a name ("Pedro Escobedo, Qro.").
_DATE_LINE_AFTER = re.compile(
    r"\.?(?:(?:[ \t]*,[ \t]*|[ \t]+)(?:[A-ZÁÉÍÓÚÑ][^\W\d_]*\.?(?:[A-ZÁÉÍÓÚÑ]\.)*|del?))*"
    r",?[ \t]+a[ \t]+(?:los[ \t]+)?\d{1,2}[ \t]+de[ \t]+\w"
)
#: Particles that join the words of a compound surname ("del Río", "de la Rosa").
CONNECTORS = {"de", "del", "la", "las", "los"}


#: Sources that name someone by a context that outweighs a town of the same name ("mi nombre
#: es Guadalupe", "Apellido: Jiménez"); the rest (spaCy, name runs, vocatives) defer to the
#: gazetteer of towns named like people.
_CONTEXT_SOURCES = frozenset(
    {
        "trigger",
        "stated name",
        "writ opening",
        "roster",
        "form label",
        "form field",
        "form block",
        "chat sender",
        "kin list",
        "nickname",
        "speaker",
        "propaganda",
        "signature",
    }
)
#: Where a town is mentioned as one: "vivo en Dolores Hidalgo", "desde Jesús María".
_TOWN_PREPOSITION = re.compile(
    r"\b(?:en|desde|hasta|hacia|rumbo a|municipio de|"
    # going to or coming from a place: "su próxima visita a Jesús María", "originaria de …"
    r"(?:visita|viaje|gira|traslado|llegada|regreso|mudanza|visitar|viajar|ir|vamos|voy|fuimos|"
    r"fui|llegar|llegamos|llegue|regresar|regresamos|regrese|mudarnos|mudamos|mudarme|votar|"
    r"votamos|votaron) a|cabecera(?: en| de)?:?|"
    r"(?:originari[oa]|oriund[oa]|procedente|natural|vengo|venimos|salimos|sali) de)[ \t]+$"
)
#: A town in a list of municipalities or localities: "por municipio (Calakmul, Candelaria, …)".
_LIST_ITEM = r"[A-ZÁÉÍÓÚÑ][^\W\d_]*(?:[ \t]+(?:de|del|la|las|los|[A-ZÁÉÍÓÚÑ][^\W\d_]*))*"
_TOWN_LIST_BEFORE = re.compile(
    r"(?i:municipios?|localidad(?:es)?|poblaciones|comunidades|ciudades|alcald[ií]as|pueblos|"
    r"sedes|consejos municipales|campos(?: pesqueros)?|cabeceras?(?: municipales)?)"
    r"(?:[ \t]+(?:de|del|como))?[ \t]*[(:]?[ \t]*"
    rf"(?:{_LIST_ITEM}[ \t]*,[ \t]*)*(?:{_LIST_ITEM}[ \t]+)?(?:[ye][ \t]+)?$"
)
#: The state after a town ("…, Gto.", "…, Estado de México": the word after "Estado de").
_TOWN_STATE_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:[Ee]stado[ \t]+de[ \t]+)?([^\W\d_]+)")
#: Nahuatl endings of place names ("Cosamaloapan", "Tlaquepaque" aside): "-tepec", "-tlán",
#: "-apan", "-tzingo", "-huacan", "-ixtla"; no common Mexican surname ends so.
_TOPONYM_ENDING = re.compile(r"(?:tepec|tlan|apan|pan|tzingo|cingo|zingo|huacan|ixtla|tla|lco)$")
_DE_TAIL = re.compile(r"[ \t]+de[ \t]+(?!la\b|las\b|los\b)([^\W\d_].*)$", re.IGNORECASE)


#: Words inside a law's or a code's title are never names: "Ley de Amparo", "Ley General en
#: Materia de Desaparición Forzada de Personas, Desaparición Cometida por Particulares…".
_LAW_TITLE_BEFORE = re.compile(
    r"\b(?:Ley|LEY|C[óo]digo|Reglamento|Constituci[óo]n|Decreto|Estatuto|Lineamientos|"
    r"Convenci[óo]n|Pacto|Protocolo|Tratado|Norma|Acuerdo)"
    r"(?:[ \t]+(?:[A-ZÁÉÍÓÚÑ][^\W\d_]*,?|de|del|la|las|los|en|y|e|para|por|sobre|contra|el|a|"
    r"materia))*[ \t]+$"
)
#: A field of study or of work after an office or a degree ("Técnico en Actualización
#: Cartográfica", "Licenciada en Ciencias Políticas"), or a court's branch ("Juzgado Primero de
#: lo Familiar"): not a person.
_FIELD_OF_BEFORE = re.compile(
    r"(?:\b(?:t[eé]cnic[oa]s?|auxiliar(?:es)?|analistas?|especialistas?|licenciad[oa]s?|"
    r"ingenier[oa]s?|maestr[oa]s?|maestr[ií]a|doctor(?:a|ado)?|licenciatura|diplomado|posgrado|"
    r"especialidad|carrera|egresad[oa]|graduad[oa]|titulad[oa]|expert[oa]|"
    r"(?:licenciatura|maestr[ií]a|doctorado|diplomado|especialidad|curso|taller) (?:de|sobre))"
    r"[ \t]+en|\bde lo)[ \t]+$",
    re.IGNORECASE,
)


def _title_word_at(text: str, start: int) -> bool:
    """Whether a span continues the title of a law, or names a field or a court's branch."""
    return bool(
        _LAW_TITLE_BEFORE.search(text, max(0, start - 160), start)
        or _FIELD_OF_BEFORE.search(text, max(0, start - 40), start)
    )


def _longer_town_at(folded_from_start: str, name: str) -> bool:
    """Whether a town of the gazetteer longer than `name` starts with it and is written here."""
    return any(
        town.startswith(name + " ")
        and folded_from_start.startswith(town)
        and not folded_from_start[len(town) : len(town) + 1].isalnum()
        for town in _towns_by_first_word().get(name.split()[0], ())
    )


@lru_cache(maxsize=1)
def _towns_by_first_word() -> dict[str, tuple[str, ...]]:
    """The gazetteer's towns grouped by first word, so a span is compared with a few, not all."""
    grouped: dict[str, list[str]] = {}
    for town in towns():
        grouped.setdefault(town.split()[0], []).append(town)
    return {word: tuple(names) for word, names in grouped.items()}


def _town_at(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is a town named like a person, as such: a town whose name starts
    with a surname ("Gómez Palacio") always; one that starts with a given name ("Dolores
    Hidalgo", "Pedro Escobedo") after "en"/"desde" or before its state ("…, Gto.")."""
    words = [w.strip(".,") for w in fold(text[start:end]).split()]
    while len(words) > 1 and words[-1] in STATES and " ".join(words) not in towns():
        words.pop()  # "Gómez Palacio, Durango", but "Zamora de Hidalgo" is the town's name
    name = " ".join(words)
    if name not in towns():
        # "Dolores Hidalgo Cuna de la Independencia Nacional": the span stopped inside the name
        return _longer_town_at(fold(text[start : start + 80]), name)
    if words[0] not in given_names() and not (len(words) == 1 and is_known_name(words[0])):
        return True
    if _TOWN_PREPOSITION.search(fold(text[max(0, start - 20) : start])):
        return True
    if _TOWN_LIST_BEFORE.search(text, max(0, start - 120), start):
        return True
    after = _TOWN_STATE_AFTER.match(text, end)
    return bool(after) and fold(after.group(1)) in STATES


#: States whose name is no one's surname: a capitalised run that ends in one ("Tlapa de
#: Comonfort Guerrero" is ambiguous, "Apatzingán Michoacán" is not) names a town in its state.
_STATE_NAMES = frozenset(
    (
        *("aguascalientes", "baja california", "baja california sur", "campeche", "coahuila"),
        *("chiapas", "chihuahua", "guanajuato", "jalisco", "michoacan", "nayarit"),
        *("nuevo leon", "oaxaca", "puebla", "queretaro", "quintana roo", "san luis potosi"),
        *("sinaloa", "sonora", "tabasco", "tamaulipas", "tlaxcala", "veracruz", "yucatan"),
        *("zacatecas",),
    )
)


def _state_end(text: str, start: int, end: int) -> int | None:
    """Where a span that ends in a state's name ends without it, or None if it ends in none.

    "Apatzingán Michoacán" and "Tlapa de Comonfort, Guerrero" are towns; "Ana Ruiz Oaxaca" in a
    list is Ana Ruiz then her state."""
    words = list(re.finditer(r"[^\s,]+", text[start:end]))
    for size in (3, 2, 1):
        if len(words) > size:
            tail = " ".join(fold(w.group()).strip(".") for w in words[-size:])
            if tail in _STATE_NAMES:
                return start + words[-size - 1].end()
    return None


def _origin_end(text: str, start: int, end: int) -> int:
    """End of a name without a trailing "de <town>": "Herminia Sarmiento de Cosamaloapan" is
    Herminia Sarmiento from Cosamaloapan. The town is one of the gazetteer's or a single unknown
    word with a Nahuatl place ending; "de <surname>" ("Ana Ruiz de Lara") stays in the name."""
    value = text[start:end]
    tail = _DE_TAIL.search(value)
    if not tail or len(value[: tail.start()].split()) < 2:
        return end
    town = fold(tail.group(1)).rstrip(".")
    words = town.split()
    known = any(is_known_name(w) for w in words) if len(words) == 1 else False
    if (town in towns() and not known) or (
        len(words) == 1 and len(town) >= 6 and not known and _TOPONYM_ENDING.search(town)
    ):
        return start + tail.start()
    return end


def _plausible(text: str, in_field: bool = False) -> bool:
    """Reject spans that are institutions, places or single common words.

    `in_field`: the value fills a name field ("Apellido paterno: DEL RÍO", "Apellido: UC"), so
    a surname that is also a place word, or a short one in capitals, is a surname.
    """
    if any(ch.isdigit() or ch in "@/#" for ch in read_ocr_zeros(text)):
        return False  # numbers, e-mails, paths and hashtags are no names
    words = [fold(w).strip(".") for w in text.split()]
    content = [w for w in words if w not in CONNECTORS]
    if not any(len(w.replace(".", "")) >= (2 if in_field else 3) for w in content):
        return False  # "C.P.", "JC" alone
    if any(w in INSTITUTION_WORDS for w in content):
        return False
    if all((w in STATES or w in COMMON_WORDS) and not is_known_name(w) for w in content):
        return False
    if (content[0] in PLACE_WORDS and not in_field) or " ".join(words) in HISTORICAL_NAMES:
        return False  # "Auditorio Jaime Torres Bodet", "Gustavo A. Madero" are places
    if content[0] == "costa" and len(content) > 1 and not in_field:
        return False  # "Costa Rica", "Costa Chica"; "la licenciada Costa" stays a person
    # acronyms (INE, DERFE, INETEL), alone or after a role word ("Asesor INETEL"), are institutions
    named = [
        (w, original)
        for w, original in zip(words, text.split(), strict=True)
        if w not in CONNECTORS and w not in COMMON_WORDS
    ]
    acronym = len(named) == 1 and named[0][1].isupper() and len(named[0][1]) <= 6 and not in_field
    return not acronym or is_known_name(named[0][0])


#: Sources that propose spans from a model rather than from a phrase or a lexicon.
_MODEL_SOURCES = frozenset({"ner", "name tagger"})


def _word_then_unknown(value: str) -> bool:
    """An ordinary word, then words no lexicon knows: "Recibo Telmex", "Libretón Básico"."""
    words = [fold(w).strip(".,") for w in value.split()]
    content = [w for w in words if w and w not in CONNECTORS]
    return (
        bool(content) and content[0] in COMMON_WORDS and not any(is_known_name(w) for w in content)
    )


def vetted_end(text: str, folded: str, start: int, end: int, source: str) -> int | None:
    """Where the candidate `text[start:end]` from `source` ends as a person's name, or None.

    `folded` is `fold(text)`. A trailing "de <town>" is dropped from the end; None means the
    span is a firm, a street, a place, a law's title or not a name at all.
    """
    if _COMPANY_SUFFIX.match(text, end) or _STREET_NUMBER.match(folded, end):
        return None
    candidate = folded[start:end]
    if candidate in _HOLY and _HOLY_DAY_BEFORE.search(text, max(0, start - 12), start):
        return None
    if candidate in _FEASTS and _FEAST_BEFORE.search(text, max(0, start - 40), start):
        return None
    if candidate == "domingo" and _DAY_NUMBER_AFTER.match(text, end):
        return None  # "Domingo 9 de febrero": a weekday, not the given name
    if start and text[start - 1] in "@#" and re.match(r"[A-Z]{2}", text[start:end]):
        return None  # "@INEMorelos", "@PRIJalisco": an organisation's handle
    if _PLACE_LABEL_BEFORE.search(folded, max(0, start - 40), start):
        return None  # "Lugar de nacimiento: GOMEZ PALACIO, DURANGO": a place field
    if _COMPASS_AFTER.match(text, end):
        return None  # "Carolina del Norte", "Dakota del Sur": places
    if any(
        w.strip(".,").lower() in _ENGLISH_STREET_WORDS and w[0].isupper()
        for w in text[start:end].split()[1:]
    ):
        return None
    if _COMPANY_FORM_ENDING.search(text, start, end):
        return None
    if _FIRM_TAIL.match(text, end) or _DATE_LINE_AFTER.match(text, end):
        return None
    if place_before(text, start) and source not in _FIELD_SOURCES:
        return None
    if historical_at(text, start, end):
        return None  # "Felipe Carrillo Puerto": a town
    end = _origin_end(text, start, end)
    state_end = _state_end(text, start, end) if source not in _FIELD_SOURCES else None
    if state_end is not None:
        first = fold(text[start:state_end]).split()[0].strip(".")
        if first not in given_names():
            return None  # "Apatzingán Michoacán": a town and its state
        end = state_end
    if source not in _CONTEXT_SOURCES and _town_at(text, start, end):
        return None  # "Gómez Palacio", "vivo en Dolores Hidalgo": towns
    if source not in _CONTEXT_SOURCES and _title_word_at(text, start):
        return None  # "Ley de Amparo", "Técnico en Actualización Cartográfica"
    value = text[start:end]
    if source in _MODEL_SOURCES and _word_then_unknown(value):
        return None
    if end > start and (
        source == "social handle"
        or (source == "signature line" and INITIALS.fullmatch(value))
        or source == "initials"
        or _plausible(value, source in _FIELD_SOURCES)
    ):
        return end
    return None
