"""Text helpers shared by the recognizers: accent folding, context look-up and byte decoding.

Letters arrive in ALL CAPS, without accents, with typos and from old Windows machines, so every
comparison with a lexicon or a context word goes through :func:`fold`, and bytes go through
:func:`decode_bytes`, which never fails on legacy encodings.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Longest text the engine accepts. Letters are a few kilobytes; a megabyte is already a book.
MAX_CHARS = 1_000_000

#: Share of NUL/control bytes above which input is treated as binary rather than text.
_BINARY_SHARE = 0.05
_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))


class UnreadableInputError(ValueError):
    """Input that cannot be treated as text (binary data, too long, wrong type)."""


def _accent_table() -> dict[int, str]:
    """Map accented Latin letters (Latin-1 and Latin Extended-A/B) to their base letter."""
    table = {}
    for code in range(0x80, 0x250):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii():
            table[code] = base
    return table


_ACCENTS = _accent_table()


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower-case and strip accents ("MÉRIDA" → "merida") while keeping the length unchanged.

    Keeping the length lets a regex run on the folded text and report offsets in the original.
    Cached because every recognizer folds the same text.
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters lower-case into two (İ → i̇)
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return lowered.translate(_ACCENTS)


#: A word that OCR spelt with zeros and ones for O and l ("Ca11e", "Co1.", "DURANG0", "Qr0."):
#: at least two letters, one or two of those digits, no other digit. Unit abbreviations with
#: their number glued on ("Mz1", "Lt10", "No1") and ordinals ("1st", "10mo", "1ra") are numbers,
#: not misread letters.
_WORD_WITH_01 = re.compile(r"\w*[01]\w*")
_UNIT_ABBREVIATIONS = frozenset(
    (
        *("mz", "mza", "lt", "lte", "no", "num", "int", "ext", "dep", "depto", "dpto", "sm"),
        *("km", "apt", "edif", "sec", "cp", "piso", "casa", "av"),
        *("st", "nd", "rd", "th", "er", "ra", "ro", "do", "da", "to", "ta", "mo", "ma", "vo"),
        *("va", "na"),
    )
)


def _read_word(match: re.Match[str]) -> str:
    word = match.group()
    letters = "".join(ch for ch in word if ch.isalpha())
    digits = [ch for ch in word if ch.isdigit()]
    if len(letters) < 2 or len(digits) > 2 or not set(digits) <= {"0", "1"}:
        return word
    if letters.lower() in _UNIT_ABBREVIATIONS:
        return word
    out = []
    for i, ch in enumerate(word):
        if ch in "01":
            beside = next((c for c in word[i - 1 : i] + word[i + 1 : i + 2] if c.isalpha()), "a")
            letter = "o" if ch == "0" else "l"
            out.append(letter.upper() if beside.isupper() else letter)
        else:
            out.append(ch)
    return "".join(out)


def read_ocr_letters(text: str) -> str:
    """`text` with OCR's zeros and ones inside words read back as O and l (same length).

    Scanned forms come back as "Dorniciio: Ca11e Hidalgo 12, Co1. Centro, Querétar0": the
    address words are there, spelt with digits. Each digit takes the case of the letter beside
    it. Words with other digits (CURPs, claves) or too many digits are left alone."""
    if "0" not in text and "1" not in text:
        return text
    return _WORD_WITH_01.sub(_read_word, text)


def whole_word_occurrences(text: str, value: str) -> list[int]:
    """Where `value` occurs in `text` not glued to a letter, digit or "_" on either side.

    `str.find` rather than a regular expression per value: letters name dozens of different
    people, and one pattern each would overflow `re`'s cache and recompile on every letter."""
    found = []
    start = text.find(value)
    while start >= 0:
        end = start + len(value)
        if not (start and (text[start - 1].isalnum() or text[start - 1] == "_")) and not (
            end < len(text) and (text[end].isalnum() or text[end] == "_")
        ):
            found.append(start)
        start = text.find(value, start + 1)
    return found


def has_context(folded: str, start: int, pattern: re.Pattern[str], window: int = 40) -> bool:
    """Whether `pattern` occurs in the folded text within `window` characters before `start`.

    The window stops at a blank line so that a heading two paragraphs above does not count.
    """
    before = folded[max(0, start - window) : start]
    cut = before.rfind("\n\n")
    if cut >= 0:
        before = before[cut:]
    return pattern.search(before) is not None


def check_text(text: object) -> str:
    """Return `text` if the engine can process it, else raise a clear UnreadableInputError."""
    if not isinstance(text, str):
        raise UnreadableInputError(f"expected text (str), got {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise UnreadableInputError(
            f"text has {len(text):,} characters; the limit is {MAX_CHARS:,}. Split the document."
        )
    return text


def decode_bytes(data: bytes) -> str:
    """Decode bytes as UTF-8, else Windows-1252, else Latin-1 (which always succeeds).

    Binary data (images, archives) is refused rather than decoded into junk that would be
    "redacted" and handed on as if it were a letter.
    """
    if data and sum(b in _CONTROL for b in data[:65536]) / min(len(data), 65536) > _BINARY_SHARE:
        raise UnreadableInputError("input looks like binary data, not text")
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")
