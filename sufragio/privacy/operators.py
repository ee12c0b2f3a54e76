"""Redaction operators as Presidio anonymizer configurations.

placeholder (the default) writes a typed tag such as "[CURP]"; mask overwrites every character
with "*"; pseudonym numbers values consistently within one document ("[NOMBRE_1]" each time the
same person appears); encrypt embeds a Fernet token ("[CURP:gAAAA…]") that `decrypt_token`
reverses for users allowed to reveal personal data.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from cryptography.fernet import InvalidToken
from presidio_anonymizer.entities import OperatorConfig

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


def operator_configs(operator: str, values: Sequence[tuple[str, str]]) -> dict[str, OperatorConfig]:
    """Presidio operator configuration per entity type for one document.

    `values` are the (type, original value) pairs in document order, needed for pseudonyms.
    """
    if operator not in OPERATORS:
        raise ValueError(f"unknown operator {operator!r}; choose one of {', '.join(OPERATORS)}")
    configs: dict[str, OperatorConfig] = {}
    indices = pseudonym_indices(values) if operator == "pseudonym" else {}
    for entity_type, label in PLACEHOLDERS.items():
        if operator == "placeholder":
            configs[entity_type] = OperatorConfig("replace", {"new_value": f"[{label}]"})
        elif operator == "mask":
            configs[entity_type] = OperatorConfig(
                "mask", {"masking_char": "*", "chars_to_mask": 10**6, "from_end": False}
            )
        else:
            configs[entity_type] = OperatorConfig(
                "custom", {"lambda": _custom(operator, entity_type, label, indices)}
            )
    return configs


def _custom(
    operator: str, entity_type: str, label: str, indices: dict[tuple[str, str], int]
) -> Callable[[str], str]:
    if operator == "pseudonym":
        return lambda value: f"[{label}_{indices[(entity_type, identity_key(value))]}]"
    return lambda value: f"[{label}:{fernet().encrypt(value.encode('utf-8')).decode('ascii')}]"


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
