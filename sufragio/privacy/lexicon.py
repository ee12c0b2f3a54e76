"""Word lists that tell a person's name apart from the vocabulary of an electoral authority.

spaCy's small Spanish model tags "Consejo General", "Vocal Ejecutivo" or a capitalised "Buenas"
as persons; these lists veto such candidates. Every entry is folded (see `text.fold`).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.lang.es.stop_words import STOP_WORDS

_DATA = Path(__file__).parent / "data"


def words_of(block: str) -> frozenset[str]:
    """The whitespace-separated words of a block, so long lists stay readable."""
    return frozenset(block.split())


#: Words of institutions, public offices, legal documents and letter furniture: never a name.
INSTITUTION_WORDS = frozenset(
    [
        "instituto",
        "delegado",
        "delegada",
        "juez",
        "jueza",
        "notificador",
        "notificadora",
        "vorsteher",
        "tradicional",
        "tradicionales",
        "tesorero",
        "tesorera",
        "actuario",
        "actuaria",
        "gerencia",
        "gerente",
        "solicitante",
        "nacional",
        "electoral",
        "electorales",
        "consejo",
        "consejera",
        "consejero",
        "consejeros",
        "general",
        "distrital",
        "distritales",
        "local",
        "locales",
        "tribunal",
        "sala",
        "superior",
        "regional",
        "junta",
        "juntas",
        "ejecutiva",
        "ejecutivo",
        "ejecutivas",
        "vocal",
        "vocales",
        "vocalia",
        "direccion",
        "director",
        "directora",
        "registro",
        "federal",
        "electores",
        "unidad",
        "tecnica",
        "tecnico",
        "servicios",
        "informatica",
        "secretaria",
        "secretario",
        "secretariado",
        "presidente",
        "presidenta",
        "presidencia",
        "comision",
        "comisiones",
        "coordinacion",
        "coordinador",
        "coordinadora",
        "oficialia",
        "partes",
        "ministerio",
        "publico",
        "publica",
        "fiscalia",
        "laboratorio",
        "comisariado",
        "vigilancia",
        "comisaria",
        "sindicatura",
        "regiduria",
        "regidurias",
        "geografico",
        "roja",
        "resguardo",
        "documental",
        "ejidal",
        "penitenciario",
        "reinsercion",
        "facebook",
        "twitter",
        "instagram",
        "tiktok",
        "whatsapp",
        "youtube",
        "tuit",
        "fiscal",
        "suprema",
        "corte",
        "justicia",
        "nacion",
        "camara",
        "diputados",
        "diputada",
        "diputado",
        "senadores",
        "senado",
        "senadora",
        "senador",
        "congreso",
        "union",
        "gobierno",
        "municipal",
        "ayuntamiento",
        "organismo",
        "modulo",
        "atencion",
        "ciudadana",
        "mesa",
        "ayuda",
        "constitucion",
        "politica",
        "estados",
        "unidos",
        "mexicanos",
        "mexicana",
        "mexicano",
        "ley",
        "leyes",
        "reglamento",
        "lineamientos",
        "acuerdo",
        "codigo",
        "diario",
        "oficial",
        "federacion",
        "dof",
        "ine",
        "tepjf",
        "ople",
        "inai",
        "sat",
        "imss",
        "issste",
        "curp",
        "rfc",
        "clabe",
        "ocr",
        "cic",
        "partido",
        "partidos",
        "transparencia",
        "datos",
        "personales",
        "arco",
        "asunto",
        "presente",
        "atentamente",
        "atte",
        "oficio",
        "folio",
        "expediente",
        "credencial",
        "votar",
        "padron",
        "lista",
        "nominal",
        "casilla",
        "casillas",
        "seccion",
        "distrito",
        "municipio",
        "alcaldia",
        "colonia",
        "calle",
        "avenida",
        "proceso",
        "fiscalizacion",
        "contencioso",
        "juridico",
        "juridica",
        "juridicos",
        "asuntos",
        "area",
        "departamento",
        "subdireccion",
        "jefatura",
        "jefe",
        "jefa",
        "titular",
        "capacitacion",
        "educacion",
        "civica",
        "organizacion",
        "administracion",
        "prerrogativas",
        "procedimientos",
        "instituciones",
        "articulo",
        "fraccion",
        "inciso",
        "parrafo",
        "base",
        "transitorio",
        "constitucional",
        "banco",
        "bancomer",
        "banamex",
        "santander",
        "banorte",
        "hsbc",
        "republica",
        "licenciado",
        "licenciada",
        "ingeniero",
        "doctora",
        "doctor",
        "maestro",
        "maestra",
        "ciudadano",
        "ciudadana",
        "ciudadanos",
        "representante",
        "representacion",
        "apoderado",
        "notario",
        "notaria",
        "poder",
        "judicial",
        "legislativo",
        "universidad",
        "escuela",
        "hospital",
        "empresa",
        "asociacion",
        "sindicato",
        "comite",
        "consulta",
        "solicitud",
        "queja",
        "denuncia",
        "recurso",
        "juicio",
        "demanda",
        "apelacion",
    ]
) | words_of(
    # Plural and feminine public offices, written in capitals in headings ("MAGISTRADAS Y
    # MAGISTRADOS"), and the acronyms of INE's field jobs and areas ("SE Lorena", "Kike CAE",
    # "la ZORE 4"): offices, never part of a name. Then words of office, programme, law and
    # company names ("Dirección de Desarrollo Urbano", "Casa de Cultura", "Personas con
    # Discapacidad", "Situaciones Registrales Atípicas", "Comercializadora … S.A."), which spaCy
    # tags as persons.
    """
    magistrada magistrado magistradas magistrados ministra ministro ministras ministros
    consejeras diputadas senadoras senadores regidora regidor regidoras regidores sindica sindico
    presidentas presidentes secretarias secretarios vocalias directoras directores
    coordinadoras coordinadores supervisoras supervisores capacitadoras capacitadores
    funcionaria funcionario funcionarias funcionarios visitadora visitador
    se ses cae caes sel zore zores are ares vrfe vcyec vceyec voe vs ve jde jle mdc fmdc
    rfe derfe deceyec deoe depp utce utf utvopl oic cecyrd siirfe sirfe fepade fisel ople
    oples iecm iepc ieem ieeg iee unam ipn bbva cfe sep ssa sre segob pgr fgr cndh conapred
    renapo infonavit sedena semar conapo
    desarrollo obras cultura deporte deportes salud proteccion civil seguridad vialidad transito
    ecologia ambiente catastro tesoreria contraloria planeacion finanzas hacienda social
    inclusion discapacidad discapacidades derechos humanos igualdad genero indigenas pueblos
    programa programas protocolo protocolos sistema plataforma estrategia campana
    deteccion verificacion situacion situaciones registral registrales atipica atipicas
    irregular irregulares cartografia cartografica cartografico geoelectoral
    juzgado juzgados colegiado colegiados unitario unitarios penal mercantil laboral familiar
    comercializadora distribuidora constructora inmobiliaria transportadora importadora
    exportadora agricola agropecuaria industrial industriales industrias transportes consultores
    consultoria corporativo corporacion abarrotes refaccionaria ferreteria papeleria
    asociados asociadas abogados abogadas
    noticias noticiero noticieros informativo periodico semanario gaceta radio radiodifusora
    television televisora canal multimedios revista contacto enlace estatal
    """
)

#: Letter vocabulary that opens sentences, headings and forms (often in ALL CAPS): never a name.
LETTER_WORDS = words_of(
    """
    querida querido queridos apreciable apreciado apreciada hoy motivo motivos preferentemente
    notificacion notificaciones aclaracion reposicion actualizacion cambio baja alta informacion
    documento documentos comprobante identificacion anexos observaciones hechos antecedentes
    peticion peticiones puntos petitorios resolutivos considerando considerandos primero segundo
    tercero cuarto quinto unico atento atenta seguimiento caso mensaje enviado reenviado original
    fwd rv cc cco asunto tema datos dato generales estado civil ocupacion genero nacionalidad
    domicilio direccion telefono email correo firma huella vigencia emision anverso reverso
    seccion clave observacion nota notas adjunto adjuntos aviso privacidad informe reporte
    bienvenido bienvenida felicidades feliz saludo hola buenas tardes noches dias buen dia
    senores senoras estimad estimadas mexico lunes martes miercoles jueves viernes sabado domingo
    enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
    morena pri pan prd pt pvem mc movimiento ciudadano accion revolucionario institucional verde
    ecologista trabajo democratica coalicion candidato candidata candidatos candidatura campana
    boleta boletas acta actas computo jornada eleccion elecciones voto votos urna urnas
    funcionarios propietario suplente presidenta escrutador escrutadora observador observadora
    operador operadora agente persona personas entrevistador entrevistadora entrevistado
    entrevistada asesor asesora usuario usuaria insaculado insaculada auxiliar supervisor
    supervisora moderador moderadora reportero reportera periodista testigo llamante encargado
    encargada asistente capacitador capacitadora publicacion familia jovenes construyendo futuro
    programa beca becas bienestar gobierno aqui alli alla senor senora joven ninos nino nina
    subject from to sent date re fw thx thanks thank you regards cheers best bye ok okay please
    hi hello dear team equipo companeros companeras chicos chicas amigos amigas
    rubrica ps pd posdata
    invitado invitada invitados visitante visitantes anonimo anonima anonimos promotor promotora
    investigador investigadora investigadores consul adscrito adscrita sesion sesiones
    ordinaria ordinario extraordinaria extraordinario decima decimo empleo empleos
    ubicacion fedatario fedataria queda tomo protesta consulares sabados domingos responsable
    responsables redes sociales progresistas prevencion fraudes acudio acudieron acudimos
    asistio asistieron firmaron
    promotores indigena indigenas guten tag
    locutor locutora locutores narrador narradora conductor conductora presentador presentadora
    anunciante voz off desea deseo acepto acepta autorizo autoriza residencia
    fallecido fallecida finado finada difunto difunta duplicado duplicada suspendido suspendida
    vigente vencido vencida cancelado cancelada inactivo inactiva
    soltero soltera solteros casado casada casados viudo viuda divorciado divorciada
    masculino femenino hombre mujer
    perfecto perfecta listo exacto excelente genial vale entendido entendida enterado enterada
    recibido recibida sale orale dale
    vecinos vecinas habitantes colonos integrantes miembros pobladores trabajadores
    trabajadoras padres madres familias productores comerciantes locatarios ejidatarios
    comuneros firmantes abajo firmamos suscritos suscritas
    electo electa electos electas saliente entrante interino interina independiente
    independientes plurinominal presidencial ponente morenista priista panista perredista
    petista emecista vota votar vote voten votemos gana ganamos ganan
    particular particulares administrativo administrativa academico academica operativo
    operativa comercial adjunta privado privada calificador calificadora civico procurador
    procuradora
    espanol ingles nahuatl mixteco mixteca zapoteco zapoteca otomi totonaco tzotzil tzeltal
    mazahua mazateco purepecha triqui mixe chinanteco tlapaneco huasteco
    """
) | frozenset(
    # Demonyms of states, regions and cities ("Contacto Lagunero", "el Norteño"), in both
    # genders and numbers. "Poblano", a common surname, is left out.
    f"{stem}{ending}"
    for stem in words_of(
        """
    laguner norten jaroch tapati regiomontan chilang yucatec campechan zacatecan
    michoacan veracruzan potosin queretan tamaulipec chiapanec tabasquen oaxaquen capitalin
    fronteriz costen huastec sinaloens sonorens duranguens coahuilens hidalguens mexiquens
    guerrerens chihuahuens colimens nayarit morelens jalisciens guanajuatens aguascalentens
    tlaxcaltec quintanarroens sudcalifornian bajacalifornian neoleones
    """
    )
    for ending in ("o", "a", "os", "as", "e", "es", "")
)

#: Capitalised words that start sentences or headings in letters; a lone one is not a name.
COMMON_WORDS = frozenset(
    {w for w in STOP_WORDS}
    | LETTER_WORDS
    | set(
        [
            "buenas",
            "recibo",
            "libreton",
            "testimonio",
            "recursos",
            "boletin",
            "ojala",
            # the motto that closes official letters: "Sufragio Efectivo. No Reelección."
            "sufragio",
            "efectivo",
            "reeleccion",
            "dios",
            "good",
            "morning",
            "afternoon",
            "legal",
            "atendio",
            "naci",
            "notifica",
            "buenos",
            "dias",
            "tardes",
            "noches",
            "gracias",
            "hola",
            "saludos",
            "estimado",
            "estimada",
            "estimados",
            "cordialmente",
            "respetuosamente",
            "acceso",
            "derecho",
            "rectificacion",
            "cancelacion",
            "oposicion",
            "anexo",
            "copia",
            "referencia",
            "respuesta",
            "nombre",
            "nombres",
            "apellido",
            "apellidos",
            "paterno",
            "materno",
            "fecha",
            "nacimiento",
            "domicilio",
            "telefono",
            "correo",
            "electronico",
            "celular",
            "cel",
            "tel",
            "sexo",
            "edad",
            "firma",
            "sello",
            "lugar",
            "vengo",
            "pido",
            "solicito",
            "quiero",
            "necesito",
            "presento",
            "manifiesto",
            "expongo",
            "tengo",
            "vivo",
            "estoy",
            "pregunto",
            "agradezco",
            "informo",
            "reporto",
            "quedo",
            "anexo",
            "adjunto",
            "envio",
            "favor",
            "urgente",
            "importante",
            "nota",
            "aviso",
            "hoy",
            "ayer",
            "manana",
            "senor",
            "senora",
            "senorita",
            "don",
            "dona",
            "gracias",
            "jaja",
            "ok",
            "si",
            "no",
            "porfa",
            "pregunta",
            "duda",
            "usuario",
            "usuaria",
            "afectado",
            "afectada",
            "reportamos",
            "reportan",
            "tramite",
            "tramites",
            "portal",
            "acta",
            "robo",
            "setiembre",
            "centro",
            "norte",
            "sur",
            "oriente",
            "poniente",
            "pte",
            "ote",
            "col",
            "fracc",
            "numero",
            "num",
            "mz",
            "lt",
            "int",
            "ext",
            "depto",
            "despacho",
            "piso",
            "edificio",
        ]
    )
)

#: Words that name a kind of place; a capitalised run right after one is a place name
#: ("Escuela Benito Juárez", "colonia Pedro María Anaya"), as is a run starting with one.
#: Businesses signed under their owner's name ("Taller Hermanos Ruiz", "Fonda La Güera") and
#: INE's service modules ("MAC 090551 (Pueblo Nuevo)") are places too, and so are the things
#: campaigns and media name like people ("la Tarjeta Rosa", "el programa Sembrando Vida").
PLACE_WORDS = words_of(
    """
    calle avenida av avda blvd boulevard bulevar calzada calz privada priv prolongacion prol
    circuito andador callejon cerrada retorno paseo carretera camino periferico glorieta col
    colonia fraccionamiento fracc barrio unidad localidad pueblo ejido rancho rancheria sector
    zona municipio alcaldia delegacion ciudad cd estado plaza parque jardin mercado escuela
    primaria secundaria preparatoria bachillerato colegio kinder plantel universidad instituto
    hospital clinica sanatorio centro teatro museo biblioteca estadio aeropuerto metro estacion
    panteon iglesia parroquia templo club monumento hotel presa puerto villa san santa santo
    fundacion asociacion colectivo observatorio red frente grupo bufete notaria farmacia tienda
    sociedad cooperativa hacienda rio lago laguna cerro volcan sierra valle isla playa bahia
    auditorio salon paraje comunidad congregacion residencial conjunto lomas bosques jardines
    arboledas praderas campestre infonavit fovissste modulo modulos sede sedes oficinas
    kiosko kiosco cancha deportivo foro explanada casino capilla santuario catedral basilica
    mac eje paraninfo puente bulevares esc telesecundaria heroes ampliacion sala
    tarjeta programa pagina columna telenovela capitulo garita plan
    restaurante restaurant fonda cafeteria cafe taqueria loncheria cenaduria panaderia
    pasteleria tortilleria carniceria polleria miscelanea estetica peluqueria barberia taller
    consultorio agencia lavanderia tintoreria zapateria muebleria joyeria optica floreria
    veterinaria gasolinera gimnasio academia guarderia purificadora imprenta vulcanizadora
    boutique minisuper
    patio aula magna atrio lienzo charro desayunador comedor albergue palenque polideportivo
    velodromo malecon rotonda natalicio lengua idioma dialecto
    """
)

#: Given names that are also places or words ("Victoria", "Dolores", "Paz"): never a name alone.
AMBIGUOUS_GIVEN_NAMES = words_of(
    """
    guadalupe victoria santiago dolores mercedes rosario trinidad concepcion asuncion angeles
    reyes cruz paz luz leon salvador jesus pilar soledad consuelo esperanza gloria socorro
    remedios refugio rocio alba flor perla abril julio domingo america mayo natividad rosa
    fe sol cielo blanca clara ventura celeste mar linda benito santos carmen lourdes
    leo chino urbano cuauhtemoc cuitlahuac
    """
)

#: Short forms of given names used in chats, e-mails and signatures ("Kari", "Fabi", "Betty"),
#: general knowledge of Mexican usage; "Chayo", "Lalo" and the like are already in nombres.txt.
NICKNAMES = words_of(
    """
    ale alex ari bety betty beti bren cami chabela chava chayito chelo chema chemo chencho chepe
    chino chio chofis chucho chuchito cris cuau cuca cuquita dani edy eddy fabi fany fanny fede
    fercho fili fito gabo goyo gus gustavito isa jacky jenny jessy jime joss juanjo juampa
    juanpa kari karly kathy lali lencho leo leti lili lily lore luchita malena manolo mari marichuy
    mariel maru mau mayi michel mimi moni mony nati naty neto nico pame pao pau poncho quique
    rafa rebe rigo roci rosi ruby sandy santi silvi susy tavo tita tito tony tonita vane vicky
    willy xime yaz yeye yola yoli yoya yuyis zule
    efra tono rodo checo gera javi nando lucha angie ceci chris fran juancho manu migue sofi
    toni yeni yesi beny bere richi
    """
)

#: Given names of Mexico's indigenous, Mennonite (Low German), Italian and Chinese communities,
#: missing from the Hispanic lists in data/ ("Zyanya", "Abram", "Giuseppe", "Mei").
OTHER_GIVEN_NAMES = words_of(
    """
    nicte nictexa zyanya xochiquetzal citlalli ixchel yatzil yoltzin tonatiuh tenoch xiadani
    yaotl quetzalli izel metztli citlalic ameyalli xareni xitlali tlanezi ikal ixtli canek
    cuauhtemoc cuitlahuac
    abram johan johann heinrich jakob jacob peter franz cornelius isaak helena katharina
    aganetha margaretha justina elisabeth gerhard klaas wilhelm dietrich bernhard hans susanna
    anna tina lena greta frieda wilma gertrude
    giuseppe giovanni luca francesco alessandro matteo giulia chiara francesca paolo giorgio
    stefano massimo vincenzo giacomo pietro enzo gianluca alessia federica simona
    mei ling wei ming
    """
)

#: Surnames of the same communities: Maya ("Tzuc", "Huchim"), Mennonite ("Friesen", "Wiebe"),
#: Italian ("Rossi") and Chinese-Mexican ("Wong", "Chang"). Words that are also Spanish words
#: ("Tan", "Lee", "Sala", "Costa") are left out.
OTHER_SURNAMES = words_of(
    """
    tzuc kuk huchim koyoc chuc tzab mukul chim ucan kumul tuz kauil ciau dzuc pacab tamay
    xix cahum cetz cituk dzay
    friesen wiebe klassen fehr penner neufeld peters dyck enns thiessen martens rempel
    giesbrecht loewen reimer bergen banman unger froese janzen hiebert krahn zacharias schmidt
    hildebrand kehler sawatzky braun bueckert doerksen teichroeb letkeman buhler knelsen ginter
    muller mueller schneider fischer weber meyer wagner becker schulz hoffmann richter
    schroeder neumann schwarz zimmermann kruger hartmann krause lehmann
    rossi russo ferrari esposito bianchi colombo ricci marino greco gallo conti giordano
    mancini rizzo lombardi moretti barbieri fontana santoro mariani rinaldi caruso ferrara
    galli martini leone gentile martinelli vitale lombardo coppola marchetti parisi ferraro
    fabbri marini grasso valentini messina gatti pellegrini palumbo farina rizzi cattaneo
    morelli amato silvestri grassi pellegrino carbone giuliani benedetti barone rossetti
    caputo montanari palmieri bernardi bellini basile donati vitali sartori costantini
    milani pagano ruggiero sorrentino negri
    wong chang chen liu zhang wang chong leung cheung fong huang zhou zhao yang kuo chiu kwan
    """
)

#: Historical figures whose names are streets, schools, municipalities and alcaldías.
HISTORICAL_NAMES = frozenset(
    [
        "benito juarez",
        "benito juarez garcia",
        "miguel hidalgo",
        "miguel hidalgo y costilla",
        "jose maria morelos",
        "jose maria morelos y pavon",
        "emiliano zapata",
        "francisco villa",
        "pancho villa",
        "lazaro cardenas",
        "lazaro cardenas del rio",
        "venustiano carranza",
        "vicente guerrero",
        "ignacio zaragoza",
        "francisco i madero",
        "francisco i. madero",
        "alvaro obregon",
        "gustavo a madero",
        "estela de luz",
        "gustavo a. madero",
        "adolfo lopez mateos",
        "adolfo ruiz cortines",
        "ignacio allende",
        "josefa ortiz de dominguez",
        "leona vicario",
        "guadalupe victoria",
        "miguel aleman",
        "plutarco elias calles",
        "agustin de iturbide",
        "nicolas bravo",
        "mariano matamoros",
        "carmen serdan",
        "aquiles serdan",
        "belisario dominguez",
        "ricardo flores magon",
        "andres quintana roo",
        "melchor ocampo",
        "ignacio lopez rayon",
        "manuel avila camacho",
        "sor juana ines de la cruz",
        "juana ines de la cruz",
        "jose vasconcelos",
        "ignacio manuel altamirano",
        "valentin gomez farias",
        "manuel gonzalez",
        "porfirio diaz",
        "felipe angeles",
        "hermenegildo galeana",
        "vicente suarez",
        "juan escutia",
        "juan de la barrera",
        "francisco marquez",
        "agustin melgar",
        "fernando montes de oca",
        "vasco de quiroga",
        "cristobal colon",
        "miguel de cervantes",
        # municipalities and towns written like a person's name
        "felipe carrillo puerto",
        "othon p. blanco",
        "othon p blanco",
        "gustavo diaz ordaz",
        "guadalupe y calvo",
        "francisco z. mena",
        "jose azueta",
        "juan aldama",
        "manuel doblado",
        "miguel auza",
        "luis moya",
        "general escobedo",
        "mariano escobedo",
        "tomas garrido",
    ]
)

#: Mexican states and common abbreviations, folded; part of an address, never a person alone.
STATES = frozenset(
    [
        "aguascalientes",
        "baja",
        "california",
        "sur",
        "campeche",
        "coahuila",
        "colima",
        "chiapas",
        "chihuahua",
        "durango",
        "guanajuato",
        "guerrero",
        "hidalgo",
        "jalisco",
        "michoacan",
        "morelos",
        "nayarit",
        "nuevo",
        "leon",
        "oaxaca",
        "puebla",
        "queretaro",
        "quintana",
        "roo",
        "san",
        "luis",
        "potosi",
        "sinaloa",
        "sonora",
        "tabasco",
        "tamaulipas",
        "tlaxcala",
        "veracruz",
        "yucatan",
        "zacatecas",
        "mexico",
        "edomex",
        "ags",
        "bc",
        "bcs",
        "camp",
        "coah",
        "col",
        "chis",
        "chih",
        "dgo",
        "gto",
        "gro",
        "hgo",
        "jal",
        "mich",
        "mor",
        "nay",
        "nl",
        "oax",
        "pue",
        "qro",
        "qroo",
        "slp",
        "sin",
        "son",
        "tab",
        "tamps",
        "tlax",
        "ver",
        "yuc",
        "zac",
        "cdmx",
        "df",
    ]
)


#: Full state names (abbreviations such as "Son." or "Ver." are also Spanish words).
STATE_NAMES = frozenset(w for w in STATES if len(w) > 4)


def _load(name: str) -> frozenset[str]:
    words = []
    for line in (_DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            words.extend(line.split())
    return frozenset(words)


@cache
def towns() -> frozenset[str]:
    """Mexican municipalities and towns named like people ("Gómez Palacio"), folded."""
    from sufragio.privacy.text import fold

    lines = (_DATA / "municipios_persona.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(fold(line.strip()) for line in lines if line.strip() and line[0] != "#")


@cache
def given_names() -> frozenset[str]:
    """Common Mexican given names and their short forms (folded)."""
    return _load("nombres.txt") | NICKNAMES | OTHER_GIVEN_NAMES


@cache
def surnames() -> frozenset[str]:
    """Common Mexican surnames (folded)."""
    return _load("apellidos.txt") | OTHER_SURNAMES


def is_known_name(word: str) -> bool:
    """Whether a folded word is a common given name or surname."""
    return word in given_names() or word in surnames()
