"""INE_OCR: the 13-digit OCR number on the back of the voter card (older cards use it to verify).

Reported only next to a context word ("OCR", "credencial"), since 13 digits alone are ambiguous.
"""

from __future__ import annotations

import re

from sufragio.privacy.recognizers.base import RegexRecognizer


class MxIneOcrRecognizer(RegexRecognizer):
    """Thirteen digits preceded by OCR/credential context."""

    ENTITY = "INE_OCR"
    PATTERN = re.compile(r"(?<![\w/.,$-])\d{13}(?![\w/]|[.,]\d)")
    CONTEXT = re.compile(r"\bocr\b|\bcredencial\b|\bine\b|\breverso\b")
    CONTEXT_WINDOW = 50

    def score(self, match: re.Match[str], folded: str) -> float | None:
        """Only with context."""
        return 0.8 if self.context_near(folded, match.start()) else None
