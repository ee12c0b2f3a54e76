"""EMAIL: e-mail addresses, without Presidio's own recognizer.

Presidio's MxEmailRecognizer validates domains with `tldextract`, which downloads the public-suffix
list from the network on first use; sufragio must work offline, so a plain pattern is used.
"""

from __future__ import annotations

import re

from sufragio.privacy.lexicon import COMMON_WORDS
from sufragio.privacy.recognizers.base import RegexRecognizer
from sufragio.privacy.text import fold

#: Mailboxes of an office rather than of a person, on public-sector or institutional domains.
_ROLE_MAILBOX = re.compile(
    r"contacto|info|informes|atencion(?:[._]ciudadana)?|quejas|denuncias|transparencia|prensa|"
    r"comunicacion(?:[._]social)?|oficialia(?:[._]?partes)?|soporte|ayuda|buzon|inetel"
)
_PUBLIC_DOMAIN = re.compile(r"(?:^|[.\s])(?:ine\.mx|te\.gob\.mx|[\w.-]*\.gob\.mx|[\w-]+\.edu\.mx)$")


class MxEmailRecognizer(RegexRecognizer):
    """user@domain.tld, tolerating Unicode local parts and spaces pasted around the "@"."""

    ENTITY = "EMAIL"
    PATTERN = re.compile(
        r"(?<![\w.+-])[\w.+-]+(?:\s?@\s?)[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}(?![\w@])"
    )

    def score(self, match: re.Match[str], folded: str) -> float | None:
        """Any address-shaped string is personal data; there is nothing to validate offline.

        A common word, a space, then "@": a reply to a social-media handle ("Respuesta de
        @yatziri.paz"), which the person recognizer reports, not an e-mail address.
        """
        local, _, domain = match.group().partition("@")
        if local != local.rstrip() and fold(local.strip()) in COMMON_WORDS:
            return None
        if _ROLE_MAILBOX.fullmatch(fold(local.strip())) and _PUBLIC_DOMAIN.search(fold(domain)):
            return None  # contacto@ine.mx: an office's mailbox, published for everyone
        return 0.95
