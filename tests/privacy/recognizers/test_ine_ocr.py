from sufragio.privacy.recognizers.ine_ocr import MxIneOcrRecognizer
from tests.privacy.recognizers.helpers import found


def test_ocr_with_context():
    assert found(MxIneOcrRecognizer(), "el OCR 1419314170586 de mi credencial") == ["1419314170586"]


def test_thirteen_digits_without_context_are_ignored():
    assert found(MxIneOcrRecognizer(), "El folio que me dieron es el 2530094117822") == []
