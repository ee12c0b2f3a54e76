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


def test_a_state_alone_a_colonia_in_passing_or_an_office_is_not_a_personal_address():
    assert found(MxAddressRecognizer(), "VIVO EN NUEVO LEON.") == []
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


def test_colonia_or_barrio_before_the_street():
    recognizer = MxAddressRecognizer()
    text = "vivimos en Barrio de Santa Ana, calle Morelos número 14, Zumpango, Estado de México."
    assert found(recognizer, text) == [
        "Barrio de Santa Ana, calle Morelos número 14, Zumpango, Estado de México"
    ]
    text = "con domicilio en Fracc. Las Palmas, Calle Roble 7, Tepic, Nayarit, solicito"
    assert found(recognizer, text) == ["Fracc. Las Palmas, Calle Roble 7, Tepic, Nayarit"]


def test_number_in_a_later_segment_and_supermanzana_andador():
    recognizer = MxAddressRecognizer()
    assert found(recognizer, "vivo en la Cerrada del Olivo, número 3 interior A, Metepec") == [
        "Cerrada del Olivo, número 3 interior A, Metepec"
    ]
    assert found(recognizer, "notifíquenme en SM 41, Mz 2, Lt 9, Calle Jazmín 5, Chetumal") == [
        "SM 41, Mz 2, Lt 9, Calle Jazmín 5, Chetumal"
    ]
    assert found(recognizer, "VIVO EN AND. 12 MZ 4 LT 3, U.H. EL ROSARIO, AZCAPOTZALCO.") == [
        "AND. 12 MZ 4 LT 3, U.H. EL ROSARIO, AZCAPOTZALCO"
    ]


def test_streets_named_after_dates_and_lower_case_without_accents():
    text = "bibo en calle 20 de noviembre num 8 colonia centro, jerez de garcia salinas zacatecas."
    assert found(MxAddressRecognizer(), text) == [
        "calle 20 de noviembre num 8 colonia centro, jerez de garcia salinas zacatecas"
    ]
    text = "Priv. 5 de Mayo # 3 entre 16 de septiembre y Juárez, col centro, Apan hgo."
    assert found(MxAddressRecognizer(), text) == [
        "Priv. 5 de Mayo # 3 entre 16 de septiembre y Juárez, col centro, Apan hgo"
    ]


def test_corner_with_con_and_calle_sin_nombre():
    recognizer = MxAddressRecognizer()
    assert found(recognizer, "lo vi en calle Juárez esquina con Abasolo, Santa Rosa Jáuregui") == [
        "calle Juárez esquina con Abasolo, Santa Rosa Jáuregui"
    ]
    assert found(recognizer, "ella vive en la calle sin nombre de la colonia Las Flores.") == [
        "calle sin nombre de la colonia Las Flores"
    ]


def test_landmarks_and_rural_areas_after_a_domicile_phrase():
    text = (
        "Vivo en la Ranchería Los Naranjos, atrás de la iglesia, municipio de Cunduacán, Tabasco. "
        "Me ayuda la señora Lupe."
    )
    assert found(MxAddressRecognizer(), text) == [
        "Ranchería Los Naranjos, atrás de la iglesia, municipio de Cunduacán, Tabasco"
    ]
    text = "es en la calle Pino 4, enseguida de la tienda de doña Chela"
    assert found(MxAddressRecognizer(), text) == ["calle Pino 4, enseguida de la tienda"]


def test_moving_from_one_address_to_another_gives_two_addresses():
    text = "Me mudé de Calle Olmo 3, Col. Bosques, Morelia a Calle Cedro 90, Col. Chapultepec."
    assert found(MxAddressRecognizer(), text) == [
        "Calle Olmo 3, Col. Bosques, Morelia",
        "Calle Cedro 90, Col. Chapultepec",
    ]


def test_addresses_abroad():
    recognizer = MxAddressRecognizer()
    text = "I live at 731 S Broadway Ave, Apt 5C, Denver, CO 80209. Gracias"
    assert found(recognizer, text) == ["731 S Broadway Ave, Apt 5C, Denver, CO"]
    text = "vivo en 19 Queen St, Unit 402, Hamilton, ON, Canadá y quiero votar"
    assert found(recognizer, text) == ["19 Queen St, Unit 402, Hamilton, ON, Canadá"]
    text = "MY ADDRESS IS 1220 W CERMAK RD, APT B, CICERO IL 60804. PHONE 708 555 0101"
    assert found(recognizer, text) == ["1220 W CERMAK RD, APT B, CICERO IL"]


def test_address_spelt_with_ocr_digits():
    text = "Domici1io: Ca1le Ignacio Zaragoza 208, Co1. Gil y Sáenz, Vil1ahermosa, Tab., 86080"
    assert found(MxAddressRecognizer(), text) == [
        "Ca1le Ignacio Zaragoza 208, Co1. Gil y Sáenz, Vil1ahermosa, Tab"
    ]


def test_line_broken_address_under_a_label_is_one_address():
    text = "NOMBRE\nLUNA\nPEREZ\nDOMICILIO\nC MINA 9 INT 4\nCOL ROMA 44100\nGUADALAJARA, JAL.\nCURP"
    assert found(MxAddressRecognizer(), text) == ["C MINA 9 INT 4\nCOL ROMA", "GUADALAJARA, JAL"]
    letter = "Calle Sauce 21, Col. Jardín\nCelaya, Gto.\nAtentamente\nPedro"
    assert found(MxAddressRecognizer(), letter) == ["Calle Sauce 21, Col. Jardín\nCelaya, Gto"]
    form = "DOMICILIO: CALLE LERDO 5, COL. CENTRO, TOLUCA\nENTIDAD: MÉXICO"
    assert found(MxAddressRecognizer(), form) == ["CALLE LERDO 5, COL. CENTRO, TOLUCA"]


def test_places_named_before_the_street():
    text = "Respuesta: En San Pedro Totoltepec, Toluca, en la Privada Fresno 12."
    assert found(MxAddressRecognizer(), text) == [
        "San Pedro Totoltepec, Toluca",
        "Privada Fresno 12",
    ]


def test_venues_public_buildings_and_lists_of_colonias_are_not_personal():
    recognizer = MxAddressRecognizer()
    assert found(recognizer, "Colonia Juárez, Roma y Condesa tuvieron más participación.") == []
    venue = "Inscripciones en la calle Pino 40, Col. Centro, Tlaxcala, de lunes a viernes."
    assert found(recognizer, venue) == []
    assert found(recognizer, "Registro de aspirantes en la calle Pino 40, Col. Centro.") == []
    building = "El Palacio Municipal, en Av. Hidalgo s/n, Centro, abre a las 9."
    assert found(recognizer, building) == []


def test_circuito_and_andador_abbreviations_before_a_name():
    recognizer = MxAddressRecognizer()
    text = "Vivimos en Cto. Los Álamos 88 int. 2, Fracc. Valle Real, Zapopan, Jal.\n\nAtte. Rosa"
    assert found(recognizer, text) == ["Cto. Los Álamos 88 int. 2, Fracc. Valle Real, Zapopan, Jal"]
    text = (
        "mi domicilio correcto es And. Las Palmas 7, U.H. La Joya, Huamantla, Tlaxcala, y no otro."
    )
    assert found(recognizer, text) == ["And. Las Palmas 7, U.H. La Joya, Huamantla, Tlaxcala"]


def test_yucatan_cross_streets_under_an_ocr_label():
    text = (
        "N0MBRE: POOL CEN ADRIANA\nD0MICILIO: C 21 x 14 y 16 # 310\n"
        "Col. Santa Lucía  Valladolid, Yuc.\nFirma"
    )
    assert found(MxAddressRecognizer(), text) == [
        "C 21 x 14 y 16 # 310\nCol. Santa Lucía  Valladolid, Yuc"
    ]


def test_spelled_out_kilometre_of_a_road_and_its_town():
    text = (
        "su rancho está en el kilómetro 40 de la carretera a Jiquilpan, en Sahuayo, ahí lo buscan"
    )
    assert found(MxAddressRecognizer(), text) == [
        "kilómetro 40 de la carretera a Jiquilpan, en Sahuayo"
    ]


def test_address_split_over_form_fields():
    recognizer = MxAddressRecognizer()
    form = (
        "AVISO DE CAMBIO DE DOMICILIO\nNombre completo: ANA RUIZ SOTO\nCalle: CDA. OLMOS\n"
        "Número exterior: 14\nNúmero interior: —\nColonia: LAS FLORES\n"
        "Alcaldía/Municipio: TLÁHUAC\nEntidad: CIUDAD DE MÉXICO"
    )
    spans = found(recognizer, form)
    assert not any("ANA RUIZ" in span for span in spans)  # the heading is not a label
    assert "TLÁHUAC" in "".join(spans) and "CIUDAD DE MÉXICO" in spans
    two_per_line = "Calle: Olmo 12\nMunicipio: Tepic      Estado: Nayarit\nSexo: M"
    assert found(recognizer, two_per_line) == ["Olmo 12", "Tepic", "Nayarit"]


def test_address_keys_of_a_json_record():
    record = (
        '{"domicilio": {"calle": "Cerrada Pinos", "numero": "7", "colonia": "Norte", '
        '"municipio": "León", "estado": "Guanajuato"}, "estado": "pendiente"}'
    )
    assert found(MxAddressRecognizer(), record) == [
        "Cerrada Pinos",
        "7",
        "Norte",
        "León",
        "Guanajuato",
    ]


def test_town_fields_without_a_street_field_or_of_an_office_stay():
    recognizer = MxAddressRecognizer()
    assert found(recognizer, "Entidad: Jalisco\nDistrito: 05\nMunicipio: Zapopan") == []
    office = "Datos del módulo\nCalle: Hidalgo 10\nColonia: Centro\nMunicipio: Pachuca"
    assert found(recognizer, office) == []


def test_us_street_without_a_type_word_and_the_country_line():
    recognizer = MxAddressRecognizer()
    chat = "me registré con mi address de 77 W Elm Apt 3, Fresno, CA 93701 ok"
    assert found(recognizer, chat) == ["77 W Elm Apt 3, Fresno, CA"]
    block = (
        "Domicilio en el extranjero:\n450 Lake Ave Unit 9\nOakland, CA 94610\n"
        "Estados Unidos\nCorreo: x@y.com"
    )
    assert found(recognizer, block) == ["450 Lake Ave Unit 9\nOakland, CA", "Estados Unidos"]


def test_english_sentence_after_a_street_type_period_is_not_address():
    assert found(MxAddressRecognizer(), "Nos vemos en 12 N Oak Ave. Bring your friends") == [
        "12 N Oak Ave"
    ]


def test_polling_places_offices_speaking_and_villages_are_public():
    recognizer = MxAddressRecognizer()
    caps = "LA CASILLA CONTIGUA UBICADA EN LA ESCUELA PRIMARIA NÚMERO 12 ABRIÓ TARDE."
    assert found(recognizer, caps) == []
    hours = "Le recordamos requisitos. Atendemos en Av. Reforma 45, Col. Centro, de 9 a 14 h."
    assert found(recognizer, hours) == []
    village = "Los vecinos de la comunidad de San Miguel Tlaixpan, Texcoco, pedimos un módulo."
    assert found(recognizer, village) == []


def test_registro_civil_is_no_office_and_misspelled_vivo_is_personal():
    text = (
        "el registro civil escrivio mal mi nombre y bivo en calle sin nombre sin numero, "
        "a un lado de la iglesia, colonia La Loma, Ecatepec. gracias"
    )
    assert found(MxAddressRecognizer(), text) == [
        "calle sin nombre sin numero, a un lado de la iglesia, colonia La Loma, Ecatepec"
    ]


def test_colonia_named_with_la_after_living_or_a_relatives_house():
    recognizer = MxAddressRecognizer()
    assert found(recognizer, "oye ya vivo en la del carmen, luego te paso el número") == [
        "la del carmen"
    ]
    text = "sigo empadronado en la casa de mi abuela, en la Moderna de Celaya\nok"
    assert found(recognizer, text) == ["la Moderna de Celaya"]
    assert found(recognizer, "vivo en la ciudad de Toluca") == ["ciudad de Toluca"]  # a town
    assert found(recognizer, "vivo en la Huasteca potosina") == []


def test_office_line_of_a_persons_contact_card():
    recognizer = MxAddressRecognizer()
    card = (
        "Ing. Marco Ríos\nCel: 55 1234 5678\nOficina: Morelos 402 desp. 5, Centro, Toluca\nsaludos"
    )
    assert found(recognizer, card) == ["Morelos 402 desp. 5, Centro, Toluca"]
    signature = "Junta Distrital 05\nTel. 722 123 4567\nOficina: Morelos 402, Centro, Toluca"
    assert found(recognizer, signature) == []


def test_an_office_address_does_not_hide_a_home_later_in_the_line():
    text = (
        "fui al módulo de la Av. Tulum en Cancún y no me atendieron. vivo en SM 210 Mz 4 Lt 9, "
        "Fracc. Las Palmas, Benito Juárez, Q. Roo. gracias"
    )
    assert found(MxAddressRecognizer(), text) == [
        "SM 210 Mz 4 Lt 9, Fracc. Las Palmas, Benito Juárez, Q. Roo"
    ]


def test_a_domicile_phrase_or_a_named_holder_makes_an_address_personal_after_an_office():
    recognizer = MxAddressRecognizer()
    complaint = (
        "regidora del Ayuntamiento de Orizaba, señalando como domicilio para oír y recibir "
        "notificaciones el ubicado en calle Sur 12 número 40, altos, Zona Centro, Orizaba, Ver., "
        "C.P. 94300, comparezco"
    )
    assert found(recognizer, complaint) == [
        "calle Sur 12 número 40, altos, Zona Centro, Orizaba, Ver"
    ]
    record = (
        "coincidió con un registro a nombre de Tomasa Ruiz Lara, con domicilio en Privada Cedros "
        "8, Fracc. Los Olivos, Zapopan, Jalisco, C.P. 45130, y teléfono"
    )
    assert found(recognizer, record) == ["Privada Cedros 8, Fracc. Los Olivos, Zapopan, Jalisco"]


def test_alcaldia_or_a_bare_postal_code_before_the_city():
    recognizer = MxAddressRecognizer()
    text = "vivo en Calle Encino 7, Col. Ajusco, C.P. 04300, Alcaldía Coyoacán, Ciudad de México."
    assert found(recognizer, text) == [
        "Calle Encino 7, Col. Ajusco",
        "Alcaldía Coyoacán, Ciudad de México",
    ]
    text = (
        "mi domicilio: Durango 80, Col. Roma Norte, Alcaldía Cuauhtémoc, 06700, Ciudad de México."
    )
    assert found(recognizer, text) == [
        "Durango 80, Col. Roma Norte, Alcaldía Cuauhtémoc",
        "Ciudad de México",
    ]


def test_an_address_in_spain_with_floor_and_postal_code_before_the_town():
    text = "vivo en Calle de Serrano 41, 2º A, 28001 Madrid, España. Gracias"
    assert found(MxAddressRecognizer(), text) == ["Calle de Serrano 41, 2º A", "Madrid, España"]


def test_a_named_ranch_is_a_home_but_the_ranch_of_someone_is_not_an_address():
    recognizer = MxAddressRecognizer()
    text = "pónganle Rancho Las Palomas, sección municipal de Tecoripa, Sahuaripa, Son. porque no"
    assert found(recognizer, text) == [
        "Rancho Las Palomas, sección municipal de Tecoripa, Sahuaripa, Son"
    ]
    assert found(recognizer, "trabajo en el rancho de mi tío, en Sonora, Son.") == []


def test_a_street_without_a_type_word_before_the_colonia_and_a_corrected_unit():
    recognizer = MxAddressRecognizer()
    text = "sirve el recibo de la casa de Sor Juana 214 depto 3, Col. Doctores?? ya no vivo ahí"
    assert found(recognizer, text) == ["Sor Juana 214 depto 3, Col. Doctores"]
    assert found(recognizer, "la casilla 1520, Col. Obrera, se instala") == []
    text = "la guía dice 120 Oak St Apt 3 pero es Apt 5, por eso no llegó"
    assert found(recognizer, text) == ["120 Oak St Apt 3", "Apt 5"]


def test_credential_ocr_with_zeros_for_the_letter_o():
    text = "D0MICILIO\nC 12 S/N\nC0L BUENAVISTA 24000\nCAMPECHE, CAMP.\nCLAVE DE ELECT0R"
    assert found(MxAddressRecognizer(), text) == ["C 12 S/N\nC0L BUENAVISTA", "CAMPECHE, CAMP"]


def test_offices_named_inside_or_around_the_address_are_public():
    recognizer = MxAddressRecognizer()
    bodega = (
        "la bodega, ubicada en el inmueble de la Junta Local (Calle Hidalgo 5, Col. Centro), "
        "recibió 12 cajas"
    )
    assert found(recognizer, bodega) == []
    modules = "Módulos en Tepic: 180151 (Av. México 100) y 180152 (Mercado Morelos)."
    assert found(recognizer, modules) == []
    school = "en la Escuela Primaria No. 12, que está en la calle Morelos esquina Juárez, reparten"
    assert found(recognizer, school) == []
    group = "notifíquese en el domicilio del Colectivo, ubicado en Av. Sauces 100, Col. Centro."
    assert found(recognizer, group) == []


def test_a_companys_letterhead_and_tax_domicile_are_public_a_persons_is_not():
    recognizer = MxAddressRecognizer()
    letterhead = (
        "Director\nAceros del Golfo, S.A. de C.V.\nAv. Industrial 400, Col. Centro, Veracruz"
    )
    assert found(recognizer, letterhead) == []
    company = (
        "Razón social: Plásticos Ruiz, S.A. de C.V.\nRFC: PRU010101AB1\n"
        "Domicilio fiscal: Calle Norte 3 No. 12, Col. Industrial, Celaya, Gto."
    )
    assert found(recognizer, company) == []
    person = "Nombre: Rosa Díaz Peña\nDomicilio fiscal: Calle Pino 4, Col. Centro, Celaya, Gto."
    assert found(recognizer, person) == ["Calle Pino 4, Col. Centro, Celaya, Gto"]


def test_years_spans_of_time_villages_and_roads_pin_no_home():
    recognizer = MxAddressRecognizer()
    assert found(recognizer, "se descarta el domicilio ofrecido en 2023 porque es oficina") == []
    text = "registrados en el mismo domicilio en los últimos 8 meses."
    assert found(recognizer, text) == []
    assert found(recognizer, "integrantes de la comunidad del Campo 22, manifiestan") == []
    road = "chocó en el camino de terracería entre San Pedro y La Loma, municipio de Tuzantla."
    assert found(recognizer, road) == []


def test_a_past_or_qualified_address_after_mi_direccion_or_vivia_en():
    recognizer = MxAddressRecognizer()
    text = "Mi dirección anterior era 9 Norte 1204, Col. Santa Rita, Tehuacán, Pue. y ya cambió."
    assert found(recognizer, text) == ["9 Norte 1204, Col. Santa Rita, Tehuacán, Pue"]
    assert found(recognizer, "antes vivía en 20 de Noviembre 318, Centro, Zamora.") == [
        "20 de Noviembre 318, Centro, Zamora"
    ]
    assert found(recognizer, "su domicilio actual es 31 Poniente 77, San Baltazar") == [
        "31 Poniente 77, San Baltazar"
    ]


def test_the_place_line_of_a_persons_signature_or_contact_card():
    recognizer = MxAddressRecognizer()
    card = "Gracias.\n\nRebeca Solís Amaro\nCol. Las Huertas, Tijuana\n664 210 7788"
    assert found(recognizer, card) == ["Col. Las Huertas, Tijuana"]
    quoted = "> Saludos\n> Efraín Quiñones\n> Tlalpan, CDMX"
    assert found(recognizer, quoted) == ["Tlalpan, CDMX"]
    assert found(recognizer, "Atte.\nDamián Ortega Ruiz\nHermosillo, Sonora\n") == [
        "Hermosillo, Sonora"
    ]


def test_an_office_or_title_line_above_the_place_is_no_personal_card():
    recognizer = MxAddressRecognizer()
    assert found(recognizer, "Atentamente\nLic. Irma Cota\nVocal Secretaria\nTepic, Nayarit") == []
    assert found(recognizer, "Saludos,\nJunta Distrital Ejecutiva\nTepic, Nayarit") == []
    assert found(recognizer, "Muchas gracias por todo\nTepic, Nayarit") == []


def test_colonia_and_town_when_a_person_introduces_herself():
    recognizer = MxAddressRecognizer()
    text = "Soy su hermana, Leticia Bravo, de la colonia El Mirador en Irapuato."
    assert found(recognizer, text) == ["colonia El Mirador en Irapuato"]
    gossip = "la misma muchacha de la Col. Las Flores en Toluca, yo la vi"
    assert found(recognizer, gossip) == []
    group = "Los vecinos de la colonia Lomas Verdes, Tercera Sección, solicitamos la visita"
    assert found(recognizer, group) == []


def test_a_home_named_by_its_town_alone():
    recognizer = MxAddressRecognizer()
    assert found(recognizer, "me mandaron la credencial a mi casa en Houston pero no llega") == [
        "Houston"
    ]
    assert found(recognizer, "estuve en mi casa en Semana Santa y no pude ir") == []
    assert found(recognizer, "vivo en Houston desde hace años") == ["Houston"]


def test_addresses_in_quebec_and_spain():
    recognizer = MxAddressRecognizer()
    text = "Mi dirección es 4410 rue Beaubien Est, app. 7, Montréal (Québec). Merci."
    assert found(recognizer, text) == ["4410 rue Beaubien Est, app. 7, Montréal (Québec)"]
    spain = "Mi domicilio es Calle de Toledo 52, 3.º A, 28005 Madrid.\n\nGracias"
    assert found(recognizer, spain) == ["Calle de Toledo 52, 3.º A", "Madrid"]


def test_references_line_under_a_form_address():
    recognizer = MxAddressRecognizer()
    text = (
        "Domicilio: Calle Nogal 8, Col. Centro, Tuxpan, Veracruz\n"
        "Referencias: portón verde, frente a la cancha de básquet.\n"
        "Contacto: hija"
    )
    assert found(recognizer, text) == [
        "Calle Nogal 8, Col. Centro, Tuxpan, Veracruz",
        "portón verde, frente a la cancha de básquet",
    ]
    alone = "Referencias: ninguna, el trámite se hizo en el módulo."
    assert found(recognizer, alone) == []


def test_numbered_sections_are_names_not_house_numbers():
    recognizer = MxAddressRecognizer()
    event = "10:00 Instalación en la plaza de la ranchería El Cedro 2da. Sección.\n12:00 Cierre"
    assert found(recognizer, event) == []
    assert found(recognizer, "vivo en la Ranchería El Cedro 2da. Sección, Comalcalco, Tab.") == [
        "Ranchería El Cedro 2da. Sección, Comalcalco, Tab"
    ]
    text = "el domicilio de mi cuñada en la Octava Sección, y ahí voto"
    assert found(recognizer, text) == ["Octava Sección"]
    assert found(recognizer, "Soy de la Octava Sección, que es un barrio grande") == []
    sector = "Calle Rubí 14, Mirador 3er. Sector, Saltillo – 6 registros"
    assert found(recognizer, sector) == ["Calle Rubí 14, Mirador 3er. Sector, Saltillo"]


def test_ones_own_village_with_its_municipality():
    recognizer = MxAddressRecognizer()
    text = "En nuestra comunidad de Xalcuatla, municipio de Tlanchinol, pasaron pidiendo fotos"
    assert found(recognizer, text) == ["comunidad de Xalcuatla, municipio de Tlanchinol"]
    other = "En la comunidad de Xalcuatla, municipio de Tlanchinol, pasaron pidiendo fotos"
    assert found(recognizer, other) == []


def test_town_and_landmarks_said_after_the_address():
    recognizer = MxAddressRecognizer()
    text = "vivimos en calle Morelos sin número, barrio La Cruz, ahí en Tixtla. Gracias"
    assert found(recognizer, text) == ["calle Morelos sin número, barrio La Cruz, ahí en Tixtla"]
    rural = "ella vive en paraje Los Pinos, casa de lámina junto a la iglesia, municipio de Oxchuc"
    assert found(recognizer, rural) == [
        "paraje Los Pinos, casa de lámina junto a la iglesia, municipio de Oxchuc"
    ]
    assert found(recognizer, "vive en Privada Olmo 5 casi esquina con Fresno, Col. Centro") == [
        "Privada Olmo 5 casi esquina con Fresno, Col. Centro"
    ]
    assert found(recognizer, "pues ya vives aca en la Portales, en Odesa 45 depto 2\nok") == [
        "la Portales, en Odesa 45 depto 2"
    ]


def test_domicile_phrase_after_a_public_place_in_the_same_sentence():
    text = (
        "Rodrigo Valdés Luna, aspirante a la presidencia municipal de Pueblo Viejo, nombrando "
        "abogado al Lic. Tomás Ibarra, y señalando como domicilio para oír y recibir "
        "notificaciones en la capital el ubicado en Calle Nogal Negro 402 Ote., Zona Centro, "
        "Saltillo, Coah., promuevo el presente juicio."
    )
    assert found(MxAddressRecognizer(), text) == [
        "Calle Nogal Negro 402 Ote., Zona Centro, Saltillo, Coah"
    ]


def test_answer_to_where_do_you_live_in_a_transcript():
    recognizer = MxAddressRecognizer()
    call = (
        "Operadora: ¿Dónde vive usted?\n"
        "Ciudadano: En el barrio de arriba, junto al panteón, en San Isidro, ahí me ubican."
    )
    assert found(recognizer, call) == ["barrio de arriba, junto al panteón, en San Isidro"]
    chat = "—¿Dónde vives?\n—En la colonia Los Álamos, atrás del mercado."
    assert found(recognizer, chat) == ["colonia Los Álamos, atrás del mercado"]
    # An answer that names no home is not an address.
    assert found(recognizer, "Operadora: ¿Dónde vive usted?\nSeñor: No le sé decir.") == []


def test_a_colonia_where_something_happens_is_a_place():
    recognizer = MxAddressRecognizer()
    text = "En la colonia Lomas Verdes de Tlaxcala andan regalando 300 pesos por firma."
    assert found(recognizer, text) == []
    text = "en la Col. Centro de Apizaco reparten despensas a cambio de la credencial"
    assert found(recognizer, text) == []
    assert found(recognizer, "vivo en calle Pino 12, colonia Centro, cobrando la renta") == [
        "calle Pino 12, colonia Centro"
    ]


def test_a_corner_after_a_school_named_by_abbreviations_is_the_venue():
    text = (
        'Tu casilla: 1204 B, Esc. Prim. "Lic. Benito Juárez", calle Allende esq. Morelos. '
        "Preséntate a las 7:30."
    )
    assert found(MxAddressRecognizer(), text) == []


def test_the_town_where_someone_lives_is_part_of_the_address():
    recognizer = MxAddressRecognizer()
    assert found(recognizer, "Soy de Sahuayo, Michoacán, pero vivo en Fresno desde 2011.") == [
        "Fresno"
    ]
    assert found(recognizer, "Les escribo desde Lyon, donde resido desde 2020.") == ["Lyon"]
    assert found(recognizer, "ya vivo aquí en Phoenix hace 8 años") == ["Phoenix"]
    assert found(recognizer, "my card has my old address but now I live in Omaha. Help") == [
        "Omaha"
    ]
    assert found(recognizer, "Buenas noches, le escribo desde Yuma, Arizona. Mi hermana") == [
        "Yuma, Arizona"
    ]
    assert found(recognizer, "nos cambiamos de Tecomán a la ciudad de Colima. Ya") == [
        "Tecomán",
        "ciudad de Colima",
    ]
    assert found(recognizer, "me llegó la carta a mi depa en Lisboa. Gracias") == ["Lisboa"]
    assert found(recognizer, "habla Remigio, de aquí de Sabancuy, municipio del Carmen. Oiga") == [
        "Sabancuy, municipio del Carmen"
    ]
    assert found(recognizer, "Vivo en Ensenada, en la colonia Valle Dorado. Quiero") == [
        "Ensenada, en la colonia Valle Dorado"
    ]
    assert found(recognizer, "VIVO EN TORREON, COAHUILA. GRACIAS") == ["TORREON, COAHUILA"]


def test_a_state_a_country_an_origin_or_a_trip_is_no_home_town():
    recognizer = MxAddressRecognizer()
    assert found(recognizer, "Ahora vivo en la incertidumbre, nadie me contesta.") == []
    assert found(recognizer, "Vivo en Texas desde hace años") == []
    assert found(recognizer, "vivo en España y no me llega nada") == []
    assert found(recognizer, "vivo en México, soy de Zamora, Michoacán") == []
    assert found(recognizer, "Vivo en Baja California Sur") == []
    assert found(recognizer, "soy originaria del puerto de Veracruz") == []
    assert found(recognizer, "salí desde Celaya a las cinco de la mañana") == []
    assert found(recognizer, "habla Cirenio, de aquí de la Sierra Gorda. Mire") == []


def test_a_street_named_after_a_meeting_at_home_and_a_colonia_one_stays_in():
    recognizer = MxAddressRecognizer()
    chat = "[19:02] Lupe: los espero en mi casa a las 7, Zaragoza 118, y de ahí nos vamos"
    assert found(recognizer, chat) == ["Zaragoza 118"]
    assert found(recognizer, "pero si sigues en la Moctezuma con tu mamá") == ["la Moctezuma"]
    assert found(recognizer, "ya estoy en la oficina") == []


def test_a_notifications_heading_a_country_label_and_a_fare_are_no_address():
    recognizer = MxAddressRecognizer()
    form = (
        "3. DOMICILIO O MEDIO PARA RECIBIR NOTIFICACIONES\n"
        "Calle y número: CDA. LAUREL 9\nColonia: LOS PINOS"
    )
    assert not any("NOTIFICACIONES" in value for value in found(recognizer, form))
    text = "Domicilio en Chile: Carrera 12 # 30-15, apto. 4, Providencia"
    assert found(recognizer, text) == ["Carrera 12 # 30-15, apto. 4, Providencia"]
    assert found(recognizer, "hay que bajar a la carretera y pagar 80 pesos de pasaje") == []


def test_catalan_floor_an_appointment_venue_and_cancun_regions():
    recognizer = MxAddressRecognizer()
    assert found(recognizer, "Dirección: Carrer de Mallorca 41, 2n 1a, 08029 Barcelona") == [
        "Carrer de Mallorca 41, 2n 1a",
        "Barcelona",
    ]
    office = "Gracias, Rosa. Tu cita quedó para el lunes a las 9 h en Av. Hidalgo 410, Col. Centro."
    assert found(recognizer, office) == []
    letter = "Pido una nueva cita.\n\nMaricruz Pech Cauich\nSM 64, Cancún\nCel. 998 301 2244"
    assert found(recognizer, letter) == ["SM 64, Cancún"]


def test_headings_and_counts_after_domicilio_are_not_addresses():
    recognizer = MxAddressRecognizer()
    form = "CÉDULA DE VERIFICACIÓN DE DOMICILIO (campo)\nClave de la cédula: VD-09-15-0233"
    assert found(recognizer, form) == []
    heading = "ANUENCIA PARA CASILLA EN DOMICILIO PARTICULAR\nSección: 1044   Distrito: 02, Durango"
    assert found(recognizer, heading) == []
    assert found(recognizer, "Ciudadanos registrados en el domicilio: 11\nResultado: baja") == []


def test_a_question_mark_ends_a_public_place_before_a_home_address():
    text = (
        "el consulado me pide comprobante de domicilio en México?? I don't have one, mi address "
        "es aquí: 8814 Bellfort Ave Apt 12, Houston, TX 77061."
    )
    assert found(MxAddressRecognizer(), text) == ["8814 Bellfort Ave Apt 12, Houston, TX"]


def test_abbreviated_given_names_and_yucatan_numbers_inside_a_street():
    recognizer = MxAddressRecognizer()
    text = "vivo en Av. Fco. Javier Mina 512 Nte., Col. Centro, Gómez Palacio"
    assert found(recognizer, text) == ["Av. Fco. Javier Mina 512 Nte., Col. Centro, Gómez Palacio"]
    text = "Domicilio anterior: C. 59 #498 x 56 y 58, CENTRO, MÉRIDA, YUC.\nDomicilio actual"
    assert found(recognizer, text) == ["C. 59 #498 x 56 y 58, CENTRO, MÉRIDA, YUC"]


def test_a_last_known_address_is_a_domicile_phrase_not_a_rural_home():
    text = (
        "no fue posible notificar en su último domicilio conocido, ubicado en Callejón del "
        "Tecolote 7, Zona Centro, Guanajuato, donde nadie atendió"
    )
    assert found(MxAddressRecognizer(), text) == [
        "Callejón del Tecolote 7, Zona Centro, Guanajuato"
    ]


def test_a_home_after_a_public_place_in_the_same_sentence():
    recognizer = MxAddressRecognizer()
    text = (
        "en los estrados de la Junta Local, sita en Av. Juárez 10, Centro, se notifica al C. "
        "Leonel Quintero en su último domicilio conocido, ubicado en Calle Pino 7, Centro, León."
    )
    assert found(recognizer, text) == ["Calle Pino 7, Centro, León"]
    text = (
        "la casilla se instalará en el domicilio del C. Fidencio Arias, ubicado en calle "
        "Gregorio Méndez s/n, Ranchería Arroyo Hondo, municipio de Cárdenas."
    )
    assert found(recognizer, text) == [
        "calle Gregorio Méndez s/n, Ranchería Arroyo Hondo, municipio de Cárdenas"
    ]


def test_streets_numbered_with_a_hash_and_the_person_after_them():
    text = "Reporte: Pípila #14, Sra. Remedios Trujillo, sí nos recibió. Ticket #88217 cerrado."
    assert found(MxAddressRecognizer(), text) == ["Pípila #14"]
    text = "residing at 508 W. Nolana Loop, Pharr, Texas 78577, in his immigration matter"
    assert found(MxAddressRecognizer(), text) == ["508 W. Nolana Loop, Pharr, Texas"]


def test_a_polling_place_after_a_titled_school_name_is_public():
    text = (
        '1. Casilla 4521 B (Escuela Primaria "Profra. Rosario Castellanos", calle Oriente 172 '
        "esq. Norte 21): se retrasó la instalación."
    )
    assert found(MxAddressRecognizer(), text) == []


def test_the_code_announced_after_an_address_ends_it():
    text = "vivo en calle hidalgo numero 412 colonia obregon en leon el codigo es 37320"
    assert found(MxAddressRecognizer(), text) == [
        "calle hidalgo numero 412 colonia obregon en leon"
    ]


def test_a_letters_place_and_date_line_is_not_a_home():
    recognizer = MxAddressRecognizer()
    assert (
        found(recognizer, "Ranchería El Aguaje a 2 de marzo\n\nAl Instituto Nacional Electoral")
        == []
    )
    text = "Calle Hidalgo 12, Col. Centro, Toluca, a 3 de mayo de 2025"
    assert found(recognizer, text) == ["Calle Hidalgo 12, Col. Centro, Toluca"]


def test_a_quoted_sentence_ends_before_the_home_address():
    text = (
        'voté en la casilla que ponen en la Primaria Cuauhtémoc, pero me dice "no se encontró '
        'registro". Sigo viviendo en Av. Río Nazas 1540, col. Pueblo Nuevo, Mexicali.'
    )
    assert found(MxAddressRecognizer(), text) == ["Av. Río Nazas 1540, col. Pueblo Nuevo, Mexicali"]


def test_pueblas_numbered_streets_on_a_voter_card():
    text = "CERVANTES LUGO ARACELI\nC 14 SUR 3907\nCOL HUMBOLDT\nPUEBLA PUE"
    assert found(MxAddressRecognizer(), text) == ["C 14 SUR 3907\nCOL HUMBOLDT\nPUEBLA PUE"]
    assert found(MxAddressRecognizer(), "Atentamente C. Rosa Ruiz 2025") == []


def test_a_last_known_address_a_court_asks_about_is_personal():
    text = (
        "informe a este juzgado el domicilio que tenga registrado el demandado, quien no fue "
        "localizado en el último domicilio conocido (calle Nicolás Bravo 214, Barrio de San "
        "Sebastián, Toluca), apercibido que"
    )
    assert found(MxAddressRecognizer(), text) == [
        "calle Nicolás Bravo 214, Barrio de San Sebastián, Toluca"
    ]


def test_a_quoted_csv_cell_ends_the_address():
    text = '1,"Calle Hidalgo 12, Col. Centro",Toluca,Juan Pérez'
    assert found(MxAddressRecognizer(), text) == ["Calle Hidalgo 12, Col. Centro"]


def test_a_module_directory_row_with_hours_and_a_year_after_a_home():
    text = "130151 | Pachuca | Blvd. Felipe Ángeles 1120, Col. Venta Prieta | L-V 8:00-20:00"
    assert found(MxAddressRecognizer(), text) == []
    assert found(MxAddressRecognizer(), "el huracán se llevó mi casa en 2024 y todo") == []


def test_one_persons_neighbourhood_but_not_a_groups():
    recognizer = MxAddressRecognizer()
    text = "zapoteca y vecina de la comunidad de San Miguel del Valle, municipio de Tlacolula"
    assert found(recognizer, text) == ["comunidad de San Miguel del Valle, municipio de Tlacolula"]
    text = "Soy Santiago Ferrer, vecino de la colonia Pedregal de Santo Domingo. Quiero"
    assert found(recognizer, text) == ["colonia Pedregal de Santo Domingo"]
    assert found(recognizer, "los vecinos de la colonia Satélite, Naucalpan, pedimos") == []
