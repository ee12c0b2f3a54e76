"""What the two numbers printed on the back of the voter card (CIC and OCR) share.

Bare runs of 9 or 13 digits are folios, amounts and account fragments far more often than card
numbers, so both are reported only with card context, before the number or named right after it
("184406617 (creo que ese es el CIC)"), and never when a reference label precedes them ("folio
2520…", "expediente"), however close the word "credencial" is.
"""

from __future__ import annotations

import re
from typing import ClassVar

from sufragio.privacy.recognizers.base import RegexRecognizer

#: Labels of reference numbers right before the digits.
REFERENCE_LABEL = re.compile(
    r"\b(?:folio|expediente|oficio|referencia|solicitud|ticket|guia|pedido|factura|tramite|"
    r"inventario|serie)\b(?![^\n\d]*\b(?:ocr|cic|idmex)\b)[^\n\d]{0,25}$"
)


class CredentialNumberRecognizer(RegexRecognizer):
    """A voter-card number: context before or right after, never after a reference label."""

    #: Card context named right after the number ("0712… (el OCR)").
    CONTEXT_AFTER: ClassVar[re.Pattern[str]]

    def score(self, match: re.Match[str], folded: str) -> float | None:
        """0.8 with card context around the number, None without it or after a reference label."""
        if REFERENCE_LABEL.search(folded, max(0, match.start() - 30), match.start()):
            return None
        if self.context_near(folded, match.start()) or self.CONTEXT_AFTER.match(
            folded, match.end()
        ):
            return 0.8
        return None
