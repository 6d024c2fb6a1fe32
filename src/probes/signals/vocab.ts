/**
 * Key-page vocabulary in Spanish, English and Portuguese (with the common key pages' names
 * in French, Italian, German, Czech, Slovak, Polish, Russian, Georgian, Turkish, Chinese,
 * Japanese, Korean, Thai and Vietnamese), and the classifiers that use it: what a link or
 * page is about, from its URL path and its words. Patterns run on folded text (lower-case,
 * no accents); see text.ts `fold`.
 */
import type { PageKind } from '../types.js';
import { fold, splitCamelCase } from './text.js';

type KeyKind = Exclude<PageKind, 'home' | 'document'>;

/**
 * Words and phrases that name a kind of page, in link texts, titles and headings. Written
 * with `\b`; `TEXT_PATTERNS` below gives them word edges that know letters beyond ASCII.
 */
const TEXT_WORDS: Record<KeyKind, RegExp> = {
  contact: /\b(?:contacto|contactenos|contactanos|contactar(?:nos)?|cont[aá]ctenos|contact(?: us)?|get in touch|contato|fale conosco|entre em contato|escribenos|escribanos|comunicate con nosotros|comuniquese con nosotros|atencion al (?:cliente|usuario|ciudadano|consumidor)|servicio al cliente|servicio de atencion|customer (?:services?|care|support)|canales de atencion|lineas de atencion|linea de atencion|atendimento(?: ao cliente)?|sac|contactez(?:-| )nous|nous contacter|service clients?|kontakty?|kontaktujte nas)\b/,
  help: /\b(?:customer services?(?: home)?|customer care|common questions|soporte tecnico|soporte al cliente|technical support|necesitas ayuda|need help|precisa de ajuda|(?:preguntas|perguntas|duvidas|dudas) (?:mais |mas )?(?:frecuentes|frequentes)|preguntas y respuestas|perguntas e respostas|questions (?:and|&) answers|frequently asked questions|faqs?|f\.a\.q\.?|centro de ayuda|ayuda|help(?: center| centre)?|soporte|support center|support|central de ajuda|ajuda|dudas y consultas|servicio al cliente|central de atendimento|knowledge base|base de conocimiento|tira[- ]?duvidas|tire (?:suas |sua |as )?duvidas?|^(?:duvidas|dudas)$|^(?:duvidas|dudas) (?:na|no|nas|nos|sobre|em|en|con)(?: [a-z0-9]+){1,4}$|aide|centre d['’ ]?aide|besoin d['’ ]?aide|foire aux questions|questions (?:frequentes|(?:et |& |- )?reponses)|nejcastejsi dotazy|caste otazky(?: a odpovede)?|otazky a odpovede|casto kladene (?:dotazy|otazky)|napoveda)\b/,
  account: /\b(?:iniciar sesion|inicia sesion|inicie sesion|inicio de sesion|ingresar|ingresa a tu cuenta|ingresa|log ?in|autenticar-se|autentique-se|identifique-se|identificar-se|autenticarse|^autenticacao$|^autenticacion$|identificarse|identificate|identifiquese|sign ?in|mi cuenta|my account|tu cuenta|your account|account|entrar|acceder|aceder|mi perfil|zona (?:de )?clientes|(?:client|customer) zone|area de clientes|area privada|portal (?:de )?(?:clientes|usuarios|transaccional)|sucursal virtual|oficina virtual|agencia virtual|banca en linea|banca virtual|home ?banking|internet banking|online banking|banca (?:por internet|electronica|online)|acceso (?:a )?(?:clientes|candidatos|usuarios|socios|afiliados|asociados|alumnos|pacientes)|acesso (?:ao |a )?(?:cliente|clientes|associados?)|minha conta|acessar(?: minha)? conta|acesse sua conta|entre ou cadastre(?:-se)?|area do cliente|area de cliente|(?:central|area) do assinante|iniciar sessao|recupera(?:r|cao de|cion de) (?:a |la |sua |tu |su )?(?:senha|contrasena|clave)|esque(?:ci|ceu)(?: (?:a|sua|minha))? senha|olvide (?:mi )?contrasena|olvidaste (?:tu )?contrasena|forgot (?:your )?password|reset (?:your )?password|se connecter|je me connecte|connexion|mon compte|espace (?:client|perso(?:nnel)?|abonnes?|adherents?)|mon espace(?: client)?|identifiez-vous|s['’ ]identifier|mot de passe oublie|muj ucet|moj ucet|prihlaseni|prihlasenie|prihlasit(?: se| sa)?)\b/,
  register: /\b(?:start (?:a |your )?free trial|free trial|try (?:it )?for free|prueba gratis|prueba gratuita|teste gratis|experimente gratis|registrate|registrarse|registro|crear (?:una )?cuenta|crea tu cuenta|sign ?up|create (?:an )?account|register|join now|cadastre-se|criar conta|registar-se|creer (?:un |mon |votre )?compte|s['’ ]inscrire)\b/,
  orderTracking: /\b(?:rastre(?:a|ar|o|e)(?: (?:de )?(?:tu|su|mi|el|la) )?(?:pedido|orden|envio|compra|guia|paquete)?|seguimiento (?:de |del |a |al )?(?:tu |su |mi )?(?:pedido|orden|envio|compra|guia|paquete|despacho|solicitud)s?|estado (?:de |del )?(?:tu |su |mi )?(?:pedido|orden|envio|compra|despacho|solicitud|tramite)s?|consulta(?:r)? (?:el estado de )?(?:tu |su |mi )?(?:pedido|orden|envio|guia|compra)s?|donde esta mi (?:pedido|orden|paquete)|sig(?:ue|a) (?:tu|su) (?:pedido|orden|envio|compra)s?|track(?:ing)? the progress of (?:your|my|an) order|track(?:ing)?(?: your| my| an)? (?:order|package|shipment|parcel)s?|track(?:ing)?(?: a| your| my)? (?:money )?transfers?|rastre(?:a|ar|e) (?:tu |su |mi )?(?:envio de dinero|giro|transferencia)s?|order (?:status|tracking|lookup)|where is my order|mis (?:pedidos|ordenes|compras)|my orders|(?:recent|past|previous|your) orders|order history|historial de (?:pedidos?|compras?)|rastreie(?: seu pedido)?|rastrear pedido|rastreamento|acompanhe seu pedido|(?:situacao|status) do (?:seu |meu )?pedido|(?:situacao|status|andamento) (?:de |do |da |dos |das )?(?:seu |sua |meu |minha )?(?:beneficios?|requerimentos?|solicitac(?:ao|oes)|protocolos?)|meus pedidos|minhas compras|locali[zc](?:e|ar|a) (?:o |seu |meu |su |tu |mi |el |your |my )?(?:pedido|encomenda|orden|order)s?|(?:as )?minhas encomendas|(?:seguir|acompanhar|estado d[ae]) (?:a |sua |minha )?encomendas?|status de (?:la |tu |su |mi )?orden(?:es)?|purchase history|orders and returns|(?:tus|mis|sus) (?:reservas|viajes)|minhas (?:reservas|viagens)|my (?:bookings|trips|reservations)|manage (?:my |your )?(?:bookings?|reservations?)|(?:gestiona|gestionar|administra|administrar) (?:tu |tus |mi |mis |su |sus )?reservas?|gerenci(?:ar|e) (?:a |sua |suas |minha |minhas )?reservas?|consulta (?:tus|mis|sus) (?:viajes|reservas)|(?:acompanhamento|andamento) (?:processual|de (?:denuncias?|manifestac(?:ao|oes)|solicitac(?:ao|oes)|protocolos?))|acompanhe (?:a |o |sua |seu )?(?:manifestac(?:ao|oes)|denuncias?|solicitac(?:ao|oes)|protocolos?|processos?)|acompanhar (?:o |seu |meu )?processos?(?: judicia(?:l|is))?|(?:consulta(?:r)?|consulte) (?:processual|de processos?|(?:ao |o |seu |sua |meu )?processos?)(?: publica)?|consulta (?:de )?expedientes?|seguimiento (?:de |del )?(?:expedientes?|procesos?|tramites?)|consult(?:a|ar|e) (?:el estado de )?(?:tu|su|mi) (?:tramite|solicitud)(?: documentario)?s?|en que va mi tramite|^track(?:ing)?$|(?:check|track|view) (?:your |my |the )?(?:[a-z]+ )?application(?:'?s)? status|application status (?:check|lookup|tracker)|status of (?:your|my) application|(?:rma|returns?|repair) status|(?:check|track) (?:your |my |a )?(?:rma|return|repair)(?: status)?|estado de (?:tu |su |mi )?(?:devolucion|reparacion|garantia)|(?:status|situacao) d[ao] (?:sua |minha )?(?:devolucao|troca|reparo)|suivi(?: de)? (?:ma |votre |vos |mes )?commandes?|suivre (?:ma |votre |mes |vos )?commandes?|ou est ma commande|mes commandes|sledovani (?:objednavky|zasilky)|sledovanie (?:objednavky|zasielky)|stav objednavky)\b/,
  complaints: /\b(?:pqrs?(?:d|f|sd|df)?|peticiones,? quejas|quejas,? (?:y )?reclamos|quejas y reclamaciones|libro de reclamaciones|hoja de reclamaciones|reclamaciones|reclamos|reclamo|quejas|radica(?:r)? (?:tu |su )?(?:pqr|queja|reclamo|solicitud)|complaints?|file a claim|reclamacoes|reclame aqui)\b/,
  claimsTracking: /\b(?:consult(?:a|ar|e) (?:el estado de )?(?:tu |su |mi )?(?:pqrs?d?|queja|reclamo|radicado|caso|solicitud)|seguimiento (?:a |de |del )?(?:tu |su |mi )?(?:pqrs?d?|queja|reclamo|radicado|caso)|estado de (?:tu |su |mi )?(?:pqrs?d?|queja|reclamo|radicado|caso)|track (?:your |my )?(?:case|ticket|claim|complaint)|case status|ticket status)\b/,
  privacy: /\b(?:privacy (?:and|&) legal|politicas? de privacidad|avisos? de privacidad|politicas? de (?:tratamiento|proteccion) de (?:la informacion|datos)(?: personales)?|privacidad(?: y cookies)?|(?:informacion|informacoes|information) (?:sobre|about) (?:su |tu |sua |a sua |your )?privacidad(?:e)?|(?:informacion|information) (?:sobre|about) (?:su |your )?privacy|privacy (?:and|&|e|y) cookies?(?: policy| notice)?|privacy(?: polic(?:y|ies)| notices?| statement| agreement| rights)?|(?:derechos|direitos) de privacidad(?:e)?|habeas data|tratamiento de (?:la informacion|datos(?: personales)?|los datos)|proteccion de datos(?: personales)?|datos personales|politicas? de datos|politicas? de privacidade|aviso de privacidade|declaracao de privacidade|data protection(?: policy| notice| statement)?|privacidade(?: e cookies)?|protecao d[eo]s? dados(?: pessoais)?|lgpd|gdpr|informativa (?:sulla |per la |privacy|sul trattamento)(?:privacy)?|privacy e cookies?|(?:trattamento|protezione) dei dati(?: personali)?|politique de confidentialite|politique (?:de )?(?:protection des )?donnees(?: personnelles)?|confidentialite|donnees personnelles|protection des donnees(?: personnelles)?|vie privee|charte (?:de )?(?:confidentialite|(?:protection des )?donnees personnelles|vie privee)|(?:zasady |ochrana |zpracovani |spracovanie |(?:ochrany|spracuvania|zpracovani) )?osobn(?:ich|ych) udaj(?:u|ov)|osobne udaje|ochrana (?:soukromi|sukromia))\b/,
  terms: /\b(?:privacy (?:and|&) legal|normas de (?:uso|utilizacion|utilizacao)|bases y condiciones|termos? de uso|terminos y condiciones|terms of business|terminos(?: de uso| de servicio| legales)?|condiciones (?:de uso|generales|legales|de servicio|de compra|de contratacion|y politicas)|condicoes legais|conditions of (?:use|sale)|website terms(?: of use)?|site polic(?:y|ies)|condicoes de (?:uso|utilizacao)|politicas y condiciones|terms(?: and conditions| & conditions| of (?:services?|use|sale))?|term of (?:services?|use|sale)|(?:user|visitor|subscriber) agreement|acuerdo (?:del|de) usuario|acordo (?:do|de) usuario|contrato (?:do|de|del) usuario|termos (?:de uso|de utilizacao|e condicoes|de servico|gerais|da (?:encomenda|compra|loja))|aviso legal|informacion legal|notas? legal(?:es)?|termini e condizioni|termini (?:di |d['’ ]?)(?:uso|utilizzo|servizio)|condizioni (?:generali(?: di (?:vendita|uso|utilizzo|servizio))?|di (?:vendita|uso|utilizzo|servizio)|d['’ ]?uso)|note legali|menzioni legali|avvertenze legali|legal notes?|legal notice|legal statements?|mencoes legais|regras de (?:uso|utilizacao)|condicoes gerais(?: de (?:venda|uso|utilizacao))?|condicoes de (?:compra|venda)(?: e (?:venda|compra))?|termos(?= e privacidade)|contrato marco|contrato de (?:adhesion|(?:prestacion de )?servicios?)|(?:online |digital |mobile |internet )?(?:banking )?service agreements?|mentions legales|conditions generales(?: (?:de vente|d['’ ]?utilisation)(?: et (?:de vente|d['’ ]?utilisation))?)?|conditions d['’ ]?utilisation|cgv|cgu|(?:vseobecne )?obchodni podminky|(?:vseobecne )?obchodne podmienky|zmluvne podmienky|podminky (?:uzivani|pouzivani)|podmienky pouzivania)\b/,
  storeLocator: /\b(?:nuestras tiendas|tiendas|encuentra (?:una |tu |la )?tienda|localiza(?:dor de)? tiendas?|puntos de (?:venta|atencion|pago)|sucursales|nuestras oficinas|oficinas(?: de atencion)?|sedes|store locator|find a store|our stores|stores|locations|find us|donde estamos|ubicanos|ubicaciones|nossas lojas|lojas|encontre uma loja)\b/,
  news: /\b(?:noticias|blog|news(?:room)?|novedades|prensa|sala de prensa|press(?: room| releases)?|comunicados|articulos|novidades|imprensa)\b/,
  invoices: /\b(?:facturas|mis facturas|factura(?:cion)? electronica|(?:consulta(?:r)?|consulte|descarga(?:r)?|descargue|ver|imprime|imprimir|duplicado de|copia de|solicita(?:r)?|obten(?:er)?) (?:y descarg(?:a|ue) )?(?:(?:tu|su|la|de|mi) )?facturas?|estado de cuenta|extractos?|invoices?|billing|account statements?|statements|segunda via|2a via|boletos?)\b/,
  payments: /\b(?:pag(?:a|ar|ue) (?:(?:su|tu|sus|tus) )?factura(?:s)?(?: en linea| online)?|pague (?:en linea|online|aqui)|paga(?:r)? (?:en linea|tu factura|tus facturas|online|aqui|ya)|pagos en linea|pago en linea|pagos? (?:pse|online)|boton de pago|pay (?:online|your bill|now|my bill)|online payments?|make a payment|checkout|carrito(?: de compras)?|cart|bag|pagar|pague online|carrinho)\b/,
  security: /\b(?:compra segura|seguridad (?:de la informacion|en linea|informatica|bancaria)|politica de seguridad|seguridad|security(?: policy)?|safe shopping|secure shopping|seguranca)\b/,
};

/** Phrases that contain a kind's words but mean something else. */
const NEGATIVE_WORDS: Partial<Record<KeyKind, RegExp>> = {
  contact: /\b(?:customer (?:service|care) (?:jobs?|careers?|roles?|representatives?|agents?|advisors?|assistants?|vacanc(?:y|ies))|lentes? de contacto|contact lens(?:es)?|sin contacto|contactless|contact center (?:agent|jobs?)|asesor(?:es)? (?:de )?contact center|contacto visual|puntos? de contacto)\b/,
  help: /\b(?:customer (?:service|care) (?:jobs?|careers?|roles?|representatives?|agents?|advisors?|assistants?|vacanc(?:y|ies))|ayuda(?:r|nos|mos|ndo|ra|n) |ayuda a (?:tu|su|la|el|mejorar|prevenir|reducir|mantener|proteger)|help (?:us|you|your|reduce|protect|keep)|helps|helpful|self-help|auto-?ajuda|auto-?ayuda|ayudas? (?:economicas?|financieras?|sociales?|humanitarias?|escolar(?:es)?)|becas? (?:de|y) ayudas?|financial (?:aid|help|assistance)|ajudas? (?:de custo|financeiras?)|support groups?|grupos? de (?:apoyo|apoio)|soporte (?:de|para) (?:pared|tv|televisor|celular|monitor|bicicleta)|soportes|help (?:signing|logging) in|trouble (?:signing|logging) in|ayuda para (?:ingresar|iniciar sesion|entrar)|ajuda para (?:entrar|acessar|fazer login))\b/,
  // "Login to Chat" (a chat launcher's button: Talisma's on Lucky Brand) opens a chat, not the account.
  // The staff's doors: "Acessar Intranet" (MPMT), Drupal's "Acesso restrito" (TCE/SC), "login administrativo" (the
  // Pernambuco public defender's), the courts' 'Malote Digital' (the CNJ's system for mail between courts, TJES's
  // menu) — employees', not customers'.
  // An online-banking service agreement (Bank of America's footer) is the terms of the account, not the account.
  account: /\b(?:banking service agreements?|intranet|(?:login|acesso|acceso) administrativo|malote digital|administrative (?:login|log in|sign in|access)|admin(?:istrator)? (?:login|log in|sign in)|acesso restrito|acceso restringido|restricted access|staff (?:login|log in|sign in|portal)|(?:log ?in|sign ?in|iniciar sesion|inicia sesion|entrar) (?:to|para|al|ao|no) (?:(?:live|the|el|o) )?chat|reglamento (?:de (?:la )?)?(?:sucursal|oficina|agencia) virtual|ingresa (?:tu|su) (?:correo|email|e-mail|numero|codigo|cupon)|ingresar (?:el|tu|su) (?:codigo|correo)|entrar en contacto|account manager|account executive|cuenta de (?:ahorros|cobro|corriente)|take into account)\b/,
  // A numbered contract in a public body's procurement listing ("Contrato de prestación de servicios No. 045 de 2020") is not the customers' terms.
  // So are one product's or promotion's general conditions (Banefe's 'Condiciones Generales Chequera Electrónica').
  terms: /\bcontratos? de (?:prestacion de )?servicios? (?:no|n|nro|numero)?\.?\s*\d|\b(?:condiciones generales|condicoes gerais) (?:de |del |do |da |para )?(?:la |el |o |a )?(?:chequera|cheques?|tarjetas?|cartao|cartoes|cuentas?|conta|creditos?|prestamos?|emprestimos?|seguros?|promocion(?:es)?|promocao|campanas?|campanha|concursos?|sorteos?)\b|\bconditions generales (?:d['’ ]?|de l['’ ]?|du |des )?(?:assurances?|contrats?|cartes?|comptes?|credits?|prets?|offres?)\b|\bregulamin (?:promocji|konkursu|akcji|loterii|oferty)\b/,
  register: /\b(?:registro (?:sanitario|invima|mercantil|nacional|unico)|registro de (?:marca|proveedores)|registered trademark|cash register)\b/,
  complaints: /\b(?:sin reclamos?)\b/,
  orderTracking: /\b(?:haz|haga|realiza|realice|hacer|make) (?:tus|sus|your) (?:reservas|bookings)\b/,
  storeLocator: /\b(?:tiendas? (?:de|en) (?:ropa|mascotas)|app stores?|app store|play store)\b/,
  news: /\b(?:newsletter|news letter|boletin de noticias|suscribete a (?:nuestras )?noticias)\b/,
  payments: /\b(?:medios de pago|metodos de pago|formas de pago|payment methods)\b/,
  security: /\b(?:seguridad social|seguridad y salud|seguridad industrial|seguridad alimentaria|security guard|vigilancia y seguridad|social security)\b/,
  invoices: /\b(?:resolucion de facturacion|facturacion (?:dian|numero)|autorizacion de facturacion)\b/,
};

/**
 * Slugs that name a kind when they are a whole path segment ("/seguridad", "/terms",
 * "/mi-cuenta/"): matched against one folded segment with its extension and a trailing
 * number removed. A product whose name starts with such a word ("/termos-de-acero-
 * inoxidable", Spanish for steel thermos flasks) is not that page.
 */
const SEGMENT_PATTERNS: Record<KeyKind, RegExp> = {
  contact: /^(?:contact|contacts|contacto|contactos|contactenos|contactanos|contactar|contactarnos|contact-?us|contactez-nous|contato|fale-?conosco|escribenos|atencion-?al-?(?:cliente|usuario|ciudadano|consumidor)|servicio-?al-?cliente|customer-?(?:service|care|support)|canales-?de-?atencion|lineas?-?de-?atencion|sac|nous-?contacter|kontakt|kontakty|service-?clients?|lien-?he|iletisim)$/,
  // The customer-service section (/CustomerService, /servicio-al-cliente) is help, as its name is in a link's words.
  help: /^(?:faqs?|tira-?duvidas|(?:preguntas|perguntas|duvidas|dudas)-?(?:mais-?|mas-?)?(?:frecuentes|frequentes)|preguntas|ayuda|centro-?de-?ayuda|help|help-?cent(?:er|re)|soporte|support|suporte|ajuda|central-?de-?ajuda|hc|customer-?services?|customer-?care|servicio-?al-?cliente|central-?de-?atendimento|aide|centre-?d-?aide|questions-?reponses|napoveda|otazky-?a-?odpovede|caste-?otazky|nejcastejsi-?dotazy|ho-?tro|tro-?giup|hoi-?dap|cau-?hoi-?thuong-?gap|pomoc|centrum-?pomocy|hilfe|yardim|pagalba|aiuto|assistenza|bantuan|ajutor|hjelp|apua)$/,
  // A sign-in page named "login" and whom it is for, run together (Venezuela Tuya's travellers'
  // "loginpax.php"); written apart ("loginCliente.aspx", "login_usuario") it is a phrase, below.
  account: /^(?:login|log-?in|login[a-z]{2,12}|signin|sign-?in|(?:log-?in|sign-?in)-?form|ingresar|ingreso|iniciar-?sesion|inicio-?de-?sesion|entrar|acceder|acceso|account|accounts|my-?account|myaccount|mi-?cuenta|micuenta|cuenta|mi-?perfil|sucursal-?virtual|oficina-?virtual|agencia-?virtual|minha-?conta|area-?(?:de-?)?clientes?|area-?do-?cliente|(?:client|customer)-?zone|portal-?(?:de-?)?clientes|(?:forgot|lost|reset)-?password|esque(?:ci|ceu)-?(?:a-?|minha-?|sua-?)?senha|recuperar-?(?:senha|contrasena|clave)|olvide-?(?:mi-?)?contrasena|connexion|se-?connecter|mon-?compte|moncompte|espace-?client|mon-?espace|prihlaseni|prihlasenie|muj-?ucet|moj-?ucet|dang-?nhap|moje-?konto|logowanie|anmelden|mein-?konto|uye-?girisi|giris-?yap|hesabim)$/,
  register: /^(?:register|registro|registrate|registrarse|signup|sign-?up|crear-?cuenta|create-?account|cadastro|cadastre-?se)$/,
  orderTracking: /^(?:track|tracking|track-?(?:order|orders|pedido|package|shipment)|order-?(?:status|tracking|lookup|history|list)|rastreo|rastrea|rastrear|rastreamento|rastreio|seguimiento|mis-?pedidos|my-?orders|orders|pedidos|meus-?pedidos|my-?reservations|my-?bookings|minhas-?encomendas|historial-?de-?pedidos|suivi-?(?:de-?)?commandes?|mes-?commandes|suivi-?colis|sledovani-?objednavky|stav-?objednavky|sendungsverfolgung|siparislerim|siparis-?takibi|kargo-?takibi)$/,
  complaints: /^(?:pqrs?(?:d|f|sd|df)?|quejas|reclamos|reclamaciones|complaints?|reclamacoes)$/,
  claimsTracking: /^(?:case-?status|ticket-?status)$/,
  privacy: /^(?:privacidad|privacy|privacidade|habeas-?data|lgpd|gdpr|datos-?personales|privacy-?(?:and-?|&-?)?cookies?|confidentialite|politique-?de-?confidentialite|donnees-?personnelles|vie-?privee|protection-?des-?donnees|osobni-?udaje|osobne-?udaje|chinh-?sach-?bao-?mat|bao-?mat-?thong-?tin|quyen-?rieng-?tu|rodo|polityka-?prywatnosci|datenschutz(?:erklarung)?|gizlilik(?:-?politikasi)?|kvkk|privacyverklaring|privacybeleid|privatlivspolitik|persondatapolitik|integritetspolicy|personuppgifter)$/,
  terms: /^(?:terminos|terms|tos|terminos-?legales|condiciones-?legales|avisos?-?legal(?:es)?|legal-?notices?|legal-?notes?|notas?-?legal(?:es)?|informacion-?legal|condiciones|mentions-?legales|cgv|cgu|conditions-?generales(?:-?de-?vente|-?d-?utilisation)?|conditions-?d-?utilisation|(?:vseobecne-?)?obchodni-?podminky|(?:vseobecne-?)?obchodne-?podmienky|zmluvne-?podmienky|dieu-?khoan(?:-?su-?dung|-?dich-?vu)?|site-?polic(?:y|ies)|regulamin|agb|nutzungsbedingungen|kullanim-?kosullari|voorwaarden|algemene-?voorwaarden|gebruiksvoorwaarden|handelsbetingelser|betingelser|villkor|anvandarvillkor)$/,
  storeLocator: /^(?:tiendas|nuestras-?tiendas|store-?locator|stores|localizador|puntos-?de-?(?:venta|atencion|pago)|sucursales|oficinas|sedes|locations|lojas|nossas-?lojas|ubicanos|donde-?estamos)$/,
  news: /^(?:blog|blogs|noticias|news|news-?room|novedades|prensa|sala-?de-?prensa|press|comunicados|articulos|novidades|imprensa)$/,
  invoices: /^(?:facturas?|factura-?electronica|facturacion-?electronica|invoices?|billing|estado-?de-?cuenta|extractos?|segunda-?via|duplicado-?factura)$/,
  payments: /^(?:pagos?|pagos?-?(?:en-?linea|online)|paga-?(?:tu-?factura|en-?linea)|pay|payments?|pay-?online|pay-?bill|check-?out|cart|carrito|carrinho|pse)$/,
  security: /^(?:seguridad|security|seguranca|compra-?segura)$/,
};

/**
 * Phrases that name a kind wherever they stand in a segment, at word boundaries:
 * several words ("politica-de-privacidad-y-tratamiento-de-datos", "rastrea-tu-pedido")
 * or a word no product is named after ("pqrsd", "habeas-data").
 */
const PHRASE_PATTERNS: Record<KeyKind, RegExp> = {
  contact: /(?:^|-)(?:contact-?us|contactenos|contactanos|contactarnos|fale-?conosco|entre-?em-?contato|atencion-?al-?(?:cliente|usuario|ciudadano|consumidor)|servicio-?al-?cliente|customer-?(?:service|care|support)|canales-?de-?atencion|lineas?-?de-?atencion)(?:-|$)/,
  // Help and support named together ("help-and-support", "ayuda-y-soporte", the TJGO's "ajudaSuporteAdvogado.html").
  help: /(?:^|-)(?:(?:preguntas|perguntas|duvidas|dudas)-?(?:mais-?|mas-?)?(?:frecuentes|frequentes)|centro-?de-?ayuda|help-?cent(?:er|re)|central-?de-?ajuda|frequently-?asked-?questions|faqs?|(?:help|ayuda|ajuda)-?(?:and-?|&-?|y-?|e-?)?(?:support|soporte|suporte)|(?:support|soporte|suporte)-?(?:and-?|&-?|y-?|e-?)?(?:help|ayuda|ajuda)|centre-?d-?aide|questions-?reponses|foire-?aux-?questions|otazky-?a-?odpovede|cau-?hoi-?thuong-?gap|ho-?tro-?khach-?hang|aptarnavimas-?ir-?pagalba|domande-?frequenti|pusat-?bantuan)(?:-|$)/,
  account: /(?:^|-)(?:login|sign-?in|iniciar-?sesion|inicio-?de-?sesion|my-?account|mi-?cuenta|sucursal-?virtual|oficina-?virtual|agencia-?virtual|minha-?conta|area-?(?:de-?)?clientes|area-?do-?cliente|portal-?(?:de-?)?clientes|mon-?compte|votre-?compte|compte-?client|espace-?client|se-?connecter|dang-?nhap)(?:-|$)/,
  register: /(?:^|-)(?:crear-?(?:una-?|tu-?)?cuenta|create-?(?:an-?)?account|sign-?up|registrate)(?:-|$)/,
  orderTracking: /(?:^|-)(?:track-?(?:your-?|my-?)?(?:order|orders|package|shipment)|track-?(?:a-?|your-?|my-?)?(?:money-?)?transfers?|order-?(?:status|tracking|lookup)|rastre(?:a|ar|e|ie)-?(?:tu-?|su-?|seu-?|o-?)?(?:pedido|orden|envio|guia|encomenda)|seguimiento-?(?:de-?|del-?|a-?|al-?)?(?:tu-?|su-?)?(?:pedido|pedidos|orden|envio|guia|compra|solicitud|solicitudes)|estado-?(?:de-?|del-?)?(?:tu-?|su-?)?(?:pedido|orden|envio|compra|solicitud|tramite)|mis-?pedidos|my-?orders|meus-?pedidos|acompanhe-?(?:seu-?)?pedido|(?:situacao|status)-?do-?pedido|(?:situacao|status|andamento)-?(?:de-?|do-?|da-?)?(?:beneficio|requerimento|solicitacao|protocolo)|where-?is-?my-?order|donde-?esta-?mi-?pedido|(?:acompanhamento|andamento)-?processual|acompanhe-?(?:a-?|o-?|sua-?|seu-?)?(?:manifestac(?:ao|oes)|denuncias?)|consulta-?processual|cons(?:ulta|ultar)?-?(?:de-?)?(?:processos?|protoc(?:olos?)?)|suivi-?(?:de-?)?(?:ma-?|votre-?)?commande|ou-?est-?ma-?commande|(?:tra-?cuu|theo-?doi|kiem-?tra)-?don-?hang|sledzenie-?(?:przesylki|zamowienia)|status-?zamowienia)(?:-|$)/,
  complaints: /(?:^|-)(?:pqrs?(?:d|f|sd|df)?|quejas-?y-?reclamos|peticiones-?quejas-?(?:y-?)?reclamos|libro-?de-?reclamaciones|hoja-?de-?reclamaciones|reclame-?aqui)(?:-|$)/,
  claimsTracking: /(?:^|-)(?:consulta-?(?:tu-?|su-?)?(?:pqrs?d?|radicado|caso|solicitud)|seguimiento-?(?:a-?|de-?)?(?:pqrs?d?|radicado|caso)|estado-?(?:de-?)?(?:pqrs?d?|radicado|caso)|case-?status|ticket-?status)(?:-|$)/,
  privacy: /(?:^|-)(?:(?:terminos|condiciones|aviso-legal|legal)-[a-z0-9-]*privacidad|privacidad-y-(?:terminos|condiciones)|politicas?-?(?:de-?)?privacidad|aviso-?(?:de-?)?privacidad|privacy-?(?:policy|policies|notices?|statement)|habeas-?data|tratamiento-?(?:de-?)?(?:la-?informacion|datos|los-?datos)|proteccion-?(?:de-?)?datos|datos-?personales|politicas?-?de-?datos|politicas?-?(?:de-?)?privacidade|protecao-?de-?dados|lgpd|politique-?de-?confidentialite|donnees-?personnelles|protection-?des-?donnees|vie-?privee|osobnich-?udaju|osobnych-?udajov|osobne-?udaje|chinh-?sach-?bao-?mat|quyen-?rieng-?tu|polityka-?prywatnosci|ochrona-?danych-?osobowych|rodo|privacyverklaring|privacybeleid|privatlivspolitik|persondatapolitik|integritetspolicy)(?:-|$)/,
  terms: /(?:^|-)(?:terminos-?y-?condiciones|terminos-?(?:de-?)?(?:uso|servicio)|condiciones-?(?:de-?)?(?:uso|servicio|compra)|condiciones-?(?:generales|legales)|terms-?(?:and-?|&-?)?conditions|terms?-?of-?(?:service|use|sale|business)|termos-?(?:(?:de-?)?uso|e-?condicoes|de-?servico)|avisos?-?legal(?:es)?|legal-?notices?|legal-?notes?|informacion-?legal|contrato-?marco|contrato-?de-?(?:adhesion|(?:prestacion-?de-?)?servicios?)|legal-?(?:and-?|&-?|y-?|e-?)?(?:terms|terminos|termos)|(?:terms|terminos|termos)-?(?:and-?|&-?|y-?|e-?)?legal|mentions-?legales|conditions-?generales-?(?:de-?)?vente|conditions-?generales-?d-?utilisation|conditions-?d-?utilisation|obchodni-?podminky|obchodne-?podmienky|zmluvne-?podmienky|dieu-?khoan-?(?:su-?dung|dich-?vu)|regulamin-?(?:serwisu|sklepu|uslug)|warunki-?(?:korzystania|uzytkowania)|algemene-?voorwaarden|gebruiksvoorwaarden|handelsbetingelser|anvandarvillkor)(?:-|$)/,
  storeLocator: /(?:^|-)(?:nuestras-?tiendas|store-?locator|find-?a-?store|localizador-?de-?tiendas|encuentra-?(?:tu-?|una-?)?tienda|puntos-?de-?(?:venta|atencion|pago)|nossas-?lojas|encontre-?uma-?loja)(?:-|$)/,
  news: /(?:^|-)(?:sala-?de-?prensa|press-?releases|news-?room)(?:-|$)/,
  invoices: /(?:^|-)(?:factura-?electronica|facturacion-?electronica|estado-?de-?cuenta|segunda-?via|duplicado-?(?:de-?)?factura|consulta-?(?:tu-?|su-?)?factura)(?:-|$)/,
  payments: /(?:^|-)(?:pagos?-?(?:en-?linea|online)|paga-?(?:tu-?factura|en-?linea)|pay-?(?:online|bill|your-?bill)|boton-?de-?pagos?)(?:-|$)/,
  security: /(?:^|-)(?:compra-?segura|politica-?de-?seguridad|seguridad-?(?:de-?la-?informacion|en-?linea|informatica|bancaria)|security-?policy)(?:-|$)/,
};

const ADMIN_PATH = /wp-admin|\/admin\b|\/administrator\b/;
const LOGOUT_PATH = /logout|log-out|salir|cerrar-?sesion/;
const URL_NEGATIVES: Partial<Record<KeyKind, RegExp>> = {
  account: new RegExp(`${ADMIN_PATH.source}|${LOGOUT_PATH.source}`),
  register: /registro-?(?:invima|sanitario|mercantil|de-?marca|nacional|unico)/,
  contact: /lentes-?de-?contacto|contact-?lens/,
  help: /help-?desk-?software|soportes?-?(?:para|de|pared|tv|televisor|celular|monitor|bicicleta)/,
  payments: /medios-?de-?pago|metodos-?de-?pago|formas-?de-?pago|payment-?methods/,
  // A cart under an orders section (Register.it's '/orders/cart/cartsummary.html', the header's basket icon) is the cart;
  // a checkout section's own order look-up ('Order Status' → /checkout/order_status.jsp) is still tracking.
  orderTracking: /(?:^|\/)(?:orders?|pedidos?|commandes?|ordini)\/(?:cart|carrito|carrinho|basket|cesta|panier|carrello|warenkorb)(?=[/.?#-]|$)/,
  // A promotion's conditions (Adobe's 'See terms' → /offer-terms/cc_full_special_offer.html) are the offer's, not the site's terms.
  terms: /(?:^|\/)(?:offer|promo|promotion|promocion|promocao|sweepstakes?|contest|giveaway)s?-?(?:terms|terminos|termos|conditions|condiciones|rules|reglas|bases)(?=[/.?#-]|$)/,
  security: /seguridad-?social|seguridad-?y-?salud/,
};

/**
 * The key pages' names in the languages the patterns above do not cover, as a page writes them
 * (folded on load): Chinese, Simplified and Traditional, Danish, Dutch, Georgian, German, Japanese,
 * Korean, Polish, Russian, Swedish, Thai, Turkish and Vietnamese, read on the holdouts; then, before
 * any page in them was read, the common names in Italian, Indonesian and Malay, Romanian, Hungarian,
 * Norwegian, Finnish, Greek, Ukrainian, Bulgarian, Croatian, Serbian and Slovene, the Baltic
 * languages, Arabic, Hebrew, Persian and Hindi (each site names its pages its own way; these are the
 * names a reader of the language expects). Read on the holdouts after measuring them: ZALORA
 * Taiwan's '常見問題' and '隱私聲明', Kaola's '帮助中心', '个人中心' and '我的订单', Louis Vuitton
 * China's '法律声明和隐私条款' and Alpari's 'Политика конфиденциальности' (26 and 27); the Korean
 * EPS portal's '개인정보처리방침' and '민원신청현황' and Dũng Mori's 'Đăng nhập', 'Hỗ trợ',
 * 'Chính sách bảo mật' and 'Điều khoản sử dụng' (29); KING OF TIME's 'サイトポリシー', Joylada's
 * 'เข้าสู่ระบบ' and 53KF's '客服系统操作文档' (30); SpeedTest.pl's 'Polityka Prywatności' and
 * MyVideo's 'სამომხმარებლო შეთანხმება' (31); Transfermarkt's Turkish 'Giriş yap', 'Veri gizliliği'
 * and 'Genel Kullanım Koşulları' (32), with the German names its addresses show; 2banh.vn's
 * 'Qui chế' titled 'Qui chế quản lý hoạt động sàn TMDT' (34), the operating rules a Vietnamese
 * marketplace must publish, its terms; 2dehands's Dutch 'Privacyverklaring' and 'Voorwaarden' and
 * Icelandair Denmark's 'Mine bookinger' (35), with the common Dutch, Danish and Swedish names beside them;
 * Finance.si's 'Politika zasebnosti', Bank Igud's 'פרטיות ואבטחה' (privacy and security) and Start
 * Romagna's 'Regole di viaggio', its conditions of carriage (36); Krstarica's Serbian 'Privatnost', Jófogás's
 * 'Felhasználói szabályzat' and Pirk.lt's 'Aptarnavimas ir pagalba' (37); Bilbasen's Danish 'Fortrolighedspolitik'
 * and 'Brugervilkår', Avast Korea's '사용약관' and BUSINESS Online's Russian names in the cases a sentence puts them in (38);
 * Multikino Vilnius's 'Taisyklės' (rules: a Lithuanian site's terms), with the Lithuanian and Latvian names beside it (39). Vietnamese,
 * Polish and Turkish are Latin, but their 'đ', 'ł' and 'ı' are letters of their own that
 * folding keeps. Korean runs nouns together
 * ('개인정보처리방침', personal-data processing policy) and Thai writes no spaces between
 * words, so their names, like Chinese and Japanese ones, may stand inside a longer run of letters.
 */
const OTHER_LANGUAGE_NAMES: Partial<Record<KeyKind, string[]>> = {
  contact: ['联系我们', '聯絡我們', '聯繫我們', '联系客服', '聯絡客服', 'контакты', 'связаться с нами', 'обратная связь',
    'お問い合わせ', 'お問合せ', '問い合わせ', '문의하기', '고객문의', 'liên hệ', 'liên hệ với chúng tôi', 'ติดต่อเรา',
    'skontaktuj się z nami', 'kontakt z nami', 'კონტაქტი', 'დაგვიკავშირდით',
    'iletişim', 'bize ulaşın', 'kontaktieren sie uns', 'neem contact op', 'kontakt os', 'kontakta oss',
    'contatti', 'contattaci', 'contattateci', 'scrivici', 'hubungi kami', 'kontak kami', 'contactați-ne', 'contactati-ne', 'kapcsolat', 'elérhetőségek', 'kontakt oss', 'ota yhteyttä', 'yhteystiedot', 'επικοινωνία', 'επικοινωνήστε μαζί μας', 'контакти', 'зв’яжіться з нами', 'свържете се с нас', 'kontaktai', 'kontakti', 'kontaktirajte nas', 'اتصل بنا', 'تواصل معنا', 'צור קשר', 'تماس با ما', 'संपर्क करें', 'हमसे संपर्क करें'],
  help: ['常见问题', '常見問題', '帮助中心', '幫助中心', '帮助', '幫助', '需要帮助', '需要幫助', '客服中心', '客户服务', '客戶服務', '说明中心', '說明中心',
    'помощь', 'часто задаваемые вопросы', 'вопросы и ответы', 'центр поддержки', 'служба поддержки', 'справочный центр',
    'よくある質問', 'よくあるご質問', 'ヘルプ', 'サポート', '자주묻는질문', '자주 묻는 질문', '고객센터', '도움말', '질문과 답변', '질의응답',
    'hỗ trợ', 'trợ giúp', 'trung tâm trợ giúp', 'câu hỏi thường gặp', 'hỏi đáp', 'hỗ trợ khách hàng', 'chăm sóc khách hàng',
    '操作文档', '使用文档', '操作指南', '使用指南', '用户指南', '用戶指南', '用户手册', '使用手册', '新手指南', 'คำถามที่พบบ่อย', 'ศูนย์ช่วยเหลือ', 'ช่วยเหลือ',
    'pomoc', 'centrum pomocy', 'często zadawane pytania', 'najczęściej zadawane pytania', 'pytania i odpowiedzi', 'obsługa klienta', 'დახმარება', 'ხშირად დასმული კითხვები',
    'yardım', 'yardım merkezi', 'sık sorulan sorular', 'sss', 'destek', 'hilfe', 'hilfe-center', 'häufige fragen', 'häufig gestellte fragen',
    'klantenservice', 'veelgestelde vragen', 'helpcentrum', 'kundeservice', 'ofte stillede spørgsmål', 'kundtjänst', 'vanliga frågor',
    'aiuto', 'assistenza', 'assistenza clienti', 'servizio clienti', 'centro assistenza', 'domande frequenti', 'bantuan', 'pusat bantuan', 'soalan lazim', 'pertanyaan umum', 'ajutor', 'întrebări frecvente', 'centru de ajutor', 'súgó', 'segítség', 'gyakori kérdések', 'gyik', 'ügyfélszolgálat', 'hjelp', 'ofte stilte spørsmål', 'kundesenter', 'hjælp', 'hjälp', 'asiakaspalvelu', 'usein kysytyt kysymykset', 'ohjeet', 'βοήθεια', 'συχνές ερωτήσεις', 'εξυπηρέτηση πελατών', 'допомога', 'поширені запитання', 'часті питання', 'помощ', 'често задавани въпроси', 'pomoć', 'pomoč', 'česta pitanja', 'pogosta vprašanja', 'pagalba', 'aptarnavimas ir pagalba', 'klientų aptarnavimas', 'dažniausiai užduodami klausimai', 'palīdzība', 'biežāk uzdotie jautājumi', 'korduma kippuvad küsimused', 'مساعدة', 'الأسئلة الشائعة', 'الاسئلة الشائعة', 'مركز المساعدة', 'עזרה', 'שאלות נפוצות', 'راهنما', 'سوالات متداول', 'سؤالات متداول', 'पूछे जाने वाले प्रश्न', 'सहायता'],
  account: ['登录', '登入', '登錄', '会员登录', '會員登入', '个人中心', '個人中心', '会员中心', '會員中心', '我的账户', '我的帳戶', '我的账号', '我的帳號', '帐号管理', '帳號管理',
    'вход', 'войти', 'личный кабинет', 'мой кабинет', 'мой аккаунт', 'авторизация', 'вход в личный кабинет',
    'ログイン', 'マイページ', '로그인', '마이페이지', 'đăng nhập', 'tài khoản của tôi', 'เข้าสู่ระบบ', 'ลงชื่อเข้าใช้', 'บัญชีของฉัน',
    'moje konto', 'zaloguj się', 'zaloguj', 'logowanie', 'panel klienta', 'strefa klienta', 'ავტორიზაცია', 'შესვლა',
    'giriş yap', 'üye girişi', 'oturum aç', 'hesabım', 'anmelden', 'einloggen', 'mein konto', 'kundenkonto',
    'inloggen', 'mijn account', 'log ind', 'min konto', 'logga in', 'mina sidor',
    'accedi', 'il mio account', 'area clienti', 'area riservata', 'masuk', 'log masuk', 'akun saya', 'akaun saya', 'autentificare', 'contul meu', 'intră în cont', 'conectare', 'belépés', 'bejelentkezés', 'fiókom', 'logg inn', 'min side', 'mine sider', 'kirjaudu', 'kirjaudu sisään', 'oma tili', 'σύνδεση', 'είσοδος', 'ο λογαριασμός μου', 'увійти', 'вхід', 'особистий кабінет', 'мій кабінет', 'влез', 'моят профил', 'prijava', 'prijavi se', 'moj račun', 'prisijungti', 'mano paskyra', 'pieslēgties', 'ienākt', 'logi sisse', 'تسجيل الدخول', 'حسابي', 'התחברות', 'החשבון שלי', 'ورود', 'حساب کاربری', 'लॉग इन'],
  register: ['注册', '註冊', 'регистрация', 'зарегистрироваться', '会員登録', '新規登録', '회원가입', 'đăng ký tài khoản', 'tạo tài khoản', 'สมัครสมาชิก', 'zarejestruj się', 'rejestracja', 'załóż konto', 'რეგისტრაცია', 'üye ol', 'kayıt ol', 'registrieren', 'konto erstellen', 'registreren', 'account aanmaken', 'opret konto', 'skapa konto'],
  orderTracking: ['我的订单', '我的訂單', '追踪订单', '追蹤訂單', '订单查询', '訂單查詢', '查询订单', '查詢訂單', 'отследить заказ', 'отслеживание заказа', 'статус заказа', 'мои заказы',
    '注文履歴', '注文状況', '配送状況', '주문조회', '주문/배송조회', '주문배송조회', '배송조회', '주문내역', '민원신청현황', '신청진행현황', '민원처리현황',
    'tra cứu đơn hàng', 'theo dõi đơn hàng', 'kiểm tra đơn hàng', 'đơn hàng của tôi', 'tình trạng đơn hàng', 'ติดตามคำสั่งซื้อ', 'ติดตามพัสดุ', 'คำสั่งซื้อของฉัน',
    'śledzenie przesyłki', 'śledź przesyłkę', 'śledzenie zamówienia', 'status zamówienia', 'moje zamówienia',
    'sipariş takibi', 'kargo takibi', 'siparişlerim', 'sipariş durumu', 'sendungsverfolgung', 'bestellstatus', 'meine bestellungen',
    'mijn bestellingen', 'bestelling volgen', 'mine bookinger', 'min booking', 'mine ordrer', 'mina bokningar', 'mina beställningar',
    'i miei ordini', 'traccia ordine', 'traccia il tuo ordine', 'stato ordine', 'stato dell’ordine', 'traccia spedizione', 'lacak pesanan', 'pesanan saya', 'comenzile mele', 'urmărire comandă', 'urmărește comanda', 'rendeléseim', 'rendelés követése', 'mine ordre', 'spor pakke', 'spor ordre', 'spåra order', 'spåra paket', 'tilaukseni', 'seuraa tilausta', 'οι παραγγελίες μου', 'παρακολούθηση παραγγελίας', 'мої замовлення', 'відстежити замовлення', 'статус замовлення', 'моите поръчки', 'проследяване на поръчка', 'moje narudžbe', 'praćenje narudžbe', 'mano užsakymai', 'تتبع الطلب', 'طلباتي', 'מעקב הזמנה', 'ההזמנות שלי', 'پیگیری سفارش'],
  privacy: ['隐私', '隱私', 'политика конфиденциальности', 'конфиденциальность', 'персональные данные', 'обработка персональных данных', 'защита персональных данных', 'политика о персональных данных', 'политика обработки персональных данных', 'политика в отношении обработки персональных данных',
    'プライバシーポリシー', '個人情報保護方針', '個人情報の取り扱い', '個人情報の取扱い', '개인정보처리방침', '개인정보 처리방침', '개인정보취급방침', '개인정보 취급방침', '개인정보보호정책', '개인정보 보호정책',
    'chính sách bảo mật', 'bảo mật thông tin', 'quyền riêng tư', 'นโยบายความเป็นส่วนตัว', 'นโยบายคุ้มครองข้อมูลส่วนบุคคล',
    'polityka prywatności', 'ochrona danych osobowych', 'rodo', 'კონფიდენციალურობის პოლიტიკა',
    'gizlilik politikası', 'gizlilik', 'veri gizliliği', 'kişisel verilerin korunması', 'kvkk', 'datenschutz', 'datenschutzerklärung', 'datenschutzhinweise',
    'privacyverklaring', 'privacybeleid', 'privatlivspolitik', 'persondatapolitik', 'fortrolighedspolitik', 'integritetspolicy', 'personuppgifter',
    'informativa sulla privacy', 'trattamento dei dati personali', 'protezione dei dati', 'kebijakan privasi', 'dasar privasi', 'politica de confidențialitate', 'confidențialitate', 'protecția datelor', 'adatvédelem', 'adatvédelmi tájékoztató', 'adatkezelési tájékoztató', 'personvern', 'personvernerklæring', 'tietosuoja', 'tietosuojaseloste', 'tietosuojakäytäntö', 'πολιτική απορρήτου', 'προσωπικά δεδομένα', 'політика конфіденційності', 'конфіденційність', 'захист персональних даних', 'политика за поверителност', 'поверителност', 'защита на личните данни', 'politika privatnosti', 'zaštita privatnosti', 'privatnost', 'zaštita osobnih podataka', 'varstvo osebnih podatkov', 'politika zasebnosti', 'zasebnost', 'privatumo politika', 'privātuma politika', 'privaatsuspoliitika', 'سياسة الخصوصية', 'الخصوصية', 'מדיניות פרטיות', 'מדיניות הפרטיות', 'פרטיות ואבטחה', 'פרטיות', 'حریم خصوصی', 'गोपनीयता नीति'],
  terms: ['服务条款', '服務條款', '使用条款', '使用條款', '用户协议', '用戶協議', '服务协议', '服務協議', '法律声明', '法律聲明', '条款和条件', '條款及細則', '使用条件', '使用條件',
    'пользовательское соглашение', 'условия использования', 'условия обслуживания', 'правила пользования', 'правилами пользования', 'правил пользования', 'условиями использования', 'пользовательским соглашением', 'пользовательского соглашения', 'правовая информация', 'юридическая информация', 'клиентское соглашение', 'публичная оферта', 'оферта', 'договор оферты', 'договор-оферта', 'публічна оферта', 'договір оферти',
    '利用規約', 'ご利用規約', 'サイトポリシー', 'サイトのご利用について', 'ご利用にあたって', 'サイトのご利用にあたって', 'サイトご利用にあたって', 'ご利用上の注意', '이용약관', '서비스약관', '사용약관', '회원약관', '이용 약관', '서비스 약관', 'điều khoản sử dụng', 'điều khoản dịch vụ', 'điều khoản và điều kiện', 'điều kiện giao dịch chung', 'quy chế hoạt động', 'qui chế hoạt động', 'quy chế quản lý hoạt động', 'qui chế quản lý hoạt động', 'ข้อกำหนดการใช้งาน', 'เงื่อนไขการใช้งาน', 'ข้อตกลงและเงื่อนไข', 'ข้อกำหนดและเงื่อนไข',
    'regulamin', 'regulamin serwisu', 'regulamin sklepu', 'warunki korzystania', 'warunki użytkowania',
    'სამომხმარებლო შეთანხმება', 'წესები და პირობები', 'მომსახურების პირობები', 'გამოყენების წესები',
    'kullanım koşulları', 'genel kullanım koşulları', 'kullanım şartları', 'hizmet şartları', 'üyelik sözleşmesi',
    'agb', 'nutzungsbedingungen', 'allgemeine geschäftsbedingungen', 'impressum',
    'algemene voorwaarden', 'voorwaarden', 'gebruiksvoorwaarden', 'handelsbetingelser', 'betingelser', 'vilkår', 'brugervilkår', 'brugeraftale', 'villkor', 'användarvillkor', 'köpvillkor',
    'note legali', 'condizioni di vendita',
    // A carrier's conditions of carriage are its terms: Start Romagna's 'Regole di viaggio' (holdout 36), with the usual names beside it
    'regole di viaggio', 'condizioni di trasporto', 'condizioni generali di trasporto', 'conditions of carriage', 'condiciones de transporte', 'condiciones generales de transporte', 'condições gerais de transporte', 'condições de transporte', 'conditions générales de transport', 'beförderungsbedingungen', 'syarat dan ketentuan', 'syarat & ketentuan', 'ketentuan penggunaan', 'terma dan syarat', 'termeni și condiții', 'termeni si conditii', 'condiții de utilizare', 'általános szerződési feltételek', 'ászf', 'felhasználási feltételek', 'felhasználói szabályzat', 'felhasználási szabályzat', 'kjøpsbetingelser', 'brukervilkår', 'käyttöehdot', 'toimitusehdot', 'sopimusehdot', 'όροι χρήσης', 'όροι και προϋποθέσεις', 'умови використання', 'угода користувача', 'публічна оферта', 'общи условия', 'условия за ползване', 'uvjeti korištenja', 'uslovi korišćenja', 'opći uvjeti', 'splošni pogoji', 'naudojimosi sąlygos', 'taisyklės', 'naudojimosi taisyklės', 'pirkimo taisyklės', 'pirkimo sąlygos', 'terminai ir sąlygos', 'bendrosios sąlygos', 'noteikumi', 'pirkšanas noteikumi', 'lietošanas noteikumi', 'kasutustingimused', 'müügitingimused', 'الشروط والأحكام', 'شروط الاستخدام', 'תנאי שימוש', 'תקנון', 'قوانین و مقررات', 'شرایط استفاده', 'नियम और शर्तें'],
};

/** Scripts written without spaces between words: any of their characters may start or end a name. */
const UNSPACED = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}\\p{sc=Thai}';
/** A letter of a word that spaces delimit, in any script (`\b` knows only ASCII's). */
const WORD_CHAR = `(?![${UNSPACED}])[\\p{L}\\p{N}_]`;

/**
 * A vocabulary pattern with Unicode word edges: each `\b` that opens a word becomes "no
 * letter before", each one that closes it "no letter after", so "вход" is a word in
 * "Вход" and not in "Входящие", and "常見問題" is one in "瀏覽常見問題". Names in other
 * scripts join the alternatives.
 */
function withWordEdges(re: RegExp, names: string[] = []): RegExp {
  let src = re.source.replace(/\\b/g, (_m, i: number, all: string) => (i === 0 || all[i - 1] === '|' || all[i - 1] === '(' ? `(?<!${WORD_CHAR})` : `(?!${WORD_CHAR})`));
  if (names.length) src += `|(?<!${WORD_CHAR})(?:${names.map((n) => fold(n).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?!${WORD_CHAR})`;
  return new RegExp(src, 'u');
}

export const TEXT_PATTERNS = Object.fromEntries(Object.entries(TEXT_WORDS).map(([k, re]) => [k, withWordEdges(re, OTHER_LANGUAGE_NAMES[k as KeyKind])])) as Record<KeyKind, RegExp>;
const TEXT_NEGATIVES = Object.fromEntries(Object.entries(NEGATIVE_WORDS).map(([k, re]) => [k, withWordEdges(re)])) as Partial<Record<KeyKind, RegExp>>;

export const KEY_KINDS = Object.keys(TEXT_PATTERNS) as KeyKind[];

/**
 * Single words that name a kind only when they make up most of a text: "Seguridad" or
 * "Tiendas" is a menu entry, "Cámara de seguridad WiFi" or "Termo de acero" is a product.
 */
const WEAK_WORDS = /^(?:aide|pomoc|hilfe|yardım|destek|connexion|confidentialite|kontakt|aiuto|assistenza|accedi|contatti|bantuan|masuk|ajutor|conectare|confidentialitate|kapcsolat|segitseg|sugo|belepes|adatvedelem|aszf|hjelp|hjælp|hjalp|personvern|ohjeet|kirjaudu|tietosuoja|βοηθεια|συνδεση|εισοδος|επικοινωνια|допомога|увійти|вхід|контакти|конфіденційність|помощ|влез|поверителност|prijava|kontakti|kontaktai|pagalba|prisijungti|palidziba|taisykles|noteikumi|مساعدة|الخصوصية|zasebnost|privatnost|פרטיות|עזרה|תקנון|راهنما|ورود|सहायता|seguridad|security|seguranca|tiendas|stores|lojas|sedes|oficinas|sucursales|locations|soporte|support|entrar|acceder|ingresar|account|cuenta|aceder|terminos|terms|privacidad|privacy|privacidade|cart|bag|rastrea|rastrear|rastreo|rastree|statements|billing|extractos?|boletos?)$/;

const NEW_TAB_NOTE = /[,;(\s-]*\b(?:se abre en (?:una )?nueva (?:pestana|ventana)|opens? in (?:a )?new (?:tab|window)|abre(?:-se)? (?:em|numa) nova (?:aba|janela|guia))\b\)?/g;

function normaliseText(text: string): string {
  // A word run into the number after it ("Central do Assinante4003 5799": a hidden link's two
  // paragraphs, read without the break a browser would draw between them) is still a word.
  // A screen reader's note that the link opens a new tab ("…, se abre en una nueva pestaña", OneTrust's
  // links) says nothing about where it leads, and would make a short name a long text.
  // An image's alt text written as a file name's slug ("banca-en-linea", Banco Nacional de Panamá's
  // online-banking button) is its words.
  const folded = fold(text);
  const words = /^[a-z0-9]+(?:[-_][a-z0-9]+){2,}$/.test(folded.trim()) ? folded.replace(/[-_]/g, ' ') : folded;
  return words.replace(NEW_TAB_NOTE, ' ').replace(/[|•·»«>›‹→←¿?¡!:"“”()[\]]/g, ' ').replace(/(\p{L})(\d)/gu, '$1 $2').replace(/\s+/g, ' ').trim();
}

/** Kinds whose words or phrases the text uses, with the negatives that ruled some out. */
function readText(text: string, maxLen: number): { kinds: KeyKind[]; negated: KeyKind[] } {
  const t = normaliseText(text);
  const kinds: KeyKind[] = [];
  const negated: KeyKind[] = [];
  if (!t || t.length > maxLen) return { kinds, negated };
  const found: { kind: KeyKind; words: string[]; leads: boolean; spans: [number, number][] }[] = [];
  const covered = new Array<boolean>(t.length).fill(false);
  for (const k of KEY_KINDS) {
    const neg = TEXT_NEGATIVES[k];
    if (neg && neg.test(t)) {
      negated.push(k);
      continue;
    }
    const matches = [...t.matchAll(new RegExp(TEXT_PATTERNS[k].source, 'gu'))].filter((m) => m[0].trim());
    if (!matches.length) continue;
    for (const m of matches) for (let i = m.index!; i < m.index! + m[0].length; i++) covered[i] = true;
    found.push({ kind: k, words: matches.map((m) => m[0].trim()), leads: matches.some((m) => m.index === 0), spans: matches.map((m) => [m.index!, m.index! + m[0].length]) });
  }
  // A word that is only part of another kind's longer phrase is that phrase's: "account" in
  // "Create an account" is the sign-up, not the sign-in; "account" in "Account statements" the statements.
  const inside = (a: [number, number], b: [number, number]): boolean => b[0] <= a[0] && a[1] <= b[1] && b[1] - b[0] > a[1] - a[0];
  // Only lone generic words: "Customer Service Home" is still the contact too (its phrase, not a word of it).
  const partOfOther = (f: (typeof found)[number]): boolean => f.words.every((w) => WEAK_WORDS.test(w)) && f.spans.every((sp) => found.some((o) => o !== f && o.spans.some((osp) => inside(sp, osp))));
  // How much of the text the key-page words make up, all kinds together ("Termo de uso e privacidade" is all of it).
  const letters = t.replace(/[^\p{L}\p{N}]/gu, '').length || 1;
  const share = covered.reduce((n, c, i) => n + (c && /[\p{L}\p{N}]/u.test(t[i]!) ? 1 : 0), 0) / letters;
  for (const f of found) {
    const { kind, words, leads } = f;
    if (partOfOther(f)) continue;
    // A headline that mentions "protección de datos" does not name a page: a long text must
    // open with the phrase ("Bases y Condiciones - Servicio de …") or be mostly key-page words.
    // So does a question of five words or more that asks about something else ("Gündem Global Call (Help
    // Turkey) nedir?", a news headline on Habertürk's home page): its key word is part of a name, mid-sentence.
    if ((t.length > 40 || (/\?\s*$/.test(text) && t.split(' ').length >= 5)) && share < 0.4 && !leads) continue;
    // A category label before a headline ("Customer service: Which is the best bank in the GCC
    // for 2015?", a comparison site's article) files the article under a topic; it is not the page.
    // Its address, which repeats the label in the headline's slug, does not make it the page either.
    if (leads && t.length > 40 && share < 0.4 && labelsHeadline(text, words[0]!)) {
      negated.push(kind);
      continue;
    }
    // Lone generic words inside a longer text (a product name, a sentence) do not name the page either.
    const strong = words.some((w) => !WEAK_WORDS.test(w));
    const own = words.reduce((n, w) => n + w.replace(/[^\p{L}\p{N}]/gu, '').length, 0) / letters;
    if (strong || own > 0.5 || share >= 0.7) kinds.push(kind);
  }
  // "Customer service - Contact us" (PrestaShop's contact page heading) names the department
  // one contacts: with a contact phrase beside it, customer service is the contact page, not help.
  const help = found.find((f) => f.kind === 'help');
  const contact = found.find((f) => f.kind === 'contact');
  if (help && contact && kinds.includes('help') && kinds.includes('contact') && help.words.every((w) => CUSTOMER_SERVICE.test(w))
    && contact.spans.some((c) => !help.spans.some((h) => h[0] <= c[0] && c[1] <= h[1]) && !help.spans.some((h) => c[0] <= h[0] && h[1] <= c[1]))) kinds.splice(kinds.indexOf('help'), 1);
  return { kinds, negated };
}

/**
 * Whether a text is "Label: headline": its key-page phrase, a colon, then a sentence of
 * five words or more with no key-page words of its own.
 */
function labelsHeadline(text: string, phrase: string): boolean {
  const m = /^([^:]{1,40}):\s*(.+)$/s.exec(text.trim());
  if (!m || normaliseText(m[1]!) !== phrase) return false;
  const rest = normaliseText(m[2]!);
  return rest.split(' ').length >= 5 && readText(rest, 200).kinds.length === 0;
}

/** The customer-service department's name, which the help pattern also reads. */
const CUSTOMER_SERVICE = /^(?:customer services?|customer care|servicio al cliente|central de atendimento)$/;

/** Kinds named by a short text (link text, title segment, heading). */
export function kindsFromText(text: string, maxLen = 70): PageKind[] {
  return readText(text, maxLen).kinds;
}

/** The folded path (+query) of a URL, for slug matching. */
export function foldedPath(url: string): string {
  try {
    const u = new URL(url);
    let p = u.pathname;
    try {
      p = decodeURIComponent(p);
    } catch {
      /* keep raw */
    }
    const hash = u.hash.startsWith('#/') ? u.hash.slice(1) : '';
    return fold(p + (u.search ? u.search : '') + hash).replace(/\s+/g, '-');
  } catch {
    return '';
  }
}

/** Letters folding keeps (no accent to drop) as slugs write them: Vietnamese 'đ', Polish 'ł', Turkish 'ı'. */
const SLUG_LETTERS: Record<string, string> = { đ: 'd', ł: 'l', ı: 'i' };

/** Query parameters that carry the address to go back to after a sign-in or an action. */
const RETURN_PARAM = /^(?:redirect(?:[-_]?(?:to|url|uri|link|path))?|return(?:[-_]?(?:to|url|uri|path))?|returnurl|next|continue|goto|back(?:[-_]?url)?|callback(?:[-_]?url)?|came[-_]?from|destination|referr?er)$/i;

/**
 * The path segments of a URL, folded, as slugs: "/Politica_de_Privacidad.aspx" →
 * "politica-de-privacidad", "/ajudaSuporteAdvogado.html" → "ajuda-suporte-advogado". Query
 * values and hash routes are segments too (OpenCart's "?route=information/contact", VTEX's
 * "#/orders"). A version or page number at the end goes ("/kr/privacy_3.9.jsp", the EPS
 * portal's privacy policy, → "privacy"), and letters that folding keeps are written as
 * slugs write them (SLUG_LETTERS).
 */
export function pathSegments(url: string, own = false): string[] {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return [];
  }
  const decode = (s: string): string => {
    try {
      return decodeURIComponent(s.replace(/\+/g, ' '));
    } catch {
      return s;
    }
  };
  const path = u.pathname.split('/').filter(Boolean);
  // A page's own segment is the last one of its path; query values and hash routes name the page too.
  const raw: string[] = own ? path.slice(-1) : path;
  // A return address says where a sign-in goes back to, not what the link is
  // ("Iniciar sesión" → /login?redirect_link=%2Fes%2Ftrack%2F1841999507, a song's page).
  for (const [k, v] of u.searchParams) if (!RETURN_PARAM.test(k)) raw.push(...v.split('/'));
  if (u.hash.startsWith('#/')) raw.push(...u.hash.slice(2).split(/[/?&=]/));
  const out: string[] = [];
  for (const r of raw) {
    const seg = fold(splitCamelCase(decode(r)))
      .replace(/[đłı]/g, (c) => SLUG_LETTERS[c]!)
      .replace(/\.(?:html?|php\d?|aspx?|jsp|cfm|do|shtml)$/, '')
      .replace(/[\s_.+]+/g, '-')
      .replace(/[^a-z0-9&-]/g, '')
      .replace(/-{2,}/g, '-')
      .replace(/^-|-$/g, '')
      .replace(/(?:-\d{1,3})+$/, '');
    if (seg) out.push(seg);
  }
  return out;
}

/**
 * Catalogue paths: a product called "Soporte para TV" or "Contact lens case" is not a
 * key page. WooCommerce /producto/…, Shopify /products/…, VTEX …/p, Magento catalog/product.
 */
const CATALOGUE_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:producto|productos|product|products|item|items|collections|coleccion|colecciones|categoria|categorias|category|categories|catalogo|catalog|product-category|categoria-produto|produto|produtos)\/|^\/[^?#]*\/p\/?(?:[?#]|$)|^\/catalog\/product\/view\//;

/** WordPress's own sign-in page. */
const WP_LOGIN = /wp-login/;

/** Webmail: Google Workspace's and Outlook's mailboxes, an organisation's own webmail host or /owa/. */
const WEBMAIL = /^(?:https?:)?\/\/(?:mail\.google\.com\/a\/|outlook\.(?:office|office365|live)\.com\/|webmail\.|correo\.[^/]+\/owa\b|[^/]+\/owa(?:\/|$))/i;

/**
 * Kinds a URL rules out whatever its link says. A wp-login.php "Acceder" in a sidebar
 * or footer (WordPress's Meta widget) is the site administrators' door; in the site's
 * header or navigation it is offered to every visitor (WordPress.com, membership
 * sites), so `region` (where the link sits) is read for it.
 */
export function blockedByUrl(url: string, region = ''): KeyKind[] {
  // A staff mailbox (Dibrugarh University's 'Login to Email' → mail.google.com/a/dibru.ac.in, Outlook on the web) is no customer's account.
  if (WEBMAIL.test(url)) return ['account'];
  const p = foldedPath(url);
  if (!p) return [];
  if (CATALOGUE_PATH.test(p)) return [...KEY_KINDS];
  return KEY_KINDS.filter((k) => URL_NEGATIVES[k]?.test(p) || k === 'account' && WP_LOGIN.test(p) && !/^(?:header|nav)$/.test(region));
}

function isCataloguePath(url: string): boolean {
  const p = foldedPath(url);
  return !!p && CATALOGUE_PATH.test(p);
}

/** Kinds one path segment names: the whole segment is the slug, or it holds a clear phrase. */
export function kindsFromSegment(segment: string): KeyKind[] {
  const phrases = new Map<KeyKind, RegExpMatchArray[]>();
  for (const k of KEY_KINDS) {
    const matches = [...segment.matchAll(new RegExp(PHRASE_PATTERNS[k].source, 'g'))];
    if (matches.length) phrases.set(k, matches);
  }
  const phraseLength = (ms: RegExpMatchArray[]): number => ms.reduce((n, m) => n + m[0].replace(/^-|-$/g, '').length, 0);
  // A slug made of two pages' phrases names both ("politica-de-privacidad-y-condiciones-de-uso").
  const together = [...phrases.values()].reduce((n, ms) => n + phraseLength(ms), 0);
  return KEY_KINDS.filter((k) => {
    if (SEGMENT_PATTERNS[k].test(segment)) return true;
    // A phrase names the page when the slug starts with it or is mostly made of it; a news
    // headline slug that mentions "proteccion-de-datos" halfway through does not.
    const matches = phrases.get(k);
    if (!matches) return false;
    if (matches.some((m) => m.index === 0)) return true;
    if (phrases.size >= 2 && together >= segment.length * 0.7) return true;
    return phraseLength(matches) >= segment.length * 0.5;
  });
}

/** Path segments of a page that sells a subscription or a plan. */
const SALES_SEGMENT = /^(?:suscripcion(?:es)?|suscribete|suscribirse|subscribe|subscriptions?|assinaturas?|assine|planes|planos|plans|pricing|precios)$/;

/** A segment that names personal data without naming a policy ("datos-personales-promocion"). */
const BARE_DATA_SEGMENT = /^(?!.*(?:politica|politique|proteccion|protecao|protection|tratamiento|tratamento|aviso|policy|privacidad|privacidade|privacy|confidentialite))(?:.*-)?(?:datos-?personales|dados-?pessoais|personal-?data|donnees-?personnelles)(?:-.*)?$/;

/** Path segments of a customer's own area, and what its orders are called there. */
const ACCOUNT_AREA_SEGMENT = /^(?:user|users|account|accounts|my-?account|myaccount|customer|customers|mi-?cuenta|cuenta|minha-?conta|conta|profile|perfil|usuario|cliente)$/;
const ORDERS_SEGMENT = /^(?:order|orders|pedidos?|encomendas?|commandes?|compras|purchases|order-?list|order-?history)$/;
const HISTORY_SEGMENT = /^(?:history|historial|historico)$/;
/** Hosts of a customer's own area (myaccount.x, minhaconta.x, micuenta.x). */
const ACCOUNT_HOST = /^(?:my-?account|account|accounts|minha-?conta|mi-?cuenta|micuenta|espace-?client|mon-?compte)\./;

function hostOfUrl(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** A locale segment leading a path ("/es/", "/en-gb/", "/pt_BR/"). */
const LOCALE_SEGMENT = /^[a-z]{2}(?:[-_][a-z]{2,4})?$/i;

/** Path segments a CMS puts before a page's own slug ("/page/view/legal", "/pages/legal", "/content/legal", Joomla's "/index.php/legal"). */
const CMS_PAGE_ROUTE = /^(?:page|pages|p|view|content|info|static|paginas?|cms|index\.php)$/i;

/** The section about the organisation itself, where some sites keep their legal page ("/about-us/legal", Acquia's). */
const ABOUT_SECTION = /^(?:about|about-?us|company|corporate|acerca-?de|sobre-?nosotros|sobre|quienes-?somos|institucional)$/i;

/**
 * The site's own legal page: a path that is only "legal" (after a locale), "/legal/",
 * "apple.com/es/legal/", "/legal.html", or "legal" in the section about the organisation
 * ("/about-us/legal"). Sites put their terms of use and legal notices there (a footer's bare
 * "Legal" link), as "Aviso legal" does in Spanish. A Legal section deeper in a site
 * ("/Divisions/Legal.aspx", an agency's legal-affairs office) is not it.
 */
function isSiteLegalPage(url: string): boolean {
  let path: string[];
  try {
    path = new URL(url).pathname.split('/').filter(Boolean);
  } catch {
    return false;
  }
  if (path.length >= 2 && LOCALE_SEGMENT.test(path[0]!)) path = path.slice(1);
  // A CMS's route to its pages adds nothing: "/page/view/legal" (Design Connected) is the page "legal".
  while (path.length > 1 && CMS_PAGE_ROUTE.test(path[0]!)) path = path.slice(1);
  if (path.length === 2 && ABOUT_SECTION.test(path[0]!)) path = path.slice(1);
  return path.length === 1 && /^(?:legal|legales|legal-?info(?:rmation)?)$/i.test(path[0]!.replace(/\.(?:html?|php|aspx?)$/i, ''));
}

/**
 * Kinds named by a URL's path; a help-centre host (ayuda.x, help.x, x.zendesk.com/hc)
 * counts as help. `ownSegment` reads only the page's own slug (the last segment), not
 * the sections above it.
 */
export function kindsFromUrl(url: string, ownSegment = false, siteHosts: readonly string[] = []): PageKind[] {
  const p = foldedPath(url);
  const out: PageKind[] = [];
  if (p && CATALOGUE_PATH.test(p)) return out;
  if (p) {
    const kinds = new Set<KeyKind>();
    const segs = pathSegments(url, ownSegment);
    // A step of a subscription sign-up that asks for the buyer's personal data
    // (micuenta.farodevigo.es/suscripcion/datos_personales_promocion/) is the shop's form, not the data-protection policy.
    const sold = pathSegments(url).some((seg) => SALES_SEGMENT.test(seg));
    for (const seg of segs) {
      // Zendesk's "/hc/" is a path's section; a query's "pagina=hc" (the STF's habeas-corpus statistics) is not.
      if (seg === 'hc' && !pathSegments(url.split(/[?#]/)[0]!).includes('hc')) continue;
      for (const k of kindsFromSegment(seg)) if (!(k === 'privacy' && sold && BARE_DATA_SEGMENT.test(seg))) kinds.add(k);
    }
    // The orders of a customer's own area ("/ar/en/user/order", "/account/orders") are the order history.
    const all = ownSegment ? pathSegments(url) : segs;
    if (all.some((seg, i) => i > 0 && ORDERS_SEGMENT.test(seg) && ACCOUNT_AREA_SEGMENT.test(all[i - 1]!))) kinds.add('orderTracking');
    // An order history under any section (Magento's /sales/order/history/, "/pedidos/historial").
    if (all.some((seg, i) => i > 0 && HISTORY_SEGMENT.test(seg) && ORDERS_SEGMENT.test(all[i - 1]!))) kinds.add('orderTracking');
    // On the customer-area host the orders lead the path (myaccount.x/purchases/list).
    if (all.length && ORDERS_SEGMENT.test(all[0]!) && ACCOUNT_HOST.test(hostOfUrl(url))) kinds.add('orderTracking');
    if (isSiteLegalPage(url)) kinds.add('terms');
    for (const k of KEY_KINDS) {
      if (!kinds.has(k)) continue;
      const neg = URL_NEGATIVES[k];
      if (neg && neg.test(p)) continue;
      out.push(k);
    }
  }
  try {
    const u = new URL(url);
    const host = u.hostname.toLowerCase();
    if (isHelpSite(url)) {
      if (!out.includes('help')) out.push('help');
    }
    // The customer-area host stands for the account, except for the pages on it that sell a
    // subscription or a plan ("Suscripción" → micuenta.x/suscripcion/): a shop, not the sign-in.
    // …and the public look-ups kept there: TRF2's case look-up at portal.trf2.jus.br/portal/consulta/cons_procs.asp
    // (a 'consulta' section, the court's public queries) is no sign-in.
    const elsewhere = pathSegments(url).some((seg) => SALES_SEGMENT.test(seg) || /^(?:consultas?|cons-procs|pesquisas?|busca)$/.test(seg));
    // …unless the site itself lives there: on portal.tcu.gov.br every link leads to portal.tcu.gov.br.
    if (!elsewhere && !siteHosts.includes(host) && /^(?:sucursal|oficinavirtual|sucursalvirtual|clientes|micuenta|portal|mi)\./.test(host) && !out.includes('account')) out.push('account');
  } catch {
    /* not a URL */
  }
  return out;
}

/**
 * A help centre hosted by a help-desk platform on the organisation's own account
 * (tienda.zendesk.com/hc, igcorp.octadesk.com/kb, x.custhelp.com/app/answers): the
 * platform's URL says what the page is, whatever words link to it.
 */
export function isHelpPlatform(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const host = u.hostname.toLowerCase();
  const path = u.pathname;
  // Zendesk's request form (/hc/<locale>/requests/new) is where a ticket is written, not the help centre's answers.
  return /\.zendesk\.com$/.test(host) && /^\/hc\b/.test(path) && !/^\/hc\/(?:[a-z]{2}(?:-[a-z]{2,4})?\/)?requests\b/i.test(path)
    || /\.freshdesk\.com$/.test(host) && /^\/support\b/.test(path)
    || /\.helpscoutdocs\.com$/.test(host)
    || /\.octadesk\.com$/.test(host) && /^\/kb\b/.test(path)
    // Oracle B2C Service serves only the organisation's customer portal on its custhelp.com host (rihappy.custhelp.com).
    || /\.custhelp\.com$/.test(host) && !/\.widget\.custhelp\.com$/.test(host)
    || /\.intercom\.help$/.test(host)
    || /\.kayako\.com$/.test(host) && /knowledgebase|\/article/i.test(u.pathname + u.search);
}

/**
 * A site of its own for customer service: a help host of the organisation (ayuda.x,
 * support.x, sac.uol.com.br — Brazil's "Serviço de Atendimento ao Consumidor") or a
 * help-desk platform's help centre.
 */
export function isHelpSite(url: string): boolean {
  const host = (() => {
    try {
      return new URL(url).hostname.toLowerCase();
    } catch {
      return '';
    }
  })();
  return /^(?:ayuda|help|soporte|support|faq|centrodeayuda|helpcenter|ajuda|duvidas|sac|atendimento|suporte|helpdesk|servicedesk|customerservice|customercare)\./.test(host) || isHelpPlatform(url);
}

const OPAQUE_PATH = /^\/?(?:$|index\.(?:html?|php)$|\?|(?:blank|copia|copy|page|pagina|p)(?:-\d+)?\/?$|\d+\/?$)/;

/** Kinds that describe the same place from two sides (/account/orders "Mis pedidos" is both). */
const COMPATIBLE: Partial<Record<PageKind, PageKind[]>> = {
  // "Contato" → /ajuda: the organisation sends its contact to its help centre.
  contact: ['help'],
  help: ['contact'],
  orderTracking: ['account'],
  account: ['orderTracking', 'invoices'],
  invoices: ['account', 'payments'],
  payments: ['invoices'],
  claimsTracking: ['complaints'],
  complaints: ['claimsTracking'],
  privacy: ['terms'],
  terms: ['privacy'],
};

/**
 * Kinds of a link. Its text decides, because the text is what the customer is offered
 * ("Mi cuenta", "Rastrea tu pedido", "Aviso de privacidad"); the URL's slugs are the
 * fallback for empty or opaque texts ("Ver más", an icon) and may add a kind that
 * describes the same place ("Mis pedidos" → /account/orders is also the account).
 * A text that names something else with the same word ("Seguridad social", "Lentes de
 * contacto") rules that kind out of the URL too.
 */
export function classifyLink(href: string, text: string, label = '', region = '', siteHosts: readonly string[] = []): PageKind[] {
  // A news feed is for feed readers, whatever its link says ("Ayuda" → /rss); a picture is no page
  // ("Ajuda?" → /imagens/numeracaounica.jpg, TRT-10's image explaining its case numbers).
  if (isFeedUrl(href) || isImageUrl(href)) return [];
  const blocked = blockedByUrl(href, region);
  const fromUrl = kindsFromUrl(href, false, siteHosts).filter((k) => !blocked.includes(k as KeyKind));
  let shown = text.trim() ? text : label;
  let read = readText(shown, 70);
  // A text that names nothing may have a title that does: "the foregoing Informative
  // Note" with title="privacy note".
  if (!read.kinds.length && text.trim() && label.trim()) {
    const byLabel = readText(label, 70);
    if (byLabel.kinds.length) {
      shown = label;
      read = byLabel;
    }
  }
  // A title that rules out what the words name says whom the door is for: "Login" titled "Efetuar login
  // administrativo no site" (the Pernambuco public defender's header) is the site's administrators' sign-in.
  if (text.trim() && label.trim() && shown === text) {
    const ruledOut = readText(label, 120).negated;
    if (ruledOut.length) read = { kinds: read.kinds.filter((k) => !ruledOut.includes(k)), negated: [...read.negated, ...ruledOut] };
  }
  // A sign-in link whose address passes through the log-out step (jpc's 'Anmelden' →
  // /myshop/-/task/logout.html: the shop ends any session, then asks to sign in): words that
  // wholly name the account say what it is. An administrators' door stays ruled out.
  if (blocked.includes('account') && namesWholly(shown, 'account') && LOGOUT_PATH.test(foldedPath(href)) && !ADMIN_PATH.test(foldedPath(href))) blocked.splice(blocked.indexOf('account'), 1);
  let fromText = read.kinds.filter((k) => !blocked.includes(k));
  // A catalogue-looking path ("/politica-de-privacidade/p", "/category/customer-service/faq.do")
  // says nothing against words that are wholly a key page's name; a product called
  // "Soporte para TV" or "Cámara de seguridad" is still not one.
  if (isCataloguePath(href)) fromText = read.kinds.filter((k) => namesWholly(shown, k));
  // Bare "Datos personales" into the reader's profile is the account's own data, not a data-protection policy.
  if (fromText.includes('privacy') && isBarePersonalData(shown) && isProfileUrl(href)) fromText = fromText.filter((k) => k !== 'privacy');
  // A help centre's answer about the account or an order ("Registration / My Account
  // information" → faq.x/app/answers/detail/…) explains it; it is not the account itself.
  if (isHelpArticle(href)) fromText = fromText.filter((k) => !ABOUT_NOT_IN.includes(k));
  // …and so do the questions a link names as being about them ("Track My Order FAQ" → /track-my-order-faq,
  // Volkswagen's page of answers about following a car's order): the answers, not the look-up.
  if (fromText.includes('help') && FAQ_WORDS.test(normaliseText(shown))) fromText = fromText.filter((k) => !ABOUT_NOT_IN.includes(k));
  // A help site is one whatever the link says ("Fale Conosco" → igcorp.octadesk.com/kb/, "sac" → sac.uol.com.br).
  const platform: PageKind[] = isHelpSite(href) && !blocked.includes('help') ? ['help'] : [];
  // What the page's own slug names, apart from the sections above it.
  // A slug that is the initials of the words the link names is that body's acronym (AGU's 'Consultoria-Geral da
  // União' → /unidade/CGU), not the French terms of use it spells.
  const own = acronymOf(shown, href) ? [] : kindsFromUrl(href, true, siteHosts).filter((k) => !blocked.includes(k as KeyKind));
  // A lone generic word ("support", "Privacy") says less than an address that names another
  // page: "support" → /contact-us/ is the contact page, not a help centre. The page's own slug
  // must name it: a section above it does not ("Privacidad" → /CustomerService/PolicyPrivacy.htm
  // is the privacy policy kept in the customer-service section, Uline's footer).
  if (fromText.length && own.length && WEAK_WORDS.test(normaliseText(shown)) && !fromText.some((k) => fromUrl.includes(k))) return [...new Set<PageKind>([...fromUrl, ...platform])];
  if (fromText.length) {
    // The contact page kept in the help section ("Fale Conosco" → /help/contactus) is the contact
    // page: its own slug already says what the words say, and the section above adds no help centre.
    const contactInHelp = fromText.includes('contact') && own.includes('contact') && !own.includes('help');
    const extra = fromUrl.filter((u) => fromText.some((t) => COMPATIBLE[t]?.includes(u) || COMPATIBLE[u]?.includes(t)) && !(contactInHelp && u === 'help'));
    return [...new Set<PageKind>([...fromText, ...extra, ...platform])];
  }
  // An empty or opaque text ("Ver más", an icon) leaves it to the path. A text that names
  // something else ("Reglamento Sucursal Virtual" under /servicio-al-cliente/) leaves it
  // only to the page's own slug, not to the sections above it.
  // Even behind an opaque text, the page's own slug says what it is when it names a page; the
  // sections above it add only what describes the same place ("Comunidad" → /preguntas/register
  // is the Q&A section's sign-up page, not its questions).
  const urlKinds = !isOpaqueText(shown) ? own : own.length ? [...own, ...fromUrl.filter((u) => own.some((o) => COMPATIBLE[o]?.includes(u)))] : fromUrl;
  const negated = new Set<PageKind>(read.negated);
  // A help address that only repeats the link's words ("Preguntas" → /es/preguntas/, a paper's
  // readers' questions section) says nothing the words did not: a lone 'Preguntas' or 'Suporte'
  // was read above and is not 'Preguntas frecuentes'. (A bare "Legal" → /legal/ is different:
  // where the page sits in the site says it is the site's terms.)
  if (own.includes('help') && repeatsText(href, shown)) negated.add('help');
  return [...new Set<PageKind>([...urlKinds.filter((k) => !negated.has(k)), ...platform])];
}

/** The last segment of a link's path, as written ("/unidade/CGU" → "CGU"); undefined for none or no URL. */
export function lastPathSegment(href: string): string | undefined {
  try {
    return new URL(href).pathname.split('/').filter(Boolean).pop();
  } catch {
    return undefined;
  }
}

/** Whether the last segment of a link's path is the initials of its text's words ("Consultoria-Geral da União" → /unidade/CGU). */
function acronymOf(text: string, href: string): boolean {
  const last = lastPathSegment(href);
  if (!last || !/^[A-Za-z]{2,6}$/.test(last)) return false;
  const initials = fold(text).split(/[\s-]+/).filter((w) => w && !/^(?:d[aeo]s?|de la|del|of|the|and|e|y|et)$/.test(w)).map((w) => w[0]).join('');
  return initials.length >= 2 && initials === last.toLowerCase();
}

/** Whether the last segment of a link's path is its text written as a slug ("Preguntas" → /preguntas/). */
function repeatsText(href: string, text: string): boolean {
  const last = lastPathSegment(href);
  if (!last) return false;
  const [seg] = pathSegments(`http://x/${last}`, true);
  const [said] = pathSegments(`http://x/${encodeURIComponent(text.trim())}`, true);
  return !!seg && seg === said;
}

/** A link straight to a picture file (.jpg, .png, .gif, .webp, .svg…). */
function isImageUrl(url: string): boolean {
  try {
    return /\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/** An RSS or Atom feed: a path ending in /rss, /feed or /atom, or a .rss / .atom / rss.xml file. */
export function isFeedUrl(url: string): boolean {
  try {
    return /\/(?:rss|feeds?|atom)\/?$|\.(?:rss|atom)$|\/(?:rss|atom|feed)\.xml$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/** Words that name a page of questions and answers, whatever the questions are about. */
const FAQ_WORDS = /\b(?:faqs?|f\.a\.q\.?|frequently asked questions|(?:preguntas|perguntas) (?:mas |mais )?(?:frecuentes|frequentes)|foire aux questions|questions frequentes|nejcastejsi dotazy|caste otazky)\b/;

/** Kinds a help article can only be about, never be (the account, an order's tracking). */
const ABOUT_NOT_IN: PageKind[] = ['account', 'register', 'orderTracking', 'invoices', 'payments', 'claimsTracking'];

/**
 * A single article of a help centre: an answer page on a help site or help-desk platform
 * (/app/answers/detail/…, /hc/…/articles/…, /kb/article/…, /faq/<topic>…).
 */
export function isHelpArticle(url: string): boolean {
  if (!isHelpSite(url)) return false;
  try {
    return /\/(?:answers?\/(?:detail|list)|articles?|knowledge-?base\/article|kb\/articles?)\b/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/** Whether a text is wholly one kind's name, and not only a word that also names other things. */
function namesWholly(text: string, kind: PageKind): boolean {
  const t = normaliseText(text);
  const m = TEXT_PATTERNS[kind as KeyKind]?.exec(t);
  return !!m && m[0].length >= t.length * 0.6 && !WEAK_WORDS.test(m[0].trim());
}

const PERSONAL_DATA = /\b(?:datos personales|dados pessoais|personal (?:data|details|information))\b/;
const POLICY_WORDS = /\b(?:politicas?|aviso|avisos|tratamiento|tratamento|proteccion|protecao|policy|notice|statement|habeas|privacidad|privacidade|privacy|lgpd|gdpr|ley|lei)\b/;

function isBarePersonalData(text: string): boolean {
  const t = normaliseText(text);
  return PERSONAL_DATA.test(t) && !POLICY_WORDS.test(t);
}

/** A URL into the customer's own profile or account (sso.x/perfil, minha.x/perfil, /my-account/details). */
function isProfileUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (/^(?:sso|auth|login|accounts?|minha|mi|my|micuenta|perfil|profile|id)\./.test(u.hostname.toLowerCase())) return true;
  const segs = pathSegments(url);
  return segs.some((seg) => ACCOUNT_AREA_SEGMENT.test(seg) || /^(?:mi-?perfil|meu-?perfil|my-?profile|edit-?profile|settings|ajustes|configuracion)$/.test(seg)) || kindsFromUrl(url).includes('account');
}

/** Calls to action and icons say nothing about where a link leads ("Ver más", "Clic aquí", "→"). */
const CALL_TO_ACTION = /^(?:ver|ver mas|ver todo|ver todos|ver detalle|ver detalles|leer mas|lee mas|mas|mas info|mas informacion|conoce mas|conocer mas|descubre mas|saber mas|haz clic aqui|haga clic aqui|clic aqui|click aqui|aqui|ingresa aqui|ir|ir a|continuar|siguiente|detalles|more|read more|learn more|see more|view more|click here|here|details|go|saiba mais|veja mais|leia mais|clique aqui|acesse|confira)$/;

/**
 * Short texts that name a page of their own, not a key page, wherever it is filed: "RSS" →
 * /help/112994779.html is the feeds page, "© 2013 StarTribune." the copyright notice.
 */
const NAMES_OTHER_PAGE = /^(?:rss|rss feeds?|feeds?|atom|podcasts?|sitemap|site ?map|mapa del sitio|mapa do site|copyright)$/;

/** Whether a link text is empty, a bare call to action, or too short to name anything itself. */
export function isOpaqueText(text: string): boolean {
  if (/^\s*(?:©|\(c\)|&copy;)/i.test(text)) return false;
  const t = normaliseText(text).replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();
  if (NAMES_OTHER_PAGE.test(t)) return false;
  if (!t) return true;
  if (CALL_TO_ACTION.test(t)) return true;
  return t.split(' ').length <= 2;
}

/**
 * Kinds whose phrase makes up most of a short text: "Preguntas frecuentes" or "Help
 * Center" name a page; "Shared inbox for support teams" only mentions a word.
 */
export function kindsNamedBy(text: string, maxLen = 60): PageKind[] {
  const t = normaliseText(text);
  if (!t || t.length > maxLen) return [];
  return kindsFromText(t, maxLen).filter((k) => {
    const m = TEXT_PATTERNS[k as KeyKind]?.exec(t);
    return !!m && m[0].length >= t.length * 0.5;
  });
}

/**
 * Open Graph types of a media item's page (a song, an album, a playlist, a video): its
 * path names the item ("/es/track/1841999507" is Deezer's song, not order tracking).
 */
const MEDIA_ITEM_TYPE = /^(?:music|video)\./;

/**
 * Kinds of a page from its URL, title segments and h1. A media item's page (`ogType`
 * music.* or video.*) is named by its title and headings only.
 */
export function classifyPage(url: string, title: string, headings: string[], ogType = ''): PageKind[] {
  const kinds = new Set<PageKind>(MEDIA_ITEM_TYPE.test(ogType.trim().toLowerCase()) ? [] : kindsFromUrl(url));
  const segments = title.split(/\s*[|–—·»]\s*|\s-\s|:\s/).map((s) => s.trim()).filter(Boolean);
  for (const seg of segments.slice(0, 2)) for (const k of kindsNamedBy(seg, 50)) kinds.add(k);
  for (const h of headings.slice(0, 2)) for (const k of kindsNamedBy(h, 60)) kinds.add(k);
  return [...kinds];
}

export function isOpaquePath(url: string): boolean {
  try {
    const u = new URL(url);
    return OPAQUE_PATH.test(u.pathname + u.search);
  } catch {
    return false;
  }
}
