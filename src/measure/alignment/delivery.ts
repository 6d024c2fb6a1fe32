/**
 * Delivery: promises stated on the site ("2 a 3 días hábiles", read in delivery-text.ts)
 * as days (upper bound) against the profile's actual p90 delivery days.
 */
import type { Profile } from '../../types.js';
import { round } from '../durations.js';
import type { Seen } from '../signals.js';
import { parseDeliveryPromises, type DeliveryPromise } from './delivery-text.js';

export interface DeliveryAssessment {
  promisedDays?: number;
  actualDaysP90?: number;
  declaredPromisedDays?: number;
  kept?: number;
  businessDays: boolean;
  statements: (DeliveryPromise & { url?: string })[];
}

function num(x: unknown): number | undefined {
  if (typeof x === 'number' && Number.isFinite(x)) return x;
  if (typeof x === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(x)) return Number(x);
  if (x && typeof x === 'object' && 'value' in x) return num((x as { value: unknown }).value);
  return undefined;
}

export function assessDelivery(statements: Seen[], profile: Profile | undefined): DeliveryAssessment {
  const parsed = statements.flatMap((s) => parseDeliveryPromises(s.text).map((p) => ({ ...p, url: s.source.url })));
  const seen = new Set<string>();
  const unique = parsed.filter((p) => {
    const k = `${p.text}|${p.url}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const out: DeliveryAssessment = { businessDays: unique.some((p) => p.businessDays), statements: unique.slice(0, 20) };
  if (unique.length) out.promisedDays = Math.max(...unique.map((p) => p.maxDays));
  out.actualDaysP90 = num(profile?.delivery?.actualDaysP90) ?? num(profile?.metrics?.['data.orders.deliveryDaysP90']);
  out.declaredPromisedDays = num(profile?.delivery?.promisedDays);
  if (out.promisedDays !== undefined && out.actualDaysP90 !== undefined) {
    out.kept = out.actualDaysP90 <= 0 ? 1 : round(Math.min(1, out.promisedDays / out.actualDaysP90));
  }
  return out;
}
