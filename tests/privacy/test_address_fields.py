"""Address parts in labelled form fields and JSON keys."""

from sufragio.privacy.address_fields import field_values
from sufragio.privacy.text import fold


def values(text: str) -> list[str]:
    return [text[start:end] for start, end in field_values(text, fold(text))]


def test_fields_of_a_home_address_form() -> None:
    text = "Calle: Nogales 301\nColonia: Centro\nMunicipio: Tlalpan\nEntidad: Ciudad de México"
    assert values(text) == ["Nogales 301", "Centro", "Tlalpan", "Ciudad de México"]


def test_json_keys_of_a_data_record() -> None:
    text = '{"calle": "Fresno 18", "municipio": "Apizaco", "estado": "Tlaxcala"}'
    assert values(text) == ["Fresno 18", "Apizaco", "Tlaxcala"]


def test_town_fields_without_a_street_or_colonia_field_are_public() -> None:
    assert values("Municipio: Tlalpan\nEntidad: Ciudad de México") == []


def test_empty_values_are_skipped() -> None:
    assert values("Calle: Nogales 301\nColonia: N/A") == ["Nogales 301"]
