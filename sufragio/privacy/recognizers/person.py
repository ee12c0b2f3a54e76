"""PERSON: names of people, from spaCy's NER plus the phrases Mexican letters introduce them with.

spaCy's small Spanish model misses names in ALL CAPS, lower case or one-word nicknames, and tags
institutions and offices ("Consejo General", "Vocal Ejecutivo") as persons. So four sources are
combined, each vetted against the institution and common-word lexicons:

1. NER spans labelled PER, grown over a second surname spaCy left behind; the engine asks spaCy
   only about capitalised text the other sources could not explain (see `ner_results`);
2. names right after a trigger: "mi nombre es", "el que suscribe", "C.", "Lic.", "Nombre:", a
   closing such as "Atentamente" (signature block), "mi hermano", "la regidora", "a nombre de"…,
   and form values under a label line ("NOMBRE" / "ROSAS" / "CAMPOS");
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
    COMMON_WORDS,
    HISTORICAL_NAMES,
    INSTITUTION_WORDS,
    PLACE_WORDS,
    STATES,
    given_names,
    is_known_name,
)
from sufragio.privacy.name_runs import extend_name, name_runs, place_before, read_ocr_zeros
from sufragio.privacy.recognizers.base import RegexRecognizer
from sufragio.privacy.text import fold

_TITLES = (
    r"c\.|lic\.?|licda\.?|licenciad[oa]s?|ing\.?|ingenier[oa]|dra?\.|doctor[a]?|mtr[oa]\.?|"
    r"maestr[oa]|sr\.?|sra\.?|srta\.?|srita\.?|senor[a]?|senorita|don|dona|prof\.|profr?a\.|"
    r"arq\.|c\.p\.|abog\.|profr?\.|profra\.|profe|profesor[a]?|regidor[a]?|"
    r"supervisor[a]?(?: electoral)?|capacitador[a]?|"
    r"servidor[a]? publica?o?|funcionari[oa]|consejer[oa](?: \w+)?|ciudadan[oa]|presidente"
)
_KIN = (
    r"hermano|hermana|hijo|hija|mama|papa|madre|padre|esposo|esposa|vecino|vecina|suegro|suegra|"
    r"tio|tia|abuelo|abuela|primo|prima|sobrino|sobrina|nieto|nieta|representad[oa]|cliente|"
    r"companer[oa]|amig[oa]|jefe|jefa|compadre|comadre|novi[oa]|cunad[oa]|yerno|nuera|"
    r"ahijad[oa]|padrino|madrina"
)
_STRONG = (
    r"mi nombre es|me llamo|me yamo|se llama|de nombre|de apellidos?|a nombre de|"
    r"(?:el|la|los|las) que suscribe[n]?|"
    r"quien(?:es)? suscribe[n]?|(?:el|la|los|las) suscrit[oa]s?|usuari[oa] afectad[oa]|"
    r"aparec(?:e|io|en) como|aparezco como|registrad[oa] como|debe decir"
)
_WEAK = r"(?:yo )?soy|yo,?|con|oye|hola"
_LABEL = (
    r"nombre(?:\(s\)|s)?(?: completo)?(?: del solicitante| del titular| de la persona)?|"
    r"apellidos?(?: paterno| materno)?|(?:primer|segundo) apellido|name|full name|titular|"
    r"beneficiari[oa]|solicitante|contacto|remitente|"
    r"funcionario que reporta|promovente|quejos[oa]|denunciante|firma"
)
_CLOSING = (
    r"atentamente|atte|saludos(?: cordiales)?|cordialmente|respetuosamente|"
    r"gracias(?: de antemano)?|quedo a sus ordenes|sin mas por el momento|un saludo|"
    r"agradecere su (?:apoyo|atencion)|agradezco (?:su|de antemano)[^\n.]{0,20}|"
    r"(?:un )?abrazos?(?: fuerte)?|besos|bendiciones|cuidate|te quiero|nos vemos|hasta pronto"
)

#: Family and friends named by relation to someone: "amiga de Yoya", "hijo de Chayo".
_KIN_OF = r"amig[oa]|herman[oa]|hij[oa]|espos[oa]|vecin[oa]|prim[oa]|ti[oa]|sobrin[oa]|niet[oa]"

_TRIGGER = re.compile(
    rf"(?:\b(?:{_STRONG})\b|(?:\b(?:mi|su|tu|nuestr[oa]|la|el)\s+)(?:{_KIN})\b(?:\s+(?:el|la)\b)?|"
    rf"\b(?:{_KIN_OF})\s+de\b|"
    rf"(?<![\w.])(?:{_TITLES})(?=[\s,])|(?:^|(?<=[.,;:¿?!\s]))(?:{_WEAK})(?=\s))[,:]?\s+[\"“«]?"
)
_STRONG_RE = re.compile(rf"(?:{_STRONG})\b")
_LABEL_LINE = re.compile(rf"^[ \t]*(?:{_LABEL})[ \t]*[:=][ \t]*", re.MULTILINE)
#: A form label alone on its line with the values on the lines below (credentials, OCR'd forms).
_LABEL_BLOCK = re.compile(
    r"^[ \t]*(?:nombre(?:\(s\)|s)?|apellidos?(?: paterno| materno)?|(?:primer|segundo) apellido)"
    r"[ \t]*:?[ \t]*\n",
    re.MULTILINE,
)
_VALUE_LINE = re.compile(
    r"[ \t]*([^\W\d_][^\W\d_.'’-]*\.?(?:[ \t]+[^\W\d_][^\W\d_.'’-]*\.?){0,4})[ \t]*(?:\n|$)"
)
_CLOSING_LINE = re.compile(
    rf"(?:^|(?<=[.\s]))(?:{_CLOSING})\b[.,!]?[ \t]*(?:\n[ \t]*(?:--|—)?[ \t]*)*\n?[ \t]*"
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
#: A role or relation before a chat sender's name ("Jefa Lucy", "Tía Cuca" keeps "Tía" out).
_SENDER_ROLE = re.compile(rf"(?:(?:{_KIN}|{_TITLES}|jef[ea]|profe|seño)\s+)+(?=\S)")
#: Social-media handles of people: lower case, digits, "_" or "."; organisations write theirs
#: with capitals ("@INEMexico"), so those are left alone.
_HANDLE = re.compile(r"(?<![\w.@])@(?P<value>[a-z][a-z0-9_.]{2,28}[a-z0-9_])(?![\w@])")
_LEADING_TITLES = re.compile(rf"(?:(?:{_TITLES})\s+)+")
_COMPANY_SUFFIX = re.compile(
    r",?\s*(?:S\.?\s?A\.?|S\.?\s?C\.?|A\.?\s?C\.?|S\.?\s?de\s?R\.?\s?L\.?|SAPI)(?!\w)"
)
_WORD = re.compile(r"[^\W\d_]+(?:[.'’-][^\W\d_]+)*\.?")
_CONNECTORS = {"de", "del", "la", "las", "los"}
_GAP = re.compile(r"[ \t]+")
_AND = re.compile(r"\s+y\s+")
_MAX_WORDS = 6


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
    if not words:
        return None
    start, end = words[0][0], words[-1][1]
    if text[end - 1] == "." and end - start > 2 and not re.search(r"\b\w\.$", text[start:end]):
        end -= 1
    return start, end


def _plausible(text: str) -> bool:
    """Reject spans that are institutions, places or single common words."""
    if any(ch.isdigit() or ch in "@/" for ch in read_ocr_zeros(text)):
        return False
    words = [fold(w).strip(".") for w in text.split()]
    content = [w for w in words if w not in _CONNECTORS]
    if not any(len(w.replace(".", "")) >= 3 for w in content):
        return False  # "C.P.", "JC" alone
    if any(w in INSTITUTION_WORDS for w in content):
        return False
    if all((w in STATES or w in COMMON_WORDS) and not is_known_name(w) for w in content):
        return False
    if content[0] in PLACE_WORDS or " ".join(words) in HISTORICAL_NAMES:
        return False  # "Auditorio Jaime Torres Bodet", "Gustavo A. Madero" are places
    # acronyms (INE, DERFE, INETEL), alone or after a role word ("Asesor INETEL"), are institutions
    named = [
        (w, original)
        for w, original in zip(words, text.split(), strict=True)
        if w not in _CONNECTORS and w not in COMMON_WORDS
    ]
    acronym = len(named) == 1 and named[0][1].isupper() and len(named[0][1]) <= 6
    return not acronym or is_known_name(named[0][0])


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
        for start, end, score, source in candidates:
            if end - start > 2 and text[end - 1] == "." and text[end - 3] not in " .":
                end -= 1  # sentence period, not an initial ("Francisco I.")
            if (start, end) in seen:
                continue  # the same name from two sources: the first (stronger) one is kept
            seen.add((start, end))
            if _COMPANY_SUFFIX.match(text, end) or place_before(text, start):
                continue
            if end > start and (source == "social handle" or _plausible(text[start:end])):
                explanation = AnalysisExplanation(
                    recognizer=self.name, original_score=score, textual_explanation=source
                )
                results.append(RecognizerResult(self.ENTITY, start, end, score, explanation))
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
            strict = _STRONG_RE.match(folded, match.start()) is None
            yield from self._names_from(text, match.end(), strict, 0.8, "trigger")
        for match in _LABEL_LINE.finditer(folded):
            yield from self._names_from(text, match.end(), False, 0.8, "form label")
        for match in _LABEL_BLOCK.finditer(folded):
            yield from self._value_lines(text, match.end())
        for match in _CLOSING_LINE.finditer(folded):
            yield from self._names_from(text, match.end(), True, 0.75, "signature")
        for match in _CHAT_SENDER.finditer(text):
            start, end = match.span("value")
            role = _SENDER_ROLE.match(fold(text[start:end]))
            yield start + (role.end() if role else 0), end, 0.8, "chat sender"
        for match in _HANDLE.finditer(text):
            yield (*match.span("value"), 0.7, "social handle")
        yield from self._chat_labels(text)
        yield from name_runs(text)

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
            if counts[value] >= 2 or words[0] in given_names():
                yield (*match.span("value"), 0.75, "chat label")

    @staticmethod
    def _strip_title(text: str, start: int, end: int) -> tuple[int, int]:
        """Drop a leading "C." or "Lic." that spaCy includes in the entity."""
        lead = _LEADING_TITLES.match(fold(text[start:end]))
        return (start + lead.end(), end) if lead else (start, end)
