"""A trained sequence labeller that proposes the addresses the hand-written rules miss.

The address rules (`recognizers.address` and its helpers) start at a street word, a colonia word
or a living phrase they know; every new writer still brings homes they do not recognise
("yo vivo ahí mismo, en el ejido la calera, por la capilla de san isidro, la casa azul", "the
south side de Phoenix, por la 16th Street y Broadway"). Like `name_tagger` for names, a
linear-chain CRF (python-crfsuite) over word classes of addresses, landmarks, living and office
words, lexicons and three neighbours on each side learns those shapes from the labelled dev split
of `eval/privacy`, never from its test split.

It only adds candidates, and each must pass `vetted`: it overlaps nothing else found, it is not
an office's, a school's or an event's address (`public_addresses.is_public`), and it shows some
sign of a home (an address word or a number inside it, or a living phrase just before it), so a
town named in passing ("le hablo de Reynosa") stays. See docs/adr/0002-personal-data-engine.md.

The model file ships in `data/` (trained in about a minute by
`python -m sufragio.privacy.address_tagger_training`); nothing is downloaded.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pycrfsuite

from sufragio.privacy.lexicon import (
    COMMON_WORDS,
    INSTITUTION_WORDS,
    LETTER_WORDS,
    PLACE_WORDS,
    STATES,
    given_names,
    surnames,
    towns,
    words_of,
)
from sufragio.privacy.name_tagger import add_neighbours, shape, tokens
from sufragio.privacy.public_addresses import is_public
from sufragio.privacy.text import fold

MODEL_PATH = Path(__file__).parent / "data" / "address_tagger.crfsuite"
#: Least probability, for every word of a proposed address, that the word is part of one.
#: Chosen by grouped leave-batches-out runs on the dev split (six folds, `dev11` left out): from
#: 0.8 down to 0.7 each leak saved cost fewer than one look-alike redacted; below 0.7, more.
MIN_PROBABILITY = 0.7

#: Word classes, as single folded tokens (the rules' regular expressions work on phrases).
_CLASSES = {
    "street": words_of(
        "calle calles avenida av avda blvd boulevard bulevar calzada calz privada priv andador "
        "callejon cerrada cda circuito cto prolongacion prol paseo retorno carretera carr camino "
        "periferico eje viaducto glorieta km kilometro brecha vereda street st ave avenue road "
        "rd drive dr lane ln way court ct"
    ),
    "area": words_of(
        "col colonia fracc fraccionamiento barrio unidad residencial conjunto ejido pueblo "
        "localidad loc rancheria comunidad paraje congregacion rancho seccion sector zona "
        "manzana mz lote lt supermanzana sm infonavit fovissste uh villa villas lomas"
    ),
    "part": words_of(
        "no num numero int interior ext exterior depto departamento piso edificio edif entre "
        "esquina esq casa local torre apt apto unit suite sn"
    ),
    "admin": words_of("municipio mpio alcaldia alc delegacion ciudad cd estado edo"),
    "landmark": words_of(
        "frente junto lado costado atras detras cerca espaldas vuelta pasando subiendo bajando "
        "rumbo tienda iglesia capilla cancha puente arroyo rio barda porton zaguan lamina tope "
        "parada abarrotes tortilleria molino panteon pozo"
    ),
    "living": words_of(
        "vivo vive viven vivimos vivia viviamos viviendo radico radica radicamos resido reside "
        "residimos habito domicilio domicilios direccion casa casita hogar mude mudamos mudo "
        "cambie cambio vecino vecina vecinos address live lives living moved home house rento "
        "rentamos cuarto"
    ),
    "office": words_of(
        "oficina oficinas modulo modulos junta sede instituto ine iecm casilla casillas escuela "
        "primaria secundaria instalaciones ubicada ubicado ubicadas evento reunion juzgado "
        "notaria sucursal hospital clinica palacio ayuntamiento presidencia auditorio salon "
        "consulado embajada tribunal mitin plaza mercado parroquia templo"
    ),
}
#: Positions, relative to a word, of the neighbours whose features it sees.
_OFFSETS = (-3, -2, -1, 1, 2, 3)
#: Words before a word in which a living, office, street or area word counts as its context.
_WINDOW = 12
_CONTEXT_CLASSES = ("living", "office", "street", "area")
#: A form label that announces an address ("Domicilio:", "Colonia:", "Address:").
_ADDRESS_LABEL = re.compile(
    r"domicilio|direccion|colonia|calle|municipio|localidad|estado|ciudad|address"
)

#: Signs of a home inside a proposed span: a number or an address word.
_HOME_INSIDE = re.compile(
    r"\d|\b(?:calle|av|avenida|col|colonia|fracc|barrio|mz|manzana|lt|lote|privada|cerrada|"
    r"andador|callejon|carretera|camino|km|ejido|rancheria|rancho|paraje|comunidad|localidad|"
    r"int|interior|depto|esq|esquina|entre|frente|junto|lado|atras|detras|street|st|ave|road|"
    r"rd|dr|apt|unit|s/n)\b"
)
#: Signs of a home just before it: a living or moving phrase ("vivo en", "me mudé a", "my home").
_HOME_BEFORE = re.compile(
    r"\b(?:viv\w*|[bv]ive|domicilio|direccion|casa|resid\w*|radic\w*|habito|live[sd]?|living|"
    r"address|home|house|mud\w*|cambi\w*|rento|rentamos|estamos en|estoy en|vecin[oa]s?)\b"
)
#: How far before a proposal a living phrase is looked for, in characters.
_HOME_BEFORE_CHARS = 50


@lru_cache(maxsize=65536)
def _classes(folded: str) -> tuple[str, ...]:
    """The word classes and lexicons a folded word belongs to (cached: letters repeat words)."""
    out = [name for name, words in _CLASSES.items() if folded in words]
    lexicons = (
        ("state", STATES),
        ("town", towns()),
        ("placew", PLACE_WORDS),
        ("inst", INSTITUTION_WORDS),
        ("given", given_names()),
        ("surname", surnames()),
        ("common", COMMON_WORDS),
        ("letter", LETTER_WORDS),
    )
    return tuple(out + [name for name, words in lexicons if folded in words])


@lru_cache(maxsize=65536)
def _word_features(word: str, prefix: str = "") -> tuple[str, ...]:
    """A word's features as crfsuite attribute names, with `prefix` when a neighbour sees them."""
    folded = fold(word)
    own = [f"w={folded}", f"shape={shape(word)}"]
    if word.isdigit():
        own.append(f"digits={min(len(word), 6)}")
    if not prefix:
        own += [f"suffix={folded[-3:]}", f"length={min(len(word), 8)}"]
    return tuple(prefix + item for item in own + list(_classes(folded)))


@lru_cache(maxsize=65536)
def _neighbour_features(word: str) -> tuple[tuple[str, ...], ...]:
    """The features a word's neighbours see of it, one tuple per offset in `_OFFSETS`."""
    return tuple(_word_features(word, f"{offset}:") for offset in _OFFSETS)


def _line_facts(text: str, line_start: int) -> tuple[int, bool]:
    """Where a line's first colon is (-1 if none), and whether what precedes it is a form label
    that announces an address; computed once per line."""
    line_end = text.find("\n", line_start)
    colon = text.find(":", line_start, line_end if line_end >= 0 else len(text))
    label = colon >= 0 and _ADDRESS_LABEL.search(fold(text[line_start:colon][-30:])) is not None
    return colon, label


def features(text: str, spans: list[tuple[int, int]]) -> list[list[str]]:
    """One attribute list per token: its own features, where it sits on its line (first, after a
    form label), the kinds of words shortly before it, and its neighbours' features."""
    words = [text[start:end] for start, end in spans]
    classes = [_classes(fold(word)) for word in words]
    seen_by = [_neighbour_features(word) for word in words]
    last_seen = dict.fromkeys(_CONTEXT_CLASSES, -_WINDOW - 1)
    line_start, colon, label = -1, -1, False
    out = []
    for i, (start, _) in enumerate(spans):
        item = ["bias", *_word_features(words[i])]
        own_line = text.rfind("\n", 0, start) + 1
        if own_line != line_start:
            line_start = own_line
            colon, label = _line_facts(text, line_start)
        if not text[line_start:start].strip():
            item.append("line_start")
        if 0 <= colon < start:
            item.append("after_colon")
            if label:
                item.append("label_addr")
        item += [f"ctx_{c}" for c in _CONTEXT_CLASSES if last_seen[c] >= i - _WINDOW]
        for c in classes[i]:
            if c in last_seen:
                last_seen[c] = i
        add_neighbours(item, seen_by, i, _OFFSETS)
        out.append(item)
    return out


class AddressTagger:
    """Proposes address spans with the probability that each is an address (load once)."""

    def __init__(self, path: Path = MODEL_PATH) -> None:
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))

    def addresses(self, text: str) -> list[tuple[int, int, float]]:
        """(start, end, probability) of each run of words whose every word is inside an address
        with `MIN_PROBABILITY`; a word more likely to begin an address starts a new run."""
        spans = tokens(text)
        if not spans:
            return []
        self._tagger.set(features(text, spans))
        begins = [self._tagger.marginal("B-ADDRESS", k) for k in range(len(spans))]
        continues = [self._tagger.marginal("I-ADDRESS", k) for k in range(len(spans))]
        inside = [b + c for b, c in zip(begins, continues, strict=True)]
        found = []
        i = 0
        while i < len(spans):
            if inside[i] < MIN_PROBABILITY:
                i += 1
                continue
            j = i
            while (
                j + 1 < len(spans)
                and inside[j + 1] >= MIN_PROBABILITY
                and begins[j + 1] <= continues[j + 1]
            ):
                j += 1
            found.append((spans[i][0], spans[j][1], round(min(inside[i : j + 1]), 3)))
            i = j + 1
        return found


def vetted(
    text: str, proposals: list[tuple[int, int, float]], taken: list[tuple[int, int]]
) -> list[tuple[int, int, float]]:
    """The proposals that overlap nothing in `taken` (what the rules found, public addresses
    included), are not public, and show a sign of a home inside or just before them."""
    folded = fold(text)
    kept = []
    for start, end, probability in proposals:
        if any(start < e and s < end for s, e in taken):
            continue
        if is_public(folded, start, False):
            continue
        before = folded[max(0, start - _HOME_BEFORE_CHARS) : start]
        if _HOME_INSIDE.search(folded, start, end) or _HOME_BEFORE.search(before):
            kept.append((start, end, probability))
    return kept
