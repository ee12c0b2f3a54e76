"""INE_CIC: the 9-digit credential identification code (CIC) on the back of the voter card.

Nine bare digits are everywhere (folios, amounts), so the CIC is only reported next to a context
word such as "CIC" or "credencial".
"""

from __future__ import annotations

import re

from sufragio.privacy.recognizers.base import RegexRecognizer


class MxIneCicRecognizer(RegexRecognizer):
    """Nine digits preceded by CIC/credential context."""

    ENTITY = "INE_CIC"
    PATTERN = re.compile(r"(?<![\w/.,$-])\d{9}(?![\w/]|[.,]\d)")
    CONTEXT = re.compile(
        r"\bcic\b|\bidmex\b|identificacion de (la )?credencial|\bcredencial\b|\bine\b"
    )
    CONTEXT_WINDOW = 50

    def score(self, match: re.Match[str], folded: str) -> float | None:
        """Only with context."""
        return 0.8 if self.context_near(folded, match.start()) else None
