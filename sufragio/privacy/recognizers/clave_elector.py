"""CLAVE_ELECTOR: the 18-character elector key printed on the voter card.

Six consonant-initial letters of the names, the birth date (yymmdd), the birth state (2 digits),
sex (H/M) and a 3-digit homonym key. No check digit exists, so the shape plus a plausible date and
state code is what is verified.
"""

from __future__ import annotations

import re

from sufragio.privacy.recognizers.base import RegexRecognizer


class MxClaveElectorRecognizer(RegexRecognizer):
    """Elector key in any letter case."""

    ENTITY = "CLAVE_ELECTOR"
    PATTERN = re.compile(r"\b[a-z]{6}(\d{2})(\d{2})(\d{2})(\d{2})[hm]\d{3}\b")
    ON_FOLDED = True
    CONTEXT = re.compile(r"\bclave\b|\belector\b|\bcredencial\b")

    def score(self, match: re.Match[str], folded: str) -> float | None:
        """0.95 when month, day and state code are plausible, 0.6 otherwise (typos)."""
        month, day, state = int(match.group(2)), int(match.group(3)), int(match.group(4))
        plausible = 1 <= month <= 12 and 1 <= day <= 31 and (1 <= state <= 32 or state in (87, 88))
        if plausible:
            return 0.95
        return 0.7 if self.context_near(folded, match.start()) else 0.55
