from sufragio.privacy.recognizers.ine_ocr import MxIneOcrRecognizer
from tests.privacy.recognizers.helpers import found


def test_ocr_with_context():
    assert found(MxIneOcrRecognizer(), "el OCR 1419314170586 de mi credencial") == ["1419314170586"]


def test_thirteen_digits_without_context_are_ignored():
    assert found(MxIneOcrRecognizer(), "El folio que me dieron es el 2530094117822") == []


def test_ocr_described_at_length_after_credencial():
    text = (
        "Atrás de mi credencial traía un número corto y luego abajo venía otro más largo, "
        "5521840036174, no sé cuál sea."
    )
    assert found(MxIneOcrRecognizer(), text) == ["5521840036174"]
    assert found(MxIneOcrRecognizer(), "el 5521840036174 (así dice en el OCR)") == ["5521840036174"]


def test_labelled_folios_are_not_ocr_numbers_even_near_credencial():
    text = "impugno la negativa de expedición de credencial, folio 2519907700213."
    assert found(MxIneOcrRecognizer(), text) == []
    assert found(MxIneOcrRecognizer(), "folio de la credencial, OCR 1419314170586") == [
        "1419314170586"
    ]


def test_ocr_in_the_machine_readable_zone():
    text = "VIGENCIA 2020 - 2030\nIDMEX 1843097265<<0457112233445"
    assert found(MxIneOcrRecognizer(), text) == ["0457112233445"]
