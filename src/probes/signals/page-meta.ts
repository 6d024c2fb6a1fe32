/**
 * Page-level web-quality facts: document language, hreflang alternates, the mobile
 * viewport, HTTPS. Pure functions over snapshots and the crawler's HTTP findings.
 */
import type { SiteInfo } from '../types.js';

/** "es_co" → "es-CO", "EN" → "en", "zh-hant-tw" → "zh-Hant-TW"; '' when not a language tag. */
export function normaliseLang(raw: string): string {
  const t = raw.trim().replace(/_/g, '-');
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(t)) return '';
  return t
    .split('-')
    .map((part, i) => {
      if (i === 0) return part.toLowerCase();
      if (part.length === 4 && /^[a-z]+$/i.test(part)) return part[0]!.toUpperCase() + part.slice(1).toLowerCase();
      if (part.length === 2 || /^\d{3}$/.test(part)) return part.toUpperCase();
      return part.toLowerCase();
    })
    .join('-');
}

/** The hreflang value as a BCP 47 tag, keeping x-default as is. */
export function normaliseHreflang(raw: string): string {
  const t = raw.trim();
  if (/^x-default$/i.test(t)) return 'x-default';
  return normaliseLang(t);
}

/** A viewport meta that adapts to the device (width=device-width or an initial scale). */
export function isMobileViewport(content: string | null): boolean {
  if (!content) return false;
  const c = content.toLowerCase().replace(/\s+/g, '');
  return /width=device-width/.test(c) || /initial-scale=\d/.test(c) && !/width=\d{3,}/.test(c);
}

/** site.https: served over HTTPS with a valid certificate, and plain HTTP redirects there (or HSTS). */
export function httpsVerdict(h: SiteInfo['https']): { value: boolean; reason: string } {
  if (h.certError) return { value: false, reason: `invalid certificate: ${h.certError}` };
  if (!h.servedOverHttps) return { value: false, reason: h.detail || 'the site is served over plain HTTP' };
  if (h.httpRedirectsToHttps) return { value: true, reason: h.detail };
  if (h.hsts) return { value: true, reason: `${h.detail}; Strict-Transport-Security is set` };
  return { value: false, reason: h.detail || 'plain HTTP does not redirect to HTTPS' };
}
