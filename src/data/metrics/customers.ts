/**
 * The customer base (GAP-5: incomplete, unusable customer bases): completeness of
 * each field and of the key set (id, name, a phone or an e-mail, an address),
 * duplicates by normalised e-mail, phone or id number, invalid e-mails and phones
 * (libphonenumber-js, with the organisation's country for national numbers).
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import type { Accumulator, Figures } from './common.js';
import { figure, hash53, round } from './common.js';

export interface CustomerRecord {
  id?: string;
  name?: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
  mobile?: string;
  address?: string;
  city?: string;
}

export interface CustomerOptions {
  country: string;
  /** Fields the export has a column for: a field without one is missing from every record. */
  present: string[];
}

const EMAIL = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i;

export function normaliseEmail(s: string): string {
  return s.trim().toLowerCase();
}

export function isValidEmail(s: string): boolean {
  const e = normaliseEmail(s);
  return EMAIL.test(e) && !e.includes('..');
}

/** E.164 for a valid number, else undefined. */
export function normalisePhone(s: string, country: string): string | undefined {
  const p = parsePhoneNumberFromString(s, country as CountryCode);
  return p && p.isValid() ? p.number : undefined;
}

export function normaliseId(s: string): string {
  return s.toUpperCase().replace(/[^0-9A-Z]/g, '').replace(/^0+/, '');
}

const FIELDS = ['id', 'name', 'email', 'phone', 'address', 'city'] as const;

export class CustomerMetrics implements Accumulator<CustomerRecord> {
  private n = 0;
  private complete = 0;
  private readonly filled: Record<string, number> = { id: 0, name: 0, email: 0, phone: 0, address: 0, city: 0 };
  private duplicates = 0;
  private emails = 0;
  private invalidEmails = 0;
  private phones = 0;
  private invalidPhones = 0;
  private contactable = 0;
  private readonly seen = new Set<number>();

  constructor(private readonly opts: CustomerOptions) {}

  add(r: CustomerRecord): void {
    this.n++;
    const name = r.name ?? ([r.firstName, r.lastName].filter(Boolean).join(' ') || undefined);
    const phoneRaw = r.phone ?? r.mobile;
    if (r.id) this.filled.id++;
    if (name) this.filled.name++;
    if (r.email) this.filled.email++;
    if (phoneRaw) this.filled.phone++;
    if (r.address) this.filled.address++;
    if (r.city) this.filled.city++;
    let validEmail: string | undefined;
    if (r.email) {
      this.emails++;
      if (isValidEmail(r.email)) validEmail = normaliseEmail(r.email);
      else this.invalidEmails++;
    }
    const phones = [r.phone, r.mobile].filter((p): p is string => Boolean(p));
    let validPhone: string | undefined;
    if (phones.length) {
      this.phones++;
      for (const p of phones) validPhone ??= normalisePhone(p, this.opts.country);
      if (!validPhone) this.invalidPhones++;
    }
    if (validEmail || validPhone) this.contactable++;
    if (r.id && name && (r.email || phoneRaw) && r.address) this.complete++;
    const keys: number[] = [];
    if (validEmail) keys.push(hash53(`e:${validEmail}`));
    if (validPhone) keys.push(hash53(`p:${validPhone}`));
    const id = r.id ? normaliseId(r.id) : '';
    if (id) keys.push(hash53(`i:${id}`));
    let dup = false;
    for (const k of keys) {
      if (this.seen.has(k)) dup = true;
      else this.seen.add(k);
    }
    if (dup) this.duplicates++;
  }

  result(): Figures {
    const out: Figures = {};
    const n = this.n;
    if (n === 0) return out;
    out['data.customers.records'] = figure(n, n);
    out['data.customers.completeness'] = figure(round(this.complete / n), n);
    out['data.customers.fieldCompleteness'] = figure(
      FIELDS.map((f) => ({ field: f, column: this.has(f), filled: this.filled[f], share: round(this.filled[f] / n) })),
      n,
    );
    out['data.customers.duplicateRate'] = figure(round(this.duplicates / n), n);
    out['data.customers.contactableShare'] = figure(round(this.contactable / n), n);
    if (this.emails) out['data.customers.invalidEmailRate'] = figure(round(this.invalidEmails / this.emails), this.emails);
    if (this.phones) out['data.customers.invalidPhoneRate'] = figure(round(this.invalidPhones / this.phones), this.phones);
    return out;
  }

  private has(f: string): boolean {
    const p = this.opts.present;
    if (f === 'name') return p.includes('name') || p.includes('firstName') || p.includes('lastName');
    if (f === 'phone') return p.includes('phone') || p.includes('mobile');
    return p.includes(f);
  }
}

export function customerMetrics(rows: CustomerRecord[], opts: CustomerOptions): Figures {
  const m = new CustomerMetrics(opts);
  for (const r of rows) m.add(r);
  return m.result();
}
