"""Names that only chats write: senders, mentions, handles, speaker labels and vocatives.

WhatsApp exports and pasted conversations name people in ways letters do not: the sender before
each message ("[09:14] Lupita: …"), a member's name in lower case ("nooo gaby"), a social-media
handle ("@lupita_canul"), a label without a time stamp ("Yoli: …") and a name called out at the
start of a line ("Leo, te comparto…"). These sources feed the PERSON recognizer
(`sufragio.privacy.recognizers.person`), which vets every span they yield.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sufragio.privacy.lexicon import (
    AMBIGUOUS_GIVEN_NAMES,
    COMMON_WORDS,
    INSTITUTION_WORDS,
    STATES,
    given_names,
    is_known_name,
)
from sufragio.privacy.name_triggers import KIN, TITLES
from sufragio.privacy.text import fold

#: A WhatsApp line's date, time and sender: "[09:14] Lupita:", "3/5/25, 9:14 p. m. - Beto:".
_CHAT_SENDER = re.compile(
    r"^\s*\[?(?:\d{1,2}/\d{1,2}/\d{2,4},?\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?\s?m\.?)?\]?"
    r"\s*(?:-\s*)?(?P<value>[^\W\d_][^\n:\d]{0,38}?)\s*:",
    re.MULTILINE,
)
#: A speaker's label at the start of a line, without a time stamp ("Yoli: ¿ya votaste?").
_CHAT_LABEL = re.compile(
    r"^[ \t]*(?P<value>[^\W\d_]{2,20}(?: [^\W\d_]{2,20}| [A-ZÁÉÍÓÚÑ]\.)?):[ \t]+\S", re.MULTILINE
)
#: INE field jobs written next to a name in chats and rosters ("SE Lorena", "Kike CAE").
_OFFICE_ACRONYMS = r"se|cae|sel|ve|vs|voe|vrfe|vceyec|vcyec|jde|jle|mac|zore|are"
#: Roles of help-desk and canvassing chats before the agent's name ("Asesora Daniela").
_CHAT_ROLES = r"asesor[a]?|operador[a]?|agente|promotor[a]?|moderador[a]?|ejecutiv[oa]|vocal"
#: A role or relation before a chat sender's name ("Jefa Lucy", "Tía Cuca" keeps "Tía" out).
_SENDER_ROLE = re.compile(
    rf"(?:(?:{KIN}|{TITLES}|jef[ea]|profe|seño|{_OFFICE_ACRONYMS}|{_CHAT_ROLES})\s+)+(?=\S)"
)
#: A chat contact saved as a relation ("Mamá:", "Tía:") names no one.
_KIN_WORD = re.compile(rf"(?:{KIN})")
#: Parties canvassers name themselves after ("Promotor Chucho Morena", "Lalo PAN").
_PARTIES = r"morena|pri|pan|prd|pt|pvem|mc"
#: What may trail a sender's name and is not part of it: an office ("Kike CAE"), a party, flags,
#: emoji.
_SENDER_TAIL = re.compile(rf"(?:\s+(?:{_OFFICE_ACRONYMS}|{_PARTIES}))?[\W\d_]*$")
#: Social-media handles of people: lower case, digits, "_" or "."; organisations write theirs
#: with capitals ("@INEMexico"), so those are left alone.
_HANDLE = re.compile(r"(?<![\w.@])@(?P<value>[a-z][a-z0-9_.]{2,28}[a-z0-9_])(?![\w@])")
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
#: A greeting with its own punctuation, as help desks answer: "Hola, Rocío. Lamentamos…",
#: "Buenas tardes, Ismael!". Only a known given name counts ("Hola, Buenas tardes." does not).
_GREETING_VOCATIVE = re.compile(
    r"(?<!\w)(?i:hola|gracias|buen(?:os|as) (?:d[ií]as|tardes|noches)),[ \t]+"
    r"(?P<value>[A-ZÁÉÍÓÚÑ][a-záéíóúñü]{2,})(?=[.!,])"
)


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


def chat_candidates(text: str, folded: str) -> Iterator[tuple[int, int, float, str]]:
    """Chat senders, their given names in lower case, handles, chat labels and vocatives.

    `folded` is `fold(text)`. Yields (start, end, score, source) for the recognizer to vet.
    """
    senders = _sender_spans(text, folded)
    names = [text[start:end] for start, end in senders]
    for (start, end), name in zip(senders, names, strict=True):
        words = folded[start:end].split()
        if all(_KIN_WORD.fullmatch(w) for w in words):
            continue
        if len(words) == 1 and names.count(name) == 1 and words[0] not in given_names():
            continue  # "14:00 Cierre: 37 trámites": an agenda item, not a chat
        yield start, end, 0.8, "chat sender"
    yield from _mentions(text, folded, names)
    for match in _HANDLE.finditer(text):
        if not _institutional_handle(match.group("value")):
            yield (*match.span("value"), 0.7, "social handle")
    yield from _chat_labels(text)
    yield from _vocatives(text, folded)


def _sender_spans(text: str, folded: str) -> list[tuple[int, int]]:
    """The name after each time stamp, without a role before it or an office or emoji after."""
    senders = []
    for match in _CHAT_SENDER.finditer(text):
        start, end = match.span("value")
        role = _SENDER_ROLE.match(folded, start, end)
        start = role.end() if role else start
        bracket = text.find("(", start, end)
        end = bracket if bracket > start else end  # "Fidel (jefe de manzana)": a role
        end = _SENDER_TAIL.search(folded, start, end).start()
        senders.append((start, end))
    return senders


def _mentions(text: str, folded: str, senders: list[str]) -> Iterator[tuple[int, int, float, str]]:
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
    for match in _GREETING_VOCATIVE.finditer(text):
        start, end = match.span("value")
        word = folded[start:end]
        if word in given_names() and word not in COMMON_WORDS:
            yield start, end, 0.7, "vocative"


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
