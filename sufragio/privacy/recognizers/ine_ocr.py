"""INE_OCR: the 13-digit OCR number on the back of the voter card (older cards use it to verify).

Reported only next to a context word ("OCR", "credencial"), since 13 digits alone are ambiguous.
Writers describe the card's back at some length ("Atrás de la credencial venía el número … y
abajo otro más largo, 0712…"), so the window is wide; a number labelled as a reference ("folio
2520…", "expediente") is not the card's, however close the word "credencial" is.
The machine-readable zone of a credential prints it after the CIC and two fillers ("IDMEX
1234567890<<0123456789012"), so "IDMEX" and "<<" right before it are context too.
"""

from __future__ import annotations

import re

from sufragio.privacy.recognizers.base import RegexRecognizer

#: Labels of reference numbers right before the digits.
REFERENCE_LABEL = re.compile(
    r"\b(?:folio|expediente|oficio|referencia|solicitud|ticket|guia|pedido|factura|tramite|"
    r"inventario|serie)\b(?![^\n\d]*\b(?:ocr|cic|idmex)\b)[^\n\d]{0,25}$"
)
#: Context named right after the number: "0712… (el OCR)".
_AFTER = re.compile(r"[^\n\d]{0,30}?\b(?:ocr|idmex)\b")


class MxIneOcrRecognizer(RegexRecognizer):
    """Thirteen digits near OCR/credential context."""

    ENTITY = "INE_OCR"
    PATTERN = re.compile(r"(?<![\w/.,$-])\d{13}(?![\w/]|[.,]\d)")
    CONTEXT = re.compile(r"\bocr\b|\bcredencial\b|\bine\b|\breverso\b|\bidmex|<<$")
    CONTEXT_WINDOW = 100

    def score(self, match: re.Match[str], folded: str) -> float | None:
        """Only with context, and never after a reference label."""
        if REFERENCE_LABEL.search(folded, max(0, match.start() - 30), match.start()):
            return None
        if self.context_near(folded, match.start()) or _AFTER.match(folded, match.end()):
            return 0.8
        return None
