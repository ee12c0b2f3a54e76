"""sufragio's personal-data engine: Presidio recognizers configured for Mexican Spanish documents.

Framework-free on purpose (no Django): the API, the CLI, the letter pipeline and the benchmark all
call `get_engine()`, which loads spaCy and the recognizers once per process.

The recognizers are Presidio `EntityRecognizer`s, but the engine calls them directly instead of
going through `AnalyzerEngine` and `AnonymizerEngine`: their registry look-ups, context enhancer
and operator dispatch are pure-Python glue that cost more than the recognizers themselves. Pattern
recognizers run first; spaCy then tags only the capitalised text they left unexplained, for many
texts in one batch (see `nlp`), and two small trained taggers propose the names and the
addresses the rules missed (see `name_tagger`, `address_tagger`).
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from sufragio.privacy.address_tagger import AddressTagger, vetted
from sufragio.privacy.lexicon import (
    COMMON_WORDS,
    INSTITUTION_WORDS,
    PLACE_WORDS,
    STATES,
    given_names,
    surnames,
    towns,
)
from sufragio.privacy.name_runs import place_before
from sufragio.privacy.name_tagger import NameTagger
from sufragio.privacy.nlp import MODEL_NAME, WindowTagger
from sufragio.privacy.operators import PLACEHOLDERS, replacements
from sufragio.privacy.operators import decrypt_token as _decrypt_token
from sufragio.privacy.recognizers import ENTITY_TYPES, all_recognizers
from sufragio.privacy.recognizers.address import PUBLIC_SCORE
from sufragio.privacy.recognizers.person import MxPersonRecognizer
from sufragio.privacy.text import check_text, fold, whole_word_occurrences

#: Minimum confidence reported; recognizers put uncertain matches (RFC-shaped strings failing the
#: check digit, bare digits without context) below it.
SCORE_THRESHOLD = 0.5
#: When two detections overlap, the longer one wins; on equal length, this order decides.
_PRIORITY = {
    t: i
    for i, t in enumerate(
        (
            "CURP",
            "CLAVE_ELECTOR",
            "RFC",
            "CLABE",
            "CREDIT_CARD",
            "INE_OCR",
            "INE_CIC",
            "EMAIL",
            "IP_ADDRESS",
            "PHONE",
            "DATE_OF_BIRTH",
            "POSTAL_CODE",
            "ADDRESS",
            "PERSON",
        )
    )
}
_SOURCES = Path(__file__).parent


@dataclass(frozen=True)
class Entity:
    """A detected personal value: its type, character span in the original text and confidence."""

    type: str
    start: int
    end: int
    score: float


@dataclass(frozen=True)
class RedactedEntity(Entity):
    """An entity after redaction, with its span in the redacted text and what replaced it."""

    redacted_start: int
    redacted_end: int
    placeholder: str


@dataclass(frozen=True)
class Redaction:
    """Redacted text and where each entity was (original and redacted offsets)."""

    text: str
    entities: list[RedactedEntity]


def _code_hash() -> str:
    digest = hashlib.sha256()
    for path in (
        sorted(_SOURCES.glob("*.py"))
        + sorted(_SOURCES.glob("recognizers/*.py"))
        + sorted(_SOURCES.glob("data/*.txt"))
        + sorted(_SOURCES.glob("data/*.crfsuite"))
    ):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


class PiiEngine:
    """Detect and redact personal data in Spanish (es-MX) text."""

    def __init__(self, name_tagger: bool = True, address_tagger: bool = True) -> None:
        """`name_tagger=False` and `address_tagger=False` leave the trained taggers out: rules
        and spaCy only, as the benchmark measures them side by side."""
        self._tagger = WindowTagger()
        self._name_tagger = NameTagger() if name_tagger else None
        self._address_tagger = AddressTagger() if address_tagger else None
        recognizers = all_recognizers()
        self._person = next(r for r in recognizers if isinstance(r, MxPersonRecognizer))
        self._patterns = [r for r in recognizers if r is not self._person]
        self.model_name = self._tagger.nlp.meta.get("name", MODEL_NAME)
        model_version = self._tagger.nlp.meta.get("version", "?")
        config = {
            "threshold": SCORE_THRESHOLD,
            "entities": ENTITY_TYPES,
            "model": MODEL_NAME,
            "name_tagger": name_tagger,
            "address_tagger": address_tagger,
        }
        digest = hashlib.sha256(
            (_code_hash() + model_version + json.dumps(config, sort_keys=True)).encode()
        ).hexdigest()
        self.version = f"pii-{digest[:16]}"

    def analyze(self, text: str) -> list[Entity]:
        """Personal values in `text`, non-overlapping, in document order."""
        return self.analyze_many([text])[0]

    def analyze_many(self, texts: Sequence[str]) -> list[list[Entity]]:
        """`analyze` for many texts; faster than one call each because spaCy runs in batches."""
        texts = [check_text(text) for text in texts]
        found, public = [], []
        for text in texts:
            results, public_spans = self._rule_results(text) if text.strip() else ([], [])
            found.append(results)
            public.append(public_spans)
        covered = [[(r.start, r.end) for r in results] for results in found]
        tagged = self._tagger.entities([text if text.strip() else "" for text in texts], covered)
        out = []
        for text, results, entities, public_spans in zip(texts, found, tagged, public, strict=True):
            artifacts = NlpArtifacts(entities, None, [], [], None, "es")
            results = results + [
                r for r in self._person.ner_results(text, artifacts) if r.score >= SCORE_THRESHOLD
            ]
            if self._name_tagger is not None:
                results += self._person.tagger_results(text, self._name_tagger.names(text))
            if self._address_tagger is not None:
                taken = public_spans + [(r.start, r.end) for r in results]
                results += [
                    RecognizerResult("ADDRESS", start, end, probability)
                    for start, end, probability in vetted(
                        text, self._address_tagger.addresses(text), taken
                    )
                ]
            results = results + _propagate_names(text, results)
            out.append(_resolve(results))
        return out

    def redact(self, text: str, operator: str = "placeholder") -> Redaction:
        """Replace every personal value with the chosen operator's output."""
        return self.redact_many([text], operator)[0]

    def redact_many(self, texts: Sequence[str], operator: str = "placeholder") -> list[Redaction]:
        """`redact` for many texts, with spaCy batched across them."""
        replacements(operator, [])  # unknown operators fail before any work is done
        return [
            _splice(text, entities, operator)
            for text, entities in zip(texts, self.analyze_many(texts), strict=True)
        ]

    def _rule_results(self, text: str) -> tuple[list[RecognizerResult], list[tuple[int, int]]]:
        """Every pattern recognizer's results plus the rule-based names, above the threshold,
        and the spans of the public addresses (offices, venues) the address recognizer found.

        A postal code inside an office's or a venue's address (reported by the address recognizer
        at `PUBLIC_SCORE`) is public too, and dropped; the address tagger proposes nothing there.
        """
        results = []
        for recognizer in (*self._patterns, self._person):
            results.extend(recognizer.analyze(text, recognizer.supported_entities, None))
        public = [
            (r.start, r.end)
            for r in results
            if r.entity_type == "ADDRESS" and r.score == PUBLIC_SCORE
        ]
        kept = [
            r
            for r in results
            if r.score >= SCORE_THRESHOLD
            and not (r.entity_type == "POSTAL_CODE" and any(s <= r.start < e for s, e in public))
        ]
        return kept, public


def _splice(text: str, entities: list[Entity], operator: str) -> Redaction:
    """Write each entity's replacement into the text and record both offsets."""
    values = replacements(operator, [(e.type, text[e.start : e.end]) for e in entities])
    parts: list[str] = []
    redacted: list[RedactedEntity] = []
    cursor = length = 0
    for entity, value in zip(entities, values, strict=True):
        parts.append(text[cursor : entity.start])
        length += entity.start - cursor
        redacted.append(
            RedactedEntity(
                type=entity.type,
                start=entity.start,
                end=entity.end,
                score=entity.score,
                redacted_start=length,
                redacted_end=length + len(value),
                placeholder=value if operator != "encrypt" else f"[{PLACEHOLDERS[entity.type]}]",
            )
        )
        parts.append(value)
        length += len(value)
        cursor = entity.end
    parts.append(text[cursor:])
    return Redaction(text="".join(parts), entities=redacted)


#: A capitalised article inside a sentence makes the next word a place ("se fue a La Paz").
_PLACE_ARTICLE = re.compile(r"[^\W\d_][,;]? (?:La|El|Los|Las) $")


def _propagate_names(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Other verbatim occurrences of a detected name ("Lupita" found once, redacted everywhere),
    except after a capitalised article mid-sentence: "tía Paz" is a person, "a La Paz" a city;
    plus its short and misspelt forms (see `_short_forms`, `_quoted_variants`)."""
    extra = []
    names = {text[r.start : r.end] for r in results if r.entity_type == "PERSON"}
    for name in names:
        if len(name) < 3:
            continue
        for start in whole_word_occurrences(text, name):
            if _PLACE_ARTICLE.search(text, max(0, start - 6), start):
                continue
            extra.append(RecognizerResult("PERSON", start, start + len(name), 0.7))
    full = [n.split() for n in names if len(n.split()) >= 2]
    extra += _given_alone(text, full)
    extra += _repeated_given(text, full)
    extra += _short_forms(text, full)
    extra += _quoted_variants(text, full)
    extra += _nicknames_after(text, results)
    return extra


#: A quoted nickname in parentheses right after a name: 'Bryan Núñez ("El Brayitan")'.
_NICKNAME_AFTER = re.compile(
    r'[ \t]*\((?:alias[ \t]+)?["“«](?:(?:[Ee]l|[Ll]a)[ \t]+)?'
    r'(?P<value>[^\W\d_][^"”»\n]{1,24})["”»]\)'
)


def _nicknames_after(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Nicknames given in parentheses after a detected name."""
    extra = []
    for result in results:
        if result.entity_type != "PERSON":
            continue
        match = _NICKNAME_AFTER.match(text, result.end)
        if match:
            extra.append(RecognizerResult("PERSON", *match.span("value"), 0.7))
    return extra


_CONNECTORS = frozenset({"de", "del", "la", "las", "los", "y"})
_UPPER = "A-ZÁÉÍÓÚÑ"


def _unlisted_given(folded: str) -> bool:
    """A first word of a detected name that no list knows ("Wilbert", "Yeraldín"): a given name,
    unless it is a surname written first, a state, an institution's word or a street's."""
    return (
        folded not in surnames()
        and folded not in STATES
        and folded not in INSTITUTION_WORDS
        and folded not in towns()
        and folded.isalpha()
    )


#: A word alone: not part of an abbreviation and not followed by a capitalised word.
_LONE_WORD = re.compile(rf"(?<![\w.])[^\W\d_]+(?![\w.])(?![ \t]+[{_UPPER}])")
#: A word followed by initials ("Xóchitl M. T.") and initials followed by a word ("K. Alcocer").
_GIVEN_AND_INITIALS = re.compile(rf"(?<!\w)([^\W\d_]+)(?:[ \t]+[{_UPPER}]\.)+")
_INITIALS_AND_SURNAME = re.compile(rf"(?<![\w.])(?:[{_UPPER}]\.[ \t]?)+([^\W\d_]+)(?!\w)")


def _given_alone(text: str, names: list[list[str]]) -> list[RecognizerResult]:
    """The given name of a detected full name used alone later ("¿Dónde vive, Cuitláhuac?",
    "¿Me da ride usted Wilbert?"), unless it starts another capitalised name or a place's
    ("calle Rosendo Salazar")."""
    firsts = {
        w[0]
        for w in names
        if len(w[0]) >= 4
        and w[0][0].isupper()
        and not w[0].isupper()
        and (fold(w[0]) in given_names() or _unlisted_given(fold(w[0])))
        and fold(w[0]) not in COMMON_WORDS
        and fold(w[0]) not in PLACE_WORDS
    }
    if not firsts:
        return []
    return [
        RecognizerResult("PERSON", m.start(), m.end(), 0.7)
        for m in _LONE_WORD.finditer(text)
        if m.group() in firsts
        and not place_before(text, m.start())
        and not _PLACE_ARTICLE.search(text, max(0, m.start() - 6), m.start())
    ]


def _repeated_given(text: str, names: list[list[str]]) -> list[RecognizerResult]:
    """A given name said twice, the second time with the surnames, as speakers introduce
    themselves on calls ("habla Herminia, Herminia Sarmiento"), whether or not the lexicon
    knows the given name."""
    extra = []
    for words in names:
        if len(words[0]) < 3 or not words[0][0].isupper() or text.count(words[0]) < 2:
            continue
        first = re.escape(words[0])
        pattern = rf"(?<![\w.]){first}(?=,?[ \t]+{first}[ \t]+{re.escape(words[1])}(?!\w))"
        extra += [
            RecognizerResult("PERSON", m.start(), m.end(), 0.7) for m in re.finditer(pattern, text)
        ]
    return extra


def _short_forms(text: str, names: list[list[str]]) -> list[RecognizerResult]:
    """A detected name signed short: the given name with initials ("Xóchitl M. T.") or an initial
    with a surname ("K. Alcocer")."""
    firsts = {w[0] for w in names if len(w[0]) >= 3 and w[0][0].isupper()}
    lasts = {
        w
        for words in names
        for w in words[1:]
        if len(w) >= 3 and w[0].isupper() and w.lower() not in _CONNECTORS
    }
    found = [m.span() for m in _GIVEN_AND_INITIALS.finditer(text) if m.group(1) in firsts]
    found += [m.span() for m in _INITIALS_AND_SURNAME.finditer(text) if m.group(1) in lasts]
    return [RecognizerResult("PERSON", start, end, 0.7) for start, end in found]


_QUOTED = re.compile(r'["“«]([^\W\d_][^\W\d_ -]*(?:[ -][^\W\d_]+){0,5})["”»]')


def _quoted_variants(text: str, names: list[list[str]]) -> list[RecognizerResult]:
    """A quoted spelling of a detected name, as letters about a misspelt credential quote it:
    "aparezco como "MARIA LOPES"", every word equal or one or two letters off a name's word."""
    words = {fold(w) for n in names for w in n if w.lower() not in _CONNECTORS}
    extra = []
    for match in _QUOTED.finditer(text):
        quoted = [fold(w) for w in match.group(1).split() if w.lower() not in _CONNECTORS]
        if quoted and all(any(_near(q, w) for w in words) for q in quoted):
            extra.append(RecognizerResult("PERSON", *match.span(1), 0.7))
    return extra


def _near(a: str, b: str) -> bool:
    """Whether two folded words differ by at most one edit (two for words of six letters)."""
    if a == b:
        return True
    limit = 1 if min(len(a), len(b)) < 6 else 2
    if abs(len(a) - len(b)) > limit or min(len(a), len(b)) < 2:
        return False
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1] <= limit


def _resolve(results: list[RecognizerResult]) -> list[Entity]:
    """Keep the longest of overlapping detections; merge partial overlaps so nothing leaks.

    Adjacent spans of one type separated only by spaces are merged, as Presidio's anonymizer would,
    so that every reported entity maps to exactly one replacement.
    """
    ordered = sorted(
        results, key=lambda r: (-(r.end - r.start), -r.score, _PRIORITY.get(r.entity_type, 99))
    )
    chosen: list[list] = []  # [type, start, end, score]
    for r in ordered:
        overlapping = [c for c in chosen if r.start < c[2] and c[1] < r.end]
        if not overlapping:
            chosen.append([r.entity_type, r.start, r.end, r.score])
            continue
        for c in overlapping:
            c[1], c[2] = min(c[1], r.start), max(c[2], r.end)
    chosen.sort(key=lambda c: c[1])
    merged: list[list] = []
    for c in chosen:
        if merged and (
            c[1] < merged[-1][2]
            or (c[0] == merged[-1][0] and c[1] - merged[-1][2] <= 1 and c[1] >= merged[-1][2])
        ):
            merged[-1][2] = max(merged[-1][2], c[2])
            merged[-1][3] = max(merged[-1][3], c[3])
        else:
            merged.append(c)
    return [Entity(type=t, start=s, end=e, score=round(sc, 3)) for t, s, e, sc in merged]


_ENGINE: PiiEngine | None = None
_LOCK = threading.Lock()


def get_engine() -> PiiEngine:
    """The process-wide engine, created on first use."""
    global _ENGINE
    if _ENGINE is None:
        with _LOCK:
            if _ENGINE is None:
                _ENGINE = PiiEngine()
    return _ENGINE


def decrypt_token(token: str) -> str:
    """Original value of an encrypt-operator token. Callers must check permission and audit."""
    return _decrypt_token(token)
