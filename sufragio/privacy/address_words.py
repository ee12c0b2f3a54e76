"""Address vocabulary shared by the ADDRESS recognizer and its helper modules.

The street, colonia and segment words, the abbreviations whose period ends no sentence, and
where a sentence starts and ends around an address are needed alike by the recognizer, by the
segment trimming, by the public-address check, by the residence-town pass and by the contact-card
place line; kept here once so that they all read an address the same way.
"""

from __future__ import annotations

import re

from sufragio.privacy.lexicon import words_of
from sufragio.textkit.spanish import MONTHS as SPANISH_MONTHS

#: Street words. "And." (andador) only with its period and "SM" (supermanzana, Cancún) only
#: before a number, since "and" and "sm" are ordinary tokens elsewhere; "kilómetro"/"km" and
#: Yucatán's bare "C" ("C 31 x 28 y 30", "C. 59 #498 x 56 y 58") only before a number, too.
STREET = (
    r"calle|avenida|av|avda|blvd|boulevard|bulevar|bulevard|calzada|calz|privada|priv|andador|"
    r"callejon|cerrada|cda|circuito|cto|circ|prolongacion|prol|paseo|retorno|carretera|carr|"
    r"camino|periferico|eje|viaducto|glorieta|manzana|mz|and(?=\.\s*\w)|sm(?=\.?\s*\d)|"
    r"carrera(?=\s*\d)|supermanzana|(?:kilometro|km)(?=\.?\s*\d)|"
    r"c(?=\.?\s*\d{1,3}[a-z]?\s+(?:(?:#|no\.?)\s*\d{1,5}[a-z]?\s+)?(?:x|por)\s+\d)|"
    # Puebla's numbered streets on a voter card: "C 14 SUR 3907"
    r"c(?=\.?[ \t]+\d{1,3}[ \t]+(?:sur|norte|oriente|poniente|ote|pte)\b)"
)
AREA = (
    r"c[o0]l|colonia|fracc|fraccionamiento|barrio|unidad habitacional|u\.? ?h|residencial|"
    r"conjunto habitacional|ejido|pueblo|localidad|loc|rancheria|comunidad|paraje|congregacion|"
    r"rancho|(?:primera|segunda|tercera|cuarta|quinta|sexta|septima|octava|novena|decima)\s+seccion"
)
#: Words that begin a further segment of an address, including those of addresses abroad.
_PART = (
    AREA + r"|alcaldia|alc|municipio|mpio|delegacion|del|interior|int|ext|exterior|depto|"
    r"departamento|despacho|piso|edificio|edif|entre|esquina|esq|mz|manzana|lt|lote|no|num|numero|"
    r"local|casa|km|ciudad|cd|estado|edo|sector|seccion|zona|torre|agencia|"
    r"apt|apartment|apartamento|apto|app|appartement|unit|suite|ste|planta|altos|bajos|region"
)
#: A sentence end: a period that does not close an abbreviation ("No. 41", "Av."), or a line end.
_PERIOD = re.compile(r"(\w*)\.(?=\s)|(?P<closing>[\"”»')])\.(?=\s)|[?!]+(?=\s)|\n")
SEASONS = words_of(
    "semana navidad pascua vacaciones ano fin verano invierno diciembre enero cuaresma puente"
)
#: Month names, with the variant spelling "setiembre".
MONTHS = frozenset(SPANISH_MONTHS) | {"setiembre"}
#: A numbered section or sector is part of a neighbourhood's name, not a house number:
#: "Ciudad Azteca 3a. Sección", "Cumbres 2o Sector", "Lázaro Cárdenas 2da. Sección".
ORDINAL_AREA = re.compile(
    r"\b\d{1,2}[ \t]*(?:a|ra|da|er|ro|do|to|ta|va|na|o|º|ª)\b\.?(?=[ \t]*(?:secc|sector|etapa|$))"
)
#: Abbreviations whose period does not end a sentence ("Av.", "Fracc.", "Pte.").
ABBREVIATIONS = words_of(
    """
    av avda blvd calz priv cda prol carr mz col fracc no num int ext depto edif esq lt pte ote nte
    alc mpio del cd edo gral lic sta sto dr ing km loc and sm apt ste st ave rd cto circ desp
    c0l ampl app apto secc boul esc prim
    fco fdo gpe ma jse mtro mtra profr profra prof pdte presb hnos sra srta dra sec tec univ c
    """
)
NUMBER_OR_COMMA = re.compile(r"[\d,]")
IMPLICIT_COLONIA = re.compile(
    r"la\s+(?!(?:ciudad|capital|cabecera|sierra|costa|frontera|zona|region|casa|calle|colonia|"
    r"parte|orilla|playa|periferia|comunidad|rancheria|localidad|huasteca|mixteca|montana|selva|"
    r"laguna|peninsula|republica|entidad|cdmx|paz|misma|actualidad|esquina|unidad)\b)[a-z]"
)
#: Areas small enough that naming one with its town says where someone lives; a village
#: ("comunidad", "pueblo", "ejido") is a public place.
NEIGHBOURHOOD = re.compile(
    r"(?:col|colonia|fracc|fraccionamiento|barrio|unidad habitacional|u\.? ?h|residencial|"
    r"conjunto habitacional)\b"
)
STREET_START = re.compile(rf"(?:{STREET})\b")
STREET_OR_AREA = re.compile(rf"(?:{STREET}|{AREA})\b")
PART_START = re.compile(rf"(?:{_PART})\b\.?|#")
CONNECTORS = {"de", "del", "la", "las", "los", "el", "y"}


def sentence_start(folded: str, begin: int, end: int) -> int:
    """Where the last sentence before `end` starts (not before `begin`); the period of an
    abbreviation ("Escuela No. 41, que está en …") ends no sentence."""
    cut = begin
    for match in _PERIOD.finditer(folded, begin, end):
        word = match.group(1)
        if match.group("closing") or (
            word is not None and (word.isdigit() or (len(word) > 1 and word not in ABBREVIATIONS))
        ):
            cut = match.end() + 1  # also 'me dice "no se encontró registro". Sigo …'

    blank = folded.rfind("\n\n", begin, end)
    return max(cut, blank + 2) if blank >= 0 else cut


def sentence_end(folded: str, start: int) -> int:
    """Where the sentence around `start` ends: at a period that closes no abbreviation, a
    question or exclamation mark, or a line end."""
    while start > 0 and folded[start - 1].isalnum():
        start -= 1  # the whole word before a period
    for match in _PERIOD.finditer(folded, start):
        word = match.group(1)
        if word is None or word.isdigit() or (len(word) > 1 and word not in ABBREVIATIONS):
            return match.end()
    return len(folded)
