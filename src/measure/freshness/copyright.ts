/**
 * The copyright year of a footer, a sign of a site nobody updates: "© 2019–2026",
 * "Copyright (c) 2021", "Todos los derechos reservados 2022", "2018-2024 © Alcaldía".
 */
const COPYRIGHT = /(?:©|\(c\)|&copy;|copyright|derechos reservados|todos los derechos)\D{0,40}?((?:19|20)\d{2})(?:\s*[-–—]\s*((?:19|20)\d{2}))?/i;
const COPYRIGHT_AFTER = /((?:19|20)\d{2})(?:\s*[-–—]\s*((?:19|20)\d{2}))?\s*(?:©|\(c\))/i;

/** The latest year of a copyright notice in a text ("© 2019–2026" → 2026). */
export function copyrightYear(text: string): { year: number; snippet: string } | undefined {
  let best: { year: number; snippet: string } | undefined;
  for (const line of text.split('\n')) {
    const m = COPYRIGHT.exec(line) ?? COPYRIGHT_AFTER.exec(line);
    if (!m) continue;
    const year = Math.max(Number(m[1]), Number(m[2] ?? 0));
    if (!best || year > best.year) best = { year, snippet: line.trim().slice(0, 160) };
  }
  return best;
}
