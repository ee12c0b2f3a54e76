"""The words that announce a person's name in Mexican letters, forms, writs and minutes.

The PERSON recognizer (`sufragio.privacy.recognizers.person`) reads a name after these cues:
titles and offices ("Lic.", "la regidora"), relations ("mi hermano"), self-introductions
("mi nombre es"), closings ("Atentamente"), form and writ labels ("Nombre:", "ACTOR:") and roster
labels ("Asistentes:"). The vocabularies are long and change with every new kind of letter, so
they live here, apart from the logic that reads the name itself; all patterns run on folded
text (`sufragio.privacy.text.fold`) unless their comment shows capitals.
"""

from __future__ import annotations

import re

TITLES = (
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
    r"delegad[oa]|secretari[oa]|vocal|comisari[oa]|agente municipal|representante|regidor[a]?)"
    # "el diputado federal Ruiz", "la síndica procuradora Mena", "el comisario ejidal Tun"
    r"(?: (?:municipal|federal|local|estatal|distrital|ejidal|electo|electa|suplente|"
    r"propietari[oa]|procurador[a]?|plurinominal|independiente|saliente|con licencia))?"
)
KIN = (
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
    r"me yamo|se llama|de nombre|de apellidos?|a nombre de|(?:le|les|te) habla|"
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
    r"apodad[oa]|alias|conocid[oa](?: (?:en|por) (?:su|la|el|toda la) \w+)? como"
)
#: "soy el Chino Ramos", "soy la Lupe": a nickname after an article introduces oneself too.
SELF_NICKNAME = re.compile(r"\bsoy (?:el|la)\s+")
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
KIN_LIST = re.compile(rf"\b(?:{_KIN_PLURAL}|{_TITLE_PLURAL})")
TRIGGER = re.compile(
    rf"(?:\b(?:{_STRONG})\b|(?:\b(?:mi|su|tu|nuestr[oa]|la|el)\s+)(?:{KIN})\b(?:\s+(?:el|la)\b)?|"
    rf"\b(?:{_KIN_OF})\s+de\b|\b(?:{_CALLED})\s+[\"“«](?:el|la)\b|\b(?:{_CALLED})\b(?:\s+(?:el|la)\b)?|"
    rf"(?<![\w.])(?:{TITLES}|{_OFFICES})(?=[\s,:])|(?:^|(?<=[.,;:¿?!\s]))(?:{_WEAK})(?=\s))[,:]?\s+[\"“«]?"
)
STRONG_RE = re.compile(rf"(?:{_STRONG})\b")
#: "aparezco como afiliada", "aparece como vigente": after these a status may follow, so a
#: lower-case value counts only when quoted ("aparezco como 'maria lopes'").
AS_RE = re.compile(
    r"(?:aparec(?:e|io|en)|aparezco|registrad[oa]|(?:aparec(?:e|io|en)|sal(?:e|io|en)|viene|vino|"
    r"esta|quedo|registraron) (?:mi|su) (?:(?:primer|segundo) )?(?:nombre|apellido)s?"
    r"(?: (?:paterno|materno))?) como\b"
)
#: Stating one's own name or surname ("mi segundo apellido es Ku"): the value fills a name
#: field, so a short surname or one that is also a place word ("Villa") is a name too.
STATED_RE = re.compile(
    r"(?:mi (?:(?:primer|segundo) )?(?:nombre|apellido)(?: (?:completo|correcto|real|verdadero))?"
    r" es|mis (?:nombres|apellidos)(?: correctos)? son)\b"
)
#: A letter about a misspelt name ("mi nombre salió mal", "corrección del apellido")...
NAME_TOPIC = re.compile(r"\b(?:nombres?|apellidos?)\b")
MISSPELT_TOPIC = re.compile(
    r"\bmal\b|\berror|\berrone|equivoc|incorrect|\bcorrect|rectific|corrig|correg|corrij|\bacento|"
    r"\bletra"
)
#: ...quotes both spellings: "salió JIMENA", "salió con apellido WIBE", "dice Tomaza con zeta",
#: "en mi acta es Íñiguez", "el correcto es XIMENA"; a capitalised word after these is the name
#: as printed or as it should be.
SPELLING = re.compile(
    r"\b(?:(?:sali[oa]|sale|dice|decia|aparec(?:e|ia|io)|viene|venia|vino|qued[oa]|pusieron|"
    r"escribieron|imprimieron|registraron)(?: como| con (?:el |mi |su )?(?:nombre|apellido)s?)?|"
    r"(?:lo |la |el )?correct[oa] (?:es|seria)|"
    r"debe(?:ria)? (?:ser|decir)|en (?:mi|su|el|la) (?:acta|curp|credencial|ine|ife|pasaporte|"
    r"registro|constancia)(?: de nacimiento)? (?:es|dice|viene|aparece|sale|esta como))"
    r"[,:]?[ \t]+[\"“«']?"
)
#: Who did something, in minutes and chats: "enviada por Zyanya", "le pregunté a Rosalba".
#: Weaker than a trigger (companies and offices send things too), so a known name must vouch.
AGENT = re.compile(
    r"\b(?:(?:enviad|firmad|elaborad|redactad|atendid|recibid|revisad|autorizad|turnad|"
    r"capturad|entregad|realizad|propuest|presentad)[oa]s?\s+por|"
    r"le\s+(?:pregunte|dije|comente|pedi|marque|escribi|llame|avise|explique|entregue)\s+a)"
    r"\s+(?=[A-ZÁÉÍÓÚÑ])",
    re.IGNORECASE,
)
#: Who speaks on a call or a voice note: "Buenas tardes, habla Herminia", "le habla Rigo".
SPEAKER = re.compile(r"(?:(?:^|[.,;:¿?!¡\"“«(-])[ \t]*|\b(?:le|les|te|me)[ \t]+)habla[ \t]+")
#: Campaign propaganda: "VOTA POR CHUCHO MARRUFO", "vote por Lety Garza"; a known name must
#: vouch, as parties and coalitions are voted for too ("vota por Fuerza y Corazón").
PROPAGANDA = re.compile(r"\bvot(?:a|e|en|emos|ar|o)[ \t]+por[ \t]+")
#: Nicknames from looks, written with an article and a capital: "la Güera", "el Flaco".
LOOKS_NICKNAME = re.compile(
    r"\b(?:el|la)\s+(?P<value>(?:G[üu]er|G[üu]erit|Flac|Flaquit|Gord|Gordit|Chat|Priet|"
    r"Chaparr|Negr|Negrit|Zurd|Rubi|Chiquit|Pelon)[oa]|Pel[óo]n|Tuerto|Chueco)(?!\w)"
)
OFFICE_RE = re.compile(rf"(?:{_OFFICES})\b")
#: A title or office word used as a label ("Ciudadana:", "Funcionario:").
ROLE_LABEL = re.compile(rf"(?:{TITLES}|{_OFFICES})[ \t]*:")
#: The weak trigger "con" as a word (not the start of "consejero").
CON_TRIGGER = re.compile(r"con\b")
#: A word that is only a title-case phrase's joint: "Personas con Discapacidad".
TITLED_WORD_BEFORE = re.compile(r"(?:[A-ZÁÉÍÓÚÑ][^\W\d_]+|\b[Ee]squina)[ \t]+$")
#: An acronym may prefix the label in case headings ("JDC-PROMOVENTE:"); scanned forms put two
#: fields on a line, apart by a wide gap or a bar ("Apellido paterno: RUIZ    Apellido materno:").
LABEL_LINE = re.compile(
    rf"(?:^|(?<=[ \t]{{2}})|(?<=\t)|(?<=\|))[ \t]*(?:[a-z]{{2,6}}-)?(?:{_LABEL})[ \t]*[:=][ \t]*",
    re.MULTILINE,
)
#: A form label alone on its line with the values on the lines below (credentials, OCR'd forms).
LABEL_BLOCK = re.compile(
    rf"^[ \t]*(?:{_OCR_NOMBRE}(?:\(s\)|s)?|{_OCR_APELLIDO}s?(?: paterno| materno)?|"
    r"(?:primer|segundo) apellido)"
    r"[ \t]*:?[ \t]*\n",
    re.MULTILINE,
)
CLOSING_ONLY = re.compile(rf"(?:{_CLOSING})")
#: A line that is a form label: a few words, lower case after the first, then a colon
#: ("Desea respuesta por:", "Medio de contacto:").
LABEL_REST = re.compile(r"[^\W\d_]+(?:[ \t]+[a-záéíóúñ][^\W\d_]*){1,5}[ \t]*:")
CLOSING_LINE = re.compile(
    rf"(?:^|(?<=[.\s]))(?:{_CLOSING})\b[.,!]*[ \t]*(?:\n[ \t]*(?:--|—)?[ \t]*)*\n?[ \t]*"
    rf"(?:(?:{TITLES})\s+)?",
    re.MULTILINE,
)
#: Keys of personal-name fields in JSON or dictionaries ('"primer_apellido": "Solís"').
JSON_FIELD = re.compile(
    r"[\"'](?:nombres?|nombre_?completo|nombre\(s\)|primer_?apellido|segundo_?apellido|apellidos?|"
    r"apellido_?(?:paterno|materno|1|2)|(?:first|last|full|given|family|middle)_?name|surname)[\"']"
    r"[ \t]*:[ \t]*[\"'](?P<value>[^\"'\n{}\[\]]{1,60})[\"']"
)
LEADING_TITLES = re.compile(rf"(?:(?:{TITLES})\s+)+")
#: A writ opens with the writer's name, then the capacity they sign in: "ANA RUIZ SOTO, en mi
#: carácter de autorizada…", "Pedro Lara Gil, por mi propio derecho…"; the name may be unknown.
WRIT_OPENING = re.compile(
    r"^[ \t]*(?:(?:C|Lic|Licda|Ing|Dr|Dra|Mtro|Mtra|Profr?|Profra|Arq|Sr|Sra)\.?[ \t]+)?"
    r"(?P<value>[A-ZÁÉÍÓÚÑ][^\W\d_]+(?:[ \t]+(?:(?:de|del|la|las|los|DE|DEL|LA|LAS|LOS)[ \t]+)?"
    r"[A-ZÁÉÍÓÚÑ][^\W\d_]+){1,5}),?[ \t]+"
    r"(?i:(?:en|con) mi (?:car[aá]cter|calidad) de|por (?:mi )?propio derecho|"
    r"por mi (?:propio )?derecho|por (?:mi )?propia cuenta|mexican[oa],? mayor de edad|"
    r"mayor de edad,|en representaci[oó]n de|promoviendo por|ante usted)",
    re.MULTILINE,
)
#: Initials standing for a victim, a minor or a party: "de iniciales M.G.R.", "el menor J. L. P.".
INITIALS_TRIGGER = re.compile(
    r"\b(?i:iniciales):?[ \t]+[\"“«]?"
    r"(?P<value>(?:[A-ZÁÉÍÓÚÑ]\.?[ \t]?){1,4}[A-ZÁÉÍÓÚÑ]\.?)(?![\w])"
)
_CAPS_WORD = r"[A-ZÁÉÍÓÚÑÜ]{2,}"
#: A name written surname first in capitals that fills a list row, a table cell or a role's field,
#: then a separator or the end of the line: "1. SARMIENTO CRUZ, PAULINO — domicilio conocido",
#: "- FEHR WALL, SARA — CURP", "| SIFUENTES MORA, IRMA | [firma]", "Secretario/a: MENDIETA
#: PÉREZ, CLAUDIA".
SURNAME_FIRST_ROW = re.compile(
    rf"(?:^[ \t]*(?:\d{{1,3}}[.)]|[-•*])?|\|[ \t]*|:)[ \t]*"
    rf"(?P<value>{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{0,2}},[ \t]+(?:MA\.[ \t]+)?{_CAPS_WORD}"
    rf"(?:[ \t]+{_CAPS_WORD}){{0,3}})(?=[ \t]*(?:[—–|;]|-[ \t]|$))",
    re.MULTILINE,
)
#: The initials of who signed, reviewed and typed an official letter, on a line of their own at
#: its foot: "RCM/CHS/lmg" (the typist's in lower case, by convention).
DRAFTER_INITIALS = re.compile(
    r"^[ \t]*((?:[A-ZÁÉÍÓÚÑ]{2,4}/)+[a-záéíóúñ]{2,4})[ \t]*$", re.MULTILINE
)
#: Roster labels in minutes and reports, then a list of people ("Operadores: Ana Ruiz, Luis
#: Mena", "Responsable: Lic. Sara Gil", "Asistentes: …"); only capitalised names follow. A
#: singular speaker role ("Operador:", "Moderadora:") opens a transcript's line, not a roster.
ROSTER_LABEL = re.compile(
    r"^[ \t]*(?:responsables?|operador(?:es|as)|asistentes|integrantes|participantes|"
    r"encargad[oa]s?|capturistas?|elabor[oó]|revis[oó]|autoriz[oó]|atendi[oó]|atendid[oa] por|"
    r"entrevistador(?:es|as)|personal(?: asignado| presente)?|presentes|ponentes|"
    r"moderador(?:es|as)|testigos|firmantes|vocales|supervisor(?:es|as)|"
    r"capacitador(?:es|as)(?: asistentes)?|choferes|conductor(?:es|as)|"
    r"brigadistas|coordinador(?:es|as)|enlaces|auxiliares|t[eé]cnicos)"
    r"[ \t]*(?:\([^)\n]{0,20}\))?[ \t]*:[ \t]*",
    re.MULTILINE | re.IGNORECASE,
)
