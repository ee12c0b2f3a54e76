from sufragio.privacy.recognizers.address import MxAddressRecognizer
from tests.privacy.recognizers.helpers import found


def test_street_colonia_alcaldia_then_city_after_postal_code():
    text = (
        "domicilio en Calle Fresno 128, interior 4, Col. Santa María la Ribera, "
        "Alcaldía Cuauhtémoc, C.P. 06400, Ciudad de México, solicito la reposición."
    )
    assert found(MxAddressRecognizer(), text) == [
        "Calle Fresno 128, interior 4, Col. Santa María la Ribera, Alcaldía Cuauhtémoc",
        "Ciudad de México",
    ]


def test_all_caps_and_whatsapp_styles():
    assert found(MxAddressRecognizer(), "VIVO EN AV. JUAREZ 1020, COL. CENTRO, CHIHUAHUA.") == [
        "AV. JUAREZ 1020, COL. CENTRO, CHIHUAHUA"
    ]
    assert found(MxAddressRecognizer(), "es en calle 59 No. 487 x 54 y 56, Centro, Mérida") == [
        "calle 59 No. 487 x 54 y 56, Centro, Mérida"
    ]


def test_a_city_alone_or_an_office_is_not_a_personal_address():
    assert found(MxAddressRecognizer(), "VIVO EN MONTERREY, NUEVO LEON.") == []
    assert found(MxAddressRecognizer(), "de la colonia Del Valle, le solicito información") == []
    office = "la oficina se encuentra en Viaducto Tlalpan No. 100, Col. Arenal Tepepan, Tlalpan."
    assert found(MxAddressRecognizer(), office) == []
