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
