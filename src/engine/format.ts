import type { Lang, Localized } from '../types.js';
import { formatDuration } from '../util/duration.js';

export type ValueFormat = 'duration' | 'percent' | 'number' | 'score' | 'text';

/** Prints a value the way a person reads it in an expectation sentence. */
export function formatValue(value: unknown, format: ValueFormat | undefined, lang: Lang): string {
  if (value === undefined || value === null) return lang === 'es' ? 'sin dato' : 'no value';
  if (typeof value === 'boolean') return value ? (lang === 'es' ? 'sí' : 'yes') : 'no';
  if (Array.isArray(value)) {
    if (value.length === 0) return lang === 'es' ? 'ninguno' : 'none';
    const shown = value.slice(0, 3).map((v) => formatValue(v, format, lang));
    const more = value.length - shown.length;
    return shown.join(', ') + (more > 0 ? (lang === 'es' ? ` y ${more} más` : ` and ${more} more`) : '');
  }
  if (typeof value === 'number') {
    switch (format) {
      case 'duration': return formatDuration(value);
      case 'percent': return `${round(value * 100, 1)} %`;
      case 'score': return `${round(value, 0)}/100`;
      default: return String(round(value, 2));
    }
  }
  if (typeof value === 'object') return JSON.stringify(value).slice(0, 80);
  return String(value);
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export function both(make: (lang: Lang) => string): Localized {
  return { en: make('en'), es: make('es') };
}
