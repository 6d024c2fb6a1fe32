/**
 * Key-page vocabulary in Spanish, English and Portuguese, and the classifiers that
 * use it: what a link or page is about, from its URL path and its words. Patterns run
 * on folded text (lower-case, no accents); see text.ts `fold`.
 */
import type { PageKind } from '../types.js';
import { fold } from './text.js';

type KeyKind = Exclude<PageKind, 'home' | 'document'>;

/** Words and phrases that name a kind of page, in link texts, titles and headings. */
export const TEXT_PATTERNS: Record<KeyKind, RegExp> = {
  contact: /\b(?:contacto|contactenos|contactanos|contactar(?:nos)?|cont[aá]ctenos|contact(?: us)?|get in touch|contato|fale conosco|entre em contato|escribenos|escribanos|comunicate con nosotros|comuniquese con nosotros|atencion al (?:cliente|usuario|ciudadano|consumidor)|servicio al cliente|servicio de atencion|customer (?:service|care|support)|canales de atencion|lineas de atencion|linea de atencion|atendimento(?: ao cliente)?|sac)\b/,
  help: /\b(?:preguntas frecuentes|preguntas y respuestas|frequently asked questions|faqs?|f\.a\.q\.?|centro de ayuda|ayuda|help(?: center| centre)?|soporte|support center|support|perguntas frequentes|central de ajuda|ajuda|dudas frecuentes|como comprar|how to buy|knowledge base|base de conocimiento)\b/,
  account: /\b(?:iniciar sesion|inicia sesion|inicie sesion|inicio de sesion|ingresar|ingresa a tu cuenta|ingresa|log ?in|sign ?in|mi cuenta|my account|tu cuenta|your account|account|entrar|acceder|mi perfil|zona (?:de )?clientes|area de clientes|area privada|portal (?:de )?(?:clientes|usuarios|transaccional)|sucursal virtual|oficina virtual|agencia virtual|banca en linea|banca virtual|minha conta|acessar(?: minha)? conta|area do cliente)\b/,
  register: /\b(?:registrate|registrarse|registro|crear (?:una )?cuenta|crea tu cuenta|sign ?up|create (?:an )?account|register|join now|cadastre-se|criar conta)\b/,
  orderTracking: /\b(?:rastre(?:a|ar|o|e)(?: (?:de )?(?:tu|su|mi|el|la) )?(?:pedido|orden|envio|compra|guia|paquete)?|seguimiento (?:de |del |a |al )?(?:tu |su |mi )?(?:pedido|orden|envio|compra|guia|paquete|despacho|solicitud)s?|estado (?:de |del )?(?:tu |su |mi )?(?:pedido|orden|envio|compra|despacho|solicitud|tramite)s?|consulta(?:r)? (?:el estado de )?(?:tu |su |mi )?(?:pedido|orden|envio|guia|compra)s?|donde esta mi (?:pedido|orden|paquete)|track(?:ing)?(?: your| my| an)? (?:order|package|shipment|parcel)s?|order (?:status|tracking|lookup)|where is my order|mis (?:pedidos|ordenes|compras)|my orders|order history|historial de (?:pedidos|compras)|rastreie(?: seu pedido)?|rastrear pedido|rastreamento|acompanhe seu pedido|meus pedidos)\b/,
  complaints: /\b(?:pqrs?(?:d|f|sd|df)?|peticiones,? quejas|quejas,? (?:y )?reclamos|quejas y reclamaciones|libro de reclamaciones|hoja de reclamaciones|reclamaciones|reclamos|reclamo|quejas|radica(?:r)? (?:tu |su )?(?:pqr|queja|reclamo|solicitud)|complaints?|file a claim|reclamacoes|reclame aqui)\b/,
  claimsTracking: /\b(?:consult(?:a|ar|e) (?:el estado de )?(?:tu |su |mi )?(?:pqrs?d?|queja|reclamo|radicado|caso|solicitud)|seguimiento (?:a |de |del )?(?:tu |su |mi )?(?:pqrs?d?|queja|reclamo|radicado|caso)|estado de (?:tu |su |mi )?(?:pqrs?d?|queja|reclamo|radicado|caso)|track (?:your |my )?(?:case|ticket|claim|complaint)|case status|ticket status)\b/,
  privacy: /\b(?:politica de privacidad|aviso de privacidad|privacidad|privacy(?: policy| notice| statement)?|habeas data|tratamiento de (?:la informacion|datos(?: personales)?|los datos)|proteccion de datos(?: personales)?|datos personales|politica de datos|politica de privacidade|privacidade|protecao de dados|lgpd|gdpr)\b/,
  terms: /\b(?:terminos y condiciones|terminos(?: de uso| de servicio| legales)?|condiciones (?:de uso|generales|de servicio|de compra)|terms(?: and conditions| & conditions| of (?:service|use|sale))?|termos (?:de uso|e condicoes|de servico)|aviso legal|legal notice)\b/,
  storeLocator: /\b(?:nuestras tiendas|tiendas|encuentra (?:una |tu |la )?tienda|localiza(?:dor de)? tiendas?|puntos de (?:venta|atencion|pago)|sucursales|nuestras oficinas|oficinas(?: de atencion)?|sedes|store locator|find a store|our stores|stores|locations|find us|donde estamos|ubicanos|ubicaciones|nossas lojas|lojas|encontre uma loja)\b/,
  news: /\b(?:noticias|blog|news(?:room)?|novedades|prensa|sala de prensa|press(?: room| releases)?|comunicados|articulos|novidades|imprensa)\b/,
  invoices: /\b(?:facturas|mis facturas|factura(?:cion)? electronica|(?:consulta(?:r)?|consulte|descarga(?:r)?|descargue|ver|imprime|imprimir|duplicado de|copia de|solicita(?:r)?|obten(?:er)?) (?:y descarg(?:a|ue) )?(?:(?:tu|su|la|de|mi) )?facturas?|estado de cuenta|extractos?|invoices?|billing|account statements?|statements|segunda via|2a via|boletos?)\b/,
  payments: /\b(?:paga(?:r)? (?:en linea|tu factura|tus facturas|online|aqui|ya)|pagos en linea|pago en linea|pagos? (?:pse|online)|boton de pago|pay (?:online|your bill|now|my bill)|online payments?|make a payment|checkout|carrito(?: de compras)?|cart|bag|pagar|pague online|carrinho)\b/,
  security: /\b(?:compra segura|seguridad (?:de la informacion|en linea|informatica|bancaria)|politica de seguridad|seguridad|security(?: policy)?|safe shopping|secure shopping|seguranca)\b/,
};

/** Phrases that contain a kind's words but mean something else. */
const TEXT_NEGATIVES: Partial<Record<KeyKind, RegExp>> = {
  contact: /\b(?:lentes? de contacto|contact lens(?:es)?|sin contacto|contactless|contact center (?:agent|jobs?)|asesor(?:es)? (?:de )?contact center|contacto visual|puntos? de contacto)\b/,
  help: /\b(?:ayuda(?:r|nos|mos|ndo|ra|n) |ayuda a (?:tu|su|la|el|mejorar|prevenir|reducir|mantener|proteger)|help (?:us|you|your|reduce|protect|keep)|helps|helpful|self-help|soporte (?:de|para) (?:pared|tv|televisor|celular|monitor|bicicleta)|soportes)\b/,
  account: /\b(?:ingresa (?:tu|su) (?:correo|email|e-mail|numero|codigo|cupon)|ingresar (?:el|tu|su) (?:codigo|correo)|entrar en contacto|account manager|account executive|cuenta de (?:ahorros|cobro|corriente)|take into account)\b/,
  register: /\b(?:registro (?:sanitario|invima|mercantil|nacional|unico)|registro de (?:marca|proveedores)|registered trademark|cash register)\b/,
  complaints: /\b(?:sin reclamos?)\b/,
  storeLocator: /\b(?:tiendas? (?:de|en) (?:ropa|mascotas)|app stores?|app store|play store)\b/,
  news: /\b(?:newsletter|news letter|boletin de noticias|suscribete a (?:nuestras )?noticias)\b/,
  payments: /\b(?:medios de pago|metodos de pago|formas de pago|payment methods)\b/,
  security: /\b(?:seguridad social|seguridad y salud|seguridad industrial|seguridad alimentaria|security guard|vigilancia y seguridad|social security)\b/,
  invoices: /\b(?:resolucion de facturacion|facturacion (?:dian|numero)|autorizacion de facturacion)\b/,
};

/** Slugs in URL paths. Matched against the folded, de-hyphenated path. */
export const URL_PATTERNS: Record<KeyKind, RegExp> = {
  contact: /(?:^|[/_\-.])(?:contact(?:o|enos|anos|ar|ar-?nos|-?us|s)?|contato|fale-?conosco|atencion-?al-?(?:cliente|usuario|ciudadano)|servicio-?al-?cliente|customer-?(?:service|care|support)|canales-?de-?atencion|lineas?-?de-?atencion)(?:$|[/_\-.?#])/,
  help: /(?:^|[/_\-.])(?:faqs?|preguntas-?frecuentes|preguntas|ayuda|centro-?de-?ayuda|help(?:-?cent(?:er|re))?|soporte|support|perguntas-?frequentes|ajuda|hc)(?:$|[/_\-.?#])/,
  account: /(?:^|[/_\-.])(?:login|log-?in|signin|sign-?in|iniciar-?sesion|account|accounts|my-?account|mi-?cuenta|micuenta|cuenta|customer\/account|_secure\/account|mi-?perfil|sucursal-?virtual|oficina-?virtual|minha-?conta|area-?(?:de-?)?clientes?|portal-?clientes)(?:$|[/_\-.?#])/,
  register: /(?:^|[/_\-.])(?:register|registro|registrate|signup|sign-?up|crear-?cuenta|create-?account|cadastro)(?:$|[/_\-.?#])/,
  orderTracking: /(?:^|[/_\-.])(?:track(?:ing)?(?:-?(?:order|orders|pedido|package|shipment))?|order-?(?:status|tracking|lookup)|rastre(?:a|ar|o|amento)(?:-?(?:tu-?)?(?:pedido|orden|envio|guia))?|rastrea-?tu-?pedido|seguimiento(?:-?(?:de-?)?(?:pedido|pedidos|orden|envio|guia))?|estado-?(?:de-?)?(?:pedido|orden|envio)|mis-?pedidos|my-?orders|orders|pedidos|meus-?pedidos)(?:$|[/_\-.?#])/,
  complaints: /(?:^|[/_\-.])(?:pqrs?(?:d|f|sd|df)?|quejas(?:-?y-?reclamos)?|reclamos|reclamaciones|libro-?de-?reclamaciones|complaints?|reclamacoes|peticiones-?quejas-?reclamos)(?:$|[/_\-.?#])/,
  claimsTracking: /(?:^|[/_\-.])(?:consulta-?(?:tu-?)?(?:pqrs?d?|radicado|caso|solicitud)|seguimiento-?(?:pqrs?d?|radicado|caso)|estado-?(?:pqrs?d?|radicado|caso)|case-?status|ticket-?status)(?:$|[/_\-.?#])/,
  privacy: /(?:^|[/_\-.])(?:privacidad|politica-?de-?privacidad|aviso-?de-?privacidad|privacy(?:-?policy|-?notice)?|habeas-?data|tratamiento-?de-?datos(?:-?personales)?|proteccion-?de-?datos(?:-?personales)?|datos-?personales|politica-?de-?datos|privacidade|lgpd)(?:$|[/_\-.?#])/,
  terms: /(?:^|[/_\-.])(?:terminos(?:-?y-?condiciones)?|terminos-?de-?uso|condiciones(?:-?de-?uso|-?generales)?|terms(?:-?of-?(?:service|use|sale)|-?and-?conditions|-?conditions)?|tos|termos(?:-?de-?uso)?|aviso-?legal|legal-?notice)(?:$|[/_\-.?#])/,
  storeLocator: /(?:^|[/_\-.])(?:tiendas|nuestras-?tiendas|store-?locator|stores|localizador(?:-?de-?tiendas)?|puntos-?de-?(?:venta|atencion|pago)|sucursales|oficinas|sedes|locations|lojas|ubicanos|donde-?estamos|encuentra-?tu-?tienda)(?:$|[/_\-.?#])/,
  news: /(?:^|[/_\-.])(?:blog|blogs|noticias|news|newsroom|novedades|prensa|sala-?de-?prensa|press|comunicados|articulos|novidades)(?:$|[/_\-.?#])/,
  invoices: /(?:^|[/_\-.])(?:facturas?|factura-?electronica|facturacion-?electronica|invoices?|billing|estado-?de-?cuenta|extractos?|segunda-?via|duplicado-?factura)(?:$|[/_\-.?#])/,
  payments: /(?:^|[/_\-.])(?:pagos?(?:-?en-?linea|-?online)?|paga-?(?:tu-?factura|en-?linea)|pay(?:ments?|-?online|-?bill)?|checkout|cart|carrito|carrinho|pse)(?:$|[/_\-.?#])/,
  security: /(?:^|[/_\-.])(?:seguridad|compra-?segura|security|seguranca)(?:$|[/_\-.?#])/,
};

const URL_NEGATIVES: Partial<Record<KeyKind, RegExp>> = {
  account: /wp-login|wp-admin|\/admin\b|\/administrator\b|logout|log-out|salir|cerrar-?sesion/,
  register: /registro-?(?:invima|sanitario|mercantil|de-?marca|nacional|unico)/,
  contact: /lentes-?de-?contacto|contact-?lens/,
  help: /help-?desk-?software|soportes?-?(?:para|de|pared|tv|televisor|celular|monitor|bicicleta)/,
  payments: /medios-?de-?pago|metodos-?de-?pago|formas-?de-?pago|payment-?methods/,
  security: /seguridad-?social|seguridad-?y-?salud/,
};

export const KEY_KINDS = Object.keys(TEXT_PATTERNS) as KeyKind[];

/** Kinds named by a short text (link text, title segment, heading). */
export function kindsFromText(text: string, maxLen = 70): PageKind[] {
  const t = fold(text).replace(/[|•·»«>›‹→←¿?¡!:"“”()[\]]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!t || t.length > maxLen) return [];
  const out: PageKind[] = [];
  for (const k of KEY_KINDS) {
    const neg = TEXT_NEGATIVES[k];
    if (neg && neg.test(t)) continue;
    if (TEXT_PATTERNS[k].test(t)) out.push(k);
  }
  return out;
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

/** Catalogue paths: a product called "Soporte para TV" or "Contact lens case" is not a key page. */
const CATALOGUE_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:producto|productos|product|products|item|items|collections|coleccion|colecciones|categoria|categorias|category|categories|catalogo|catalog)\//;

/** Kinds a URL rules out whatever its link says (a wp-login.php "Acceder" is the admin's door). */
export function blockedByUrl(url: string): KeyKind[] {
  const p = foldedPath(url);
  if (!p) return [];
  if (CATALOGUE_PATH.test(p)) return [...KEY_KINDS];
  return KEY_KINDS.filter((k) => URL_NEGATIVES[k]?.test(p));
}

/** Kinds named by a URL's path; a help-centre host (ayuda.x, help.x, x.zendesk.com/hc) counts as help. */
export function kindsFromUrl(url: string): PageKind[] {
  const p = foldedPath(url);
  const out: PageKind[] = [];
  if (p && CATALOGUE_PATH.test(p)) return out;
  if (p) {
    for (const k of KEY_KINDS) {
      const neg = URL_NEGATIVES[k];
      if (neg && neg.test(p)) continue;
      if (URL_PATTERNS[k].test(p)) out.push(k);
    }
  }
  try {
    const u = new URL(url);
    const host = u.hostname.toLowerCase();
    if (/^(?:ayuda|help|soporte|support|faq|centrodeayuda|helpcenter|ajuda)\./.test(host) || /\.(?:zendesk\.com|freshdesk\.com|helpscoutdocs\.com)$/.test(host) && /^\/(?:hc|support)/.test(u.pathname)) {
      if (!out.includes('help')) out.push('help');
    }
    if (/^(?:sucursal|oficinavirtual|sucursalvirtual|clientes|micuenta|portal|mi)\./.test(host) && !out.includes('account')) out.push('account');
  } catch {
    /* not a URL */
  }
  return out;
}

const OPAQUE_PATH = /^\/?(?:$|index\.(?:html?|php)$|\?|(?:blank|copia|copy|page|pagina|p)(?:-\d+)?\/?$|\d+\/?$)/;

/** Text kinds that may refine what a URL says (/pqrs/consulta "Consulte su PQRS" is claim tracking). */
const REFINES: Partial<Record<PageKind, PageKind[]>> = {
  orderTracking: ['account'],
  account: ['orderTracking'],
  invoices: ['account', 'payments'],
  claimsTracking: ['complaints'],
  privacy: ['terms'],
  terms: ['privacy'],
};

/**
 * Kinds of a link: its URL's slug when that names a kind; otherwise (opaque slugs such
 * as Wix's /blank-1 or /?page_id=3) the words of its text or label.
 */
export function classifyLink(href: string, text: string, label = ''): PageKind[] {
  const fromUrl = kindsFromUrl(href);
  const blocked = blockedByUrl(href);
  const words = kindsFromText(text).concat(text ? [] : kindsFromText(label)).filter((k) => !blocked.includes(k as KeyKind));
  if (fromUrl.length) {
    // The URL decides; text may add a compatible kind ("Mi cuenta" → /account/orders).
    const extra = words.filter((k) => REFINES[k]?.some((u) => fromUrl.includes(u)));
    return [...new Set([...fromUrl, ...extra])];
  }
  return words;
}

/**
 * Kinds whose phrase makes up most of a short text: "Preguntas frecuentes" or "Help
 * Center" name a page; "Shared inbox for support teams" only mentions a word.
 */
export function kindsNamedBy(text: string, maxLen = 60): PageKind[] {
  const t = fold(text).replace(/[|•·»«>›‹→←¿?¡!:"“”()[\]]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!t || t.length > maxLen) return [];
  return kindsFromText(t, maxLen).filter((k) => {
    const m = TEXT_PATTERNS[k as KeyKind]?.exec(t);
    return !!m && m[0].length >= t.length * 0.5;
  });
}

/** Kinds of a page from its URL, title segments and h1. */
export function classifyPage(url: string, title: string, headings: string[]): PageKind[] {
  const kinds = new Set<PageKind>(kindsFromUrl(url));
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
