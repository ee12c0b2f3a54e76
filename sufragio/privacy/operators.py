"""Redaction operators: what replaces each personal value.

placeholder (the default) writes a typed tag such as "[CURP]"; mask overwrites every character
with "*"; pseudonym numbers values consistently within one document ("[NOMBRE_1]" each time the
same person appears); encrypt embeds a Fernet token ("[CURP:gAAAA…]") that `decrypt_token`
reverses for users allowed to reveal personal data.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cryptography.fernet import InvalidToken

from sufragio.privacy.keys import fernet
from sufragio.privacy.text import fold

OPERATORS = ("placeholder", "mask", "pseudonym", "encrypt")

#: The tag written in place of each entity type (Spanish, as the documents are).
PLACEHOLDERS = {
    "PERSON": "NOMBRE",
    "EMAIL": "CORREO",
    "PHONE": "TELEFONO",
    "CURP": "CURP",
    "RFC": "RFC",
    "CLAVE_ELECTOR": "CLAVE_ELECTOR",
    "INE_CIC": "INE_CIC",
    "INE_OCR": "INE_OCR",
    "CLABE": "CLABE",
    "CREDIT_CARD": "TARJETA",
    "ADDRESS": "DIRECCION",
    "POSTAL_CODE": "CODIGO_POSTAL",
    "DATE_OF_BIRTH": "FECHA_NACIMIENTO",
    "IP_ADDRESS": "IP",
}

_TOKEN = re.compile(r"^\[?(?:[A-Z_]+:)?(?P<token>[A-Za-z0-9_=-]{20,})\]?$")


def identity_key(value: str) -> str:
    """Normalise a value so spelling variants of one person share a pseudonym."""
    return " ".join(re.sub(r"[^\w\s@.]", " ", fold(value)).split())


def pseudonym_indices(values: Sequence[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """Number (type, value) pairs per type in order of first appearance, 1-based."""
    indices: dict[tuple[str, str], int] = {}
    counters: dict[str, int] = {}
    for entity_type, value in values:
        key = (entity_type, identity_key(value))
        if key not in indices:
            counters[entity_type] = counters.get(entity_type, 0) + 1
            indices[key] = counters[entity_type]
    return indices


def replacements(operator: str, values: Sequence[tuple[str, str]]) -> list[str]:
    """The text that replaces each (type, original value) pair of one document, in order.

    Pseudonyms need every value of the document at once, hence one call per document.
    """
    if operator not in OPERATORS:
        raise ValueError(f"unknown operator {operator!r}; choose one of {', '.join(OPERATORS)}")
    indices = pseudonym_indices(values) if operator == "pseudonym" else {}
    out = []
    for entity_type, value in values:
        label = PLACEHOLDERS[entity_type]
        if operator == "placeholder":
            out.append(f"[{label}]")
        elif operator == "mask":
            out.append("*" * len(value))
        elif operator == "pseudonym":
            out.append(f"[{label}_{indices[(entity_type, identity_key(value))]}]")
        else:
            token = fernet().encrypt(value.encode("utf-8")).decode("ascii")
            out.append(f"[{label}:{token}]")
    return out


def decrypt_token(token: str) -> str:
    """The original value inside an encrypt-operator token ("[CURP:gAAAA…]" or the bare token).

    Raises ValueError for malformed tokens or tokens made with another key.
    """
    match = _TOKEN.match(token.strip())
    if not match:
        raise ValueError("not a redaction token")
    try:
        return fernet().decrypt(match.group("token").encode("ascii")).decode("utf-8")
    except InvalidToken as exc:
        raise ValueError("invalid redaction token, or made with a different key") from exc
