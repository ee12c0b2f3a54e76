"""Structure and check-digit rules for the Mexican identifiers in the privacy evaluation set.

The evaluation set must only contain identifiers that a real validator would accept:
a detector that (rightly) checks CURP or CLABE check digits must not be penalised for
rejecting a typo in the gold data. These rules are written independently of
``sufragio.privacy`` so the evaluation cannot inherit the detector's bugs. The
``*_for`` helpers derive identifiers from an invented person, so authors can keep a
CURP consistent with the name, birth date, sex and state written in the same letter.
"""

from __future__ import annotations

import datetime
import ipaddress
import re
import unicodedata

from stdnum import luhn
from stdnum.exceptions import ValidationError
from stdnum.mx import curp as stdnum_curp
from stdnum.mx import rfc as stdnum_rfc

# Particles skipped when deriving letters from compound surnames and names.
_PARTICLES = frozenset(
    {"DA", "DAS", "DE", "DEL", "DER", "DI", "DIE", "DD", "EL", "LA", "LOS", "LAS", "LE"}
    | {"LES", "MAC", "MC", "VAN", "VON", "Y"}
)
_COMMON_FIRST_NAMES = frozenset(("JOSE", "J", "MARIA", "MA", "MA.", "M"))
_VOWELS = "AEIOU"
_CLABE_WEIGHTS = (3, 7, 1)
_CLAVE_ELECTOR_RE = re.compile(r"^[A-Z]{6}(\d{2})(\d{2})(\d{2})(\d{2})([HM])\d{3}$")
_EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_DIGITS_RE = re.compile(r"\D")
# Nobody younger than this can hold a voter card when the set was written (2025).
_LATEST_VOTER_BIRTH_YEAR = 2007


class IdentifierError(ValueError):
    """An identifier in the evaluation set does not have a valid structure or check digit."""


def digits(value: str) -> str:
    """Keep only the digits, because people write numbers with spaces, dashes and dots."""
    return _DIGITS_RE.sub("", value)


def _plain(text: str) -> str:
    """Upper-case ASCII without accents; Ñ becomes X as RENAPO does."""
    text = text.upper().replace("Ñ", "X")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _significant(words: str, skip_common_first: bool = False) -> str:
    """The word that identifiers are derived from: no particles, no José/María when compound."""
    parts = [w for w in _plain(words).split() if w not in _PARTICLES]
    if skip_common_first and len(parts) > 1 and parts[0] in _COMMON_FIRST_NAMES:
        parts = parts[1:]
    return parts[0] if parts else "X"


def _first_internal(word: str, wanted: str) -> str:
    return next((c for c in word[1:] if c in wanted), "X")


def _consonants() -> str:
    return "".join(c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c not in _VOWELS)


def _four_letters(paterno: str, materno: str, nombre: str) -> str:
    """First four letters shared by CURP and personal RFC."""
    pat = _significant(paterno)
    mat = _significant(materno) if materno else "X"
    nom = _significant(nombre, skip_common_first=True)
    return pat[0] + _first_internal(pat, _VOWELS) + mat[0] + nom[0]


def curp_for(
    paterno: str,
    materno: str,
    nombre: str,
    born: datetime.date,
    sex: str,
    state: str,
    differentiator: str = "0",
) -> str:
    """Derive a valid CURP for an invented person (sex 'H' or 'M', state a CURP code)."""
    four = _four_letters(paterno, materno, nombre)
    if four in stdnum_curp._name_blacklist:
        four = four[0] + "X" + four[2:]
    pat = _significant(paterno)
    mat = _significant(materno) if materno else "X"
    nom = _significant(nombre, skip_common_first=True)
    cons = _consonants()
    body = (
        four
        + born.strftime("%y%m%d")
        + sex
        + state
        + _first_internal(pat, cons)
        + _first_internal(mat, cons)
        + _first_internal(nom, cons)
        + differentiator
    )
    return body + stdnum_curp.calc_check_digit(body)


def rfc_persona_fisica_for(
    paterno: str, materno: str, nombre: str, born: datetime.date, homoclave: str
) -> str:
    """Derive a 13-character personal RFC; ``homoclave`` is two characters, the check is added."""
    four = _four_letters(paterno, materno, nombre)
    if four in stdnum_rfc._name_blacklist:
        four = four[:3] + "X"
    body = four + born.strftime("%y%m%d") + homoclave
    return body + stdnum_rfc.calc_check_digit(body)


def rfc_persona_moral_for(initials: str, founded: datetime.date, homoclave: str) -> str:
    """Derive a 12-character company RFC from three initials and the incorporation date."""
    body = initials + founded.strftime("%y%m%d") + homoclave
    return body + stdnum_rfc.calc_check_digit(body)


def clave_elector_for(
    paterno: str, materno: str, nombre: str, born: datetime.date, state_no: int, sex: str, tail: str
) -> str:
    """Derive a clave de elector: two consonant-led letters per name part, date, state, sex."""
    cons = _consonants()
    letters = ""
    for part in (paterno, materno, nombre):
        word = _significant(part, skip_common_first=part is nombre) if part else "X"
        letters += word[0] + _first_internal(word, cons)
    return f"{letters}{born:%y%m%d}{state_no:02d}{sex}{tail}"


def clabe_check_digit(first17: str) -> str:
    """Banxico CLABE control digit: weights 3,7,1 over 17 digits, products taken mod 10."""
    total = sum((int(d) * _CLABE_WEIGHTS[i % 3]) % 10 for i, d in enumerate(first17))
    return str((10 - total % 10) % 10)


def curp_birth_date(value: str) -> datetime.date:
    return stdnum_curp.get_birth_date(value)


def clave_elector_birth_date(value: str) -> datetime.date:
    """Clave de elector dates have a two-digit year; pick the century that makes an adult."""
    match = _CLAVE_ELECTOR_RE.match(value)
    if match is None:
        raise IdentifierError(f"clave de elector mal formada: {value}")
    yy, mm, dd = (int(g) for g in match.groups()[:3])
    year = 2000 + yy if 2000 + yy <= _LATEST_VOTER_BIRTH_YEAR else 1900 + yy
    return datetime.date(year, mm, dd)


def _validate_curp(value: str) -> None:
    stdnum_curp.validate(value)


def _validate_rfc(value: str) -> None:
    compact = stdnum_rfc.compact(value)
    if len(compact) not in (12, 13):
        raise IdentifierError(f"RFC sin homoclave: {value}")
    stdnum_rfc.validate(compact, validate_check_digits=True)


def _validate_clave_elector(value: str) -> None:
    match = _CLAVE_ELECTOR_RE.match(value)
    if match is None:
        raise IdentifierError(f"clave de elector mal formada: {value}")
    clave_elector_birth_date(value)
    if not 1 <= int(match.group(4)) <= 32:
        raise IdentifierError(f"entidad fuera de 01-32: {value}")


def _validate_clabe(value: str) -> None:
    number = digits(value)
    if len(number) != 18 or number[-1] != clabe_check_digit(number[:17]):
        raise IdentifierError(f"CLABE inválida: {value}")


def _validate_credit_card(value: str) -> None:
    number = digits(value)
    if not 15 <= len(number) <= 16:
        raise IdentifierError(f"tarjeta con longitud inválida: {value}")
    luhn.validate(number)


def _validate_phone(value: str) -> None:
    number = digits(value)
    if value.startswith("+1") and len(number) == 11:
        number = number[1:]  # North American number of a Mexican living in the US or Canada
    elif len(number) == 13 and number.startswith("521"):
        number = number[3:]
    elif len(number) == 12 and number.startswith("52"):
        number = number[2:]
    if len(number) != 10 or number[0] == "0":
        raise IdentifierError(f"teléfono no es de 10 dígitos nacionales: {value}")


def _fixed_digits(length: int):
    def check(value: str) -> None:
        if not (value.isdigit() and len(value) == length):
            raise IdentifierError(f"se esperaban {length} dígitos: {value}")

    return check


def _validate_postal_code(value: str) -> None:
    if not (value.isdigit() and len(value) == 5 and "01000" <= value <= "99999"):
        raise IdentifierError(f"código postal inválido: {value}")


def _validate_email(value: str) -> None:
    if _EMAIL_RE.match(value) is None:
        raise IdentifierError(f"correo inválido: {value}")


def _validate_ip(value: str) -> None:
    ipaddress.ip_address(value)


VALIDATORS = {
    "CURP": _validate_curp,
    "RFC": _validate_rfc,
    "CLAVE_ELECTOR": _validate_clave_elector,
    "CLABE": _validate_clabe,
    "CREDIT_CARD": _validate_credit_card,
    "PHONE": _validate_phone,
    "INE_CIC": _fixed_digits(9),
    "INE_OCR": _fixed_digits(13),
    "POSTAL_CODE": _validate_postal_code,
    "EMAIL": _validate_email,
    "IP_ADDRESS": _validate_ip,
}


def validate(entity_type: str, value: str) -> None:
    """Raise IdentifierError when a structured identifier is not valid; free text passes."""
    check = VALIDATORS.get(entity_type)
    if check is None:
        return
    try:
        check(value)
    except (ValidationError, ValueError) as exc:
        raise IdentifierError(f"{entity_type} {value!r}: {exc}") from exc
