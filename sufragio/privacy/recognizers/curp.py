"""CURP: the 18-character population registry key, validated by python-stdnum.

Structure, state code, birth date and check digit are verified by `stdnum.mx.curp`. A key with
the right shape whose check digit fails is usually a typo of a real CURP, which is still personal
data, so it is kept at a lower (but reportable) confidence rather than dropped.
"""

from __future__ import annotations

import re

from stdnum.exceptions import InvalidChecksum, ValidationError
from stdnum.mx import curp

from sufragio.privacy.recognizers.base import RegexRecognizer


class MxCurpRecognizer(RegexRecognizer):
    """CURP in any letter case."""

    ENTITY = "CURP"
    PATTERN = re.compile(r"\b[a-z][aeioux][a-z]{2}\d{6}[hmx][a-z]{2}[a-z]{3}[a-z\d]\d\b")
    ON_FOLDED = True
    CONTEXT = re.compile(r"\bc\.?u\.?r\.?p\b")

    def score(self, match: re.Match[str], folded: str) -> float | None:
        """1.0 when stdnum validates it; 0.6-0.7 when only the check digit is wrong."""
        value = match.group().upper()
        try:
            curp.validate(value)
            return 1.0
        except InvalidChecksum:
            return 0.7 if self.context_near(folded, match.start()) else 0.6
        except ValidationError:
            return 0.6 if self.context_near(folded, match.start()) else None
