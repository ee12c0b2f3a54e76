import pytest

from sufragio.privacy.recognizers.postal_code import MxPostalCodeRecognizer
from tests.privacy.recognizers.helpers import found


def test_postal_code_needs_cp_context():
    assert found(MxPostalCodeRecognizer(), "Jalisco, C.P. 45050.") == ["45050"]
    assert found(MxPostalCodeRecognizer(), "Código postal: 58260") == ["58260"]
    assert found(MxPostalCodeRecognizer(), "con cargo a la partida 21101") == []


def test_five_digits_closing_an_address_line():
    recognizer = MxPostalCodeRecognizer()
    assert found(recognizer, "vivo en Calle Ocampo 12, Zacatlán, Puebla, 73310, desde 2010") == [
        "73310"
    ]
    assert found(recognizer, "my address: 801 Elm St Apt 4, Dallas, TX 75202") == ["75202"]
    assert found(recognizer, "| Av. Hidalgo 40, Tepic, Nay. | 63000 |") == ["63000"]
    assert found(recognizer, "Calle Pino 8, Col. Las Flores, Celaya, código 38010.") == ["38010"]


def test_an_sms_short_code_is_not_a_postal_code():
    text = "Av. Juárez 10, Col. Centro\nPARA NO RECIBIR MENSAJES ENVIA BAJA AL 35555"
    assert found(MxPostalCodeRecognizer(), text) == []
    assert found(MxPostalCodeRecognizer(), "801 Elm St Apt 4, Birmingham, AL 35203") == ["35203"]


def test_five_digits_without_an_address_stay():
    recognizer = MxPostalCodeRecognizer()
    assert found(recognizer, "el monto fue de 25000, según el acuerdo") == []
    assert found(recognizer, "Calle Ocampo 12, folio 73310") == []


def test_code_ending_a_colonia_line_of_a_credential():
    text = "DOMICILIO\nAV SOL 12\nCOL LAS AGUILAS 01710\nALVARO OBREGON, CDMX"
    assert found(MxPostalCodeRecognizer(), text) == ["01710"]
    assert found(MxPostalCodeRecognizer(), "SECCION 01710\nCASILLA 12345") == []


def test_code_inside_a_multi_line_address_block():
    recognizer = MxPostalCodeRecognizer()
    assert found(recognizer, "DOMICILIO\nC 12 MZ 3 LT 4\nSM 21 77500\nCANCUN") == ["77500"]
    own_line = "Calle Roble 40 Ote.\nCentro\nZacatecas, Zac.\n98000\nCorreo: x"
    assert found(recognizer, own_line) == ["98000"]
    abroad = "12 Oak Ave Unit 3\nPasadena, CA 91101\nUSA"
    assert found(recognizer, abroad) == ["91101"]


def test_lone_five_digits_without_an_address_above_stay():
    recognizer = MxPostalCodeRecognizer()
    assert found(recognizer, "Resultados\nSección 1234\n45000\nvotos") == []
    assert found(recognizer, "Calle Pino 12\n\n45000") == []
    assert found(recognizer, "Atentamente, Pedro\nMonterrey, NL 64000") == []


def test_credential_ocr_with_zeros_for_the_letter_o():
    text = "D0MICILIO\nC 12 S/N\nC0L BUENAVISTA 24000\nCAMPECHE, CAMP."
    assert found(MxPostalCodeRecognizer(), text) == ["24000"]


def test_ocr_zeros_in_the_postal_label():
    text = "DOMICILIO: C. OLIVO 12, COL. EL MIRADOR\nC0DIG0 P0STAL: 61250\nSECCI0N: 0421"
    assert found(MxPostalCodeRecognizer(), text) == ["61250"]


def test_a_code_after_a_state_written_in_full_closes_the_address():
    text = "Domicilio actual: Calle 20 #301 x 25 y 27, Col. Montes de Amé, Mérida, Yucatán 97115."
    assert found(MxPostalCodeRecognizer(), text) == ["97115"]
    assert found(MxPostalCodeRecognizer(), "Calle Hidalgo 12, Col. Centro. Pagué 15000 pesos") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("calle hidalgo numero 412 colonia obregon en leon el codigo es 37320 queria", "37320"),
        ("[Usuario]: 37320 colonia San Juan de Dios, León", "37320"),
        ("en la colonia Las Granjas, calle 12 número 305, Navojoa 85830 y quiere", "85830"),
        ("Domici1io: Ca1le Zaragoza 208, Co1. Gil y Sáenz, Vil1ahermosa, Tab., 86080", "86080"),
        ("D0MICILI0 C JUAN PABL0 II 115\n    FRACC JARDINES DE DURANG0 34200", "34200"),
    ],
)
def test_codes_dictated_indented_or_spelt_by_ocr(text, code):
    assert found(MxPostalCodeRecognizer(), text) == [code]


def test_amounts_and_verification_codes_are_not_postal_codes():
    assert found(MxPostalCodeRecognizer(), "Calle Hidalgo 12, Col. Centro, Pagué 15000 pesos") == []
    assert found(MxPostalCodeRecognizer(), "el código de verificación es 48213") == []


def test_a_table_column_headed_otherwise_holds_no_postal_codes():
    table = "| No. empleado | Nombre |\n|---|---|\n| 48213 | Esmeralda Ontiveros |"
    assert found(MxPostalCodeRecognizer(), table) == []
    table = "| Calle | CP |\n| Hidalgo 12 | 76140 |"
    assert found(MxPostalCodeRecognizer(), table) == ["76140"]


def test_a_phone_extension_is_no_postal_code():
    text = "Dr. Efrén Salcido / esalcido@sociales-ejemplo.unam.mx / Ext. 42218"
    assert found(MxPostalCodeRecognizer(), text) == []
