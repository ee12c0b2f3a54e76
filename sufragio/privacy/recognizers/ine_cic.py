"""INE_CIC: the 9-digit credential identification code (CIC) on the back of the voter card.

Nine bare digits are everywhere (folios, amounts), so the CIC is only reported next to a context
word such as "CIC" or "credencial" before it, or "CIC"/"IDMEX" right after it ("184406617 (creo
que ese es el CIC)").
"""

from __future__ import annotations

import re

from sufragio.privacy.recognizers.credential_number import CredentialNumberRecognizer


class MxIneCicRecognizer(CredentialNumberRecognizer):
    """Nine digits next to CIC/credential context."""

    ENTITY = "INE_CIC"
    PATTERN = re.compile(r"(?<![\w/.$-])\d{9}(?![\w/]|\.\d|,\d{1,3}(?!\d))")
    CONTEXT = re.compile(
        r"\bcic\b|\bidmex\b|identificacion de (la )?credencial|\bcredencial\b|\bine\b"
    )
    CONTEXT_WINDOW = 50
    CONTEXT_AFTER = re.compile(r"[^\n\d]{0,30}?\b(?:cic|idmex)\b")
