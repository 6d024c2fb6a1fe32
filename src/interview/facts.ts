/**
 * The organisation facts asked before any checklist question, because they decide
 * which checks apply (`appliesWhen`): business model, online service model, country,
 * declared channels and physical locations; then the service-level targets that
 * measured figures are read against. Each fact is data: how to ask it, how to
 * read it from a profile, and which profile paths an answer changes.
 */
import type { BusinessModel, DeclaredChannel, Localized, Profile } from '../types.js';
import type { YamlPath } from './store.js';

export interface FactOption {
  value: string;
  label: Localized;
  /** A longer explanation shown under the list while the option is highlighted. */
  description?: Localized;
}

export interface FactDef {
  id: string;
  prompt: Localized;
  why: Localized;
  basis: string[];
  type: 'text' | 'choice' | 'multiChoice' | 'yesNo';
  options?: FactOption[];
  /** Required by the profile schema: no "don't know" or "skip". */
  required: boolean;
  /** The value the profile holds now, in the form the prompt uses; undefined when not known. */
  current(profile: Profile): unknown;
  /** Checks a typed text answer; returns the reason when it is wrong. */
  validate?(text: string): Localized | undefined;
  /** Turns a typed text answer into the stored value. */
  parse?(text: string): unknown;
  /** The profile changes an answer makes. */
  changes(profile: Profile, value: unknown, ctx?: FactContext): { path: YamlPath; value: unknown }[];
}

export interface FactContext {
  /** What the site shows per channel type (a number, a link), for new channel entries. */
  channelValues?: Record<string, Partial<DeclaredChannel>>;
}

/** Channel types a person declares in the channels fact; `physical` is its own fact. */
export const CHANNEL_TYPES: FactOption[] = [
  { value: 'web', label: { en: 'Website (information, forms)', es: 'Sitio web (información, formularios)' } },
  { value: 'email', label: { en: 'E-mail', es: 'Correo electrónico' } },
  { value: 'phone', label: { en: 'Telephone line', es: 'Línea telefónica' } },
  { value: 'callcentre', label: { en: 'Call / contact centre', es: 'Centro de llamadas / contacto' } },
  { value: 'chat', label: { en: 'Live chat on the site or app', es: 'Chat en vivo en el sitio o la app' } },
  { value: 'whatsapp', label: { en: 'WhatsApp', es: 'WhatsApp' } },
  { value: 'app', label: { en: 'Mobile app', es: 'Aplicación móvil' } },
  { value: 'social', label: { en: 'Social networks', es: 'Redes sociales' } },
  { value: 'sms', label: { en: 'SMS', es: 'SMS' } },
  { value: 'api', label: { en: 'API / EDI for business customers', es: 'API / EDI para clientes empresariales' } },
];

function hasPhysical(profile: Profile): boolean {
  return (profile.channels ?? []).some((c) => c.type === 'physical');
}

export const FACTS: FactDef[] = [
  {
    id: 'organisation.name',
    prompt: { en: 'What is the organisation called?', es: '¿Cómo se llama la organización?' },
    why: { en: 'The name heads every report.', es: 'El nombre encabeza todos los informes.' },
    basis: [],
    type: 'text',
    required: true,
    current: (p) => p.organisation?.name || undefined,
    validate: (t) => (t.trim() ? undefined : { en: 'a name is needed', es: 'se necesita un nombre' }),
    parse: (t) => t.trim(),
    changes: (_p, v) => [{ path: ['organisation', 'name'], value: v }],
  },
  {
    id: 'organisation.businessModel',
    prompt: { en: 'Whom does the organisation serve?', es: '¿A quién atiende la organización?' },
    why: {
      en: 'Some checks apply only to businesses that sell (B2B, B2C) and others only to public bodies serving citizens.',
      es: 'Algunas verificaciones aplican solo a empresas que venden (B2B, B2C) y otras solo a entidades públicas que atienden ciudadanos.',
    },
    basis: ['SS-7', 'OS-5'],
    type: 'multiChoice',
    options: [
      { value: 'b2b', label: { en: 'Businesses (B2B)', es: 'Empresas (B2B)' } },
      { value: 'b2c', label: { en: 'Consumers (B2C)', es: 'Consumidores (B2C)' } },
      { value: 'public', label: { en: 'Citizens (public body)', es: 'Ciudadanos (entidad pública)' } },
    ],
    required: true,
    current: (p) => {
      const bm = p.organisation?.businessModel as BusinessModel | BusinessModel[] | undefined;
      if (bm === undefined) return undefined;
      return Array.isArray(bm) ? bm : [bm];
    },
    changes: (_p, v) => {
      const list = v as string[];
      return [{ path: ['organisation', 'businessModel'], value: list.length === 1 ? list[0] : list }];
    },
  },
  {
    id: 'organisation.serviceModel',
    prompt: { en: 'Which online customer-service model does it follow?', es: '¿Qué modelo de servicio al cliente en línea sigue?' },
    why: {
      en: 'The four online service models need different things: a closed loop needs account history and orders in progress; phone confirmation needs a reachable line; member sites need a quick login.',
      es: 'Los cuatro modelos de servicio en línea necesitan cosas distintas: el lazo cerrado necesita historial de cuenta y pedidos en curso; la confirmación telefónica, una línea que conteste; los sitios de miembros, un ingreso rápido.',
    },
    basis: ['MOD-1', 'MOD-2', 'MOD-3', 'MOD-4', 'OS-5'],
    type: 'choice',
    options: [
      {
        value: 'MOD-1',
        label: { en: 'MOD-1 Closed loop: customers order on their own (typical B2B)', es: 'MOD-1 Lazo cerrado: el cliente pide por su cuenta (típico B2B)' },
        description: {
          en: 'Customers find products by search or item code with no staff involved, and get an electronic confirmation and an order number.',
          es: 'El cliente encuentra productos por búsqueda o código sin intervención del personal, y recibe confirmación electrónica y número de pedido.',
        },
      },
      {
        value: 'MOD-2',
        label: { en: 'MOD-2 Staff help by e-mail and phone (most B2C shops)', es: 'MOD-2 El personal atiende por correo y teléfono (la mayoría de tiendas B2C)' },
        description: {
          en: 'The site says when orders ship and whom to contact; people answer questions and problems by e-mail and phone.',
          es: 'El sitio dice cuándo se despacha y a quién contactar; personas atienden preguntas y problemas por correo y teléfono.',
        },
      },
      {
        value: 'MOD-3',
        label: { en: 'MOD-3 Staff confirm every online order by phone', es: 'MOD-3 El personal confirma cada pedido en línea por teléfono' },
        description: {
          en: 'Best for bookings with many options (events, flights): a call prevents paid-for mistakes and offers alternatives.',
          es: 'Propio de reservas con muchas opciones (eventos, vuelos): la llamada evita errores ya pagados y ofrece alternativas.',
        },
      },
      {
        value: 'MOD-4',
        label: { en: 'MOD-4 Members log in quickly; visitors are invited to join', es: 'MOD-4 Los miembros ingresan rápido; se invita a los visitantes a registrarse' },
        description: {
          en: 'Members identify themselves with a user name or code (password optional); public sites invite visitors to register after a look around.',
          es: 'Los miembros se identifican con usuario o código (clave opcional); los sitios públicos invitan a registrarse tras un primer vistazo.',
        },
      },
    ],
    required: false,
    current: (p) => p.organisation?.serviceModel,
    changes: (_p, v) => [{ path: ['organisation', 'serviceModel'], value: v }],
  },
  {
    id: 'organisation.country',
    prompt: { en: 'Country (ISO code, e.g. CO, MX, ES)?', es: 'País (código ISO, p. ej. CO, MX, ES)?' },
    why: {
      en: 'Phone numbers found on the site are read in this country\'s format, and local norms (GAP-1) depend on it.',
      es: 'Los teléfonos hallados en el sitio se leen con el formato de este país, y las normas locales (GAP-1) dependen de él.',
    },
    basis: ['GAP-1'],
    type: 'text',
    required: true,
    current: (p) => p.organisation?.country || undefined,
    validate: (t) => (/^\s*[A-Za-z]{2}\s*$/.test(t) ? undefined : { en: `expected a two-letter country code such as CO, got "${t}"`, es: `se esperaba un código de país de dos letras como CO, se recibió "${t}"` }),
    parse: (t) => t.trim().toUpperCase(),
    changes: (_p, v) => [{ path: ['organisation', 'country'], value: v }],
  },
  {
    id: 'channels',
    prompt: { en: 'Which service channels does the organisation offer customers?', es: '¿Qué canales de servicio ofrece la organización a sus clientes?' },
    why: {
      en: 'Channel checks (phone staffed by people, chat with an advisor, e-mail answered within the hour) apply only to the channels declared.',
      es: 'Las verificaciones de canales (teléfono atendido por personas, chat con asesor, correo respondido en una hora) aplican solo a los canales declarados.',
    },
    basis: ['HT-1', 'PS-2', 'PS-4', 'PS-5'],
    type: 'multiChoice',
    options: CHANNEL_TYPES,
    required: false,
    current: (p) => (Array.isArray(p.channels) ? [...new Set(p.channels.filter((c) => c.type !== 'physical').map((c) => c.type))] : undefined),
    changes: (p, v, ctx) => [{ path: ['channels'], value: channelList(p.channels, v as string[], ctx?.channelValues) }],
  },
  {
    id: 'locations',
    prompt: { en: 'Does it serve customers at physical locations (shops, branches, counters)?', es: '¿Atiende clientes en sedes físicas (tiendas, sucursales, mostradores)?' },
    why: {
      en: 'Alignment checks compare the hours and addresses of physical locations with what the site says.',
      es: 'Las verificaciones de alineación comparan horarios y direcciones de las sedes físicas con lo que dice el sitio.',
    },
    basis: ['SS-9'],
    type: 'yesNo',
    required: false,
    current: (p) => {
      if (hasPhysical(p) || (p.locations?.length ?? 0) > 0) return true;
      return Array.isArray(p.locations) ? false : undefined;
    },
    changes: (p, v) => {
      const channels = p.channels ?? [];
      if (v === true) {
        if (hasPhysical(p) || (p.locations?.length ?? 0) > 0) return [];
        return [{ path: ['channels'], value: [...channels, { type: 'physical', note: 'list the locations under `locations:`' }] }];
      }
      const out: { path: YamlPath; value: unknown }[] = [{ path: ['locations'], value: [] }];
      if (hasPhysical(p)) out.unshift({ path: ['channels'], value: channels.filter((c) => c.type !== 'physical') });
      return out;
    },
  },
  targetFact(
    'firstResponse',
    { en: 'Target time to a first answer on e-mail and web requests (e.g. 1h, 4h, 1d)?', es: '¿Meta de tiempo para la primera respuesta a correos y solicitudes web (p. ej. 1h, 4h, 1d)?' },
    {
      en: 'The organisation\'s own targets are what measured response times are compared with; the sources ask for e-mails answered within one hour.',
      es: 'Las metas propias de la organización son contra lo que se comparan los tiempos medidos; las fuentes piden responder los correos en menos de una hora.',
    },
    ['HT-5', 'PS-8'],
  ),
  targetFact(
    'resolution',
    { en: 'Target time to resolve a request or claim (e.g. 48h, 5d)?', es: '¿Meta de tiempo para resolver una solicitud o reclamo (p. ej. 48h, 5d)?' },
    {
      en: 'A fast answer that takes days to resolve is a defect (GAP-11): the resolution target is the other half of the promise.',
      es: 'Una respuesta rápida que tarda días en resolverse es un defecto (GAP-11): la meta de solución es la otra mitad de la promesa.',
    },
    ['GAP-11', 'PS-8'],
  ),
];

/** A service-level target from the profile's `targets:`, written as a duration (4h, 2d). */
function targetFact(key: 'firstResponse' | 'resolution', prompt: Localized, why: Localized, basis: string[]): FactDef {
  return {
    id: `targets.${key}`,
    prompt,
    why,
    basis,
    type: 'text',
    required: false,
    current: (p) => (p.targets?.[key] as string | undefined) ?? undefined,
    validate: (text) =>
      /^\s*\d+(\.\d+)?\s*(s|m|min|h|d|w)\s*$/.test(text)
        ? undefined
        : { en: `expected a duration such as 4h or 2d, got "${text}"`, es: `se esperaba una duración como 4h o 2d, se recibió "${text}"` },
    parse: (text) => text.trim().replace(/\s+/g, ''),
    changes: (_p, v) => [{ path: ['targets', key], value: v }],
  };
}

/**
 * The declared channels after choosing `types`: entries of kept types stay as they
 * are (numbers, hours, notes), new types are added, unchosen ones are dropped.
 * Physical channels belong to the locations fact and are always kept.
 */
export function channelList(existing: DeclaredChannel[] | undefined, types: string[], found: Record<string, Partial<DeclaredChannel>> = {}): DeclaredChannel[] {
  const list = existing ?? [];
  const kept = list.filter((c) => c.type === 'physical' || types.includes(c.type));
  const have = new Set(kept.map((c) => c.type));
  for (const t of types) {
    if (have.has(t as DeclaredChannel['type'])) continue;
    kept.push({ type: t as DeclaredChannel['type'], ...(found[t] ?? {}) });
  }
  return kept;
}

export function factById(id: string): FactDef | undefined {
  return FACTS.find((f) => f.id === id);
}
