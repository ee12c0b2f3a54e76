"""Whether an address is public: an office's, a school's, a company's or an event venue's.

Addresses of offices, schools, polling places, companies and public events identify no one and
are reported with a score below any threshold, so the engine leaves them (and the postal code in
them) alone. The context words that decide it, and the words that make an address personal
again ("mi domicilio", "vivo en"), are kept here, apart from the address shapes.
"""

from __future__ import annotations

import re

from sufragio.privacy.address_words import NUMBER_OR_COMMA, STREET_OR_AREA, sentence_start

#: Addresses of offices are public, not personal: "la oficina se encuentra en Viaducto Tlalpan 100",
#: and so are the venues of notices and events: "Registro del 1 al 30 en la calle Nogales 301",
#: polling places ("la casilla ubicada en …"), an office speaking of itself ("Atendemos en …")
#: the venue of an appointment ("Tu cita quedó para el jueves a las 11:30 en Av. …"), and where
#: a campaign event or a banner was seen ("un mitin realizado en la calle Juan Escutia …").
_OFFICE_CONTEXT = re.compile(
    r"\b(?:oficinas?|sede|instalaciones|modulos?|mac|distrito|hotel|notaria|juzgado|sucursal|"
    r"planta|plant|edificio|[il1]nstituto|junta|consulado|escuela|"
    r"esc(?=\.)|prim(?=\.)|telesecundaria|telebachillerato|bachillerato|colegio|kinder|"
    r"parroquia|templo|capilla|casa ejidal|comisaria|"
    r"primaria|secundaria|preparatoria|jardin de ninos|registro(?! civil)|informes|convocatoria|"
    r"evento|reunion|capacitacion|taller|foro|feria|asamblea|jornada|inscripcion(?:es)?|"
    r"acud[ae]n?|acudir|presentarse|presentese|palacio|ayuntamiento|presidencia municipal|"
    r"hospital|clinica|centro de salud|biblioteca|universidad|plaza civica|mercado|auditorio|"
    r"deportivo|casa de (?:la )?cultura|sesion|embajada|tribunal|sala de|"
    r"casillas?(?![ \t]*:)(?=[^\n]*$)|"
    r"atendemos|atenderemos|nos ubicamos|estamos ubicados|gimnasio|salon|bodega|colectivo|"
    r"asociacion|organizacion|empresa|sindicato|unidad de transparencia|unidad tecnica|"
    r"central de autobuses|terminal|estacion|(?:tu|su) cita (?:quedo|queda|es|sera|esta)|"
    # theatres, committees and filing offices; campaign events and propaganda in the street
    r"secretaria municipal|subdireccion|adquisiciones|contigua|domicilio de ubicacion|"
    r"teatro|paraninfo|comite|oficialia de partes|mitin|cierre de campana|realizad[oa]|"
    r"celebrad[oa]|lonas?|bardas?|espectacular(?:es)?|propaganda|mantas?|pendones?|pintas?|"
    r"carteles?|volantes?)\b"
)
#: Words that make an address near an office word personal again ("mi domicilio", "vivo en",
#: "vecina de", the owner or a home visit, a notifier's "me constituí en").
PERSONAL_CONTEXT = re.compile(
    r"\b(?:mi|mis|nuestr[oa]s?|suscrib\w*|[bv]ive|[bv]iven|[bv]ivo|[bv]ivimos|[bv]iviendo|radico|"
    r"particular|casa|"
    r"domicilio para|a nombre de|su (?:ultimo )?domicilio|ultimo domicilio|vecin[oa]s? de|"
    r"propietari[oa]|"
    r"vivienda|domiciliari[ao]|"
    # a notifier's record at someone's home: "me constituí en …, buscando a la C. …"
    r"me constitui|se constituyo|constituid[oa](?: \w+)? en|buscando a)\b"
)
#: Someone's home named as such: a casilla "se instalará en el domicilio del C. …".
_HOME_OF = re.compile(
    r"domicilio del? (?:c|sr|sra|senor|senora|ciudadan[oa]|don|dona|profr?|lic)\b"
)
#: A company's tax domicile ("Domicilio fiscal: …" under "Razón social: …, S.A. de C.V.").
_FISCAL = re.compile(r"\s*fiscal\b")
_COMPANY = re.compile(r"\bs\.? ?a\.? de c\.? ?v\b|\bs\. de r\.? ?l\b|\bempresa\b")
#: A company's letterhead above an address: its legal form ("S.C.", "S. de R.L.", a US "P.C."
#: or "Law Offices") or its RFC, which has three letters where a person's has four.
_LETTERHEAD = re.compile(
    _COMPANY.pattern + r"|,? s\.c\.|\bp\.c\.|\bllc\b|\binc\.|\blaw offices?\b|"
    r"\br\.?f\.?c\.?[ \t]*:?[ \t]*[a-z&]{3}\d{6}[a-z0-9]{3}\b"
)
#: Lines that may stand between a letterhead and its address: the RFC, "Atención: …", phones.
_LETTERHEAD_LINE = re.compile(r"[ \t]*(?:r\.?f\.?c|atencion|atn|at'n|tel|registro patronal)\b")
#: An office named right after the address, or its opening hours ("…, Col. Centro, de 8 a 15 h",
#: "… | L-V 8:00-20:00").
OFFICE_AFTER = re.compile(
    r"[^\n]{0,40}\((?:oficina|sede|trabajo)\)|"
    r"[\s,.;|]*(?:horario\b|(?:de\s+)?\d{1,2}(?::\d\d)?\s*(?:a|-)\s*\d{1,2}(?::\d\d)?\s*"
    r"(?:h|hrs?|horas)\b|(?:l-v|l a v|lun-vie|lunes a viernes)\b|\d{1,2}:\d\d\s*-\s*\d{1,2}:\d\d)"
)


def is_public(folded: str, start: int, label: bool, phrase_end: int | None = None) -> bool:
    """Whether an address belongs to an office, school, polling place, company or public event
    named just before it. A form label ("DOMICILIO" under a name) looks only at its own and the
    line above. A domicile phrase ("domicilio para oír y recibir notificaciones") is personal."""
    if _HOME_OF.match(folded, start):
        return False
    begin = max(0, start - 90)
    before = folded[sentence_start(folded, begin, start) : start]
    if label:
        lines = before.split("\n")
        before = "\n".join(lines[-2:])
    if _FISCAL.match(folded, phrase_end or start) and _COMPANY.search(
        folded, _block_start(folded, start), start
    ):
        return True  # a company's tax domicile
    line_start = folded.rfind("\n", 0, start) + 1
    if (
        not label
        and phrase_end is None
        and not folded[line_start:start].strip()
        and _under_letterhead(folded, line_start)
    ):
        return True  # under a company's name: "Textiles del Norte, S.A. de C.V." / "Av. …"
    offices = list(_OFFICE_CONTEXT.finditer(before))
    if not offices:
        return False
    personal = before[offices[-1].end() :] + folded[start : phrase_end or start]
    return not (PERSONAL_CONTEXT.search(personal) or _HOME_OF.search(personal))


def _under_letterhead(folded: str, line_start: int) -> bool:
    """Whether the line at `line_start` is under a company's letterhead: the line above names
    the company, or up to two RFC, "Atención" or phone lines separate them."""
    end = line_start
    for _ in range(3):
        if end <= 0:
            return False
        begin = folded.rfind("\n", 0, end - 1) + 1
        line = folded[begin : end - 1]
        if not line.strip():
            return False
        if _LETTERHEAD.search(line):
            return True
        if not _LETTERHEAD_LINE.match(line):
            return False
        end = begin
    return False


def office_lead(folded: str, end: int) -> bool:
    """An office named between a location phrase and the street ("ubicada en el inmueble de la
    Junta Distrital (Calle …)")."""
    keyword = STREET_OR_AREA.search(folded, end, end + 60)
    if not keyword or NUMBER_OR_COMMA.search(folded, end, keyword.start()):
        return False
    return _OFFICE_CONTEXT.search(folded, end, keyword.start()) is not None


def _block_start(folded: str, start: int) -> int:
    """Start of the paragraph or form block around `start`, at most 400 characters back."""
    blank = folded.rfind("\n\n", max(0, start - 400), start)
    return blank + 2 if blank >= 0 else max(0, start - 400)
