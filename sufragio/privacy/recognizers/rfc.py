"""RFC: the tax identifier of persons (13 characters) and companies (12), via `stdnum.mx.rfc`.

About 1.5% of real RFCs fail the check digit (they were issued that way), so an RFC-shaped string
next to the word "RFC" is kept at lower confidence instead of being dropped.
"""

from __future__ import annotations

import re

from stdnum.exceptions import InvalidChecksum, ValidationError
from stdnum.mx import rfc

from sufragio.privacy.recognizers.base import RegexRecognizer


class MxRfcRecognizer(RegexRecognizer):
    """RFC with homoclave (12 or 13 characters), or without it (9-10) when context says RFC."""

    ENTITY = "RFC"
    PATTERN = re.compile(r"\b[a-z&ñ]{3,4}[\s-]?\d{6}(?:[\s-]?[a-z\d]{2}[a\d])?\b")
    ON_FOLDED = True
    CONTEXT = re.compile(r"\br\.?\s?f\.?\s?c\b|registro federal de contribuyentes")

    def score(self, match: re.Match[str], folded: str) -> float | None:
        """0.9 validated; 0.6 with RFC context when only the check digit fails or is absent."""
        value = re.sub(r"[\s-]", "", match.group()).upper()
        context = self.context_near(folded, match.start())
        try:
            rfc.validate(value, validate_check_digits=True)
            return 0.9 if len(value) >= 12 else (0.6 if context else None)
        except InvalidChecksum:
            return 0.6 if context else None
        except ValidationError:
            return None
