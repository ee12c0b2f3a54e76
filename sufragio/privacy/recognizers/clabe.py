"""CLABE: the 18-digit standardised bank account number, with its check digit.

The check digit is (10 - sum(d_i * w_i mod 10) mod 10) mod 10 over the first 17 digits with
weights 3, 7, 1 repeating. A CLABE-labelled number that fails the check is still kept (typo).
"""

from __future__ import annotations

import re

from sufragio.privacy.recognizers.base import RegexRecognizer

_WEIGHTS = (3, 7, 1)


def clabe_check_digit(first17: str) -> int:
    """Check digit of a CLABE from its first 17 digits."""
    total = sum(int(d) * _WEIGHTS[i % 3] % 10 for i, d in enumerate(first17))
    return (10 - total % 10) % 10


def is_valid_clabe(digits: str) -> bool:
    """Whether 18 digits form a CLABE with a correct check digit."""
    return (
        len(digits) == 18 and digits.isdigit() and clabe_check_digit(digits[:17]) == int(digits[17])
    )


class MxClabeRecognizer(RegexRecognizer):
    """18 digits, optionally grouped 3-3-11-1, 4-4-4-4-2 or 3-4-4-4-3 with spaces or dashes."""

    ENTITY = "CLABE"
    PATTERN = re.compile(
        r"(?<![\w/.$-])(?:\d{3}[\s-]?\d{3}[\s-]?\d{11}[\s-]?\d|\d{4}(?:[ -]\d{4}){3}[ -]\d\d|"
        r"\d{3}[ -]\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{3})(?![\w/]|\.\d|,\d{1,3}(?!\d))"
    )
    CONTEXT = re.compile(r"\bclabe\b|cuenta|transferencia|deposito|banco")
    CONTEXT_WINDOW = 50

    def score(self, match: re.Match[str], folded: str) -> float | None:
        """1.0 valid with context, 0.9 valid, 0.6 invalid with context."""
        digits = re.sub(r"\D", "", match.group())
        context = self.context_near(folded, match.start())
        if is_valid_clabe(digits):
            return 1.0 if context else 0.9
        return 0.6 if context else None
