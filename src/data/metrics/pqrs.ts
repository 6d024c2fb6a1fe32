/**
 * PQRS (peticiones, quejas, reclamos, sugerencias — Colombia's complaints and
 * requests register): answered within the legal or promised term in business days
 * (días hábiles: Monday to Friday except public holidays, counted from the day after
 * filing), by type. Terms by default are those of Ley 1755 de 2015, art. 14:
 * 15 business days for petitions, complaints and claims, 10 for requests for
 * documents or information, 30 for consultations.
 */
import type { Accumulator, Figures, MetricContext } from './common.js';
import { Quantiles, figure, round } from './common.js';

export interface PqrsRecord {
  type: string;
  filedAt: number;
  answeredAt?: number;
  dueAt?: number;
}

export const DEFAULT_TERMS: Record<string, number> = {
  peticion: 15,
  queja: 15,
  reclamo: 15,
  sugerencia: 15,
  denuncia: 15,
  informacion: 10,
  consulta: 30,
};

/** "Petición de información" → informacion, "QUEJA" → queja, "R" → reclamo. */
export function canonicalPqrsType(raw: string): string {
  const s = raw.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim();
  if (/inform|document|copia/.test(s)) return 'informacion';
  if (/consult/.test(s)) return 'consulta';
  if (/^p$|petic|solicitud|derecho de peticion/.test(s)) return 'peticion';
  if (/^q$|queja/.test(s)) return 'queja';
  if (/^r$|reclam/.test(s)) return 'reclamo';
  if (/^s$|suger/.test(s)) return 'sugerencia';
  if (/^d$|denunc/.test(s)) return 'denuncia';
  if (/felic|^f$|agradec/.test(s)) return 'felicitacion';
  return s || '—';
}

export interface PqrsOptions extends MetricContext {
  /** Business days to answer, by canonical type; types without a term (felicitaciones) are not judged. */
  terms?: Record<string, number>;
}

interface TypeRow {
  term: number | null;
  n: number;
  inTerm: number;
  late: number;
  pending: number;
  days: Quantiles;
}

export class PqrsMetrics implements Accumulator<PqrsRecord> {
  private n = 0;
  private readonly types = new Map<string, TypeRow>();
  private readonly days = new Quantiles();
  private readonly buffered: PqrsRecord[] = [];
  private latest = -Infinity;

  constructor(private readonly ctx: PqrsOptions) {}

  /** Records wait for the end of the stream: whether an open one is overdue depends on the last date seen. */
  add(r: PqrsRecord): void {
    this.n++;
    this.latest = Math.max(this.latest, r.filedAt, r.answeredAt ?? -Infinity);
    const cal = this.ctx.calendar;
    const type = canonicalPqrsType(r.type);
    const term = (this.ctx.terms ?? DEFAULT_TERMS)[type] ?? null;
    let row = this.types.get(type);
    if (!row) this.types.set(type, (row = { term, n: 0, inTerm: 0, late: 0, pending: 0, days: new Quantiles() }));
    row.n++;
    if (r.answeredAt !== undefined) {
      const days = cal.businessDays(r.filedAt, r.answeredAt);
      this.days.add(days);
      row.days.add(days);
      if (r.dueAt !== undefined) {
        if (cal.dayOf(r.answeredAt) <= cal.dayOf(r.dueAt)) row.inTerm++;
        else row.late++;
      } else if (term !== null) {
        if (days <= term) row.inTerm++;
        else row.late++;
      }
    } else if (r.dueAt !== undefined || term !== null) {
      this.buffered.push({ ...r, type });
    }
  }

  result(): Figures {
    const out: Figures = {};
    if (this.n === 0) return out;
    const cal = this.ctx.calendar;
    const asOf = this.ctx.asOf ?? this.latest;
    for (const r of this.buffered) {
      const row = this.types.get(r.type)!;
      const overdue = r.dueAt !== undefined ? cal.dayOf(asOf) > cal.dayOf(r.dueAt) : cal.businessDays(r.filedAt, asOf) > row.term!;
      if (overdue) row.late++;
      else row.pending++;
    }
    out['data.pqrs.records'] = figure(this.n, this.n);
    let judged = 0;
    let inTerm = 0;
    for (const row of this.types.values()) {
      judged += row.inTerm + row.late;
      inTerm += row.inTerm;
    }
    if (judged) out['data.pqrs.answeredInTermRate'] = figure(round(inTerm / judged), judged);
    if (this.days.count) out['data.pqrs.responseP90BusinessDays'] = figure(this.days.quantile(0.9), this.days.count);
    out['data.pqrs.byType'] = figure(
      [...this.types.entries()].sort((a, b) => b[1].n - a[1].n).map(([type, r]) => ({
        type,
        termBusinessDays: r.term,
        filed: r.n,
        answeredInTerm: r.inTerm,
        late: r.late,
        pending: r.pending,
        share: r.inTerm + r.late ? round(r.inTerm / (r.inTerm + r.late)) : null,
        p90BusinessDays: r.days.quantile(0.9) ?? null,
      })),
      this.n,
    );
    return out;
  }
}

export function pqrsMetrics(rows: PqrsRecord[], ctx: PqrsOptions): Figures {
  const m = new PqrsMetrics(ctx);
  for (const r of rows) m.add(r);
  return m.result();
}
