"""The town where a person lives, named as such: "vivo en Chicago", "me cambié de … a …".

The town or city of someone's home is part of that person's address (as in HIPAA's Safe Harbor
rule, a geographic unit smaller than a state), though it has no street or number: the phrase
before it (a verb of living or moving, a home named by its town, writing "desde" it) is what
makes it personal. A state or country alone, a place of origin and a town where something happens
stay public places. This pass reads phrases, not address shapes, so it lives apart from them.
"""

from __future__ import annotations

import re

from sufragio.privacy.address_words import (
    AREA,
    CONNECTORS,
    IMPLICIT_COLONIA,
    MONTHS,
    SEASONS,
    STREET,
    STREET_OR_AREA,
)
from sufragio.privacy.lexicon import COMMON_WORDS, INSTITUTION_WORDS, STATES, words_of
from sufragio.privacy.text import fold

#: Phrases after which a capitalised place name is the town where someone lives: verbs of living
#: and moving ("vivo en", "vivo hasta Caucel", "radicamos en", "lleva años viviendo en", "vive
#: con su abuela en", "me cambié de … a", "se mudó hace 6 meses a", "me fui a vivir a", "se fue
#: a trabajar a", "se fue pa", "ya se fue a Chalco"; "se fue a La Paz con su comadre" may be a
#: trip), a domicile or a rented room in a town ("con domicilio en Metepec", "rento un cuarto
#: en"), English ones ("now I live in", "lives with me in"), a home named by its town ("mi piso
#: en", "mi domicilio viejo de"), writing from a town ("les escribo desde"), a caller's "de aquí
#: de" and a chat's "yo aquí en". "desde" alone counts only when "donde resido" follows the
#: town ("desde Madrid, donde resido").
_RESIDENCE = re.compile(
    r"\b(?:(?:[bv]iv(?:o|e|es|en|imos|ia|ias|ian|iamos|i|io|ieron|ido|ir|iendo)|resid(?:o|e|es|en|"
    r"imos|ia|ian|i|io|ido|ir|iendo)|radic(?:o|a|as|an|amos|aba|aban|ado)|habito)"
    r"(?: (?:aca|aqui|alla|ahora|ya|todavia|actualmente|hoy|tambien|desde hace \w+ anos?|"
    r"sol[oa]s?|conmigo|con (?:mis?|sus?|tus?|nuestr[oa]s?|unos|unas) \w+))*"
    r" (?:en|hasta)|(?:me|nos|se) (?:mude|mudamos|mudo|mudaron|cambie|cambiamos|cambio|cambiaron)"
    r"(?: hace (?:como |unos |unas |mas de )?\w+ \w+)? (?:a vivir )?(?P<move>a|de|para)|"
    r"se fue(?:ron)? (?:a (?:vivir|trabajar) (?:a|en)|pa|para)|ya se fue(?:ron)? a|"
    r"(?:con|tiene|tenia|tendria|tengo|tenemos|mi|su|tu) domicilio(?: particular| actual)? en|"
    r"(?:le|les|te) hablo desde|"
    r"(?:me|nos|se) (?:fui|fuimos|fue|fueron|vine|vinimos|vino|vinieron) a vivir (?:a|en)|"
    r"(?:i|we|he|she|they)(?: now| still| currently)? (?:live|lives|"
    r"reside|resides|moved|am living|are living|is living)(?: now)? (?:in|to)|"
    r"(?:lives|live|is living|are living) with (?:me|us)(?: now)? in|(?:currently|now) living in|"
    r"(?:rento|rentamos|renta|rentan) (?:un cuarto|una casa|un departamento|un depa|una pieza)"
    r"(?: aqui| alla)? en|"
    r"\b(?:mi|su|tu|nuestr[oa]) (?:casa|piso|depa|departamento|depto|hogar|domicilio|direccion)"
    r"(?: (?:viej[oa]|anterior|actual|nuev[oa]|de antes))? (?:en|de)|"
    r"(?:escribo|escribimos|dirijo a ustedes|dirijo a usted|comunico) desde|de (?:aqui|aca) del?|"
    r"(?:me|nos|se) (?:voy|vamos|va|van) a (?:cambiar|mudar|ir a vivir) a|"
    r"(?:i'?m|i am|we'?re|we are) writing(?: you| to you)? from|"
    r"(?:yo|nosotr[oa]s) (?:aca|aqui) en|(?:i|we) moved from|"
    r"(?P<from>desde))[ \t]+"
)
#: The town: one to four capitalised words, "la ciudad de" or "el puerto de" before it, and the
#: state, country or municipality after a comma ("Tucson, Arizona", "Isla Aguada, municipio del
#: Carmen"); a colonia may follow ("Tijuana, en la colonia Otay Universidad").
_CAP = r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ'-]*"
_CAP_RUN = rf"{_CAP}(?:[ \t]+(?:(?:de|del|la|las|los|el)[ \t]+)?{_CAP}){{0,3}}"
_RESIDENT_TOWN = re.compile(
    rf"(?:(?:la|el)[ \t]+)?(?P<lead>(?:ciudad|puerto|pueblo|villa|municipio)[ \t]+de[ \t]+)?"
    rf"(?P<town>{_CAP_RUN})"
    rf"(?:[ \t]+(?:#[ \t]*|n[uú]m(?:ero|\.)?[ \t]*|no\.[ \t]*)?\d{{1,5}}[A-Za-z]?\b"
    rf"(?![ \t]*(?:años|anos|meses|semanas|d[ií]as|horas|a[ \t]+\d)))?"
    rf"(?:[ \t]*,[ \t]*(?P<region>municipio[ \t]+del?[ \t]+{_CAP_RUN}|{_CAP_RUN}\.?))?"
    rf"(?P<colonia>,?[ \t]+en[ \t]+(?:la[ \t]+|el[ \t]+)?(?:colonia|col\.|fraccionamiento|fracc\.|"
    rf"barrio)[ \t]+{_CAP_RUN})?"
)
#: "dijo vivir en la calle Mariano Escobedo", "vivo aquí en la privada Los Sauces": a street
#: or colonia named after a verb of living is that person's, even without a number.
_LIVING_STREET = re.compile(
    rf"(?:(?:la|el)[ \t]+)?(?P<word>{STREET}|{AREA})\.?[ \t]+"
    r"(?:(?:de|del)[ \t]+(?:(?:la|los|las|el)[ \t]+)?)?(?=[A-ZÁÉÍÓÚÑ0-9])",
    re.IGNORECASE,
)
_STREET_NAME = re.compile(
    rf"(?:(?:de|del|la|las|los|el)[ \t]+)?(?:{_CAP}|\d{{1,2}}[ \t]+de[ \t]+{_CAP})"
    rf"(?:[ \t]+(?:(?:de|del|la|las|los|el|y)[ \t]+)?{_CAP}){{0,3}}"
    rf"(?:[ \t]+(?:#[ \t]*|n[uú]m(?:ero|\.)?[ \t]*|no\.[ \t]*)?\d{{1,5}}[A-Za-z]?\b)?"
)
_IF_YOU_LIVE = re.compile(r"si (?:[bv]ives|[bv]ive|[bv]iven|resides|reside|residen) ")
_WHERE_I_LIVE = re.compile(r"[ \t]*,?[ \t]*(?:en )?donde (?:resid|viv|radic)")
_THEN_TO = re.compile(r"[ \t]+a[ \t]+")
#: Countries and states abroad: "vivo en Texas", "vivo en España" name no town (folded).
_REGIONS = frozenset(
    re.split(
        r"\s*\|\s*",
        """
    estados unidos|estados unidos de america|united states|usa|eua|ee uu|ee.uu.|canada|mexico|
    espana|spain|francia|france|alemania|germany|italia|italy|inglaterra|england|reino unido|
    portugal|suiza|holanda|paises bajos|belgica|austria|suecia|noruega|dinamarca|irlanda|
    japon|china|corea|australia|argentina|chile|colombia|peru|venezuela|ecuador|bolivia|
    paraguay|uruguay|brasil|guatemala|honduras|el salvador|nicaragua|costa rica|panama|cuba|
    republica dominicana|puerto rico|belice|europa|el extranjero|eu|e.u.|u.s.|us|
    alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|
    hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|luisiana|maine|maryland|
    massachusetts|michigan|minnesota|mississippi|missouri|misuri|montana|nebraska|nevada|
    new hampshire|new jersey|nuevo mexico|new mexico|north carolina|carolina del norte|
    south carolina|carolina del sur|north dakota|south dakota|ohio|oklahoma|oregon|
    pennsylvania|pensilvania|rhode island|tennessee|texas|utah|vermont|virginia|
    west virginia|wisconsin|wyoming|ontario|quebec|alberta|manitoba|columbia britanica|
    british columbia|ciudad de mexico|estado de mexico|distrito federal|cataluna|andalucia|
    galicia|pais vasco|comunidad de madrid
    """.strip(),
    )
)
#: "en mi casa a las 8, Galeana 44": a meeting at home, the street named after it.
_HOME_STREET = re.compile(
    r"\b(?:en|a) (?:mi|su|tu|nuestra) casa(?: (?:a|como a|despues de) las \d{1,2}(?::\d\d)?"
    r"(?: ?(?:am|pm|hrs?|h))?)?,[ \t]*"
)
_NAMED_STREET = re.compile(
    rf"{_CAP}(?:[ \t]+(?:(?:de|del|la|las|los|el)[ \t]+)?{_CAP}){{0,3}}[ \t]+\d{{1,5}}[A-Za-z]?\b"
)
#: "sigues en la Periodistas conmigo": a colonia named with "la" after a verb of staying in the
#: first or second person.
_STAYING = re.compile(r"\b(?:sig(?:o|ues|uimos)|est(?:oy|as|amos)) en la[ \t]+")
#: Regions larger than a town: "de aquí de la Costa Chica", "vivo en la Sierra Norte".
_WIDE_REGIONS = words_of("costa sierra huasteca mixteca montana selva peninsula region zona bajio")


_TRAILING_CONJUNCTION = re.compile(r"[ \t]+[YEO]$")
#: Towns named after a saint ("SAN JERONIMO COATLAN"): a town even in all capitals.
_SAINT = re.compile(r"(?:san|santa|santo|santiago) \w{3,}")


def _is_town(folded_town: str, lead: bool, in_state: bool = False) -> bool:
    """Whether a capitalised run after a residence phrase names a town: not a state or country
    ("Texas", "Nuevo León", "España"; "la ciudad de Campeche" is the town), not a common word,
    a month, an institution or a street or colonia word (left to the address starts).

    `in_state`: a state follows the run ("León, Gto.", "Durango, Dgo."), so a run named like
    a state is its town."""
    words = folded_town.replace(".", " ").split()
    if not words:
        return False
    significant = [w for w in words if w not in CONNECTORS]
    if not significant or STREET_OR_AREA.fullmatch(words[0]):
        return False
    first = significant[0]
    if first in COMMON_WORDS or first in MONTHS or first in SEASONS or first in _WIDE_REGIONS:
        return False
    if any(w in INSTITUTION_WORDS and w not in STATES for w in words):
        return False
    if lead or in_state:
        return folded_town != "mexico"
    return folded_town not in _REGIONS and not all(w in STATES for w in significant)


def _is_region(folded_region: str) -> bool:
    """A state, country or municipality after a town: "Arizona", "Mich.", "municipio del Carmen"."""
    value = folded_region.strip(". ")
    words = [w.strip(".") for w in value.split() if w not in CONNECTORS]
    return (
        value in _REGIONS
        or value.startswith("municipio")
        or (bool(words) and all(w in STATES for w in words))
    )


def _is_mexican_state(folded_region: str) -> bool:
    """A Mexican state or its abbreviation after a town: "Gto.", "Nuevo León" (not "USA")."""
    words = [w.strip(".") for w in folded_region.split() if w not in CONNECTORS]
    return bool(words) and all(w in STATES for w in words)


def _resident_town(text: str, folded: str, at: int) -> tuple[int, int] | None:
    """The town (with its state and colonia) a residence phrase ending at `at` names."""
    match = _RESIDENT_TOWN.match(text, at)
    if not match:
        return None
    begin, end = match.start("lead") if match.group("lead") else match.start("town"), match.end()
    town = folded[match.start("town") : match.end("town")].rstrip(".")
    region = match.group("region")
    in_state = bool(region) and _is_mexican_state(
        folded[match.start("region") : match.end("region")]
    )
    if not _is_town(town, bool(match.group("lead")), in_state):
        return None
    if region and not _is_region(folded[match.start("region") : match.end("region")]):
        end = match.end("town")
    elif text[match.start("town") : end].isupper() and not region and not _SAINT.match(town):
        return None  # "VIVO EN LA INCERTIDUMBRE": all capitals hide which words are names
    while end > begin and text[end - 1] in ". \t":
        end -= 1
    if _TRAILING_CONJUNCTION.search(text, begin, end):
        end = _TRAILING_CONJUNCTION.search(text, begin, end).start()  # "EN SAN JERONIMO Y GASTE"
    if end < match.end("town") and text[match.end("town") - 1] == ".":
        end = match.end("town") - 1
    return begin, end


#: "… en la comunidad de Abasolo y ahí vivo todavía", "… El Desemboque, municipio de Pitiquito,
#: Sonora. Aquí vivo": a place named right before the writer says they live there.
_LIVE_THERE = re.compile(
    r"[ \t]*[,.;]?[ \t]*(?:y[ \t]+)?(?:ahi|aqui|alli|alla)[ \t]+(?:todavia[ \t]+|mismo[ \t]+)?"
    r"[bv]iv(?:o|imos|e|en)\b"
)
#: The area word that may lead such a place: "comunidad de", "campo pesquero", "barrio".
_AREA_LEAD_WORDS = rf"(?:{AREA}|campo pesquero|campo)\.?[ \t]+(?:(?:de|del)[ \t]+)?"
_PLACE_BEFORE = re.compile(
    rf"\b(?:en|de|del)[ \t]+(?:(?:la|el)[ \t]+)?(?P<place>(?:{_AREA_LEAD_WORDS})?{_CAP_RUN}"
    rf"(?:[ \t]*,[ \t]*(?:municipio[ \t]+de[ \t]+)?{_CAP_RUN}\.?){{0,2}})$",
    re.IGNORECASE,
)
_AREA_LEAD = re.compile(rf"^{_AREA_LEAD_WORDS}")


#: "Aquí en Chihuahua yo vivo sola", "ahí mero en la Tierra Blanca vivo yo".
_IN_PLACE_I_LIVE = re.compile(
    rf"(?<!\w)(?i:en)[ \t]+(?:(?i:la|el)[ \t]+)?(?P<place>{_CAP_RUN})[ \t]+"
    r"(?:(?i:yo|nosotros|nosotras)[ \t]+)?(?i:[bv]ivo|[bv]ivimos)\b"
)


def _lived_in_places(text: str, folded: str) -> list[tuple[int, int]]:
    """Places named right before "y ahí vivo" / ". Aquí vivo" in the same sentence, and "en
    <place> (yo) vivo"."""
    spans = [
        match.span("place")
        for match in _IN_PLACE_I_LIVE.finditer(text)
        if _is_town(folded[match.start("place") : match.end("place")], False)
    ]
    for match in _LIVE_THERE.finditer(folded):
        begin = max(0, match.start() - 160)
        place = _PLACE_BEFORE.search(text, begin, match.start())
        if not place:
            continue
        name = _AREA_LEAD.sub("", fold(place.group("place")).split(",")[0])
        if _is_town(name, True):
            spans.append(place.span("place"))
    return spans


def _living_street(text: str, at: int) -> tuple[int, int] | None:
    """The street or colonia a verb of living names at `at` ("en la calle Amado Nervo")."""
    street = _LIVING_STREET.match(text, at)
    if not street:
        return None
    name = _STREET_NAME.match(text, street.end())
    words = [w for w in fold(name.group()).split() if w not in CONNECTORS] if name else []
    if not words or words[0] in COMMON_WORDS:
        return None
    end = name.end()
    if _TRAILING_CONJUNCTION.search(text, street.start(), end):
        end = _TRAILING_CONJUNCTION.search(text, street.start(), end).start()
    begin = street.start("word")
    return begin, end


def residence_places(text: str, folded: str) -> list[tuple[int, int]]:
    """Towns named as where someone lives ("vivo en Chicago desde 2004", "now I live in
    Houston", "me cambié de Champotón a la ciudad de Campeche"), a street named after a meeting
    at home ("nos vemos en mi casa a las 8, Galeana 44") and a colonia named with "la" after
    a verb of staying ("sigues en la Periodistas")."""
    spans = []
    for match in _RESIDENCE.finditer(folded):
        if _IF_YOU_LIVE.match(folded, max(0, match.start() - 3)):
            continue  # "si vives en Tesistán, espera al módulo": anyone's, not the writer's
        span = _resident_town(text, folded, match.end())
        if span is None and not match.group("from"):
            span = _living_street(text, match.end())
        if span is None:
            continue
        if match.group("from") and not _WHERE_I_LIVE.match(folded, span[1]):
            continue  # "desde Madrid" without "donde resido": a trip, not a home
        spans.append(span)
        if match.group("move") == "de":
            to = _THEN_TO.match(folded, span[1])
            second = to and _resident_town(text, folded, to.end())
            if second:
                spans.append(second)
    spans += _lived_in_places(text, folded)
    for match in _HOME_STREET.finditer(folded):
        street = _NAMED_STREET.match(text, match.end())
        if street and fold(street.group().split()[0]) not in COMMON_WORDS:
            spans.append(street.span())
    for match in _STAYING.finditer(folded):
        name = re.match(_CAP_RUN, text[match.end() :])
        if (
            not name
            or text[match.end() + name.end() : match.end() + name.end() + 2].strip()[:1].isdigit()
        ):
            continue
        value = folded[match.end() : match.end() + name.end()]
        if _is_town(value, False) and IMPLICIT_COLONIA.match("la " + value):
            spans.append((match.end() - 3, match.end() + name.end()))
    return spans
