/**
 * A Lighthouse result saved from a signed-in run keeps no credential: the screenshots
 * Lighthouse takes of the page (its thumbnails, the final and the full-page screenshot)
 * are left out — nothing in the audit reads them, and a signed-in page may show the
 * customer's name or e-mail — and every credential in the text is blanked. Pure.
 */
import type { Redactor } from './secrets.js';

const SCREENSHOT_AUDITS = ['final-screenshot', 'screenshot-thumbnails', 'full-page-screenshot'];

export function scrubLighthouseReport(json: string, redactor: Redactor): string {
  let out = json;
  try {
    const lhr = JSON.parse(json) as { audits?: Record<string, { details?: unknown }>; fullPageScreenshot?: unknown };
    for (const id of SCREENSHOT_AUDITS) if (lhr.audits?.[id]) delete lhr.audits[id].details;
    delete lhr.fullPageScreenshot;
    out = JSON.stringify(lhr);
  } catch {
    /* not JSON: redacted as text */
  }
  return redactor.redact(out);
}
