"""POSTAL_CODE: five digits after "C.P." or "código postal".

A bare five-digit number is as likely an amount, a section or a folio, so context is required.
"""

from __future__ import annotations

import re

from sufragio.privacy.recognizers.base import RegexRecognizer


class MxPostalCodeRecognizer(RegexRecognizer):
    """Mexican postal code (five digits) with C.P. context right before it."""

    ENTITY = "POSTAL_CODE"
    PATTERN = re.compile(r"(?<![\w/.,$-])\d{5}(?![\w/]|[.,]\d)")
    CONTEXT = re.compile(r"\bc\.?\s?p\b\.?|codigo postal|cod\.? postal|\bpostal\b")
    CONTEXT_WINDOW = 20

    def score(self, match: re.Match[str], folded: str) -> float | None:
        """Only with postal context."""
        return 0.85 if self.context_near(folded, match.start()) else None
