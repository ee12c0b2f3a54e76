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
3. WhatsApp sender names ("[09:14] Lupita: …") and the other chat sources;
4. capitalised runs vouched for by the given-name and surname lexicons, in any case and order
   ("JOSE LUIS TREVIÑO GARZA", "Pérez López, Juan"), see `sufragio.privacy.name_runs`.

This module reads the name at each cue; the cues themselves are in
`sufragio.privacy.name_triggers`, the chat sources in `sufragio.privacy.chat_names`, a bare
signature line in `sufragio.privacy.signature_lines`, and the checks that turn away firms, towns
and laws in `sufragio.privacy.name_vetting`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import AnalysisExplanation, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from sufragio.privacy.chat_names import chat_candidates
from sufragio.privacy.lexicon import (
    COMMON_WORDS,
    INSTITUTION_WORDS,
    STATE_NAMES,
    STATES,
    given_names,
    is_known_name,
    surnames,
)
from sufragio.privacy.name_runs import extend_name, name_runs, read_ocr_zeros
from sufragio.privacy.name_triggers import (
    AGENT,
    AS_RE,
    CLOSING_LINE,
    CON_TRIGGER,
    DRAFTER_INITIALS,
    INITIALS_TRIGGER,
    JSON_FIELD,
    KIN_LIST,
    LABEL_BLOCK,
    LABEL_LINE,
    LABEL_REST,
    LEADING_TITLES,
    LOOKS_NICKNAME,
    MISSPELT_TOPIC,
    NAME_TOPIC,
    OFFICE_RE,
    PROPAGANDA,
    ROLE_LABEL,
    ROSTER_LABEL,
    SELF_NICKNAME,
    SPEAKER,
    SPELLING,
    STATED_RE,
    STRONG_RE,
    SURNAME_FIRST_ROW,
    TITLED_WORD_BEFORE,
    TRIGGER,
    WRIT_OPENING,
)
from sufragio.privacy.name_vetting import CONNECTORS, vetted_end
from sufragio.privacy.recognizers.base import RegexRecognizer
from sufragio.privacy.signature_lines import signature_line
from sufragio.privacy.table_columns import NAME_HEADER, cells_with_headers
from sufragio.privacy.text import fold

#: Commas and "y" between the names of a list ("Ulises, Noemí y Sara").
_LIST_SEP = re.compile(r"\s*,\s*(?:y\s+|e\s+)?|\s+[ye]\s+")
#: "Enrique C. Rébsamen": "C." after a given name is an initial, not the title "Ciudadano".
_INITIAL_BEFORE = re.compile(r"([A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)[ \t]+$")


def _line_start(folded: str, pos: int) -> bool:
    """Whether only spaces stand between the start of the line and `pos`."""
    return not folded[folded.rfind("\n", 0, pos) + 1 : pos].strip()


def _known_word_in(value: str) -> bool:
    """Whether a span holds a word of the given-name or surname lexicons."""
    return any(is_known_name(w.strip(".")) for w in fold(value).split())


#: A line of a form block's value under its label: up to five words, no digits.
_VALUE_LINE = re.compile(
    r"[ \t]*([^\W\d_][^\W\d_.'’-]*\.?(?:[ \t]+[^\W\d_][^\W\d_.'’-]*\.?){0,4})[ \t]*(?:\n|$)"
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


#: How `_name_at` reads a name: word by word, apart by spaces, at most `_MAX_WORDS` words.
_WORD = re.compile(r"[^\W\d_]+(?:[.'’-][^\W\d_]+)*\.?")
_GAP = re.compile(r"[ \t]+")
_AND = re.compile(r"\s+y\s+")
_MAX_WORDS = 6
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


_EDGE_WORD = re.compile(r"[^\W_]+")
#: A given name or an initial right before a span, on the same line ("Manuel C. │Tello").
_GIVEN_OR_INITIAL_BEFORE = re.compile(r"(?:([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)|[A-ZÁÉÍÓÚÑ]\.)[ \t]+$")


def _given_names_before(text: str, start: int) -> int:
    """Where a proposed name starts once the given names and initials before it are included, so
    that vetting judges the whole name: the tagger may propose only "Tello" of a school's
    "Manuel C. Tello"."""
    for _ in range(3):
        match = _GIVEN_OR_INITIAL_BEFORE.search(text, max(0, start - 30), start)
        if not match or (match.group(1) and fold(match.group(1)) not in given_names()):
            break
        first = _EDGE_WORD.match(text, start)
        if not match.group(1) and first and fold(first.group()) in given_names():
            break  # "C. Ana Sofía …": an initial before a given name is the title "Ciudadana"
        start = match.start()
    return start


def _trim_common(text: str, read: str, start: int, end: int) -> tuple[int, int]:
    """`text[start:end]` without common words or commas at its ends; `read` is the text with
    OCR zeros read as letters (`read_ocr_zeros`), which keeps every offset."""
    words = [m.span() for m in _EDGE_WORD.finditer(text, start, end)]

    def common(span: tuple[int, int]) -> bool:
        word = fold(read[span[0] : span[1]])
        return word in COMMON_WORDS and not is_known_name(word)

    while words and common(words[-1]):
        words.pop()
    while words and common(words[0]):
        words.pop(0)
    if not words:
        return start, start
    return words[0][0], words[-1][1] + (text[words[-1][1] : end] == ".")


def _name_at(text: str, pos: int, strict: bool) -> tuple[int, int] | None:
    """The longest name starting at `pos`: accepted words joined by connectors ("del", "de la")."""
    words: list[tuple[int, int]] = []
    pending: list[tuple[int, int]] = []
    titles = LEADING_TITLES.match(fold(text[pos : pos + 40]))
    cursor = pos + (titles.end() if titles else 0)
    while len(words) < _MAX_WORDS:
        match = _WORD.match(text, cursor)
        if not match:
            break
        word = match.group()
        if fold(word) in CONNECTORS and (words or not strict):
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


def _name_cell(folded_cell: str) -> bool:
    """Whether a cell under a name header holds a name: letters only, and two words or one
    known name ("PENDIENTE", "Anónimo (representante legal)" and "—" are not)."""
    words = folded_cell.replace(",", " ").split()
    if not words or not all(w.replace(".", "").isalpha() for w in words):
        return False
    return len(words) >= 2 or is_known_name(words[0].strip("."))


class MxPersonRecognizer(RegexRecognizer):
    """Names of people in Spanish letters, messages and forms."""

    ENTITY = "PERSON"
    PATTERN = TRIGGER

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

    def tagger_results(
        self, text: str, names: list[tuple[int, int, float]]
    ) -> list[RecognizerResult]:
        """Names proposed by the trained tagger (`name_tagger`), vetted like every other, after
        trimming common words and commas at either end ("TEODORO ARREOLA, C0N" in OCR)."""
        candidates = []
        read = read_ocr_zeros(text)
        for start, end, probability in names:
            start, end = _trim_common(text, read, start, end)
            start = _given_names_before(text, start)
            if end > start:
                candidates.append((start, end, probability, "name tagger"))
        return self._vet(text, iter(candidates))

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
            vetted = vetted_end(text, folded, start, end, source)
            if vetted is None:
                continue
            explanation = AnalysisExplanation(
                recognizer=self.name, original_score=score, textual_explanation=source
            )
            results.append(RecognizerResult(self.ENTITY, start, vetted, score, explanation))
            seen.add((start, vetted))  # a source that rejected the span leaves it to the next
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
        for match in TRIGGER.finditer(folded):
            if "\n" in match.group() and OFFICE_RE.match(folded, match.start()):
                continue  # "Cargo: SECRETARIO" / "Ubicación: …": a form value, then a label
            if CON_TRIGGER.match(folded, match.start()) and TITLED_WORD_BEFORE.search(
                text, max(0, match.start() - 30), match.start()
            ):
                continue  # "Personas con Discapacidad", "esquina con Allende": not "hablé con Ana"
            if folded.startswith("c.", match.start()) and _initial_after_name(text, match.start()):
                continue  # "Enrique C. Rébsamen": a middle initial
            strict = STRONG_RE.match(folded, match.start()) is None or (
                AS_RE.match(folded, match.start()) is not None
                and folded[match.end() - 1] not in "\"“«'"
            )
            stated = STATED_RE.match(folded, match.start()) or (
                AS_RE.match(folded, match.start()) and folded[match.end() - 1] in "\"“«'"
            )  # "aparezco como "UC"": a quoted spelling of one's name
            source = "stated name" if stated else "trigger"
            spans = self._names_from(text, match.end(), strict, 0.8, source)
            if ROLE_LABEL.match(folded, match.start()) and _line_start(folded, match.start()):
                # "Ciudadana: Vino la muchacha…": a speaker's role in a transcript, then what
                # they said; a name after it must be vouched for ("Ciudadano: Juan Pérez")
                spans = (c for c in spans if _known_word_in(text[c[0] : c[1]]))
            yield from spans
        read = fold(read_ocr_zeros(text))  # "SALE C0M0 …" in OCR; offsets are kept
        if NAME_TOPIC.search(read) and MISSPELT_TOPIC.search(read):
            for match in SPELLING.finditer(read):
                span = _name_at(text, match.end(), True)
                if span and text[span[0]].isupper():
                    yield (*span, 0.75, "spelling")
        for match in SPEAKER.finditer(folded):
            if text[match.end() : match.end() + 1].isupper():
                yield from self._names_from(text, match.end(), True, 0.75, "speaker")
        for match in PROPAGANDA.finditer(folded):
            span = _name_at(text, match.end(), True)
            if span and any(is_known_name(w) for w in fold(text[span[0] : span[1]]).split()):
                yield (*span, 0.75, "propaganda")
        for match in AGENT.finditer(folded):
            span = _name_at(text, match.end(), True)
            if span and any(is_known_name(w) for w in fold(text[span[0] : span[1]]).split()):
                yield (*span, 0.75, "agent")
        for match in LOOKS_NICKNAME.finditer(text):
            yield (*match.span("value"), 0.7, "nickname")
        for match in LABEL_LINE.finditer(read):  # "APELLID0 MATERN0:" in OCR too
            yield from self._names_from(text, match.end(), False, 0.8, "form label")
        for match in WRIT_OPENING.finditer(text):
            yield (*match.span("value"), 0.8, "writ opening")
        for match in INITIALS_TRIGGER.finditer(text):
            yield (*match.span("value"), 0.75, "initials")
        for match in ROSTER_LABEL.finditer(text):
            for start, end, score, _ in self._name_list(text, match.end()):
                yield start, end, score, "roster"
        for match in DRAFTER_INITIALS.finditer(text):
            start = match.start(1)
            for part in match.group(1).split("/"):
                yield start, start + len(part), 0.75, "initials"
                start += len(part) + 1
        for match in SURNAME_FIRST_ROW.finditer(text):
            if _known_word_in(match.group("value").replace(",", " ")):
                yield (*match.span("value"), 0.75, "roster")
        for match in LABEL_BLOCK.finditer(read):  # "N0MBRE" in OCR
            yield from self._value_lines(text, match.end())
        for match in CLOSING_LINE.finditer(folded):
            if LABEL_REST.match(text, match.end()):
                continue  # "Gracias.\nDesea respuesta por: correo": a form line, not a signer
            yield from self._names_from(text, match.end(), True, 0.75, "signature")
        for match in SELF_NICKNAME.finditer(folded):
            span = (
                _name_at(text, match.end(), True)
                if text[match.end() : match.end() + 1].isupper()
                else None
            )
            if span and any(is_known_name(w) for w in fold(text[span[0] : span[1]]).split()):
                yield (*span, 0.75, "nickname")  # "soy la Comisaria Ejidal" names no one
        for match in KIN_LIST.finditer(folded):
            yield from self._name_list(text, match.end())
        for match in JSON_FIELD.finditer(folded):
            yield (*match.span("value"), 0.8, "form field")
        yield from chat_candidates(text, folded)
        if "\n" in text:
            for start, end, header in cells_with_headers(folded):
                if NAME_HEADER.fullmatch(header) and _name_cell(folded[start:end]):
                    yield start, end, 0.75, "form field"
        yield from signature_line(text, folded)
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
            if any(w in COMMON_WORDS and w not in CONNECTORS for w in words):
                return  # the next label ("DOMICILIO", "FIRMA")
            yield (*line.span(1), 0.75, "form block")
            pos = line.end()

    @staticmethod
    def _strip_title(text: str, start: int, end: int) -> tuple[int, int]:
        """Drop a leading "C." or "Lic." that spaCy includes in the entity."""
        lead = LEADING_TITLES.match(fold(text[start:end]))
        return (start + lead.end(), end) if lead else (start, end)
