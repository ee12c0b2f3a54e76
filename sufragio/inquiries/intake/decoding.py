"""Turn the bytes of a plain-text letter into text, whatever encoding the sender's machine used.

Mexican letters arrive as UTF-8, UTF-16 (Windows "Unicode" with a BOM), Windows-1252 or
ISO-8859-1. Single-byte encodings decode any byte sequence, so after decoding the text is checked
for plausibility: control characters or too few letters mean the encoding was really something
else (UTF-16 without BOM, EBCDIC, a binary file) and the letter goes to a person.
"""

from __future__ import annotations

import codecs
import unicodedata

from sufragio.inquiries.intake.limits import Unreadable

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_FALLBACKS = ("utf-8", "cp1252", "latin-1")
_ALLOWED_CONTROLS = {"\n", "\r", "\t", "\f", "\v"}
MAX_CONTROL_SHARE = 0.01
MIN_LETTER_SHARE = 0.4


def decode_text(data: bytes) -> tuple[str, str]:
    """Return (text, encoding). Raise :class:`Unreadable` when no encoding gives plausible text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding)), encoding
            except UnicodeDecodeError as exc:
                raise Unreadable("texto con marca de codificación pero bytes inválidos") from exc
    for encoding in _FALLBACKS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return _checked(text), encoding
    raise Unreadable("codificación de texto desconocida")  # pragma: no cover - latin-1 decodes all


def _checked(text: str) -> str:
    """``text`` with Windows line ends normalised, if it looks like human-written text."""
    text = text.replace("\r\n", "\n").replace("\x00", "\ufffd") if text else text
    visible = [c for c in text if not c.isspace()]
    if not visible:
        return text
    controls = sum(
        1 for c in text if unicodedata.category(c) == "Cc" and c not in _ALLOWED_CONTROLS
    ) + text.count("\ufffd")
    letters = sum(1 for c in visible if c.isalpha())
    if controls / len(text) > MAX_CONTROL_SHARE or letters / len(visible) < MIN_LETTER_SHARE:
        raise Unreadable(
            "codificación de texto desconocida o archivo binario: el contenido no parece texto"
        )
    return text
