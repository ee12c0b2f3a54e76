"""EMAIL: e-mail addresses, without Presidio's own recognizer.

Presidio's MxEmailRecognizer validates domains with `tldextract`, which downloads the public-suffix
list from the network on first use; sufragio must work offline, so a plain pattern is used.
"""

from __future__ import annotations

import re

from sufragio.privacy.recognizers.base import RegexRecognizer


class MxEmailRecognizer(RegexRecognizer):
    """user@domain.tld, tolerating Unicode local parts and spaces pasted around the "@"."""

    ENTITY = "EMAIL"
    PATTERN = re.compile(
        r"(?<![\w.+-])[\w.+-]+(?:\s?@\s?)[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}(?![\w@])"
    )

    def score(self, match: re.Match[str], folded: str) -> float | None:
        """Any address-shaped string is personal data; there is nothing to validate offline."""
        return 0.95
