"""IP_ADDRESS: IPv4 and IPv6 addresses, validated by the standard `ipaddress` module."""

from __future__ import annotations

import ipaddress
import re

from sufragio.privacy.recognizers.base import RegexRecognizer


class MxIpAddressRecognizer(RegexRecognizer):
    """IPv4 dotted quads and IPv6 groups."""

    ENTITY = "IP_ADDRESS"
    PATTERN = re.compile(
        r"(?<![\w.:])(?:\d{1,3}(?:\.\d{1,3}){3}|(?:[0-9a-fA-F]{0,4}:){2,7}[0-9a-fA-F]{1,4})"
        r"(?![\w:]|\.\d)"
    )
    CONTEXT = re.compile(r"\bip\b|direccion|servidor|acceso|conexion")

    def score(self, match: re.Match[str], folded: str) -> float | None:
        """Valid addresses only; context raises the confidence."""
        try:
            ipaddress.ip_address(match.group())
        except ValueError:
            return None
        return 0.9 if self.context_near(folded, match.start()) else 0.7
