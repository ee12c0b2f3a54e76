"""Spanish tokenising, stop words and Snowball stemming for lexical search.

One analyser for documents and queries alike, so that "credenciales", "Credencial" and
"credencial" meet on the same term. Input is accent-folded first (see :mod:`.normalize`),
which is why the stop-word list below is written without accents.
"""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer

from sufragio.textkit.normalize import fold

_WORD = re.compile(r"[a-z0-9]+")

#: Month names in calendar order, as dates are written in letters and replies ("3 de enero").
MONTHS: tuple[str, ...] = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)

#: Function words of Spanish (Snowball list, folded) plus a few legal fillers that occur in
#: almost every article and so only add noise to term matching.
SPANISH_STOP_WORDS: frozenset[str] = frozenset(
    str.split(
        """
    a al algo algun alguna algunas alguno algunos ante antes aquel aquella aquellas aquello
    aquellos aqui asi aun cada como con contra cual cuales cualquier cuando cuanto de del
    desde donde dos durante e el ella ellas ello ellos en entre era eran es esa esas ese eso
    esos esta estaba estan estar estas este esto estos fue fueron fui ha haber habia
    han has hasta hay la las le les lo los mas me mi mis mismo mucho muy nada ni no nos
    nosotros nuestra nuestro o os otra otras otro otros para pero poco por porque que quien
    quienes se sea sean ser si sido sin sino sobre son su sus tal tambien tan tanto te tiene
    tienen toda todas todo todos tu tus un una unas uno unos usted ustedes y ya yo
    puede pueden debe deben dicho dicha dichos dichas mediante conforme segun
    respectivo respectiva respectivos respectivas demas cuyo cuya cuyos cuyas hacer hace
    puedo quiero necesito saber tengo
    """
    )
)

#: English function words, so that English questions leave only content words behind.
ENGLISH_STOP_WORDS: frozenset[str] = frozenset(
    str.split(
        """
    a an the and or but if of at by for with about against between into through during
    before after above below to from up down in out on off over under again further then
    once here there when where why how all any both each few more most other some such no
    nor not only own same so than too very can will just should now is are was were be been
    being have has had having do does did doing i me my we our you your he him his she her
    it its they them their what which who whom this that these those am would could may
    might must shall get got
    """
    )
)

STOP_WORDS: frozenset[str] = SPANISH_STOP_WORDS | ENGLISH_STOP_WORDS

_STEMMER = Stemmer.Stemmer("spanish")


def tokenize(text: str) -> list[str]:
    """Split text into folded word tokens, keeping numbers (article numbers matter)."""
    return [t for t in _WORD.findall(fold(text)) if len(t) > 1 or t.isdigit()]


@lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    """Snowball Spanish stem of one folded token; cached because legal vocabulary repeats."""
    return _STEMMER.stemWord(token)


def content_tokens(text: str) -> list[str]:
    """Folded tokens of ``text`` without stop words (unstemmed, for display and matching)."""
    return [t for t in tokenize(text) if t not in STOP_WORDS]


def analyze(text: str) -> list[str]:
    """Terms for lexical search: folded, stop words removed, stemmed."""
    return [stem(t) for t in content_tokens(text)]
