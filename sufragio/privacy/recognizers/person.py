"""PERSON: names of people, from spaCy's NER plus the phrases Mexican letters introduce them with.

spaCy's small Spanish model misses names in ALL CAPS, lower case or one-word nicknames, and tags
institutions and offices ("Consejo General", "Vocal Ejecutivo") as persons. So four sources are
combined, each vetted against the institution and common-word lexicons:

1. NER spans labelled PER, grown over a second surname spaCy left behind; the engine asks spaCy
   only about capitalised text the other sources could not explain (see `ner_results`);
2. names right after a trigger: "mi nombre es", "el que suscribe", "C.", "Lic.", "Nombre:", a
   closing such as "Atentamente" (signature block), "mi hermano", "la regidora", "a nombre de",
   "dice llamarse", "le dicen"…, form values under a label line ("NOMBRE" / "ROSAS" / "CAMPOS"),
   and, in a letter about a misspelt name, both spellings ("salió JIMENA", "correcto es XIMENA");
3. WhatsApp sender names ("[09:14] Lupita: …");
4. capitalised runs vouched for by the given-name and surname lexicons, in any case and order
   ("JOSE LUIS TREVIÑO GARZA", "Pérez López, Juan"), see `sufragio.privacy.name_runs`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import AnalysisExplanation, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from sufragio.privacy.lexicon import (
    AMBIGUOUS_GIVEN_NAMES,
    COMMON_WORDS,
    HISTORICAL_NAMES,
    INSTITUTION_WORDS,
    PLACE_WORDS,
    STATE_NAMES,
    STATES,
    given_names,
    is_known_name,
    surnames,
    towns,
)
from sufragio.privacy.name_runs import (
    extend_name,
    historical_at,
    name_runs,
    place_before,
    read_ocr_zeros,
)
from sufragio.privacy.recognizers.base import RegexRecognizer
from sufragio.privacy.text import fold

_TITLES = (
    r"c\.|lic\.?|licda\.?|licenciad[oa]s?|ing\.?|ingenier[oa]|dra?\.|doctor[a]?|mtr[oa]\.?|"
    r"maestr[oa]|sr\.?|sra\.?|srta\.?|srita\.?|senor[a]?|senorita|don|dona|prof\.|profr?a\.|"
    r"arq\.|c\.p\.|abog\.|profr?\.|profra\.|profe|profesor[a]?|regidor[a]?|"
    r"supervisor[a]?(?: electoral)?|capacitador[a]?|"
    r"servidor[a]? publica?o?|funcionari[oa]|ciudadan[oa]|presidente|"
    r"consejer[oa](?: (?:president[ae]|electoral|distrital|local|propietari[oa]|suplente))?"
)
#: Public offices and candidacies before a name: "el consejero Arcos Uscanga", "la candidata
#: Carrete", "la alcaldesa Ruvalcaba". What follows is a person whatever its spelling, unless it
#: is an institution ("Secretaria Ejecutiva"), a common word or starts with "de" ("del PRI").
_OFFICES = (
    r"(?:(?:pre)?candidat[oa]|aspirante|sindic[oa]|diputad[oa]|senador[a]?|"
    r"president[ae] municipal|presidenta|alcalde(?:sa)?|edil|gobernador[a]?|magistrad[oa]|"
    r"delegad[oa]|secretari[oa]|vocal|comisari[oa]|agente municipal)"
    # "el diputado federal Ruiz", "la síndica procuradora Mena", "el comisario ejidal Tun"
    r"(?: (?:municipal|federal|local|estatal|distrital|ejidal|electo|electa|suplente|"
    r"propietari[oa]|procurador[a]?|plurinominal|independiente|saliente|con licencia))?"
)
_KIN = (
    r"hermano|hermana|hijo|hija|mama|papa|madre|padre|esposo|esposa|vecino|vecina|suegro|suegra|"
    r"tio|tia|abuelo|abuela|primo|prima|sobrino|sobrina|nieto|nieta|representad[oa]|cliente|"
    r"companer[oa]|amig[oa]|jefe|jefa|compadre|comadre|novi[oa]|cunad[oa]|yerno|nuera|"
    r"ahijad[oa]|padrino|madrina|"
    # diminutives and pet forms of relations: "mi abuelita Chona", "mi tiita Cuca", "mi mami Lety"
    r"abuelit[oa]|tiit[oa]|herman(?:it|ill)[oa]|hijit[oa]|primit[oa]|sobrinit[oa]|nietecit[oa]|"
    r"mami|papi|mamita|papito|mamacita|jefecita|madrecita|padrecito|comadrita|compadrito|"
    r"madrinita|padrinito|suegrit[oa]|bisabuel[oa]|bisabuelit[oa]"
)
_STRONG = (
    r"mi nombre es|me llamo|"
    # "mi nombre correcto es", "mi segundo apellido es", "mis apellidos son"
    r"mi (?:(?:primer|segundo) )?(?:nombre|apellido)(?: (?:completo|correcto|real|verdadero))? es|"
    r"mis (?:nombres|apellidos)(?: correctos)? son|"
    r"me yamo|se llama|de nombre|de apellidos?|a nombre de|"
    r"(?:el|la|los|las) que suscribe[n]?|"
    r"quien(?:es)? suscribe[n]?|(?:el|la|los|las) suscrit[oa]s?|usuari[oa] afectad[oa]|"
    r"aparec(?:e|io|en) como|aparezco como|registrad[oa] como|debe decir|"
    # "aparece mi segundo apellido como", "viene mi nombre como", "salió mi apellido como"
    r"(?:aparec(?:e|io|en)|sal(?:e|io|en)|viene|vino|esta|quedo|registraron) (?:mi|su) "
    r"(?:(?:primer|segundo) )?(?:nombre|apellido)s?(?: (?:paterno|materno))? como"
)
_WEAK = r"(?:yo )?soy|yo,?|con|oye|hola"
#: How others call someone: "dice llamarse Leydi", "le dicen Chucho", "alias Toño"; strict,
#: so only capitalised or known names follow ("le dicen que…" names no one).
_CALLED = (
    r"llamarse|se hac(?:e|ia) llamar|(?:le|les|me) (?:dicen|deci(?:a|mos)|apodan)|"
    r"apodad[oa]|alias|conocid[oa] como"
)
#: "soy el Chino Ramos", "soy la Lupe": a nickname after an article introduces oneself too.
_SELF_NICKNAME = re.compile(r"\bsoy (?:el|la)\s+")
#: "nombre" and "apellido" as OCR misreads them ("N0mbre", "Apeliido", "Apelldo").
_OCR_NOMBRE = r"n[o0]m[bh8]re"
_OCR_APELLIDO = r"a[pq][e3][l1i|]{1,3}d[o0]"
_LABEL = (
    rf"{_OCR_NOMBRE}(?:\(s\)|s)?(?: completo)?(?: del solicitante| del titular| de la persona)?|"
    rf"{_OCR_APELLIDO}s?(?: paterno| materno)?|(?:primer|segundo) apellido|name|full name|titular|"
    r"beneficiari[oa]|solicitante|contacto|remitente|"
    r"funcionario que reporta|firma|"
    # parties named in the heading of a writ or complaint ("ACTOR:", "TERCERO INTERESADO:")
    r"(?:parte )?actor[ae]?s?|promoventes?|quejos[oa]s?|denunciantes?|denunciad[oa]s?|"
    r"tercer[oa]s? interesad[oa]s?|recurrentes?|demandantes?|inconformes?|peticionari[oa]s?|"
    r"comparecientes?|autorizad[oa]s?(?: para oir notificaciones)?|asistid[oa] por"
)
_CLOSING = (
    r"atentamente|atte|saludos(?: cordiales)?|cordialmente|respetuosamente|"
    r"gracias(?: de antemano)?|quedo a sus ordenes|sin mas por el momento|un saludo|"
    r"agradecere su (?:apoyo|atencion)|agradezco (?:su|de antemano)[^\n.]{0,20}|"
    r"(?:un )?abrazos?(?: fuerte)?|besos|bendiciones|cuidate|te quiero|nos vemos|hasta pronto|"
    r"thx|thanks(?: a lot| so much)?|thank you(?: (?:so|very) much)?|many thanks|regards|"
    r"best regards|best|cheers|bye|xoxo|slds|"
    r"\(?(?:rubrica|firma autografa|firma)\)"
)

#: Family and friends named by relation to someone: "amiga de Yoya", "hijo de Chayo".
_KIN_OF = r"amig[oa]|herman[oa]|hij[oa]|espos[oa]|vecin[oa]|prim[oa]|ti[oa]|sobrin[oa]|niet[oa]"
#: Plural relations introduce a list: "nuestros hijos Ulises, Noemí y Sara".
_KIN_PLURAL = (
    r"(?:mis|sus|tus|nuestr[oa]s|los|las)\s+"
    r"(?:hij[oa]s|herman[oa]s|niet[oa]s|sobrin[oa]s|prim[oa]s|ti[oa]s|nuer[oa]s|yernos|"
    r"cunad[oa]s|abuel[oa]s|padres|suegr[oa]s|ahijad[oa]s|amig[oa]s|vecin[oa]s|companer[oa]s)"
    r"(?:\s+(?:menores|mayores|gemel[oa]s|cuates))?[,:]?\s+"
)
#: Plural honorifics introduce a list too: "los señores Abram Wiebe y Ana Loewen".
_TITLE_PLURAL = (
    r"(?:los|las|a los|a las|de los|de las)\s+"
    r"(?:senores|senoras|senoritas|ciudadan[oa]s|cc\.|c\.c\.|licenciad[oa]s|ingenier[oa]s|"
    r"doctor(?:es|as)|profesor(?:es|as)|maestr[oa]s|companer[oa]s)[,:]?\s+"
)
_KIN_LIST = re.compile(rf"\b(?:{_KIN_PLURAL}|{_TITLE_PLURAL})")
_LIST_SEP = re.compile(r"\s*,\s*(?:y\s+|e\s+)?|\s+[ye]\s+")

_TRIGGER = re.compile(
    rf"(?:\b(?:{_STRONG})\b|(?:\b(?:mi|su|tu|nuestr[oa]|la|el)\s+)(?:{_KIN})\b(?:\s+(?:el|la)\b)?|"
    rf"\b(?:{_KIN_OF})\s+de\b|\b(?:{_CALLED})\b(?:\s+(?:el|la)\b)?|"
    rf"(?<![\w.])(?:{_TITLES}|{_OFFICES})(?=[\s,:])|(?:^|(?<=[.,;:¿?!\s]))(?:{_WEAK})(?=\s))[,:]?\s+[\"“«]?"
)
_STRONG_RE = re.compile(rf"(?:{_STRONG})\b")
#: "aparezco como afiliada", "aparece como vigente": after these a status may follow, so a
#: lower-case value counts only when quoted ("aparezco como 'maria lopes'").
_AS_RE = re.compile(
    r"(?:aparec(?:e|io|en)|aparezco|registrad[oa]|(?:aparec(?:e|io|en)|sal(?:e|io|en)|viene|vino|"
    r"esta|quedo|registraron) (?:mi|su) (?:(?:primer|segundo) )?(?:nombre|apellido)s?"
    r"(?: (?:paterno|materno))?) como\b"
)
#: Stating one's own name or surname ("mi segundo apellido es Ku"): the value fills a name
#: field, so a short surname or one that is also a place word ("Villa") is a name too.
_STATED_RE = re.compile(
    r"(?:mi (?:(?:primer|segundo) )?(?:nombre|apellido)(?: (?:completo|correcto|real|verdadero))?"
    r" es|mis (?:nombres|apellidos)(?: correctos)? son)\b"
)
#: A letter about a misspelt name ("mi nombre salió mal", "corrección del apellido")...
_NAME_TOPIC = re.compile(r"\b(?:nombres?|apellidos?)\b")
_MISSPELT_TOPIC = re.compile(
    r"\bmal\b|\berror|\berrone|equivoc|incorrect|\bcorrect|rectific|corrig|\bacento|\bletra"
)
#: ...quotes both spellings: "salió JIMENA", "dice Tomaza con zeta", "en mi acta es Íñiguez",
#: "el correcto es XIMENA"; a capitalised word after these is the name as printed or as it
#: should be.
_SPELLING = re.compile(
    r"\b(?:(?:sali[oa]|sale|dice|decia|aparec(?:e|ia|io)|viene|venia|vino|qued[oa]|pusieron|"
    r"escribieron|imprimieron|registraron)(?: como)?|(?:lo |la |el )?correct[oa] (?:es|seria)|"
    r"debe(?:ria)? (?:ser|decir)|en (?:mi|su|el|la) (?:acta|curp|credencial|ine|ife|pasaporte|"
    r"registro|constancia)(?: de nacimiento)? (?:es|dice|viene|aparece|sale|esta como))"
    r"[,:]?[ \t]+[\"“«']?"
)
#: Who did something, in minutes and chats: "enviada por Zyanya", "le pregunté a Rosalba".
#: Weaker than a trigger (companies and offices send things too), so a known name must vouch.
_AGENT = re.compile(
    r"\b(?:(?:enviad|firmad|elaborad|redactad|atendid|recibid|revisad|autorizad|turnad|"
    r"capturad|entregad|realizad|propuest|presentad)[oa]s?\s+por|"
    r"le\s+(?:pregunte|dije|comente|pedi|marque|escribi|llame|avise|explique|entregue)\s+a)"
    r"\s+(?=[A-ZÁÉÍÓÚÑ])",
    re.IGNORECASE,
)
#: Who speaks on a call or a voice note: "Buenas tardes, habla Herminia", "le habla Rigo".
_SPEAKER = re.compile(r"(?:(?:^|[.,;:¿?!¡\"“«(-])[ \t]*|\b(?:le|les|te|me)[ \t]+)habla[ \t]+")
#: Campaign propaganda: "VOTA POR CHUCHO MARRUFO", "vote por Lety Garza"; a known name must
#: vouch, as parties and coalitions are voted for too ("vota por Fuerza y Corazón").
_PROPAGANDA = re.compile(r"\bvot(?:a|e|en|emos|ar|o)[ \t]+por[ \t]+")
#: "Enrique C. Rébsamen": "C." after a given name is an initial, not the title "Ciudadano".
_INITIAL_BEFORE = re.compile(r"([A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)[ \t]+$")
#: Nicknames from looks, written with an article and a capital: "la Güera", "el Flaco".
_LOOKS_NICKNAME = re.compile(
    r"\b(?:el|la)\s+(?P<value>(?:G[üu]er|G[üu]erit|Flac|Flaquit|Gord|Gordit|Chat|Priet|"
    r"Chaparr|Negr|Negrit|Zurd|Rubi|Chiquit|Pelon)[oa]|Pel[óo]n|Tuerto|Chueco)(?!\w)"
)
_OFFICE_RE = re.compile(rf"(?:{_OFFICES})\b")
#: A title or office word used as a label ("Ciudadana:", "Funcionario:").
_ROLE_LABEL = re.compile(rf"(?:{_TITLES}|{_OFFICES})[ \t]*:")


def _line_start(folded: str, pos: int) -> bool:
    """Whether only spaces stand between the start of the line and `pos`."""
    return not folded[folded.rfind("\n", 0, pos) + 1 : pos].strip()


def _known_word_in(value: str) -> bool:
    """Whether a span holds a word of the given-name or surname lexicons."""
    return any(is_known_name(w.strip(".")) for w in fold(value).split())


#: The weak trigger "con" as a word (not the start of "consejero").
_CON = re.compile(r"con\b")
#: A word that is only a title-case phrase's joint: "Personas con Discapacidad".
_TITLED_WORD_BEFORE = re.compile(r"(?:[A-ZÁÉÍÓÚÑ][^\W\d_]+|\b[Ee]squina)[ \t]+$")
#: An acronym may prefix the label in case headings ("JDC-PROMOVENTE:"); scanned forms put two
#: fields on a line, apart by a wide gap or a bar ("Apellido paterno: RUIZ    Apellido materno:").
_LABEL_LINE = re.compile(
    rf"(?:^|(?<=[ \t]{{2}})|(?<=\t)|(?<=\|))[ \t]*(?:[a-z]{{2,6}}-)?(?:{_LABEL})[ \t]*[:=][ \t]*",
    re.MULTILINE,
)
#: A form label alone on its line with the values on the lines below (credentials, OCR'd forms).
_LABEL_BLOCK = re.compile(
    rf"^[ \t]*(?:{_OCR_NOMBRE}(?:\(s\)|s)?|{_OCR_APELLIDO}s?(?: paterno| materno)?|"
    r"(?:primer|segundo) apellido)"
    r"[ \t]*:?[ \t]*\n",
    re.MULTILINE,
)
_VALUE_LINE = re.compile(
    r"[ \t]*([^\W\d_][^\W\d_.'’-]*\.?(?:[ \t]+[^\W\d_][^\W\d_.'’-]*\.?){0,4})[ \t]*(?:\n|$)"
)
_CLOSING_ONLY = re.compile(rf"(?:{_CLOSING})")
#: A line that is a form label: a few words, lower case after the first, then a colon
#: ("Desea respuesta por:", "Medio de contacto:").
_LABEL_REST = re.compile(r"[^\W\d_]+(?:[ \t]+[a-záéíóúñ][^\W\d_]*){1,5}[ \t]*:")
_CLOSING_LINE = re.compile(
    rf"(?:^|(?<=[.\s]))(?:{_CLOSING})\b[.,!]*[ \t]*(?:\n[ \t]*(?:--|—)?[ \t]*)*\n?[ \t]*"
    rf"(?:(?:{_TITLES})\s+)?",
    re.MULTILINE,
)
_CHAT_SENDER = re.compile(
    r"^\s*\[?(?:\d{1,2}/\d{1,2}/\d{2,4},?\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?\s?m\.?)?\]?"
    r"\s*(?:-\s*)?(?P<value>[^\W\d_][^\n:\d]{0,38}?)\s*:",
    re.MULTILINE,
)
_CHAT_LABEL = re.compile(
    r"^[ \t]*(?P<value>[^\W\d_]{2,20}(?: [^\W\d_]{2,20})?):[ \t]+\S", re.MULTILINE
)
#: INE field jobs written next to a name in chats and rosters ("SE Lorena", "Kike CAE").
_OFFICE_ACRONYMS = r"se|cae|sel|ve|vs|voe|vrfe|vceyec|vcyec|jde|jle|mac|zore|are"
#: A role or relation before a chat sender's name ("Jefa Lucy", "Tía Cuca" keeps "Tía" out).
_SENDER_ROLE = re.compile(
    rf"(?:(?:{_KIN}|{_TITLES}|jef[ea]|profe|seño|{_OFFICE_ACRONYMS})\s+)+(?=\S)"
)
#: A chat contact saved as a relation ("Mamá:", "Tía:") names no one.
_KIN_WORD = re.compile(rf"(?:{_KIN})")
#: What may trail a sender's name and is not part of it: an office ("Kike CAE"), flags, emoji.
_SENDER_TAIL = re.compile(rf"(?:\s+(?:{_OFFICE_ACRONYMS}))?[\W\d_]*$")
#: Social-media handles of people: lower case, digits, "_" or "."; organisations write theirs
#: with capitals ("@INEMexico"), so those are left alone.
_HANDLE = re.compile(r"(?<![\w.@])@(?P<value>[a-z][a-z0-9_.]{2,28}[a-z0-9_])(?![\w@])")
#: The last line of a message, alone: a signature ("Fabi", "JP", "Rocío", "Hugo M.").
_SIGNATURE_LINE = re.compile(
    r"\n[ \t]*(?:--|—)?[ \t]*"
    r"(?P<value>[^\W\d_][^\W\d_.'’-]*\.?(?:[ \t]+[^\W\d_][^\W\d_.'’-]*\.?){0,2})[ \t]*[.!]*\s*\Z"
)
#: Initials as a signature ("JP", "MGR").
_INITIALS = re.compile(r"[A-ZÁÉÍÓÚÑ]{2,3}")
#: A vocative opening a line: "Leo, te comparto…", "Hola Mari, ¿ya…" (lower case follows).
_VOCATIVE = re.compile(
    r"^[ \t]*(?:(?:hola|buen(?:os|as) (?:dias|tardes|noches)|querid[oa]|estimad[oa])[ \t,]+)?"
    r"(?P<value>[^\W\d_]+(?: [^\W\d_]+)?)[ \t]*,[ \t]+(?=[¿a-zñ])",
    re.MULTILINE,
)
#: A name called out after an interjection, mid-message: "ok Itzel, entonces…", "sale Beto, ahí".
_INTERJECTION_VOCATIVE = re.compile(
    r"(?<!\w)(?i:ok|okey|oki|va|sale|[oó]rale|gracias|oye|mira|hola|perd[oó]n|disculpa)[ \t]+"
    r"(?P<value>[A-ZÁÉÍÓÚÑ][a-záéíóúñü]{2,}),[ \t]"
)
#: Keys of personal-name fields in JSON or dictionaries ('"primer_apellido": "Solís"').
_JSON_FIELD = re.compile(
    r"[\"'](?:nombres?|nombre_?completo|nombre\(s\)|primer_?apellido|segundo_?apellido|apellidos?|"
    r"apellido_?(?:paterno|materno)|(?:first|last|full|given|family|middle)_?name|surname)[\"']"
    r"[ \t]*:[ \t]*[\"'](?P<value>[^\"'\n{}\[\]]{1,60})[\"']"
)
#: A name followed by a house number and a colonia is a street ("Magdalena 21, Col. Del Valle").
_STREET_NUMBER = re.compile(
    r"[ \t]+(?:no\.?|num\.?|#)?[ \t]*\d{1,5}[a-z]?(?:[ \t-]+(?:int|interior|depto)\.?[ \t]*\w+)?"
    r"[ \t]*,?[ \t]*(?:col\b|colonia|fracc|barrio|u\.?\s?h\.|unidad habitacional)"
)
#: A line holding one surname in capitals, maybe after "DE", "DEL" or "DE LA" ("DEL RÍO").
_SURNAME_LINE = re.compile(
    r"[ \t]*(?P<value>(?P<connector>(?:DE|DEL)(?:[ \t]+(?:LA|LAS|LOS))?[ \t]+)?"
    r"(?P<surname>[A-ZÁÉÍÓÚÑÜ]{2,}))[ \t]*"
)


def _stacked_surname(word: str, connector: str | None) -> bool:
    """Whether a capitalised word on a line of its own is a surname (any word after "DEL")."""
    folded = fold(word)
    if folded in INSTITUTION_WORDS or (folded in COMMON_WORDS and not connector):
        return False
    return bool(connector) or folded in surnames()


#: Sources whose values sit in a named field, so a surname that is a place word counts.
_FIELD_SOURCES = frozenset({"form label", "form field", "form block", "stated name"})
_LEADING_TITLES = re.compile(rf"(?:(?:{_TITLES})\s+)+")
_COMPANY_SUFFIX = re.compile(
    r",?\s*(?:S\.?\s?A\.?|S\.?\s?C\.?|A\.?\s?C\.?|S\.?\s?de\s?R\.?\s?L\.?|SAPI)(?!\w)"
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
_WORD = re.compile(r"[^\W\d_]+(?:[.'’-][^\W\d_]+)*\.?")
_CONNECTORS = {"de", "del", "la", "las", "los"}
_GAP = re.compile(r"[ \t]+")
_AND = re.compile(r"\s+y\s+")
_MAX_WORDS = 6


#: Institutions write their handles in lower case too ("@inemexico", "@sat_mx"): an acronym
#: followed by a country, state or "oficial".
_HANDLE_TAILS = frozenset({"mexico", "mx", "mex", "oficial", "gob", "gobmx", "noticias", "informa"})


def _institutional_handle(handle: str) -> bool:
    """Whether a lower-case handle is an institution's: acronym plus country, state or office."""
    handle = handle.replace("_", "").replace(".", "")
    for size in range(2, min(8, len(handle))):
        head, tail = handle[:size], handle[size:]
        if head in INSTITUTION_WORDS and (tail in _HANDLE_TAILS or tail in STATES):
            return True
    return False


#: A quoted nickname between a given name and a surname ('Katharina "Tina" Penner').
_INNER_NICKNAME = re.compile(r'["“«][^\W\d_][^"”»\n]{0,18}["”»][ \t]+(?=[A-ZÁÉÍÓÚÑ])')
#: Where someone is from, after the name: "Pedro Luna de Fresnillo, Zacatecas".
_ORIGIN_STATE = re.compile(r"[^\W\d_]+,?[ \t]+([^\W\d_]+)")


def _from_state(text: str, pos: int) -> bool:
    """Whether the words after a "de" at `pos` are a town and its state ("de Fresnillo, Zac")."""
    gap = _GAP.match(text, pos)
    origin = _ORIGIN_STATE.match(text, gap.end()) if gap else None
    return bool(origin) and fold(origin.group(1)) in STATE_NAMES


def _initial_after_name(text: str, pos: int) -> bool:
    """Whether the "C." at `pos` follows a given name on the same line ("Enrique C. Rébsamen")."""
    before = _INITIAL_BEFORE.search(text, max(0, pos - 30), pos)
    return bool(before) and fold(before.group(1)) in given_names()


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
        "spelling",
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
    r"fui|llegar|llegamos|llegue|regresar|regresamos|regrese|mudarnos|mudamos|mudarme) a|"
    r"(?:originari[oa]|oriund[oa]|procedente|natural|vengo|venimos|salimos|sali) de)[ \t]+$"
)
#: A town in a list of municipalities or localities: "por municipio (Calakmul, Candelaria, …)".
_TOWN_LIST_BEFORE = re.compile(
    r"(?i:municipios?|localidad(?:es)?|poblaciones|comunidades|ciudades|alcald[ií]as|pueblos|"
    r"cabeceras?(?: municipales)?)(?:[ \t]+(?:de|del|como))?[ \t]*[(:]?[ \t]*"
    r"(?:[A-ZÁÉÍÓÚÑ][^\W\d_]*(?:[ \t]+(?:de|del|la|las|los|[A-ZÁÉÍÓÚÑ][^\W\d_]*))*[ \t]*,[ \t]*)*"
    r"(?:[ye][ \t]+)?$"
)
_TOWN_STATE_AFTER = re.compile(r"[ \t]*,?[ \t]*([^\W\d_]+)")
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


def _town_at(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is a town named like a person, as such: a town whose name starts
    with a surname ("Gómez Palacio") always; one that starts with a given name ("Dolores
    Hidalgo", "Pedro Escobedo") after "en"/"desde" or before its state ("…, Gto.")."""
    words = [w.strip(".,") for w in fold(text[start:end]).split()]
    while len(words) > 1 and words[-1] in STATES:
        words.pop()  # "Gómez Palacio, Durango"
    name = " ".join(words)
    if name not in towns():
        return False
    if words[0] not in given_names() and not (len(words) == 1 and is_known_name(words[0])):
        return True
    if _TOWN_PREPOSITION.search(fold(text[max(0, start - 20) : start])):
        return True
    if _TOWN_LIST_BEFORE.search(text, max(0, start - 120), start):
        return True
    after = _TOWN_STATE_AFTER.match(text, end)
    return bool(after) and fold(after.group(1)) in STATES


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


def _acceptable(word: str, strict: bool) -> bool:
    """Whether a word can be part of a name.

    Capitalised words pass unless they are institutional or common vocabulary; lower-case words
    pass only when they are known names or, after a strong trigger ("me llamo"), not common words.
    """
    folded = fold(word.rstrip("."))
    if folded in INSTITUTION_WORDS or (folded in STATES and not is_known_name(folded)):
        return False  # "soy María López de Tlaxcala": the state is where she is from
    if word[:1].isupper():
        if folded in COMMON_WORDS and not is_known_name(folded):
            return False
        return len(folded) > 1 or word.endswith(".")
    if is_known_name(folded):
        return True
    return not strict and folded not in COMMON_WORDS and len(folded) > 2


def _name_at(text: str, pos: int, strict: bool) -> tuple[int, int] | None:
    """The longest name starting at `pos`: accepted words joined by connectors ("del", "de la")."""
    words: list[tuple[int, int]] = []
    pending: list[tuple[int, int]] = []
    titles = _LEADING_TITLES.match(fold(text[pos : pos + 40]))
    cursor = pos + (titles.end() if titles else 0)
    while len(words) < _MAX_WORDS:
        match = _WORD.match(text, cursor)
        if not match:
            break
        word = match.group()
        if fold(word) in _CONNECTORS and (words or not strict):
            if words and _from_state(text, match.end()):
                break  # "soy Pedro Luna de Fresnillo Zacatecas": where he is from
            pending.append(match.span())
        elif _acceptable(word, strict):
            words.extend(pending)
            pending = []
            words.append(match.span())
        else:
            break
        gap = _GAP.match(text, match.end())
        if not gap:
            break
        cursor = gap.end()
        nickname = _INNER_NICKNAME.match(text, cursor) if words else None
        if nickname:
            pending.append(nickname.span())
            cursor = nickname.end()
    if not words:
        return None
    start, end = words[0][0], words[-1][1]
    if text[end - 1] == "." and end - start > 2 and not re.search(r"\b\w\.$", text[start:end]):
        end -= 1
    return start, end


def _plausible(text: str, in_field: bool = False) -> bool:
    """Reject spans that are institutions, places or single common words.

    `in_field`: the value fills a name field ("Apellido paterno: DEL RÍO", "Apellido: UC"), so
    a surname that is also a place word, or a short one in capitals, is a surname.
    """
    if any(ch.isdigit() or ch in "@/" for ch in read_ocr_zeros(text)):
        return False
    words = [fold(w).strip(".") for w in text.split()]
    content = [w for w in words if w not in _CONNECTORS]
    if not any(len(w.replace(".", "")) >= (2 if in_field else 3) for w in content):
        return False  # "C.P.", "JC" alone
    if any(w in INSTITUTION_WORDS for w in content):
        return False
    if all((w in STATES or w in COMMON_WORDS) and not is_known_name(w) for w in content):
        return False
    if (content[0] in PLACE_WORDS and not in_field) or " ".join(words) in HISTORICAL_NAMES:
        return False  # "Auditorio Jaime Torres Bodet", "Gustavo A. Madero" are places
    # acronyms (INE, DERFE, INETEL), alone or after a role word ("Asesor INETEL"), are institutions
    named = [
        (w, original)
        for w, original in zip(words, text.split(), strict=True)
        if w not in _CONNECTORS and w not in COMMON_WORDS
    ]
    acronym = len(named) == 1 and named[0][1].isupper() and len(named[0][1]) <= 6 and not in_field
    return not acronym or is_known_name(named[0][0])


#: A writ opens with the writer's name, then the capacity they sign in: "ANA RUIZ SOTO, en mi
#: carácter de autorizada…", "Pedro Lara Gil, por mi propio derecho…"; the name may be unknown.
_WRIT_OPENING = re.compile(
    r"^[ \t]*(?:(?:C|Lic|Licda|Ing|Dr|Dra|Mtro|Mtra|Profr?|Profra|Arq|Sr|Sra)\.?[ \t]+)?"
    r"(?P<value>[A-ZÁÉÍÓÚÑ][^\W\d_]+(?:[ \t]+(?:(?:de|del|la|las|los|DE|DEL|LA|LAS|LOS)[ \t]+)?"
    r"[A-ZÁÉÍÓÚÑ][^\W\d_]+){1,5}),?[ \t]+"
    r"(?i:(?:en|con) mi (?:car[aá]cter|calidad) de|por (?:mi )?propio derecho|"
    r"por mi (?:propio )?derecho|por (?:mi )?propia cuenta|mexican[oa],? mayor de edad|"
    r"mayor de edad,|en representaci[oó]n de|promoviendo por|ante usted)",
    re.MULTILINE,
)
#: Initials standing for a victim, a minor or a party: "de iniciales M.G.R.", "el menor J. L. P.".
_INITIALS_TRIGGER = re.compile(
    r"\b(?i:iniciales):?[ \t]+[\"“«]?"
    r"(?P<value>(?:[A-ZÁÉÍÓÚÑ]\.?[ \t]?){1,4}[A-ZÁÉÍÓÚÑ]\.?)(?![\w])"
)
#: Roster labels in minutes and reports, then a list of people ("Operadores: Ana Ruiz, Luis
#: Mena", "Responsable: Lic. Sara Gil", "Asistentes: …"); only capitalised names follow. A
#: singular speaker role ("Operador:", "Moderadora:") opens a transcript's line, not a roster.
_ROSTER_LABEL = re.compile(
    r"^[ \t]*(?:responsables?|operador(?:es|as)|asistentes|integrantes|participantes|"
    r"encargad[oa]s?|capturistas?|elabor[oó]|revis[oó]|autoriz[oó]|atendi[oó]|atendid[oa] por|"
    r"entrevistador(?:es|as)|personal(?: asignado| presente)?|presentes|ponentes|"
    r"moderador(?:es|as)|testigos|firmantes|vocales|supervisor(?:es|as)|"
    r"capacitador(?:es|as)(?: asistentes)?|choferes|conductor(?:es|as)|"
    r"brigadistas|coordinador(?:es|as)|enlaces|auxiliares|t[eé]cnicos)"
    r"[ \t]*(?:\([^)\n]{0,20}\))?[ \t]*:[ \t]*",
    re.MULTILINE | re.IGNORECASE,
)


class MxPersonRecognizer(RegexRecognizer):
    """Names of people in Spanish letters, messages and forms."""

    ENTITY = "PERSON"
    PATTERN = _TRIGGER

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """Names from the rules, plus spaCy's when `nlp_artifacts` carries its entities."""
        results = self._vet(text, self._rule_candidates(text))
        results += self._stacked_surnames(text, results)
        if nlp_artifacts is not None:
            results += self.ner_results(text, nlp_artifacts)
        return results

    def ner_results(self, text: str, nlp_artifacts: NlpArtifacts) -> list[RecognizerResult]:
        """Names from spaCy's PER entities alone (the engine tags after the rules have run)."""
        return self._vet(text, self._ner_candidates(text, nlp_artifacts))

    def _vet(
        self, text: str, candidates: Iterator[tuple[int, int, float, str]]
    ) -> list[RecognizerResult]:
        """Keep the plausible candidates, trimmed of a sentence period."""
        results = []
        seen: set[tuple[int, int]] = set()
        folded = fold(text)
        for start, end, score, source in candidates:
            if end - start > 2 and text[end - 1] == "." and text[end - 3] not in " .":
                end -= 1  # sentence period, not an initial ("Francisco I.")
            if (start, end) in seen:
                continue  # the same name from two sources: the first (stronger) one is kept
            if _COMPANY_SUFFIX.match(text, end) or _STREET_NUMBER.match(folded, end):
                continue
            if _FIRM_TAIL.match(text, end) or _DATE_LINE_AFTER.match(text, end):
                continue
            if place_before(text, start) and source not in _FIELD_SOURCES:
                continue
            if historical_at(text, start, end):
                continue  # "Felipe Carrillo Puerto": a town
            end = _origin_end(text, start, end)
            if source not in _CONTEXT_SOURCES and _town_at(text, start, end):
                continue  # "Gómez Palacio", "vivo en Dolores Hidalgo": towns
            if source not in _CONTEXT_SOURCES and _title_word_at(text, start):
                continue  # "Ley de Amparo", "Técnico en Actualización Cartográfica"
            value = text[start:end]
            if end > start and (
                source == "social handle"
                or (source == "signature line" and _INITIALS.fullmatch(value))
                or source == "initials"
                or _plausible(value, source in _FIELD_SOURCES)
            ):
                explanation = AnalysisExplanation(
                    recognizer=self.name, original_score=score, textual_explanation=source
                )
                results.append(RecognizerResult(self.ENTITY, start, end, score, explanation))
                seen.add((start, end))  # a source that rejected the span leaves it to the next
        return results

    def _ner_candidates(
        self, text: str, nlp_artifacts: NlpArtifacts
    ) -> Iterator[tuple[int, int, float, str]]:
        for ent in nlp_artifacts.entities:
            if ent.label_ not in ("PERSON", "PER"):
                continue
            if " " not in ent.text.strip() and fold(ent.text) not in given_names():
                continue  # one unknown word ("Tizimín") is more often a place than a person
            start, end = self._strip_title(text, ent.start_char, ent.end_char)
            yield start, extend_name(text, start, end), 0.85, "ner"

    def _rule_candidates(self, text: str) -> Iterator[tuple[int, int, float, str]]:
        folded = fold(text)
        for match in _TRIGGER.finditer(folded):
            if "\n" in match.group() and _OFFICE_RE.match(folded, match.start()):
                continue  # "Cargo: SECRETARIO" / "Ubicación: …": a form value, then a label
            if _CON.match(folded, match.start()) and _TITLED_WORD_BEFORE.search(
                text, max(0, match.start() - 30), match.start()
            ):
                continue  # "Personas con Discapacidad", "esquina con Allende": not "hablé con Ana"
            if folded.startswith("c.", match.start()) and _initial_after_name(text, match.start()):
                continue  # "Enrique C. Rébsamen": a middle initial
            strict = _STRONG_RE.match(folded, match.start()) is None or (
                _AS_RE.match(folded, match.start()) is not None
                and folded[match.end() - 1] not in "\"“«'"
            )
            stated = _STATED_RE.match(folded, match.start()) or (
                _AS_RE.match(folded, match.start()) and folded[match.end() - 1] in "\"“«'"
            )  # "aparezco como "UC"": a quoted spelling of one's name
            source = "stated name" if stated else "trigger"
            spans = self._names_from(text, match.end(), strict, 0.8, source)
            if _ROLE_LABEL.match(folded, match.start()) and _line_start(folded, match.start()):
                # "Ciudadana: Vino la muchacha…": a speaker's role in a transcript, then what
                # they said; a name after it must be vouched for ("Ciudadano: Juan Pérez")
                spans = (c for c in spans if _known_word_in(text[c[0] : c[1]]))
            yield from spans
        if _NAME_TOPIC.search(folded) and _MISSPELT_TOPIC.search(folded):
            for match in _SPELLING.finditer(folded):
                span = _name_at(text, match.end(), True)
                if span and text[span[0]].isupper():
                    yield (*span, 0.75, "spelling")
        for match in _SPEAKER.finditer(folded):
            if text[match.end() : match.end() + 1].isupper():
                yield from self._names_from(text, match.end(), True, 0.75, "speaker")
        for match in _PROPAGANDA.finditer(folded):
            span = _name_at(text, match.end(), True)
            if span and any(is_known_name(w) for w in fold(text[span[0] : span[1]]).split()):
                yield (*span, 0.75, "propaganda")
        for match in _AGENT.finditer(folded):
            span = _name_at(text, match.end(), True)
            if span and any(is_known_name(w) for w in fold(text[span[0] : span[1]]).split()):
                yield (*span, 0.75, "agent")
        for match in _LOOKS_NICKNAME.finditer(text):
            yield (*match.span("value"), 0.7, "nickname")
        for match in _LABEL_LINE.finditer(folded):
            yield from self._names_from(text, match.end(), False, 0.8, "form label")
        for match in _WRIT_OPENING.finditer(text):
            yield (*match.span("value"), 0.8, "writ opening")
        for match in _INITIALS_TRIGGER.finditer(text):
            yield (*match.span("value"), 0.75, "initials")
        for match in _ROSTER_LABEL.finditer(text):
            for start, end, score, _ in self._name_list(text, match.end()):
                yield start, end, score, "roster"
        for match in _LABEL_BLOCK.finditer(fold(read_ocr_zeros(text))):  # "N0MBRE" in OCR
            yield from self._value_lines(text, match.end())
        for match in _CLOSING_LINE.finditer(folded):
            if _LABEL_REST.match(text, match.end()):
                continue  # "Gracias.\nDesea respuesta por: correo": a form line, not a signer
            yield from self._names_from(text, match.end(), True, 0.75, "signature")
        for match in _SELF_NICKNAME.finditer(folded):
            span = (
                _name_at(text, match.end(), True)
                if text[match.end() : match.end() + 1].isupper()
                else None
            )
            if span and any(is_known_name(w) for w in fold(text[span[0] : span[1]]).split()):
                yield (*span, 0.75, "nickname")  # "soy la Comisaria Ejidal" names no one
        for match in _KIN_LIST.finditer(folded):
            yield from self._name_list(text, match.end())
        for match in _JSON_FIELD.finditer(folded):
            yield (*match.span("value"), 0.8, "form field")
        senders = []
        for match in _CHAT_SENDER.finditer(text):
            start, end = match.span("value")
            role = _SENDER_ROLE.match(folded, start, end)
            start = role.end() if role else start
            bracket = text.find("(", start, end)
            end = bracket if bracket > start else end  # "Fidel (jefe de manzana)": a role
            end = _SENDER_TAIL.search(folded, start, end).start()
            senders.append((start, end))
        names = [text[start:end] for start, end in senders]
        for (start, end), name in zip(senders, names, strict=True):
            words = folded[start:end].split()
            if all(_KIN_WORD.fullmatch(w) for w in words):
                continue
            if len(words) == 1 and names.count(name) == 1 and words[0] not in given_names():
                continue  # "14:00 Cierre: 37 trámites": an agenda item, not a chat
            yield start, end, 0.8, "chat sender"
        senders = names
        yield from self._mentions(text, folded, senders)
        for match in _HANDLE.finditer(text):
            if not _institutional_handle(match.group("value")):
                yield (*match.span("value"), 0.7, "social handle")
        yield from self._chat_labels(text)
        yield from self._vocatives(text, folded)
        yield from self._signature(text, folded)
        yield from name_runs(text)

    def _stacked_surnames(
        self, text: str, results: list[RecognizerResult]
    ) -> list[RecognizerResult]:
        """Credential text pasted line by line: the surname lines above a given-name line in
        capitals ("RUIZ" / "DE LA ROSA" / "ANA SOFÍA") belong to the name."""
        extra: list[RecognizerResult] = []
        seen = {(r.start, r.end) for r in results}
        for result in results:
            line_start = text.rfind("\n", 0, result.start) + 1
            line_end = text.find("\n", result.end)
            line = text[line_start : len(text) if line_end < 0 else line_end]
            if not line.isupper() or line.strip() != text[result.start : result.end]:
                continue
            end = line_start - 1
            for _ in range(2):
                if end <= 0:
                    break
                start = text.rfind("\n", 0, end) + 1
                above = _SURNAME_LINE.fullmatch(text, start, end)
                if not above or not _stacked_surname(
                    above.group("surname"), above.group("connector")
                ):
                    break
                if above.span("value") in seen:
                    break  # already found, by a form label above it
                seen.add(above.span("value"))
                explanation = AnalysisExplanation(
                    recognizer=self.name, original_score=0.75, textual_explanation="stacked surname"
                )
                extra.append(RecognizerResult(self.ENTITY, *above.span("value"), 0.75, explanation))
                end = start - 1
        return extra

    @staticmethod
    def _name_list(text: str, pos: int) -> Iterator[tuple[int, int, float, str]]:
        """Names listed after a plural relation: "nuestros hijos Ulises, Noemí y Sara"."""
        for _ in range(8):
            span = _name_at(text, pos, True)
            if not span or not text[span[0]].isupper():
                return
            yield (*span, 0.75, "kin list")
            sep = _LIST_SEP.match(text, span[1])
            if not sep:
                return
            pos = sep.end()

    @staticmethod
    def _mentions(
        text: str, folded: str, senders: list[str]
    ) -> Iterator[tuple[int, int, float, str]]:
        """A chat member's given name written in lower case in the messages ("nooo gaby")."""
        firsts = {fold(s.split()[0]) for s in senders if s.split()}
        for first in firsts:
            if (
                len(first) < 3
                or first not in given_names()
                or first in AMBIGUOUS_GIVEN_NAMES
                or first in COMMON_WORDS
            ):
                continue
            for match in re.finditer(rf"(?<!\w){re.escape(first)}(?!\w)", folded):
                if text[match.start()].islower():
                    yield match.start(), match.end(), 0.7, "chat mention"

    @staticmethod
    def _vocatives(text: str, folded: str) -> Iterator[tuple[int, int, float, str]]:
        """A name opening a line, followed by a comma and the message ("Leo, te comparto…")."""
        for match in _VOCATIVE.finditer(text):
            start, end = match.span("value")
            words = folded[start:end].split()
            if not all(w[:1].isupper() for w in text[start:end].split()):
                continue
            if any(w in COMMON_WORDS or w in INSTITUTION_WORDS or w in STATES for w in words):
                continue
            if words[0] in given_names():  # "Asimismo, te…", "Mija, ya…" are not names
                yield start, end, 0.7, "vocative"
        for match in _INTERJECTION_VOCATIVE.finditer(text):
            start, end = match.span("value")
            word = folded[start:end]
            if word not in COMMON_WORDS and word not in STATES and word not in INSTITUTION_WORDS:
                yield start, end, 0.7, "vocative"

    @staticmethod
    def _signature(text: str, folded: str) -> Iterator[tuple[int, int, float, str]]:
        """A short last line that is only a name or initials: how e-mails and chats are signed."""
        match = _SIGNATURE_LINE.search(text, max(0, len(text) - 80))
        if not match:
            return
        start, end = match.span("value")
        titles = _LEADING_TITLES.match(folded, start, end)
        start = titles.end() if titles else start
        value = text[start:end]
        words = [w.strip(".") for w in folded[start:end].split()]
        if not words:
            return
        if len(value) > 30 or not all(w[:1].isupper() for w in value.split()):
            return
        if _CLOSING_ONLY.fullmatch(folded[start:end].rstrip(".! ")):
            return
        if any(
            (w in COMMON_WORDS or w in STATES or w in PLACE_WORDS) and not is_known_name(w)
            for w in words
        ) or any(w in INSTITUTION_WORDS for w in words):
            return
        if len(words) == 1 and not (_INITIALS.fullmatch(value) or words[0] in given_names()):
            return  # "Pendiente", "Enterado": one unknown word is more often a reply than a name
        if not _INITIALS.fullmatch(value) and not any(is_known_name(w) for w in words):
            return  # "Abogados Asociados": a firm or a slogan signs like a person
        yield start, end, 0.7, "signature line"

    @staticmethod
    def _names_from(
        text: str, pos: int, strict: bool, score: float, source: str
    ) -> Iterator[tuple[int, int, float, str]]:
        """A name at `pos`, and a second one after " y " ("Raúl Montemayor y Patricia Leyva")."""
        span = _name_at(text, pos, strict)
        while span:
            yield (*span, score, source)
            joined = _AND.match(text, span[1])
            if not joined or not text[joined.end() : joined.end() + 1].isupper():
                break
            span = _name_at(text, joined.end(), True)

    @staticmethod
    def _value_lines(text: str, pos: int) -> Iterator[tuple[int, int, float, str]]:
        """Up to three name lines under a label ("NOMBRE" / "ROSAS" / "CAMPOS" / "MARIA")."""
        for _ in range(3):
            line = _VALUE_LINE.match(text, pos)
            if not line:
                return
            words = [fold(w).strip(".") for w in line.group(1).split()]
            if any(w in COMMON_WORDS and w not in _CONNECTORS for w in words):
                return  # the next label ("DOMICILIO", "FIRMA")
            yield (*line.span(1), 0.75, "form block")
            pos = line.end()

    @staticmethod
    def _chat_labels(text: str) -> Iterator[tuple[int, int, float, str]]:
        """Chat lines "Yoli: …" without time stamps: a capitalised label repeated on two or more
        lines, or a known given name, that is not a form field ("Domicilio:", "Asunto:")."""
        labels = list(_CHAT_LABEL.finditer(text))
        counts: dict[str, int] = {}
        for match in labels:
            counts[match.group("value")] = counts.get(match.group("value"), 0) + 1
        for match in labels:
            value = match.group("value")
            words = fold(value).split()
            if not value[:1].isupper() or any(
                w in COMMON_WORDS or w in INSTITUTION_WORDS for w in words
            ):
                continue
            if all(_KIN_WORD.fullmatch(w) for w in words):
                continue
            if value.isupper() and not any(is_known_name(w) for w in words):
                continue  # "LOCUTORA:", "VOZ EN OFF:": a script's roles are written in capitals
            if counts[value] >= 2 or words[0] in given_names():
                yield (*match.span("value"), 0.75, "chat label")

    @staticmethod
    def _strip_title(text: str, start: int, end: int) -> tuple[int, int]:
        """Drop a leading "C." or "Lic." that spaCy includes in the entity."""
        lead = _LEADING_TITLES.match(fold(text[start:end]))
        return (start + lead.end(), end) if lead else (start, end)
