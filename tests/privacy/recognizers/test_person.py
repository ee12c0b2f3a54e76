"""The person recognizer through the real engine (spaCy NER included) and on its own."""

import pytest

from sufragio.privacy.engine import get_engine
from sufragio.privacy.recognizers.person import MxPersonRecognizer
from tests.privacy.recognizers.helpers import found


def persons(text: str) -> list[str]:
    return [text[e.start : e.end] for e in get_engine().analyze(text) if e.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Buenas tardes, mi nombre es Juan Carlos Mendoza Ruiz.", "Juan Carlos Mendoza Ruiz"),
        (
            "La que suscribe, Rosa María Villalobos Cárdenas, con CURP",
            "Rosa María Villalobos Cárdenas",
        ),
        (
            "en representación de la C. Ana Sofía Quintero Beltrán, personalidad",
            "Ana Sofía Quintero Beltrán",
        ),
        ("YO JOSE LUIS TREVIÑO GARZA VENGO A PEDIR QUE ME DEN DE BAJA", "JOSE LUIS TREVIÑO GARZA"),
        ("buenas noches, me llamo itzel martinez cruz y", "itzel martinez cruz"),
        (
            "Sin más por el momento.\n\nAtentamente\nMaría del Carmen López Figueroa",
            "María del Carmen López Figueroa",
        ),
    ],
)
def test_names_after_triggers_in_every_style(text, name):
    assert name in persons(text)


def test_whatsapp_sender_is_found_on_every_line():
    text = "[09:14] Lupita: buenas\n[09:15] Lupita: se llama Pedro Canul Pech"
    assert persons(text) == ["Lupita", "Lupita", "Pedro Canul Pech"]


def test_form_fields():
    text = "Nombre(s): Ernesto\nApellido paterno: Zavala\nApellido materno: Ibarra\n"
    assert found(MxPersonRecognizer(), text) == ["Ernesto", "Zavala", "Ibarra"]


@pytest.mark.parametrize(
    "text",
    [
        "C. Consejero Presidente del Instituto Nacional Electoral\nP r e s e n t e",
        "el Consejo General y la Sala Superior del Tribunal Electoral resolvieron",
        "Buenas tardes.\nGracias de antemano.\nATENTAMENTE\nLa Vocalía Ejecutiva",
        "Distribuidora del Sol de Oriente, S.A. de C.V. entregó el material.",
    ],
)
def test_institutions_offices_and_common_words_are_not_people(text):
    assert persons(text) == []


def test_form_blocks_and_split_surname_fields():
    credential = "NOMBRE\nOCAMPO\nTINOCO\nMARCELINO\nDOMICILIO\nC HIDALGO 4"
    assert found(MxPersonRecognizer(), credential) == ["OCAMPO", "TINOCO", "MARCELINO"]
    form = "Primer apellido: De la Garza\nSegundo apellido: LEÓN"
    assert found(MxPersonRecognizer(), form) == ["De la Garza", "LEÓN"]


def test_more_triggers():
    assert "Ocampo" in found(MxPersonRecognizer(), "soy Nicanor, de apellido Ocampo, y llamo")
    assert "Tinoco" in found(MxPersonRecognizer(), "el profe Tinoco era el presidente de casilla")
    assert "Paula Ibarra" in found(MxPersonRecognizer(), "el recibo a nombre de Paula Ibarra")


def test_a_role_and_an_acronym_are_not_a_person():
    assert found(MxPersonRecognizer(), "[10:02] Asesor INETEL: buenas tardes") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("me lo dijo mi compadre el Chueco, que trabaja ahí", "Chueco"),
        ("dile que vas de parte de la sobrina de Tencha", "Tencha"),
        ("[08:12] Tío Beto: ya voté\n[08:13] Lalo: yo también", "Beto"),
        ("[21:40] Profe Jacinta: mañana hay junta", "Jacinta"),
        ("Nos vemos el domingo.\nUn abrazo,\nNena", "Nena"),
        ('en la lista aparezco como "Maricela Ibarra" y soy Marisela', "Maricela Ibarra"),
        ("@pepe_loza77 qué vergüenza lo de la casilla", "pepe_loza77"),
    ],
)
def test_nicknames_kin_chat_roles_closings_and_handles(text, name):
    assert name in found(MxPersonRecognizer(), text)


def test_lower_case_names_after_me_llamo_and_soy():
    assert "rosalba quintero" in found(MxPersonRecognizer(), "hola me llamo rosalba quintero")
    assert "maria lopez" in found(MxPersonRecognizer(), "buenas, soy maria lopez de Tlaxcala")
    assert found(MxPersonRecognizer(), "soy de oaxaca y vivo aqui") == []


def test_places_named_after_people_and_institutional_handles_are_not_persons():
    assert persons("Me atendieron en el Hospital General Dr. Manuel Gea González.") == []
    assert persons("Estudia en la Escuela Primaria Profr. Rafael Ramírez Castañeda.") == []
    assert found(MxPersonRecognizer(), "Lo publicó @INEMexico en su cuenta") == []
    assert persons("Publicación de Facebook: se busca a la familia") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Les mando la copia de mi credencial.\n\nMaru", "Maru"),
        ("Les reenvío el folio que pidieron.\nJL", "JL"),
        ("Te mando el acta.\n\nEustolio Barraza", "Eustolio Barraza"),
        ("Let me know cuando esté lista.\nThanks, Tavo", "Tavo"),
        ("solicito la reposición.\n\n(Rúbrica)\nAUDELIA CORTÉS M.", "AUDELIA CORTÉS M."),
    ],
)
def test_signatures_on_the_last_line(text, name):
    assert name in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "Quedo pendiente.\nSaludos",
        "Reporte final.\nPendiente",
        "Quedo atenta.\nEnviado desde mi iPhone",
        "Gracias!!\nJUNTA DISTRITAL 05",
    ],
)
def test_closings_replies_and_offices_on_the_last_line_are_not_signatures(text):
    assert persons(text) == []


def test_vocatives_opening_a_line():
    assert persons("Asunto: pendientes\n\nRafa, te paso los folios del lunes.") == ["Rafa"]
    assert persons("Leo, te comparto el acta de la sesión.") == ["Leo"]
    assert persons("Leo el artículo 41 de la Constitución y no entiendo.") == []
    assert persons("Además, te comento que ya llegó.") == []
    assert persons("Buenas.\nAsimismo, te comento que ya llegó.\nMija, ya llegó el paquete.") == []
    assert persons("Puebla, a 3 de marzo de 2025") == []


def test_nicknames_after_an_article_and_soy_el():
    assert persons("oye dile a la Susy que ya llegó su credencial") == ["Susy"]
    assert "Chato Barragán" in persons("ey Toño soy el Chato Barragán, ya voté")
    assert persons("Buenas, soy la Responsable de Enlace del comité") == []
    assert found(MxPersonRecognizer(), "yo soy el  ") == []


def test_lists_of_names_after_a_plural_relation():
    text = "Vivimos en Tepic. Mis nietos Iker, Dafne y Maximino ya tienen credencial."
    assert found(MxPersonRecognizer(), text) == ["Iker", "Dafne", "Maximino"]


def test_json_name_fields_and_surnames_that_are_place_words():
    text = '{"nombre": "Rebeca", "primer_apellido": "Del Valle", "segundo_apellido": "de la Vega"}'
    assert persons(text) == ["Rebeca", "Del Valle", "de la Vega"]
    form = "Apellido paterno: DE LA SIERRA\nApellido materno: UC\nNombre(s): JACINTA"
    assert found(MxPersonRecognizer(), form) == ["DE LA SIERRA", "UC", "JACINTA"]


def test_office_acronyms_stay_outside_chat_names():
    text = "[09:01] SE Maribel Ochoa: buen día\n[09:02] Toño CAE 🙋: ya voy"
    assert persons(text) == ["Maribel Ochoa", "Toño"]
    assert persons("Llamante: soy CAE de la ZORE 7 en el distrito 03.") == []
    assert persons("C. MAGISTRADAS Y MAGISTRADOS DEL TRIBUNAL ELECTORAL\nP R E S E N T E S") == []


def test_a_chat_members_name_in_lower_case():
    text = "[10:00] Paty Solano: ¿ya votaste?\n[10:01] Beto: sí paty, ya"
    assert persons(text) == ["Paty Solano", "Beto", "paty"]


def test_streets_and_places_named_like_people():
    assert persons("La oficina está en Margarita 14, Col. Jardines del Sur.") == []
    assert persons("La casilla estará en el Jardín de Niños Juana Ocampo, junto al mercado.") == []
    assert persons("puede renovarla en el módulo de Trinidad García de la Cadena.") == []


def test_a_name_repeated_as_a_city_after_a_capitalised_article_is_not_redacted():
    text = "mi tía Paz se mudó a La Paz el año pasado"
    assert [(e.start, e.end) for e in get_engine().analyze(text) if e.type == "PERSON"] == [(7, 10)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("EXPEDIENTE: SX-JDC-0110/2031\nACTORA: ROSWITHA OCHOTORENA\n", "ROSWITHA OCHOTORENA"),
        ("RAP-PROMOVENTE: YUNUEN TLATELPA\nASUNTO: recurso", "YUNUEN TLATELPA"),
        ("QUEJOSA: Dálida Rubicel Tenorio\nAUTORIDAD: Junta Distrital", "Dálida Rubicel Tenorio"),
        ("TERCERO INTERESADO: Fausto Medellín Arce\n", "Fausto Medellín Arce"),
        ("DENUNCIANTE: Azarel Quiñonero\nDENUNCIADO: Partido X", "Azarel Quiñonero"),
    ],
)
def test_parties_after_legal_labels_in_writs(text, name):
    assert name in found(MxPersonRecognizer(), text)


def test_lists_after_plural_honorifics():
    text = "en representación de los señores Wilhelm Dyck Enns y Aganetha Wiebe, vecinos de"
    assert found(MxPersonRecognizer(), text)[:2] == ["Wilhelm Dyck Enns", "Aganetha Wiebe"]
    text = "comparecen las ciudadanas Yatzil Canul y Noemí Ek a solicitar"
    assert {"Yatzil Canul", "Noemí Ek"} <= set(persons(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("lo firmó el C. Pietro Bianchi Lozano como testigo", "Pietro Bianchi Lozano"),
        ("atendió a Heinrich Klassen Friesen en ventanilla", "Heinrich Klassen Friesen"),
        ("y luego pasó Ramiro Wong Leyva por su credencial", "Ramiro Wong Leyva"),
        ("el vecino Eleuterio Huchim Tzuc ya votó", "Eleuterio Huchim Tzuc"),
        ("Para: Citas\nDe: Nicte-Ha Canul <nh@correo.example>", "Nicte-Ha Canul"),
    ],
)
def test_foreign_mennonite_maya_and_hyphenated_names(text, name):
    assert name in persons(text)


def test_a_quoted_nickname_inside_a_name_after_a_trigger():
    text = 'como la señora Margaretha "Greta" Loewen, que no maneja'
    assert 'Margaretha "Greta" Loewen' in found(MxPersonRecognizer(), text)


def test_ocr_credential_labels_with_zeros():
    credential = "CREDENCIAL PARA V0TAR\nN0MBRE\nKUK\nPOOT\nAURELIANO\nD0MICILIO\nC 12 S/N"
    assert found(MxPersonRecognizer(), credential) == ["KUK", "POOT", "AURELIANO"]


def test_agents_and_nicknames_from_looks():
    assert "Zyanya" in persons("El acta, enviada por Zyanya, llegó tarde.")
    assert "Rosalba" in persons("ayer le pregunté a Rosalba si ya abrió el módulo")
    assert persons("El oficio fue enviado por Oficialía de Partes.") == []
    assert "Güero" in persons("[20:01] Nacho: y el Güero ya sacó su credencial?")
    assert persons("Compré en Abarrotes La Güera de la esquina.") == []


@pytest.mark.parametrize(
    "text",
    [
        "conforme a la Ley para la Inclusión de las Personas con Discapacidad del estado",
        "la Casa de Cultura de Zumpango abre a las 9",
        "Programa: Detección de Situaciones Registrales Atípicas",
        "lo reportamos a la Dirección de Desarrollo Urbano del municipio",
        "Razón social: Distribuidora Agrícola del Mayo, S.A. de C.V.",
        "Atentamente\nVECINOS DE LA COLONIA LAS PALMAS",
        "Felipe Carrillo Puerto, Q. Roo, 3 de mayo de 2031",
        "los módulos de Guachochi y Guadalupe y Calvo",
        "Tuxpan (San Andrés Tenejapan), Veracruz",
        'la casilla del Jardín de Niños "Rosario Castellanos".',
        'el Hospital General de Zona "Dr. Aurelio Ortega Ruiz" atendió',
        "Sigue a @ineoaxaca y @tepjf_oficial para más información",
        "nos vemos en la esquina con Allende a las 5",
    ],
)
def test_titles_offices_companies_headings_and_towns_are_not_people(text):
    assert persons(text) == []


def test_a_chat_senders_role_in_parentheses_is_not_part_of_the_name():
    text = "[18:02] Don Anselmo (jefe de cuadra): mañana viene el módulo"
    assert persons(text) == ["Anselmo"]


def test_a_town_and_state_after_a_name_are_not_part_of_it():
    assert persons("buenas tardes soy Rigoberto Salas Ponce de Jerez Zacatecas, perdí") == [
        "Rigoberto Salas Ponce"
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Mi credencial salió con el apellido mal: dice BARAJAS y mi apellido correcto es "
            "VARAJAS, con V.",
            ["BARAJAS", "VARAJAS"],
        ),
        (
            "a mi papá le pusieron mal el nombre, aparece Eusevio con v y en su acta es Eusebio.",
            ["Eusevio", "Eusebio"],
        ),
        ("Hay un error en mi nombre: salió Dayanna y el correcto es Dayana.", ["Dayanna"]),
    ],
)
def test_both_spellings_in_a_letter_about_a_misspelt_name(text, names):
    found_names = persons(text)
    assert all(name in found_names for name in names)


def test_spelling_words_name_no_one_outside_a_correction_letter():
    text = "El aviso dice Vigente hasta 2031 y aparece Pendiente el trámite."
    assert persons(text) == []


def test_a_status_after_aparece_como_is_not_a_name():
    assert persons("En el padrón aparezco como afiliada a un partido y como vigente.") == []
    assert "maria lopes" in persons('en el sistema aparezco como "maria lopes" y no es así')


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("El señor que me llamó dijo llamarse Yordi y colgó.", "Yordi"),
        ("Mi vecino, al que le dicen Chamuco, también perdió su credencial.", "Chamuco"),
        ("Una señora que se hace llamar Doña Queta cobra por los trámites.", "Queta"),
    ],
)
def test_what_people_are_called_by_others(text, name):
    assert name in persons(text)


def test_le_dicen_que_names_no_one():
    assert persons("en el módulo le dicen que regrese mañana") == []


def test_a_signature_after_an_english_closing_with_several_exclamation_marks():
    assert "Tachi" in persons("Can I renew it from abroad? Thanks a lot!!!\nTachi")


def test_ocr_garbled_labels_and_two_fields_on_a_line():
    text = "Apeliido paterno: HUITRÓN    Apellido materno: TLATELPA\nN0mbre(s): EVERARDO\nSexo: H"
    assert found(MxPersonRecognizer(), text) == ["HUITRÓN", "TLATELPA", "EVERARDO"]


def test_surname_lines_stacked_above_a_given_name_line():
    text = "CREDENCIAL PARA VOTAR\nSALGADO\nDE LA PEÑA\nROSA ELENA\nDOMICILIO\nAV. SIEMPRE 12"
    assert persons(text) == ["SALGADO\nDE LA PEÑA\nROSA ELENA"]


def test_a_heading_above_a_name_line_is_not_a_surname():
    assert persons("INSTRUCCIONES\nMARÍA GUADALUPE") == ["MARÍA GUADALUPE"]


@pytest.mark.parametrize(
    "text",
    [
        "Por encargo de nuestro cliente, Quiroga, Lemus y Asociados, S.C. pregunta si",
        "Envío el escrito de Bautista Carranza Abogados sobre la queja.",
        "La empresa Olvera Hermanos, S.A. de C.V. pide información",
    ],
)
def test_law_firms_and_family_companies_are_not_people(text):
    assert persons(text) == []


def test_a_person_called_a_lawyer_is_still_a_person():
    text = "Los suscritos, Aurelio Vidal Ponce y Mariela Fuentes Olmos, abogados de la actora"
    assert persons(text) == ["Aurelio Vidal Ponce", "Mariela Fuentes Olmos"]


def test_the_business_under_a_signature_is_not_part_of_the_name():
    text = "Saludos\n--\nHoracio Tapia Lugo\nTaquería El Buen Pastor\nTel. 55 1234 0000"
    assert persons(text) == ["Horacio Tapia Lugo"]


@pytest.mark.parametrize(
    "text",
    [
        "Pedro Escobedo, Qro., a 4 de marzo de 2031\nAl INE:",
        "Juchitán de Zaragoza Oax. a 9 de 0ct. 2031",
        "acudí al MAC 150633 (Ramón Corona Sur) a recoger mi credencial",
    ],
)
def test_towns_in_date_lines_and_module_names_are_not_people(text):
    assert persons(text) == []


def test_relations_and_agenda_items_are_not_chat_senders():
    chat = "[10:01] Mamá: ya llegó mi credencial\n[10:02] Mamá: gracias mijo"
    assert persons(chat) == []
    agenda = "09:00 Apertura: módulo listo\n13:30 Receso: comida del personal"
    assert persons(agenda) == []
    assert persons("[11:20] Yatziri: ya voy\n[11:25] Yatziri: listo") == ["Yatziri", "Yatziri"]


def test_a_name_called_out_after_an_interjection_in_a_chat():
    text = "[08:06] Raúl: ok Yaretzi, entonces atiende tú las entregas"
    assert "Yaretzi" in persons(text)
    assert persons("[08:07] Raúl: ok Perfecto, nos vemos\n[08:08] Raúl: oye Maestra, ya llegó") == [
        "Raúl",
        "Raúl",
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("En la sesión, el consejero Ballinas Yépez pidió la palabra.", "Ballinas Yépez"),
        ("la candidata Zárate no contestó la pregunta", "Zárate"),
        ("La alcaldesa Quevedo Tun inauguró la obra.", "Quevedo Tun"),
        ("el diputado federal Olguín Maza votó en contra", "Olguín Maza"),
        ("según el comisario ejidal Anselmo Pool, la asamblea", "Anselmo Pool"),
        ("la síndica procuradora Ledesma firmó el acta", "Ledesma"),
        ("la regidora Chela y el presidente municipal Ortuño Vela", "Ortuño Vela"),
    ],
)
def test_officials_named_by_office_and_surnames(text, name):
    assert name in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "la candidata del PAN no asistió al debate",
        "el candidato Independiente presentó su registro",
        "la Secretaria Particular del gobernador recibió el oficio",
        "Cargo: SEGUNDO SECRETARIO\nUbicación de la casilla: escuela primaria",
    ],
)
def test_an_office_before_institutions_parties_or_a_next_label_is_no_person(text):
    assert persons(text) == []


def test_names_on_campaign_propaganda():
    assert "TOÑO BERISTÁIN" in persons('se lee "VOTA POR TOÑO BERISTÁIN – ALCALDE 2031"')
    assert "Lupe Yáñez" in persons("en la barda dice: Vote por Lupe Yáñez")
    assert persons("la lona dice: vota por Fuerza y Unidad por el Pueblo") == []


def test_the_speaker_on_a_call_and_a_given_name_said_twice():
    text = "[Nota de voz] Buenas tardes, habla Eustolia, Eustolia Barragán Quiroz, le llamo porque"
    assert persons(text) == ["Eustolia", "Eustolia Barragán Quiroz"]
    assert "Rigo" in persons("sí, le habla Rigo de la papelería")
    assert persons("Mi abuela habla Náhuatl y español.") == []


def test_nicknames_after_le_dicen_with_an_article():
    assert "Tlacuache" in persons("el que cobra es uno que le dicen el Tlacuache, anda en moto")
    assert persons("le dicen la verdad a todos") == []


@pytest.mark.parametrize(
    "text",
    [
        "Vivo en Gómez Palacio, Durango, desde hace diez años.",
        "El debate en Ramos Arizpe fue muy tenso.",
        "mi hija vive en Dolores Hidalgo, Gto.",
        "Lugar: Junta Distrital 05, Martínez de la Torre, Ver.",
    ],
)
def test_towns_named_like_people_are_not_persons(text):
    assert persons(text) == []


def test_a_person_named_like_a_town_after_a_trigger_or_title_stays_a_person():
    assert persons("Mi nombre es Dolores Hidalgo Ruiz y vengo") == ["Dolores Hidalgo Ruiz"]
    assert "Guadalupe" in persons("la señora Guadalupe dice que no recibió nada")
    assert "Dolores Hidalgo" in persons("La señora Dolores Hidalgo vino ayer al módulo.")


def test_where_someone_is_from_is_not_part_of_the_name():
    text = "Hablé con Rosendo Uribe de Tlacotalpan y con Nereida Baños de Gómez Palacio."
    assert persons(text) == ["Rosendo Uribe", "Nereida Baños"]
    assert persons("soy Ana Lucía Ruiz de Lara") == ["Ana Lucía Ruiz de Lara"]


def test_schools_with_an_initial_media_outlets_and_demonyms_are_not_persons():
    assert persons('la casilla está en la Escuela Primaria "Manuel C. Tello".') == []
    assert persons("Soy reportera de Enlace Norteño. Quisiera una entrevista") == []
    assert persons("lo publicó Noticias Tapatías ayer") == []


def test_a_role_label_in_a_transcript_needs_a_known_name_after_it():
    transcript = "Entrevistadora: ¿Quién le dio el papel?\nCiudadano: Llegó una camioneta blanca."
    assert persons(transcript) == []
    assert "Anselmo Ríos Pech" in persons("Ciudadano: Anselmo Ríos Pech\nDomicilio: conocido")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "PRESENTE\n\nLEOPOLDO ZAMARRIPA OTEIZA, en mi carácter de autorizado",
            "LEOPOLDO ZAMARRIPA OTEIZA",
        ),
        ("Griselda Ontiveros Yépez, por mi propio derecho, ante usted", "Griselda Ontiveros Yépez"),
        ("C. Fermín Tadeo Urquidi, mexicano, mayor de edad, señalo", "Fermín Tadeo Urquidi"),
    ],
)
def test_a_writ_opening_with_the_writers_name_and_capacity(text, name):
    assert name in persons(text)


def test_a_capacity_phrase_mid_sentence_names_no_one():
    assert persons("La Secretaría Ejecutiva, en su carácter de órgano central, informa") == []


def test_initials_standing_for_a_victim_or_a_minor():
    text = "en agravio de la menor de iniciales T.A.Q., la Fiscalía solicita copia del registro"
    assert "T.A.Q." in persons(text)
    assert "R. M. L." in persons("la persona con iniciales R. M. L. acudió al módulo")


def test_names_listed_after_a_roster_label():
    text = (
        "Responsable: Ing. Anselma Tuyub Couoh\nOperadores: Fidencio Arjona Vela, Reyna Dzib May\n"
    )
    found_names = persons(text)
    assert "Anselma Tuyub Couoh" in found_names
    assert "Fidencio Arjona Vela" in found_names
    assert "Reyna Dzib May" in found_names
    assert persons("Asistentes: 14 personas de la colonia\nIntegrantes: Consejo Distrital") == []


def test_a_singular_speaker_role_in_a_transcript_is_not_a_roster():
    assert persons("Operador: Dígame, ¿en qué le ayudo?\nCiudadano: Quiero una cita.") == []


def test_a_stated_or_quoted_surname_however_short():
    assert "Ek" in persons("Mi CURP está bien (mi segundo apellido es Ek, con K) pero")
    text = 'En la lista nominal aparece mi primer apellido como "VAZKEZ" con K y Z.'
    assert "VAZKEZ" in persons(text)


def test_a_status_after_aparezco_como_in_capitals_is_not_a_name():
    assert persons("ME DIJERON QUE APAREZCO COMO FINADA EN EL SISTEMA") == []


def test_a_nickname_after_a_diminutive_relation():
    assert "Chencha" in persons("ya llevé a mi abuelita Chencha a tramitar su credencial")
    assert "Tacho" in persons("¿ya fue tu tiito Tacho al módulo?")


def test_script_roles_in_capitals_are_not_chat_senders():
    script = "NARRADORA: Si cambiaste de casa, avísanos.\nLOCUTOR: Acude a tu módulo.\n"
    script += "NARRADORA: Es gratis.\nLOCUTOR: Hasta pronto."
    assert persons(script) == []
    chat = "MARISOL: ya llegué\nMARISOL: estoy en la fila"
    assert persons(chat) == ["MARISOL", "MARISOL"]


def test_a_form_line_after_a_closing_is_not_a_signature():
    text = "¿Me pueden orientar? Gracias.\nPrefiere respuesta por: correo electrónico"
    assert persons(text) == []
    assert "Eulalia Cob" in persons("Saludos cordiales.\nEulalia Cob")


@pytest.mark.parametrize(
    "text",
    [
        "Presento queja con base en la Ley de Amparo y su reglamento.",
        "según la Ley General para la Atención de Víctimas, Reparación del Daño a Personas "
        "Desplazadas y Protección de Testigos, publicada",
        "vacante de Auxiliar en Depuración Cartográfica en la junta",
        "es Licenciada en Ciencias Políticas por la universidad estatal",
        "el Juzgado Tercero de lo Civil de Saltillo resolvió",
        "el juicio quedó radicado con residencia en Ciudad Victoria",
    ],
)
def test_law_titles_fields_of_study_and_courts_are_not_persons(text):
    assert persons(text) == []


def test_a_name_after_a_law_title_ended_by_a_verb_is_still_a_person():
    text = "De acuerdo con la Ley de Amparo, la abogada Rosalinda Chiquete Ibarra presentó"
    assert "Rosalinda Chiquete Ibarra" in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "datos por municipio (Hecelchakán, Candelaria, Tenabo) y por módulo",
        "el módulo móvil hará una visita a Jesús María la próxima semana.",
        "Soy originaria de Dolores Hidalgo y quiero cambiar mi domicilio.",
    ],
)
def test_towns_in_lists_and_after_going_to_or_coming_from(text):
    assert persons(text) == []


def test_the_word_iniciales_before_lower_case_words_names_no_one():
    assert persons("escriba sus iniciales en mayúscula en cada hoja") == []


def test_a_quoted_nickname_with_its_article_and_a_representative():
    text = 'el C. Rodolfo Inzunza, conocido como "el Pelón", Director de Obras'
    assert persons(text) == ["Rodolfo Inzunza", "Pelón"]
    assert persons("Cuidado, que el representante Urquijo graba todo.") == ["Urquijo"]


def test_a_nickname_in_parentheses_and_a_first_name_no_list_knows():
    text = 'Lo difundieron Yahir Cota ("El Yayo") y otros.'
    assert persons(text) == ["Yahir Cota", "Yayo"]
    text = "[10:01] Wendolyn Poot Chi: voy\n[10:02] Mary: ¿me esperas, Wendolyn?"
    assert "Wendolyn" in persons(text)[-1:]


def test_list_rows_of_names_written_surname_first_in_capitals():
    text = (
        "Visitas:\n1. ARREOLA QUIJANO, TEODORO — Cda. Nogal 3\n- OCHOA, MA. DE LA PAZ — no estaba"
    )
    assert persons(text) == ["ARREOLA QUIJANO, TEODORO", "OCHOA, MA. DE LA PAZ"]
    assert persons("ASUNTO: QUEJA, SE SOLICITA —") == []


def test_spellings_in_ocr_capitals_and_after_con_apellido():
    text = "SE C0RRIJA SU APELLID0 P0RQUE SALE C0M0 TEODORO ARREOLA, C0N CLAVE"
    assert persons(text) == ["TEODORO ARREOLA"]
    text = "Hay un error: mi credencial salió con apellido WIBE y en mi acta dice Wiebe."
    assert persons(text) == ["WIBE", "Wiebe"]


def test_surname_first_names_in_table_cells_and_role_fields_and_drafter_initials():
    text = "Consejería Electoral | OCHOA VELA, ADRIANA | [firma]\nSecretario/a: RUIZ PAZ, JOSÉ"
    assert persons(text) == ["OCHOA VELA, ADRIANA", "RUIZ PAZ, JOSÉ"]
    text = "Archivo/Minutario.\nJLM/AGR/mtz"
    assert get_engine().redact(text).text == "Archivo/Minutario.\n[NOMBRE]"
    assert persons("Votaron PAN/PRI/PRD\nSI/NO") == []


def test_a_name_in_quotes_after_a_long_institutions_name_is_the_institutions():
    text = 'maestra por el Instituto de Investigación y Capacitación Electoral "Ignacio Vallarta"'
    assert persons(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("buenas tardes señorita le habla rosendo chan uc de la comisaria", "rosendo chan uc"),
        ("la señora, conocida en su comunidad como Xpet, firmó", "Xpet"),
        ('{"nombre":"Ana","apellido1":"Tzec","apellido2":"Ku"}', "Tzec"),
        ("Atendió: Operador de Módulo, Lic. Marlene Ibarra Sotelo.", "Marlene Ibarra Sotelo"),
        ("DATOS\nAPELLID0 MATERN0: ESQUIVEL\nN0MBRE(S): ANA", "ESQUIVEL"),
    ],
)
def test_regional_and_ocr_shapes_of_names(text, name):
    assert name in persons(text)


def test_a_chat_label_with_an_initial():
    text = "Lucía M.: buenas, es el módulo?\nMódulo: sí, dígame\nLucía M.: gracias"
    assert "Lucía M." in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "mi hijo vive en Carolina del Norte",
        "cruzo diario por la Garita de San Ysidro",
        "No confundan con Costa Rica el país",
        'el consejo sesionará en la Casa de la Cultura "Efrén Hernández"',
        "Jornada de credencialización — Sábados y Domingos Consulares",
        "Los consejos municipales de Álamo Temapache, Tierra Blanca y Nicolás Romero",
    ],
)
def test_regional_places_and_days_are_not_persons(text):
    assert persons(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "y" after an institution's name joins a person, not more of the institution's name
        ("Presentes: Instituto Nacional Electoral y Ramón Ibarra Vidal", "Ramón Ibarra Vidal"),
        # surnames that are also words for places or things
        ("Me atendió la licenciada Costa, de apellido Costa.", "Costa"),
        ("Acudieron Rosa Puente Ibarra y otros vecinos.", "Rosa Puente Ibarra"),
    ],
)
def test_people_next_to_institutions_and_surnames_that_are_place_words(text, name):
    assert name in persons(text)
