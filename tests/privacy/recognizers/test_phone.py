import pytest

from sufragio.privacy.recognizers.phone import MxPhoneRecognizer
from tests.privacy.recognizers.helpers import found


@pytest.mark.parametrize(
    "number",
    ["55 1234 5678", "(81) 8123-4567", "+52 1 33 1234 5678", "(443) 312-0957", "4491 23 87 60"],
)
def test_formatted_mexican_numbers(number):
    assert found(MxPhoneRecognizer(), f"Hola, aquí {number} gracias") == [number]


def test_bare_ten_digits_need_context():
    assert found(MxPhoneRecognizer(), "mi cel 9992416683") == ["9992416683"]
    assert found(MxPhoneRecognizer(), "la partida 9992416683 del presupuesto") == []


@pytest.mark.parametrize(
    "text", ["$15,000.00 MXN", "folio INE/DJ/2025/001234", "2025-08-19 22:41:07", "sección 1234"]
)
def test_money_folios_and_timestamps_are_not_phones(text):
    assert found(MxPhoneRecognizer(), text) == []


def test_toll_free_lines_are_institutional():
    assert found(MxPhoneRecognizer(), "llame al 800 123 4567 o al 900 765 4321") == []
    assert found(MxPhoneRecognizer(), "mi celular 81 8123 4567") == ["81 8123 4567"]


def test_ten_digit_reference_numbers_are_not_phones():
    recognizer = MxPhoneRecognizer()
    assert found(recognizer, "su número de atención es 4817203365.") == []
    assert found(recognizer, "folio 4817203365") == []
    assert found(recognizer, "Folio de atención: 2611-493027") == []


def test_us_toll_free_lines_after_a_one_are_institutional():
    recognizer = MxPhoneRecognizer()
    assert found(recognizer, "INETEL desde EUA: 1 (866) 986 8306") == []
    assert found(recognizer, "mi cel es (866) 112 4590") == ["(866) 112 4590"]  # Monclova


def test_call_certificate_and_record_numbers_are_not_phones():
    recognizer = MxPhoneRecognizer()
    assert found(recognizer, "INETEL · Llamada 2511-338201") == []
    assert found(recognizer, "acta 25-014-00377") == []
    assert found(recognizer, "Certificate of Death No. 118-25-047733") == []
    assert found(recognizer, "Tel. 2511-338201") == ["2511-338201"]
    assert found(recognizer, "¿cuál era tu folio? 250306-1102") == []

    assert found(recognizer, "No. de reporte: 4817203365") == []
    assert found(recognizer, "el folio es 12, mi cel 4817203365") == ["4817203365"]
    assert found(recognizer, "Dejo mi número para seguimiento: 48 1720 3365") == ["48 1720 3365"]


def test_chat_sender_number_and_verbs_of_calling():
    recognizer = MxPhoneRecognizer()
    chat = "[09:12] +52 1 618 204 3391: ¿a qué hora abren?"
    assert found(recognizer, chat) == ["+52 1 618 204 3391"]
    assert found(recognizer, "si no contesto márqueme al 6182043391 por favor") == ["6182043391"]
    assert found(recognizer, "o llámenos al 6182043391") == ["6182043391"]
    assert found(recognizer, "a las 10:30 2025-08-19 22:41:07") == []


def test_inventory_and_serial_numbers_are_not_phones():
    recognizer = MxPhoneRecognizer()
    assert found(recognizer, "dañó la impresora (número de inventario 6182043391).") == []
    assert found(recognizer, "No. de serie 6182043391") == []


def test_north_american_numbers_keep_their_plus_one():
    assert found(MxPhoneRecognizer(), "mi número allá es +1 (615) 320-4471.") == [
        "+1 (615) 320-4471"
    ]
    assert found(MxPhoneRecognizer(), "Tel. +1 438 902 1177") == ["+1 438 902 1177"]


def test_dated_folios_and_unknown_two_digit_codes_are_not_phones():
    recognizer = MxPhoneRecognizer()
    assert found(recognizer, "su solicitud quedó con el número 2024-07-1193.") == []
    assert found(recognizer, "Folio de atención: 26-3051-0178") == []
    assert found(recognizer, "escríbame al 33-4102-7765 si hay dudas") == ["33-4102-7765"]
    assert found(recognizer, "mi cel 47-3051-0178") == ["47-3051-0178"]


def test_an_sms_senders_bare_number():
    assert found(MxPhoneRecognizer(), "SMS 07/03 16:22 — De: 8712204417") == ["8712204417"]


def test_credit_and_waybill_numbers_are_not_phones():
    assert found(MxPhoneRecognizer(), "Número de crédito: 0114 2873 09 / Acreditado") == []
    assert found(MxPhoneRecognizer(), "Waybill: 48 1736 0925   Delivered 2025-08-11") == []
