/**
 * Ready-made mappings for the exports consultants receive most. Each lists, per
 * canonical field, the column names the tool's export uses (English and, where the
 * tool is localised, Spanish); headers are compared after normalising case, accents
 * and punctuation, so "Fecha de radicación" matches "FECHA RADICACION". A config
 * overrides any field with `columns: { field: "Exact column" }`.
 *
 * A candidate starting with "~" is a regular expression over the normalised header,
 * for exports whose column names are questions the organisation wrote itself
 * (survey tools).
 */
import type { DataKind } from './fields.js';

export type DurationUnit = 'ms' | 's' | 'min' | 'h' | 'd';
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

export interface Mapping {
  id: string;
  kind: DataKind;
  /** Who writes this export, for `data inspect`. */
  label: string;
  columns: Record<string, string[]>;
  /** Unit of numeric durations by field (a bare number "42" in a "minutes" column). */
  units?: Record<string, DurationUnit>;
  /** How slash dates are written when the values alone cannot tell. */
  dateOrder?: DateOrder;
  /** Channel of every row when the export has no channel column. */
  channel?: string;
}

const TICKET_COMMON = {
  customer: ['requester email', 'requester id', 'requester', 'contact email', 'contact id', 'email', 'correo', 'cliente', 'solicitante'],
  status: ['status', 'ticket status', 'estado'],
};

export const MAPPINGS: Mapping[] = [
  // ---------------------------------------------------------------- tickets
  {
    id: 'zendesk',
    kind: 'tickets',
    label: 'Zendesk (ticket export, CSV/JSON)',
    columns: {
      id: ['id', 'ticket id', 'summation column'],
      createdAt: ['created at', 'ticket created at', 'created_at', 'fecha de creacion'],
      firstResponseTime: ['first reply time in minutes', 'first reply time', 'first_reply_time_in_minutes', 'tiempo de primera respuesta en minutos'],
      solvedAt: ['solved at', 'ticket solved at', 'solved_at', 'fecha de resolucion'],
      resolutionTime: ['full resolution time in minutes', 'full_resolution_time_in_minutes'],
      channel: ['via', 'ticket channel', 'via channel', 'canal'],
      type: ['ticket type', 'type', 'tipo de ticket', 'tipo'],
      reopens: ['reopens', 'reaperturas'],
      replies: ['replies', 'agent replies', 'respuestas'],
      ...TICKET_COMMON,
    },
    units: { firstResponseTime: 'min', resolutionTime: 'min' },
  },
  {
    id: 'freshdesk',
    kind: 'tickets',
    label: 'Freshdesk (ticket export)',
    columns: {
      id: ['ticket id', 'id'],
      createdAt: ['created time', 'created at', 'hora de creacion'],
      firstResponseAt: ['initial response time', 'first responded at', 'first response at'],
      firstResponseTime: ['first response time in hrs', 'first response time'],
      solvedAt: ['resolved time', 'resolved at', 'closed time', 'hora de resolucion'],
      resolutionTime: ['resolution time in hrs', 'resolution time'],
      channel: ['source', 'origen'],
      type: ['type', 'tipo'],
      reopens: ['reopens', 'reopened count'],
      replies: ['agent interactions', 'interacciones del agente'],
      customer: ['email', 'contact id', 'requester email', 'full name'],
      status: ['status', 'estado'],
    },
    units: { firstResponseTime: 'h', resolutionTime: 'h' },
  },
  {
    id: 'hubspot',
    kind: 'tickets',
    label: 'HubSpot (tickets export)',
    columns: {
      id: ['ticket id', 'record id'],
      createdAt: ['create date', 'created date', 'fecha de creacion'],
      firstResponseAt: ['first agent reply date', 'first agent email reply date'],
      firstResponseTime: ['time to first agent reply', 'time to first agent reply hh mm ss'],
      solvedAt: ['close date', 'closed date', 'fecha de cierre'],
      resolutionTime: ['time to close', 'time to close hh mm ss'],
      channel: ['source', 'ticket source', 'origen'],
      type: ['category', 'ticket category', 'categoria'],
      customer: ['associated contact', 'contact email', 'email', 'associated contact ids'],
      status: ['ticket status', 'pipeline stage', 'status'],
      reopens: ['reopens', 'number of reopens'],
    },
    units: { firstResponseTime: 'ms', resolutionTime: 'ms' },
  },
  {
    id: 'zoho-desk',
    kind: 'tickets',
    label: 'Zoho Desk (tickets export)',
    columns: {
      id: ['ticket id', 'request id', 'ticket number'],
      createdAt: ['created time', 'created date', 'hora de creacion'],
      firstResponseAt: ['first response time date', 'responded time'],
      firstResponseTime: ['first response time', 'tiempo de primera respuesta'],
      solvedAt: ['closed time', 'resolved time', 'hora de cierre'],
      resolutionTime: ['resolution time', 'tiempo de resolucion'],
      channel: ['channel', 'mode', 'canal'],
      type: ['classification', 'category', 'clasificacion'],
      customer: ['email', 'contact email', 'contact name', 'nombre de contacto'],
      status: ['status', 'estado'],
      reopens: ['reopened count', 'number of reopen', 'reopen count'],
      replies: ['number of responses', 'responses', 'thread count'],
    },
    units: { firstResponseTime: 'h', resolutionTime: 'h' },
  },
  {
    id: 'generic-tickets',
    kind: 'tickets',
    label: 'generic tickets / cases (English or Spanish column names)',
    columns: {
      id: ['id', 'ticket', 'case id', 'caso', 'numero de caso', 'ticket id'],
      createdAt: ['created at', 'created', 'opened at', 'fecha de creacion', 'fecha de apertura', 'fecha creacion', 'fecha'],
      firstResponseAt: ['first response at', 'first reply at', 'fecha primera respuesta', 'fecha de primera respuesta'],
      firstResponseTime: ['first response time', 'first reply time', 'tiempo primera respuesta'],
      solvedAt: ['solved at', 'resolved at', 'closed at', 'fecha de cierre', 'fecha de solucion', 'fecha cierre'],
      resolutionTime: ['resolution time', 'tiempo de solucion'],
      channel: ['channel', 'via', 'source', 'canal', 'medio'],
      type: ['type', 'category', 'tipo', 'categoria', 'motivo'],
      customer: ['customer', 'customer id', 'requester', 'email', 'cliente', 'documento', 'correo'],
      status: ['status', 'estado'],
      reopens: ['reopens', 'reaperturas'],
      replies: ['replies', 'respuestas', 'interacciones'],
    },
  },
  // ---------------------------------------------------------------- calls
  {
    id: 'cdr',
    kind: 'calls',
    label: 'call-detail records (generic; Genesys, Avaya CMS, Twilio columns)',
    columns: {
      id: ['conversation id', 'callid', 'call id', 'call sid', 'id', 'id llamada'],
      startedAt: ['conversation start', 'segstart', 'start time', 'date created', 'call start', 'start', 'fecha inicio', 'fecha hora', 'inicio', 'fecha'],
      answeredAt: ['answered at', 'answer time', 'fecha contestada', 'hora de respuesta'],
      wait: ['total queue', 'queue time', 'queuetime', 'wait time', 'ring time', 'ringtime', 'tiempo en cola', 'tiempo de espera', 'espera'],
      outcome: ['disposition', 'status', 'call status', 'result', 'disconnect type', 'estado', 'resultado'],
      abandoned: ['abandoned', 'abandonada'],
      answeredBy: ['users interacted', 'agent', 'anslogin', 'answered by', 'agente', 'atendida por'],
      queue: ['queue', 'dispsplit', 'split', 'skill', 'queue name', 'cola'],
      caller: ['ani', 'from', 'calling pty', 'caller', 'numero origen', 'origen'],
      direction: ['direction', 'direccion', 'sentido'],
      agentRequested: ['agent requested', 'asked for agent', 'ivr agent request', 'pidio asesor', 'solicito asesor'],
    },
    units: { wait: 's' },
  },
  // ---------------------------------------------------------------- surveys
  {
    id: 'google-forms',
    kind: 'surveys',
    label: 'Google Forms (responses sheet)',
    columns: {
      respondedAt: ['timestamp', 'marca temporal'],
      ces: ['~(facil|esfuerzo|easy|effort)'],
      nps: ['~(recomi?end|recommend)'],
      csat: ['~(satisf)'],
      channel: ['~(canal|channel)'],
      customer: ['email address', 'direccion de correo electronico', 'correo', 'email'],
    },
    dateOrder: 'dmy',
  },
  {
    id: 'surveymonkey',
    kind: 'surveys',
    label: 'SurveyMonkey (condensed responses export)',
    columns: {
      respondedAt: ['end date', 'start date', 'fecha de finalizacion', 'fecha de inicio'],
      ces: ['~(facil|esfuerzo|easy|effort)'],
      nps: ['~(recomi?end|recommend)'],
      csat: ['~(satisf)'],
      channel: ['~(canal|channel)'],
      customer: ['email address', 'respondent id', 'correo electronico'],
    },
    dateOrder: 'mdy',
  },
  {
    id: 'typeform',
    kind: 'surveys',
    label: 'Typeform (responses export)',
    columns: {
      respondedAt: ['submitted at', 'submit date utc', 'fecha de envio'],
      ces: ['~(facil|esfuerzo|easy|effort)'],
      nps: ['~(recomi?end|recommend)'],
      csat: ['~(satisf)'],
      channel: ['~(canal|channel)'],
      customer: ['email', 'network id', 'correo'],
    },
  },
  // ---------------------------------------------------------------- PQRS (Colombia)
  {
    id: 'pqrs',
    kind: 'pqrs',
    label: 'PQRS / PQRSD log (radicado, type, filing and answer dates)',
    columns: {
      id: ['radicado', 'no radicado', 'numero de radicado', 'numero radicado', 'n radicado', 'consecutivo'],
      type: ['tipo', 'tipo de solicitud', 'tipo pqrs', 'tipo de pqrs', 'tipo pqrsd', 'tipo de peticion', 'clase'],
      filedAt: ['fecha de radicacion', 'fecha radicacion', 'fecha radicado', 'fecha de radicado', 'fecha de recibo', 'fecha recibido', 'fecha de ingreso'],
      answeredAt: ['fecha de respuesta', 'fecha respuesta', 'fecha de contestacion', 'fecha de cierre', 'fecha respuesta definitiva'],
      dueAt: ['fecha de vencimiento', 'vencimiento', 'fecha limite', 'fecha limite de respuesta'],
      channel: ['canal', 'medio de recepcion', 'medio', 'canal de recepcion'],
      requester: ['peticionario', 'solicitante', 'documento', 'documento peticionario', 'identificacion'],
      status: ['estado'],
    },
    dateOrder: 'dmy',
  },
  // ---------------------------------------------------------------- customers, orders, payments
  {
    id: 'generic-customers',
    kind: 'customers',
    label: 'customer-base extract (CRM / ERP; HubSpot contacts columns)',
    columns: {
      id: ['documento', 'numero de documento', 'cedula', 'nit', 'identificacion', 'id number', 'document', 'tax id', 'record id', 'customer id', 'codigo cliente', 'id'],
      name: ['name', 'full name', 'nombre', 'nombre completo', 'razon social', 'company name', 'customer name'],
      firstName: ['first name', 'nombres', 'primer nombre'],
      lastName: ['last name', 'apellidos', 'primer apellido'],
      email: ['email', 'e mail', 'correo', 'correo electronico', 'email address'],
      phone: ['phone', 'phone number', 'telefono', 'telefono fijo', 'tel'],
      mobile: ['mobile', 'mobile phone number', 'celular', 'movil', 'telefono celular'],
      address: ['address', 'street address', 'direccion', 'direccion de despacho', 'direccion principal'],
      city: ['city', 'ciudad', 'municipio'],
      createdAt: ['create date', 'created at', 'fecha de creacion', 'fecha de registro'],
    },
  },
  {
    id: 'generic-orders',
    kind: 'orders',
    label: 'orders / dispatch records (e-commerce platform, WMS)',
    columns: {
      id: ['order id', 'order', 'pedido', 'numero de pedido', 'id pedido', 'orden', 'id'],
      orderedAt: ['created at', 'order date', 'creation date', 'fecha pedido', 'fecha del pedido', 'fecha de compra', 'fecha de creacion'],
      promisedAt: ['promised date', 'promised delivery date', 'estimated delivery date', 'fecha prometida', 'fecha comprometida', 'fecha estimada de entrega'],
      dispatchedAt: ['shipped at', 'dispatched at', 'shipping date', 'fecha despacho', 'fecha de despacho'],
      shownAt: ['tracking updated at', 'shown online at', 'status visible at', 'fecha visible en linea', 'fecha actualizacion rastreo'],
      deliveredAt: ['delivered at', 'delivery date', 'fecha entrega', 'fecha de entrega', 'fecha entregado'],
      status: ['status', 'order status', 'estado', 'estado del pedido'],
      refundRequestedAt: ['refund requested at', 'return requested at', 'fecha solicitud reembolso', 'fecha solicitud devolucion'],
      refundedAt: ['refunded at', 'refund date', 'fecha reembolso', 'fecha de reembolso'],
      customer: ['customer', 'customer email', 'client email', 'cliente', 'documento cliente', 'correo cliente'],
    },
  },
  {
    id: 'generic-payments',
    kind: 'payments',
    label: 'payments / bank reconciliation',
    columns: {
      id: ['payment id', 'id', 'referencia', 'id pago', 'numero de pago'],
      paidAt: ['paid at', 'payment date', 'fecha de pago', 'fecha consignacion', 'fecha de consignacion'],
      postedAt: ['posted at', 'applied at', 'fecha de aplicacion', 'fecha aplicacion', 'fecha de registro'],
      misapplied: ['misapplied', 'mal aplicado', 'ajuste', 'pago mal aplicado'],
      customer: ['customer', 'cliente', 'nit', 'documento'],
    },
  },
];

/** The mapping used when a source names none. */
export const DEFAULT_MAPPING: Record<DataKind, string> = {
  tickets: 'generic-tickets',
  calls: 'cdr',
  pqrs: 'pqrs',
  surveys: 'google-forms',
  customers: 'generic-customers',
  orders: 'generic-orders',
  payments: 'generic-payments',
};

export function mappingById(id: string): Mapping | undefined {
  return MAPPINGS.find((m) => m.id === id);
}

/** Lower case, no accents, camelCase split, every run of punctuation or space as one space. */
export function normaliseHeader(s: string): string {
  return s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
