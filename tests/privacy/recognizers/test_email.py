from sufragio.privacy.recognizers.email import MxEmailRecognizer
from tests.privacy.recognizers.helpers import found


def test_finds_addresses_with_dots_dashes_and_accents():
    text = "escríbanme a rosa.villalobos@correo-ejemplo.mx o a JOSÉ_99@Servidor.COM.MX."
    assert found(MxEmailRecognizer(), text) == [
        "rosa.villalobos@correo-ejemplo.mx",
        "JOSÉ_99@Servidor.COM.MX",
    ]


def test_ignores_at_signs_that_are_not_addresses():
    assert found(MxEmailRecognizer(), "nos vemos @ las 5 en el módulo @INE") == []


def test_replies_to_handles_and_office_mailboxes_are_not_personal_addresses():
    recognizer = MxEmailRecognizer()
    assert found(recognizer, "Respuesta de @lina.mtz: yo tampoco") == []
    text = "escriba a contacto@ine.mx o a quejas@iecm.gob.mx; mi correo es lina.mtz@ine.mx"
    assert found(recognizer, text) == ["lina.mtz@ine.mx"]
    assert found(recognizer, "info@correo-ejemplo.com") == ["info@correo-ejemplo.com"]
