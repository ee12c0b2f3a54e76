"""Addresses of offices, venues and companies are public; a domicile phrase is personal."""

from sufragio.privacy.public_addresses import is_public
from sufragio.privacy.text import fold


def public(text: str, at: str, label: bool = False) -> bool:
    folded = fold(text)
    return is_public(folded, text.index(at), label)


def test_office_address_is_public() -> None:
    assert public("La oficina se encuentra en Viaducto Tlalpan 100.", "Viaducto")


def test_venue_of_an_event_is_public() -> None:
    assert public("Registro del 1 al 30 en la calle Nogales 301.", "calle")


def test_office_word_with_a_personal_word_is_personal() -> None:
    assert not public("Trabajo en una oficina pero vivo en Calle Fresno 18.", "Calle")


def test_address_without_context_is_personal() -> None:
    assert not public("Me pueden encontrar en Calle Fresno 18.", "Calle")


def test_where_a_campaign_event_or_banner_was_seen_is_public() -> None:
    text = "un mitin realizado el 4 de mayo en la calle Allende esquina Morelos"
    assert public(text, "calle Allende")
    text = "El debate será en el Teatro Morelos, ubicado en calle Aldama s/n"
    assert public(text, "calle Aldama")
    text = "Vi una lona en mi casa de calle Allende 12"
    assert not public(text, "calle Allende")


def test_a_polling_place_row_and_a_town_halls_office_are_public() -> None:
    text = (
        "Sección: 1180   Tipo: Contigua 2   Domicilio de ubicación: calle Hidalgo 14, Col. Centro"
    )
    assert public(text, "calle Hidalgo")
    text = "diríjase a la Secretaría Municipal, ubicada en Av. Juárez s/n, Col. Centro"
    assert public(text, "Av. Juárez")


def test_an_offices_subdivision_is_public() -> None:
    text = "Bases en la Subdirección de Adquisiciones, Periférico Sur 4124, piso 6"
    assert public(text, "Periférico Sur")


def test_a_neighbour_or_a_notifiers_visit_makes_an_address_personal_near_an_office() -> None:
    text = "El módulo 260651 recibió de la C. Ana Ruiz, vecina de Calle Sonora 12, Col. Centro"
    assert not public(text, "Calle Sonora")
    text = "notificador de la Junta Local, me constituí en Calle Morelos 8, Col. Centro, buscando"
    assert not public(text, "Calle Morelos")
    text = "Cargo: PRESIDENTE   Casilla: C2\nDomicilio: Calle Hidalgo 4, Col. Centro"
    assert not public(text, "Calle Hidalgo", label=True)


def test_an_address_under_a_companys_letterhead_is_public() -> None:
    firm = "GARZA, ELIZONDO Y ASOCIADOS, S.C.\nAv. Lázaro Cárdenas 2400, Torre Norte piso 8"
    assert public(firm, "Av. Lázaro")
    plant = "TEXTILES DEL NORTE, S. DE R.L. DE C.V.\nR.F.C. TNO0305208A2\nAv. Tecnológico 1770"
    assert public(plant, "Av. Tecnológico")
    abroad = "LAW OFFICES OF RAMÍREZ & OCHOA, P.C.\n3550 Wilshire Blvd., Suite 1120"
    assert public(abroad, "3550")


def test_a_persons_rfc_or_name_above_an_address_keeps_it_personal() -> None:
    letter = "Juan Pérez López\nRFC: PELJ800101AB1\nCalle Hidalgo 12, Col. Centro, Toluca"
    assert not public(letter, "Calle Hidalgo")
    far = "TEXTILES DEL NORTE, S.A. DE C.V.\nMarisol Rangel Soto\nCalle Hidalgo 12"
    assert not public(far, "Calle Hidalgo")


def test_a_service_module_named_mac_is_an_office() -> None:
    text = "Tu credencial ya está disponible en el MAC 110851 (Blvd. López Mateos 1102 Ote., León)."
    assert public(text, "Blvd.")


def test_a_home_visit_and_a_notifier_at_the_door_are_personal() -> None:
    visit = "REGISTRO DE VISITA DOMICILIARIA del Padrón\nVivienda: Calle Chabacano 9, Col. Centro"
    assert not public(visit, "Calle Chabacano")
    notifier = "notificador de la Junta, constituido nuevamente en el domicilio ubicado en "
    assert not public(notifier + "Calle Libertad 48", "Calle Libertad")


def test_a_district_boards_directory_and_a_hotel_are_public() -> None:
    directory = "Distrito 04 Jiquilpan – Av. Lázaro Cárdenas 301, Centro"
    assert public(directory, "Av. Lázaro")
    hotel = "llegó al Hotel Camino Real Oaxaca (5 de Mayo 300, Centro Histórico)."
    assert public(hotel, "5 de Mayo")


def test_where_a_banner_hangs_is_public() -> None:
    assert public("Se observó una manta colgada en Calle 41 x 40 y 42, Centro.", "Calle 41")


def test_notaries_courts_bank_branches_and_plants_are_public() -> None:
    assert public("Notaría Pública No. 58 | Av. Morelos 1350 Pte., Torreón", "Av. Morelos")
    assert public("Sucursal 4417 Plaza Galerías — Blvd. Belisario Domínguez 1691", "Blvd.")
    assert public("HR Coordinator | Juárez Plant 3\nAv. Tecnológico 8100, Parque Industrial", "Av.")
