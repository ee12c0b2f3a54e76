"""Pick, verbatim, the sentences of a letter that state what the writer asks for.

The acknowledgement must summarise the request without inventing anything, so it is extractive:
sentences with a request cue ("solicito", "quisiera saber", a question mark...) are quoted as
they are. Personal data the redaction engine may have missed (a phone, an e-mail, a CURP) is
masked again here, because the draft leaves the building.
"""

from __future__ import annotations

import re

from sufragio.textkit.normalize import fold, normalize_space

MAX_SENTENCES = 3
MAX_CHARS = 400
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_CUE = re.compile(
    r"\b(solicit\w*|pido|pedimos|pedir\w*|requier\w*|requerimos|quisiera\w*|quiero|queremos|"
    r"deseo|necesito|necesitamos|me pueden|podrian|podria|favor de|le ruego|exijo|exigimos|"
    r"denuncio|denunciamos|consulto|preguntar|saber si|i would like|please|can i|could you)\b"
)
_SALUTATION = re.compile(
    r"^(c\.|presente|p r e s e n t e|atentamente|estimad|buen[oa]s|hola|sin otro particular|"
    r"gracias|saludos|a quien corresponda|dear|hi\b)"
)
_RESIDUAL = (
    (re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"), "[CORREO]"),
    (re.compile(r"\b[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d\b"), "[CURP]"),
    (re.compile(r"\b[A-Z]{6}\d{8}[HM]\d{3}\b"), "[CLAVE_ELECTOR]"),
    (re.compile(r"(?<!\w)(?:\+?52[\s-]?)?(?:\d[\s-]?){10}(?!\w)"), "[TELEFONO]"),
)
NO_REQUEST = (
    "(El escrito no contiene una petición identificable; consúltese el documento original.)"
)


def request_sentences(redacted_text: str) -> list[str]:
    """Up to three request sentences in reading order; the first substantive one as fallback."""
    sentences = [normalize_space(s) for s in _SENTENCE.split(redacted_text or "")]
    sentences = [s for s in sentences if len(s.split()) >= 3]
    chosen = [s for s in sentences if "?" in s or _CUE.search(fold(s))][:MAX_SENTENCES]
    if not chosen:
        chosen = [s for s in sentences if not _SALUTATION.match(fold(s))][:1]
    return [_clip(mask_residual(s)) for s in chosen]


def mask_residual(text: str) -> str:
    """Mask identifiers that slipped past redaction (defence in depth, not the main redactor)."""
    for pattern, placeholder in _RESIDUAL:
        text = pattern.sub(placeholder, text)
    return text


def _clip(sentence: str) -> str:
    if len(sentence) <= MAX_CHARS:
        return sentence
    return sentence[:MAX_CHARS].rsplit(" ", 1)[0] + " […]"
