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

from sufragio.privacy.recognizers.credential_number import CredentialNumberRecognizer


class MxIneOcrRecognizer(CredentialNumberRecognizer):
    """Thirteen digits near OCR/credential context."""

    ENTITY = "INE_OCR"
    PATTERN = re.compile(r"(?<![\w/.$-])\d{13}(?![\w/]|\.\d|,\d{1,3}(?!\d))")
    CONTEXT = re.compile(r"\bocr\b|\bcredencial\b|\bine\b|\breverso\b|\bidmex|<<$")
    CONTEXT_WINDOW = 100
    CONTEXT_AFTER = re.compile(r"[^\n\d]{0,30}?\b(?:ocr|idmex)\b")
