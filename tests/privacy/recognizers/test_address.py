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


def test_rural_domicile_corner_and_dictated_number():
    recognizer = MxAddressRecognizer()
    assert found(recognizer, "mi domicilio conocido, Santa María Tonantzintla, Puebla") == [
        "domicilio conocido, Santa María Tonantzintla, Puebla"
    ]
    assert found(recognizer, "mi tío vive en Calle Hidalgo esquina Allende, Centro") == [
        "Calle Hidalgo esquina Allende, Centro"
    ]
    assert found(recognizer, "vivo en Aldama setenta y tres, colonia Obrera") == [
        "Aldama setenta y tres, colonia Obrera"
    ]


def test_comunidad_and_municipio_segments():
    text = "con domicilio en Paraje Los Pinos, comunidad de Tlacotepec, municipio de Zongolica"
    assert found(MxAddressRecognizer(), text) == [
        "Paraje Los Pinos, comunidad de Tlacotepec, municipio de Zongolica"
    ]


def test_a_new_clause_ends_the_address():
    text = "vivo en calle Fresnos mz 3 lt 9 que queda junto al mercado"
    assert found(MxAddressRecognizer(), text) == ["calle Fresnos mz 3 lt 9"]
    assert found(MxAddressRecognizer(), "cerrarán la avenida Reforma desde las 18:00 horas") == []


def test_addresses_of_offices_schools_and_polling_places_are_public():
    recognizer = MxAddressRecognizer()
    notice = "El módulo de atención ciudadana está en Av. Hidalgo 300, Col. Centro, Pachuca."
    assert found(recognizer, notice) == []
    polling = "Casilla 1021 B: Escuela Primaria Ignacio Ramírez, Calle Juárez 12, Centro."
    assert found(recognizer, polling) == []
    signature = "Coordinadora regional\nCalle 20 No. 115, Centro, Valladolid (oficina)"
    assert found(recognizer, signature) == []
    personal = "Instituto Nacional Electoral:\nmi domicilio es Calle Mina 4, Col. Centro, Tepic."
    assert found(recognizer, personal) == ["Calle Mina 4, Col. Centro, Tepic"]
