"""ADDRESS: street and number, colonia, municipio or alcaldía and state, as written in letters.

An address starts at a street word ("Calle", "Av.", "Blvd.", "And.", "SM"…), a colonia word
("Col.", "Fracc.", "Barrio", "Ranchería"), a domicile phrase ("domicilio en", "vivo en", a
"DOMICILIO" label line) or, for addresses abroad, a house number before a street type
("1234 W 5th St"). It then runs over comma-separated segments, and over following lines, for as
long as they look like address parts (another street, colonia, interior, landmark, municipality,
a short place name, a state). The postal code is left to POSTAL_CODE, and the place names after
it ("C.P. 06400, Ciudad de México", "Los Angeles, CA 90012") form a second span.

Forms and data records split an address over labelled fields ("Colonia:", "Municipio:",
"Entidad:", JSON keys "calle", "colonia", "municipio"); each value is reported when a street or
colonia field of the same form vouches that the form holds a home address.

Letters also close with a contact card: the place line under the writer's name ("Rebeca Solís"
/ "Col. Las Huertas, Tijuana" / a phone) is where that person lives, and a "Referencias:" line
under a form's address says how to find the house; both are reported.

An address must pin one home: a number, "s/n", a corner, "domicilio conocido", or a colonia
together with a street, another segment or a domicile phrase. A colonia on its own ("la colonia
Del Valle") identifies no one. Addresses of offices, schools and public events are public and
left alone.

The town or city where a person lives, named as such, is part of that person's address too (as
in HIPAA's Safe Harbor rule, a geographic unit smaller than a state): after a verb of living or
moving ("vivo en Chicago", "now I live in Houston", "me cambié de Champotón a la ciudad de
Campeche"), a home named by its town ("mi piso en Barcelona", "mi domicilio viejo de Toluca"),
writing from it ("les escribo desde Tucson, Arizona", "desde Madrid, donde resido") or a
caller's "de aquí de". A state or country alone ("vivo en Texas", "vivo en España"), a place
of origin ("soy de Zamora") and a town where something happens stay public places.
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
    given_names,
    words_of,
)
from sufragio.privacy.recognizers.base import RegexRecognizer
from sufragio.privacy.text import fold

#: Street words. "And." (andador) only with its period and "SM" (supermanzana, Cancún) only
#: before a number, since "and" and "sm" are ordinary tokens elsewhere; "kilómetro"/"km" and
#: Yucatán's bare "C" ("C 31 x 28 y 30") only before a number, too.
_STREET = (
    r"calle|avenida|av|avda|blvd|boulevard|bulevar|bulevard|calzada|calz|privada|priv|andador|"
    r"callejon|cerrada|cda|circuito|cto|circ|prolongacion|prol|paseo|retorno|carretera|carr|"
    r"camino|periferico|eje|viaducto|glorieta|manzana|mz|and(?=\.\s*\w)|sm(?=\.?\s*\d)|"
    r"carrera(?=\s*\d)|supermanzana|(?:kilometro|km)(?=\.?\s*\d)|c(?=\.?\s*\d{1,3}[a-z]?\s+(?:x|por)\s+\d)"
)
_AREA = (
    r"c[o0]l|colonia|fracc|fraccionamiento|barrio|unidad habitacional|u\.? ?h|residencial|"
    r"conjunto habitacional|ejido|pueblo|localidad|loc|rancheria|comunidad|paraje|congregacion|"
    r"rancho|(?:primera|segunda|tercera|cuarta|quinta|sexta|septima|octava|novena|decima)\s+seccion"
)
#: Words that begin a further segment of an address, including those of addresses abroad.
_PART = (
    _AREA + r"|alcaldia|alc|municipio|mpio|delegacion|del|interior|int|ext|exterior|depto|"
    r"departamento|despacho|piso|edificio|edif|entre|esquina|esq|mz|manzana|lt|lote|no|num|numero|"
    r"local|casa|km|ciudad|cd|estado|edo|sector|seccion|zona|torre|agencia|"
    r"apt|apartment|apartamento|apto|app|appartement|unit|suite|ste|planta|altos|bajos|region"
)
#: Directions given instead of (or after) a number in rural and informal addresses.
_LANDMARK = re.compile(
    r"(?:(?:a un (?:lado|costado)|enseguida|atras|detras|cerca|a espaldas|a la vuelta) del?|"
    r"(?:frente|junto) al?|pasando (?:el|la|los|las)|subiendo por|bajando por|"
    r"(?:por|sobre) el camino (?:a|de|que va)|rumbo a)\b"
)
#: A landmark ends before a person it mentions ("enseguida de la tienda de don Goyo").
_PERSON_IN_LANDMARK = re.compile(
    r"\s(?:de\s+)?(?:don|dona|senor|senora|sr|sra|la senora|el senor)\b"
)
#: "domicilio" also as OCR reads it ("D0MICILIO").
_DOMICILIO = r"d[o0]m[i1l]c[i1l]l[i1l][o0]"
#: "Oficina:" in a person's contact card (after a mobile number) is that person's workplace; in
#: an institution's signature it is public and not an address start.
_CARD_LABEL = re.compile(r"(?:oficina|despacho|consultorio)[ \t]*:")
_MOBILE = re.compile(r"\b(?:movil|cel|celular|whatsapp|whats)\b")
_START = re.compile(
    rf"\b(?:(?:{_STREET})\.?\s+(?=\S)|(?:{_AREA})\.?\s+(?=[a-z0-9])|"
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
    r"(?:\s+(?:para oir y recibir notificaciones|particular|procesal|conocido|"
    r"[oyu] (?:medios?|correos?)(?: electronicos?)? para (?:oir y )?recibir notificaciones))?"
    r"(?:\s+(?:en|el ubicado en|ubicado en|es))?\s*:?\s+)"
)
#: Addresses abroad start at the house number: "1450 E 4th St", "88 Spadina Ave".
#: A street without a type word is known by the unit after it ("915 N Main Apt 2") or by the
#: "City, ST 12345" that closes it ("40 Broadway, Albany, NY 12207").
#: In French (Québec, France) the street type follows the number: "3480 rue Ontario Est",
#: "12, avenue de la Gare".
_ABROAD_START = re.compile(
    r"\b\d{1,6}(?:-\d{1,4})?,?[ \t]+(?:rue|avenue|boulevard|boul\.|chemin|route|allée|impasse|"
    r"quai|montée|côte|rang|place)[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+l'|d[eu]s?[ \t]+|l')?[A-ZÀ-Ý]"
    r"|\b\d{1,6}[ \t]+(?:[NSEW]\.?[ \t]+)?(?:"
    r"(?:[A-Z0-9][\w'.-]*[ \t]+){1,4}"
    r"(?:St|Street|Ave|Avenue|Blvd|Rd|Road|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Pkwy|Hwy|"
    r"Ter|Terrace|Cir|Circle)\b"
    r"|(?:[A-Z][\w'.-]*[ \t]+){1,3}(?:Apt|Apartment|Unit|Suite|Ste|#)\.?[ \t]*\w"
    r"|(?:[A-Z][\w'.-]*[ \t]+){0,3}[A-Z][\w'.-]*,[ \t]*(?:[A-Z][\w'.-]*[ \t]+){0,3}[A-Z][\w'.-]*,?"
    r"[ \t]+[A-Z]{2}[ \t]+\d{5}\b)"
)
#: A US or Canadian place line: "Rosemead, CA 91770".
_STATE_CODE_LINE = re.compile(r"[^\n]*[ \t][A-Z]{2}[ \t]+\d{5}(?:-\d{4})?[ \t]*(?:\n|$)")
#: The country line that may close an address after its postal code.
_COUNTRY = re.compile(
    r"estados unidos(?: de america)?|e\.?u\.?a\.?|u\.?s\.?a?\.?|ee\.? ?uu\.?|"
    r"united states(?: of america)?|canada|mexico"
)
#: A "DOMICILIO" or "Dirección:" form label: the address follows on the same or the next lines.
#: A label without a colon ending its line: a form label when alone on the line ("DOMICILIO"
#: on a credential), a heading when it ends a title.
_HEADING = re.compile(rf"(?:{_DOMICILIO}|d[i1]recc[i1][o0]n)[ \t]*\n")
_LABEL = re.compile(
    rf"(?:{_DOMICILIO}|d[i1]recc[i1][o0]n)(?:\s*\([^)\n]{{0,40}}\))?[^\n]{{0,25}}?(?::|\n)"
)
#: Addresses of offices are public, not personal: "la oficina se encuentra en Viaducto Tlalpan 100",
#: and so are the venues of notices and events: "Registro del 1 al 30 en la calle Nogales 301",
#: polling places ("la casilla ubicada en …"), an office speaking of itself ("Atendemos en …")
#: and the venue of an appointment ("Tu cita quedó para el jueves a las 11:30 en Av. …").
_OFFICE_CONTEXT = re.compile(
    r"\b(?:oficinas?|sede|instalaciones|modulos?|edificio|[il1]nstituto|junta|consulado|escuela|"
    r"esc(?=\.)|prim(?=\.)|telesecundaria|telebachillerato|bachillerato|colegio|kinder|"
    r"parroquia|templo|capilla|casa ejidal|comisaria|"
    r"primaria|secundaria|preparatoria|jardin de ninos|registro(?! civil)|informes|convocatoria|"
    r"evento|reunion|capacitacion|taller|foro|feria|asamblea|jornada|inscripcion(?:es)?|"
    r"acud[ae]n?|acudir|presentarse|presentese|palacio|ayuntamiento|presidencia municipal|"
    r"hospital|clinica|centro de salud|biblioteca|universidad|plaza civica|mercado|auditorio|"
    r"deportivo|casa de (?:la )?cultura|sesion|embajada|tribunal|sala de|casillas?(?=[^\n]*$)|"
    r"atendemos|atenderemos|nos ubicamos|estamos ubicados|gimnasio|salon|bodega|colectivo|"
    r"asociacion|organizacion|empresa|sindicato|unidad de transparencia|unidad tecnica|"
    r"central de autobuses|terminal|estacion|(?:tu|su) cita (?:quedo|queda|es|sera|esta))\b"
)
#: Words that make an address near an office word personal again ("mi domicilio", "vivo en").
_PERSONAL_CONTEXT = re.compile(
    r"\b(?:mi|mis|nuestr[oa]s?|suscrib\w*|[bv]ive|[bv]iven|[bv]ivo|[bv]ivimos|radico|particular|casa|"
    r"domicilio para|a nombre de|su domicilio)\b"
)
#: A company's tax domicile ("Domicilio fiscal: …" under "Razón social: …, S.A. de C.V.").
_FISCAL = re.compile(r"\s*fiscal\b")
_COMPANY = re.compile(r"\bs\.? ?a\.? de c\.? ?v\b|\bs\. de r\.? ?l\b|\bempresa\b")
#: A street without a type word, its number and unit, then the comma before a colonia.
_UNTYPED_STREET = re.compile(
    r"(?<![\w.])(?:[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+[ \t]+(?:(?:de|del|la|las|los|el)[ \t]+)*){1,4}"
    r"\d{1,5}[A-Za-z]?(?:[ \t]+(?:depto|dpto|departamento|int|interior|casa|edificio|edif)\.?"
    r"[ \t]*[\w-]{1,5})*[ \t]*,[ \t]*$"
)
#: A unit named right after an address in the same sentence: a correction ("… Apt 210, pero es
#: Apt 201") or an addition ("…, y es el depto 4").
_UNIT_AFTER = re.compile(
    r"[^.\n\d]{0,30}?\b((?:apt|apto|apartment|unit|suite|depto|dpto|departamento|interior|int)"
    r"\.?[ \t]*#?[ \t]*\d{1,4}[a-z]?)\b"
)
#: A postal code alone between commas, or before the town as in Spain ("28028 Madrid").
_BARE_CODE = re.compile(r"\d{5}")
_CODE_THEN_PLACE = re.compile(r"\d{5}[ \t]+([^\W\d][^\d]*)")
#: Parts of an address that also follow its postal code ("C.P. 03200, Alcaldía Benito Juárez").
_ADMIN = re.compile(r"(?:alcaldia|alc|municipio|mpio|delegacion|ciudad|cd|estado|edo)\b")
#: Floor and door in Spain: "3º B", "2ª izq.", and in Catalan "4t 2a", "1r 3a".
_FLOOR = re.compile(r"\d{1,2}\.?[ \t]*[º°ª]|\d{1,2}(?:r|n|t)[ \t]+\d{1,2}a\b")
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
#: A sentence end: a period that does not close an abbreviation ("No. 41", "Av."), or a line end.
_PERIOD = re.compile(r"(\w*)\.(?=\s)|\n")
#: An office named right after the address, or its opening hours ("…, Col. Centro, de 8 a 15 h").
_OFFICE_AFTER = re.compile(
    r"[^\n]{0,40}\((?:oficina|sede|trabajo)\)|"
    r"[\s,.;]*(?:horario\b|(?:de\s+)?\d{1,2}(?::\d\d)?\s*(?:a|-)\s*\d{1,2}(?::\d\d)?\s*"
    r"(?:h|hrs?|horas)\b)"
)
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
_SEASONS = words_of(
    "semana navidad pascua vacaciones ano fin verano invierno diciembre enero cuaresma puente"
)
_TOWN = re.compile(
    r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ'-]+(?:[ \t]+(?:(?:de|del|la|las|los)[ \t]+)?[A-ZÁÉÍÓÚÑ][\w'-]+){0,3}"
)
#: "vive en la Roma, en Durango 112 depto 3": the street after the colonia, with its number.
_EN_STREET = re.compile(
    r"en[ \t]+(?:(?:[A-ZÁÉÍÓÚÑ][\w.]*|de|del|la|las|los|el)[ \t]+){1,5}\d{1,5}[A-Za-z]?\b"
)
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
#: Common words that stay inside an address before what follows them: "casi esquina con",
#: "ahí en Cuaji", "aquí en Chicago", "también en Monterrey" (the town the address is in).
_ALLOWED_BEFORE = {
    "casi": re.compile(r"\s+esq"),
    **dict.fromkeys(["aqui", "ahi", "alli", "alla", "tambien"], re.compile(r"\s+en\s+\S")),
}
_OCR_ZERO = re.compile(r"(?<=[A-Z])0|0(?=[A-Z]{2})")
_HERE_IN = re.compile(r"(?:aqui|ahi|alli|alla|tambien)\s+(?=en\s)")
#: A numbered section or sector is part of a neighbourhood's name, not a house number:
#: "Ciudad Azteca 3a. Sección", "Cumbres 2o Sector", "Lázaro Cárdenas 2da. Sección".
_ORDINAL_AREA = re.compile(
    r"\b\d{1,2}[ \t]*(?:a|ra|da|er|ro|do|to|ta|va|na|o|º|ª)\b\.?(?=[ \t]*(?:secc|sector|etapa|$))"
)
_ORDINAL_NAME = re.compile(
    r"\d{1,2}(?:a|ra|da|er|ro|do|to|ta|va|na|o)\.[ \t]*(?:secc|sector|etapa|avenida|av\b|calle|"
    r"privada|cerrada|norte|sur|oriente|poniente)"
)
#: A dash before a remark ends the address: "Calle Jalapa 117, Monterrey – 9 registros".
_DASH = re.compile(r"[ \t](?:[–—]|-(?=[ \t]+[a-z0-9]))[ \t]")
#: Abbreviations whose period does not end a sentence ("Av.", "Fracc.", "Pte.").
_ABBREVIATIONS = words_of(
    """
    av avda blvd calz priv cda prol carr mz col fracc no num int ext depto edif esq lt pte ote nte
    alc mpio del cd edo gral lic sta sto dr ing km loc and sm apt ste st ave rd cto circ desp
    c0l ampl app apto secc boul esc prim
    """
)
#: English street types come after the name ("Ashland Ave."); their period ends the sentence
#: when a capitalised word other than a unit follows ("Ashland Ave. Bring your ID").
_TYPE_LAST = frozenset(["ave", "st", "rd", "ln"])
_TYPE_LAST_END = re.compile(r"\s+(?!(?:Apt|Apartment|Unit|Suite|Ste|Fl|Floor)\b)[A-Z][a-z]")
_KNOWN_DOMICILE = "domicilio conocido"
#: What pins an address to one house: a number, "s/n", a corner, or "domicilio conocido".
_LOCATED = re.compile(
    r"\d|\bs/n\b|sin numero|\besq(?:uina)?\b|\bentre\b|domicilio conocido|sin nombre"
)
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
_NUMBER_OR_COMMA = re.compile(r"[\d,]")
#: "vivo en la Doctores", "ya vive en la del Valle", "en casa de mi abuela, en la Moderna": after
#: a verb of living or a relative's house, "la" and a name is a colonia, unless the noun is a
#: town, a region or a generic place.
_LIVING = re.compile(
    r"[bv]iv(?:e|o|es|en|imos|ia|ian|iamos)(?: (?:aca|aqui|alla|ahora|ya))? en|"
    r"casa de (?:mis?|sus?|tus?) \w+,? en"
)
_IMPLICIT_COLONIA = re.compile(
    r"la\s+(?!(?:ciudad|capital|cabecera|sierra|costa|frontera|zona|region|casa|calle|colonia|"
    r"parte|orilla|playa|periferia|comunidad|rancheria|localidad|huasteca|mixteca|montana|selva|"
    r"laguna|peninsula|republica|entidad|cdmx|paz|misma|actualidad|esquina|unidad)\b)[a-z]"
)
#: Areas small enough that naming one with its town says where someone lives; a village
#: ("comunidad", "pueblo", "ejido") is a public place.
_NEIGHBOURHOOD = re.compile(
    r"(?:col|colonia|fracc|fraccionamiento|barrio|unidad habitacional|u\.? ?h|residencial|"
    r"conjunto habitacional)\b"
)
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
_WORD_PERIOD = re.compile(r"(\w+\)?)\.(?=\s|$)")
_CONNECTORS = {"de", "del", "la", "las", "los", "el", "y"}
_LOWER_WORD = re.compile(r"(?<![\w.])[a-záéíóúüñ]+\b(?!\.)")
#: "En Santa Cruz Acatlán, Naucalpan, en la Cerrada Montes 7": places named before the street.
_PLACES_BEFORE = re.compile(r"\ben\s+((?:[^,.;:\n\d]{2,40},\s*){1,3})en\s+(?:la\s+|el\s+)?$")
#: Form fields and data keys that hold one part of an address each: "Colonia: Centro",
#: "Alcaldía/Municipio: Tlalpan", "Entidad: Puebla", {"calle": "…", "municipio": "…"}. The label
#: decides, so the value needs no address shape ("Centro", "18"). A town or a state is only part
#: of someone's address next to a street, colonia or domicile field of the same form or object.
_FIELD_WORD = (
    r"calle|colonia|col|fraccionamiento|fracc|barrio|localidad|poblacion|alcaldia|municipio|mpio|"
    r"delegacion|entidad(?: federativa)?|estado|edo|ciudad|domicilio|direccion|numero|"
    r"(?:numero|num|no)\.?[ _]?(?:exterior|interior|ext|int)\.?"
)
_FIELD_LABEL = rf"(?:{_FIELD_WORD})(?:[ \t]*(?:/|[ \t]o[ \t]|[ \t]y[ \t])[ \t]*(?:{_FIELD_WORD}))*"
_FIELD = re.compile(
    rf"(?:^|(?<=[ \t]{{2}})|(?<=\|))[ \t]*(?P<label>{_FIELD_LABEL})(?:[ \t]*\([^)\n]{{0,40}}\))?"
    r"[ \t]*:[ \t]*(?P<value>[^\s|:][^\n|:]*?)(?=[ \t]{2,}\S[^\n:]{0,30}:|[ \t]*(?:\||$))",
    re.MULTILINE,
)
_JSON_FIELD = re.compile(rf'"(?P<label>{_FIELD_LABEL})"\s*:\s*"(?P<value>[^"\n]{{1,80}})"')
#: Labels that say on their own that the field is part of a home address split over fields.
_STRONG_FIELD = re.compile(
    r"(?:calle|colonia|col|fraccionamiento|fracc|(?:numero|num|no)\.?[ _]?"
    r"(?:exterior|interior|ext|int))\b"
)
#: Domicile and address fields hold a whole address, left to the address starts; a town or state
#: field next to one is the form's own ("ENTIDAD: HIDALGO" under "DOMICILIO: …, HIDALGO").
_WHOLE_ADDRESS_FIELD = re.compile(r"(?:domicilio|direccion)\b")
_EMPTY_VALUE = re.compile(r"[\W_]*|n/?a|no aplica|ningun[oa]|sin dato|null|none", re.IGNORECASE)
#: Fields of one form: no blank line between them and at most this far apart.
_FORM_SPAN = 400
_MAX_LEN = 300
#: Lines after the first that an address may continue over ("Col. Centro" / "Oaxaca, Oax.").
_MAX_LINES = 4
#: "Referencias: casa azul de dos pisos, frente a …" under a home address in a form says how to
#: find the house; the line is part of that address.
_REFERENCES = re.compile(
    r"^[ \t]*(?:referencias?|senas(?: particulares)?|como llegar)"
    r"(?:[ \t]+(?:del domicilio|de (?:la|su) casa|de ubicacion|para llegar))?"
    r"[ \t]*:[ \t]*(?P<value>[^\n]*[^\s.])",
    re.MULTILINE,
)
#: Lines of a contact card after the place line: a phone, an e-mail, a labelled contact.
_CONTACT_LINE = re.compile(
    r"[>\s]*(?:(?:tel|cel|movil|whatsapp|correo|e-?mail)\b[^\n]*|[^\n]*@[^\n]*|[\d\s()+.-]{8,})$"
)
#: A person's name alone on a signature line: "José Armando Cisneros Lara", "> Leonel Barragán".
_NAME_LINE = re.compile(
    r"[ \t]*(?:>[ \t]*)?(?P<name>[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:[ \t]+(?:(?:de|del|la|las|los|y)[ \t]+)*"
    r"[A-ZÁÉÍÓÚÑ](?:[a-záéíóúñ]+|\.)){1,4})[ \t]*$"
)
#: The place line under it: "Col. Oblatos, Guadalajara", "Coyoacán, CDMX", "Culiacán, Sinaloa".
#: Cancún's numbered "regiones" and "supermanzanas" stand for the colonia: "Reg. 93, Cancún".
_NUMBERED_AREA = r"(?:reg|region|sm|supermanzana|mz|manzana|sector)\.?[ \t]*\d{1,4}[ \t]*,[ \t]*"
_PLACE_LINE = re.compile(
    rf"[ \t]*(?:>[ \t]*)?(?P<place>(?i:{_NUMBERED_AREA})?[^\W\d][^\d\n:@]{{2,60}}?)[ \t.]*$"
)
_SCORE = 0.8
#: Score of an office's or a venue's address: reported below any threshold, so that the engine
#: can also leave alone the postal code inside it (a public address is public as a whole).
PUBLIC_SCORE = 0.0


#: Phrases after which a capitalised place name is the town where someone lives: verbs of living
#: and moving ("vivo en", "radicamos en", "me cambié de … a", "me fui a vivir a"), English ones
#: ("now I live in"), a home named by its town ("mi piso en", "mi domicilio viejo de"), writing
#: from a town ("les escribo desde") and a caller's "de aquí de". "desde" alone counts only when
#: "donde resido" follows the town ("desde Madrid, donde resido").
_RESIDENCE = re.compile(
    r"\b(?:(?:[bv]iv(?:o|e|es|en|imos|ia|ias|ian|iamos|i|io|ieron|ido)|resid(?:o|e|es|en|imos|ia|"
    r"ian|i|io|ido)|radic(?:o|a|as|an|amos|aba|aban|ado)|habito|(?:estoy|estamos|sigo|seguimos)"
    r" viviendo)"
    r"(?: (?:aca|aqui|alla|ahora|ya|todavia|actualmente|hoy|tambien|desde hace \w+ anos?))*"
    r" en|(?:me|nos|se) (?:mude|mudamos|mudo|mudaron|cambie|cambiamos|cambio|cambiaron)"
    r" (?:a vivir )?(?P<move>a|de|para)|(?:me|nos|se) (?:fui|fuimos|fue|fueron|vine|vinimos|vino|"
    r"vinieron) a vivir (?:a|en)|(?:i|we|he|she|they)(?: now| still| currently)? (?:live|lives|"
    r"reside|resides|moved|am living|are living|is living)(?: now)? (?:in|to)|"
    r"\b(?:mi|su|tu|nuestr[oa]) (?:casa|piso|depa|departamento|depto|hogar|domicilio|direccion)"
    r"(?: (?:viej[oa]|anterior|actual|nuev[oa]|de antes))? (?:en|de)|"
    r"(?:escribo|escribimos|dirijo a ustedes|dirijo a usted|comunico) desde|de aqui de|"
    r"(?P<from>desde))[ \t]+"
)
#: The town: one to four capitalised words, "la ciudad de" or "el puerto de" before it, and the
#: state, country or municipality after a comma ("Tucson, Arizona", "Isla Aguada, municipio del
#: Carmen"); a colonia may follow ("Tijuana, en la colonia Otay Universidad").
_CAP = r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ'-]*"
_CAP_RUN = rf"{_CAP}(?:[ \t]+(?:(?:de|del|la|las|los|el)[ \t]+)?{_CAP}){{0,3}}"
_RESIDENT_TOWN = re.compile(
    rf"(?:(?:la|el)[ \t]+)?(?P<lead>(?:ciudad|puerto|pueblo|villa)[ \t]+de[ \t]+)?"
    rf"(?P<town>{_CAP_RUN})"
    rf"(?:[ \t]*,[ \t]*(?P<region>municipio[ \t]+del?[ \t]+{_CAP_RUN}|{_CAP_RUN}\.?))?"
    rf"(?P<colonia>,?[ \t]+en[ \t]+(?:la[ \t]+|el[ \t]+)?(?:colonia|col\.|fraccionamiento|fracc\.|"
    rf"barrio)[ \t]+{_CAP_RUN})?"
)
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
        if _ORDINAL_NAME.match(folded, match.start()) and match.end() < end:
            continue  # "3a. Sección", "5a. Avenida Norte"
        if word.isdigit() or (len(word) > 1 and word not in _ABBREVIATIONS):
            end, ended = match.end() - 1, True
            break
        if word in _TYPE_LAST and _TYPE_LAST_END.match(text, match.end()):
            before = folded[start : match.start(1)].split()
            if before and before[-1] not in _ADDRESS_GLUE:
                end, ended = match.end() - 1, True  # "204 S Oak Ave. Bring your ID"
                break
    dash = _DASH.search(text, start, end)
    if dash:
        end, ended = dash.start(), True
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
        if word in _MONTHS and _DATE_STREET.search(before):
            continue
        if word in _ALLOWED_AFTER and _ALLOWED_AFTER[word].search(before):
            continue
        if word in _ALLOWED_BEFORE and _ALLOWED_BEFORE[word].match(folded, match.end()):
            continue
        if (
            word in COMMON_WORDS
            and word not in _ADDRESS_GLUE
            and word not in _ADDRESS_TAIL
            and not _PART_START.fullmatch(word)
            and not _STREET_OR_AREA.fullmatch(word)
            and not _LANDMARK.match(folded, match.start())  # "casa de adobe junto a la escuela"
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


def _sentence_start(folded: str, begin: int, end: int) -> int:
    """Where the last sentence before `end` starts (not before `begin`); the period of an
    abbreviation ("Escuela No. 41, que está en …") ends no sentence."""
    cut = begin
    for match in _PERIOD.finditer(folded, begin, end):
        word = match.group(1)
        if word is not None and (word.isdigit() or (len(word) > 1 and word not in _ABBREVIATIONS)):
            cut = match.end() + 1
    blank = folded.rfind("\n\n", begin, end)
    return max(cut, blank + 2) if blank >= 0 else cut


def _sentence_end(folded: str, start: int) -> int:
    """Where the sentence around `start` ends: at a period that closes no abbreviation, or a
    line end."""
    while start > 0 and folded[start - 1].isalnum():
        start -= 1  # the whole word before a period
    for match in _PERIOD.finditer(folded, start):
        word = match.group(1)
        if word is None or word.isdigit() or (len(word) > 1 and word not in _ABBREVIATIONS):
            return match.end()
    return len(folded)


def _public(folded: str, start: int, label: bool, phrase_end: int | None = None) -> bool:
    """Whether an address belongs to an office, school, polling place, company or public event
    named just before it. A form label ("DOMICILIO" under a name) looks only at its own and the
    line above. A domicile phrase ("domicilio para oír y recibir notificaciones") is personal."""
    begin = max(0, start - 90)
    before = folded[_sentence_start(folded, begin, start) : start]
    if label:
        lines = before.split("\n")
        before = "\n".join(lines[-2:])
    if _FISCAL.match(folded, phrase_end or start) and _COMPANY.search(
        folded, _block_start(folded, start), start
    ):
        return True  # a company's tax domicile
    line_start = folded.rfind("\n", 0, start) + 1
    if not label and phrase_end is None and not folded[line_start:start].strip():
        above = folded[folded.rfind("\n", 0, max(0, line_start - 1)) + 1 : line_start]
        if _COMPANY.search(above):
            return True  # under a company's name: "Textiles del Norte, S.A. de C.V." / "Av. …"
    offices = list(_OFFICE_CONTEXT.finditer(before))
    if not offices:
        return False
    personal = before[offices[-1].end() :] + folded[start : phrase_end or start]
    return not _PERSONAL_CONTEXT.search(personal)


def _office_lead(folded: str, end: int) -> bool:
    """An office named between a location phrase and the street ("ubicada en el inmueble de la
    Junta Distrital (Calle …)")."""
    keyword = _STREET_OR_AREA.search(folded, end, end + 60)
    if not keyword or _NUMBER_OR_COMMA.search(folded, end, keyword.start()):
        return False
    return _OFFICE_CONTEXT.search(folded, end, keyword.start()) is not None


def _block_start(folded: str, start: int) -> int:
    """Start of the paragraph or form block around `start`, at most 400 characters back."""
    blank = folded.rfind("\n\n", max(0, start - 400), start)
    return blank + 2 if blank >= 0 else max(0, start - 400)


def _signature_place(text: str, folded: str) -> tuple[int, int] | None:
    """The place line under a person's name that closes a letter or a contact card ("José
    Armando Cisneros Lara" / "Col. Oblatos, Guadalajara" / "33 3641 9088"): where that person
    lives. The place must be a colonia or end in a state, and the name a person's."""
    end = len(text.rstrip())
    lines: list[tuple[int, int]] = []
    pos = end
    while pos > 0 and len(lines) < 5:
        line_start = text.rfind("\n", 0, pos) + 1
        lines.append((line_start, pos))
        pos = line_start - 1
    index = 0
    while index < len(lines) and _CONTACT_LINE.fullmatch(folded, *lines[index]):
        index += 1
    if index + 1 >= len(lines):
        return None
    place = _PLACE_LINE.fullmatch(text, *lines[index])
    name = _NAME_LINE.fullmatch(text, *lines[index + 1])
    if not place or not name:
        return None
    name_words = fold(name.group("name")).replace(".", " ").split()
    if name_words[0] not in given_names() or any(w in INSTITUTION_WORDS for w in name_words):
        return None
    value = folded[place.start("place") : place.end("place")]
    segments = [part.strip() for part in value.split(",")]
    if len(segments) < 2 or len(segments) > 3 or len(value.split()) > 7:
        return None
    neighbourhood = (
        _NEIGHBOURHOOD.match(segments[0]) is not None
        or re.fullmatch(_NUMBERED_AREA, segments[0] + ",") is not None
    )
    if not (neighbourhood or segments[-1].strip(".") in STATES):
        return None
    original = text[place.start("place") : place.end("place")]
    if not all(
        _place_like(part, fold(part), False, False)
        for part in original.split(",")[int(neighbourhood) :]
    ):
        return None
    return place.span("place")


def _named_colonia(text: str, folded: str, at: int) -> bool:
    """Whether "la X" at `at` names a colonia: capitalised ("vivo en la Doctores"), "la del
    Valle", or written by someone who writes all in lower case (the line or chat turn has no
    capital letter): not "Ahora vivo en la incertidumbre"."""
    name = at + 3
    if text[name : name + 1].isupper() or folded.startswith(("de ", "del "), name):
        return True
    line_start = max(text.rfind("\n", 0, at), text.rfind(":", 0, at)) + 1
    return text[line_start:at].islower() or not text[line_start:at].strip()


#: Regions larger than a town: "de aquí de la Costa Chica", "vivo en la Sierra Norte".
_WIDE_REGIONS = words_of("costa sierra huasteca mixteca montana selva peninsula region zona bajio")


def _is_town(folded_town: str, lead: bool) -> bool:
    """Whether a capitalised run after a residence phrase names a town: not a state or country
    ("Texas", "Nuevo León", "España"; "la ciudad de Campeche" is the town), not a common word,
    a month, an institution or a street or colonia word (left to the address starts)."""
    words = folded_town.replace(".", " ").split()
    if not words:
        return False
    significant = [w for w in words if w not in _CONNECTORS]
    if not significant or _STREET_OR_AREA.fullmatch(words[0]):
        return False
    first = significant[0]
    if first in COMMON_WORDS or first in _MONTHS or first in _SEASONS or first in _WIDE_REGIONS:
        return False
    if any(w in INSTITUTION_WORDS and w not in STATES for w in words):
        return False
    if lead:
        return folded_town != "mexico"
    return folded_town not in _REGIONS and not all(w in STATES for w in significant)


def _is_region(folded_region: str) -> bool:
    """A state, country or municipality after a town: "Arizona", "Mich.", "municipio del Carmen"."""
    value = folded_region.strip(". ")
    words = [w.strip(".") for w in value.split() if w not in _CONNECTORS]
    return (
        value in _REGIONS
        or value.startswith("municipio")
        or (bool(words) and all(w in STATES for w in words))
    )


def _resident_town(text: str, folded: str, at: int) -> tuple[int, int] | None:
    """The town (with its state and colonia) a residence phrase ending at `at` names."""
    match = _RESIDENT_TOWN.match(text, at)
    if not match:
        return None
    begin, end = match.start("lead") if match.group("lead") else match.start("town"), match.end()
    town = folded[match.start("town") : match.end("town")].rstrip(".")
    if not _is_town(town, bool(match.group("lead"))):
        return None
    region = match.group("region")
    if region and not _is_region(folded[match.start("region") : match.end("region")]):
        end = match.end("town")
    elif text[match.start("town") : end].isupper() and not region:
        return None  # "VIVO EN LA INCERTIDUMBRE": all capitals hide which words are names
    while end > begin and text[end - 1] in ". \t":
        end -= 1
    if end < match.end("town") and text[match.end("town") - 1] == ".":
        end = match.end("town") - 1
    return begin, end


def _residence_places(text: str, folded: str) -> list[tuple[int, int]]:
    """Towns named as where someone lives ("vivo en Chicago desde 2004", "now I live in
    Houston", "me cambié de Champotón a la ciudad de Campeche"), a street named after a meeting
    at home ("nos vemos en mi casa a las 8, Galeana 44") and a colonia named with "la" after
    a verb of staying ("sigues en la Periodistas")."""
    spans = []
    for match in _RESIDENCE.finditer(folded):
        span = _resident_town(text, folded, match.end())
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
        if _is_town(value, False) and _IMPLICIT_COLONIA.match("la " + value):
            spans.append((match.end() - 3, match.end() + name.end()))
    return spans


def _state_on_line(text: str, folded: str, start: int) -> bool:
    """Whether the line from `start` names a state or a city ("GUADALAJARA, JAL.", "Reno, NV
    89501")."""
    if _STATE_CODE_LINE.match(text, start):
        return True
    end = folded.find("\n", start)
    words = re.findall(r"[a-z]+", folded[start : end if end >= 0 else len(folded)])
    return any(w in STATES or w in ("ciudad", "cd") for w in words)


def _place_like(original: str, folded: str, lower_case: bool, new_line: bool) -> bool:
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
    ordinal = _ORDINAL_AREA.search(folded)
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
    if all(w in _CONNECTORS for w in folded_words):
        return False  # "y", left when a clause was cut off
    if any(w in INSTITUTION_WORDS and w not in STATES for w in folded_words):
        return False
    if new_line:
        return False
    if all(w in STATES or w == "centro" or w in _CONNECTORS for w in folded_words):
        return True
    for index, (word, folded_word) in enumerate(zip(words, folded_words, strict=True)):
        if word[:1].isupper() or folded_word in _CONNECTORS or folded_word in STATES:
            continue
        if index == 0 and folded_word == "en" and len(words) > 1:
            continue  # "…, en Amatitán": the town the place is in
        if not lower_case or folded_word in COMMON_WORDS:
            return False
    return True


def _untyped_street_before(text: str, folded: str, start: _Start, consumed: int) -> _Start:
    """A street named without a type word before the colonia ("la casa de Fray Anselmo 1128
    depto 4, Col. Tránsito"): the address starts at the street."""
    match = _UNTYPED_STREET.search(text, max(consumed, start.begin - 80), start.begin)
    if not match:
        return start
    name = folded[match.start() : match.end()].split(",")[0]
    words = re.findall(r"[a-z]+", re.split(r"\d", name)[0])
    if any(w in INSTITUTION_WORDS or (w in COMMON_WORDS and w not in _CONNECTORS) for w in words):
        return start  # "Casilla 12, Col. Centro", "Sección 1520, colonia Obrera"
    return start._replace(begin=match.start())


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
        consumed = public_end = 0
        for start in self._starts(text, folded):
            if start.begin < consumed and not (
                # "…a la presidencia municipal de Pueblo Nuevo, … señalando como domicilio para
                # oír y recibir notificaciones el ubicado en …": a domicile phrase after a public
                # place in the same sentence starts the writer's own address.
                start.phrase
                and start.begin >= public_end
                and _PERSONAL_CONTEXT.search(folded, start.begin, start.end)
            ):
                continue
            if not start.phrase and _AREA_START.match(folded, start.begin):
                start = _untyped_street_before(text, folded, start, consumed)
            if _public(folded, start.begin, start.label, start.end if start.phrase else None) or (
                start.phrase and _office_lead(folded, start.end)
            ):
                reach = _reach(text, folded, start.end)
                results.append(self._result(start.begin, reach, True))
                consumed, public_end = _sentence_end(folded, reach), reach
                continue
            spans = self._grow(text, folded, start)
            if spans and _OFFICE_AFTER.match(folded, spans[-1][1]):
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
        for begin, end in _residence_places(text, folded):
            if not any(begin < e and s < end for s, e in taken):
                results.append(self._result(begin, end))
                taken.append((begin, end))
        if "\n" in text:
            taken = [(r.start, r.end) for r in results]
            span = _signature_place(text, folded)
            if span and not any(span[0] < e and s < span[1] for s, e in taken):
                results.append(self._result(*span))
        if ":" in text:
            taken = [(r.start, r.end) for r in results]
            for begin, end in self._fields(text, folded):
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
    def _fields(text: str, folded: str) -> list[tuple[int, int]]:
        """Values of address fields in forms and data records, when the form is a person's."""
        fields = []  # (label start, value start, value end, strong, group)
        for match in _FIELD.finditer(folded):
            group = folded.rfind("\n\n", 0, match.start())
            fields.append((match.start("label"), *match.span("value"), group))
        if '"' in text:
            for match in _JSON_FIELD.finditer(folded):
                opening = folded.rfind("{", 0, match.start())
                group = opening if opening > folded.rfind("}", 0, match.start()) else -match.start()
                fields.append((match.start("label"), *match.span("value"), group))
        first: dict[int, int] = {}
        for label, _, _, group in fields:
            first.setdefault(group, label)
        spans = []
        for label, begin, end, group in fields:
            value = text[begin:end].strip()
            if _EMPTY_VALUE.fullmatch(value) or _WHOLE_ADDRESS_FIELD.match(folded, label):
                continue
            vouched = any(
                other_group == group
                and abs(other - label) <= _FORM_SPAN
                and _STRONG_FIELD.match(folded, other)
                for other, _, _, other_group in fields
            )
            # An office's form ("Datos del módulo" / "Calle: …") is public as a whole.
            if vouched and not _public(folded, first[group], True):
                spans.append((begin, begin + len(text[begin:end].rstrip())))
        return spans

    @staticmethod
    def _starts(text: str, folded: str) -> list[_Start]:
        """Spanish address starts and house numbers of addresses abroad, in text order."""
        starts = []
        for match in _START.finditer(folded):
            phrase = _STREET_OR_AREA.match(folded, match.start()) is None
            label = phrase and _LABEL.match(folded, match.start()) is not None
            word = re.match(r"\w+\.", folded[match.start() : match.end()])
            if word and word.group()[:-1] not in _ABBREVIATIONS:
                continue  # "…el nombre de su localidad. En el padrón…": a sentence end
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
            if _BARE_CODE.fullmatch(value) and (pieces or piece_end > piece_start):
                if piece_end > piece_start:  # "…, Alcaldía Cuauhtémoc, 06600, Ciudad de México"
                    pieces.append((piece_start, piece_end))
                piece_start = piece_end = -1
                after_postal = True
                continue
            code_first = _CODE_THEN_PLACE.fullmatch(value)
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
                _PART_START.match(value) is not None
                or _STREET_START.match(value) is not None
                or _FLOOR.match(text, start_) is not None
                or (not segment.new_line and _LANDMARK.match(value) is not None)
                or (not segment.new_line and _EN_STREET.match(text, start_, end) is not None)
            )
            own_line = segment.new_line and not _state_on_line(text, folded, start_)
            country = after_postal and _COUNTRY.fullmatch(value) is not None
            if not (
                is_part or country or _place_like(text[start_:end], value, lower_case, own_line)
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
        return pieces

    @staticmethod
    def _pins_a_home(
        text: str, folded: str, piece: tuple[int, int], parts: int, start: _Start
    ) -> bool:
        """Whether the address before the postal code is specific enough to identify a home."""
        value = _YEAR.sub(" ", folded[piece[0] : piece[1]])
        if _ORDINAL_AREA.search(value):
            if parts > 1 and not _GROUP.search(folded, max(0, piece[0] - 30), piece[0]):
                return True  # "Ranchería Tierra Blanca 2a Sección, Centla, Tab."
            value = _ORDINAL_AREA.sub(" ", value)  # "Buenavista 1ra. Sección": a name, no number
        before = folded[max(0, piece[0] - 12) : piece[0]]
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
            and value.split()[0] not in _SEASONS
        ):
            return True  # "me llegó a mi casa en Dallas": where that person's home is
        if (
            start.phrase
            and _LIVING.match(folded, start.begin)
            and _IMPLICIT_COLONIA.match(value)
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
        if _STREET_START.match(value):
            return True
        # "vecina de la colonia Agrícola Oriental, Iztacalco", not "Colonia Roma, Condesa y
        # Narvarte fueron las más votadas": a colonia without a number is where someone is from.
        # A village ("vecinos de la comunidad de San Juan, Toluca") is a place, not a home.
        # "Los vecinos de la colonia Satélite, Naucalpan": a group, no one's home. "Soy Ana, de
        # la colonia Las Palmas en Irapuato": the town after "en" when a person introduces herself.
        around = folded[_sentence_start(folded, max(0, piece[0] - 100), piece[0]) : piece[0]]
        in_town = _IN_TOWN.search(text, piece[0], piece[1]) is not None and _INTRODUCTION.search(
            around
        )
        return (
            (parts > 1 or bool(in_town))
            and _NEIGHBOURHOOD.match(value) is not None
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
