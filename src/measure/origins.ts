/**
 * Sites served locally (`--serve`, fixtures) still name their production origin in
 * sitemaps, robots.txt, canonical links and the profile ("https://www.org.example/…").
 * An origin map rewrites those URLs to the served origin so the measures read the
 * local copy instead of a host that does not exist.
 */
import type { Profile } from '../types.js';

export type UrlMapper = (url: string) => string;

const LOOPBACK = /^(?:127(?:\.\d{1,3}){3}|localhost|\[?::1\]?|0\.0\.0\.0)$/i;

export function isLoopback(url: string): boolean {
  try {
    return LOOPBACK.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

export function originOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : undefined;
  } catch {
    return undefined;
  }
}

/** Both schemes, with and without "www.", of a production origin, mapped to `to`. */
export function productionAliases(website: string, to: string): Record<string, string> {
  const out: Record<string, string> = {};
  let host: string;
  try {
    host = new URL(website).hostname.toLowerCase();
  } catch {
    return out;
  }
  const bare = host.replace(/^www\./, '');
  for (const h of new Set([host, bare, `www.${bare}`])) {
    for (const scheme of ['https:', 'http:']) out[`${scheme}//${h}`] = to;
  }
  return out;
}

/**
 * The origin map for a run: explicit entries, plus — when the target is served on a
 * loopback address — the profile's website mapped to the target's origin.
 */
export function originMapFor(target: string, profile: Profile | undefined, explicit: Record<string, string> = {}): Record<string, string> {
  const map: Record<string, string> = {};
  const to = originOf(target);
  const website = profile?.organisation?.website;
  if (to && website && isLoopback(target) && originOf(website) !== to) Object.assign(map, productionAliases(website, to));
  for (const [from, dest] of Object.entries(explicit)) {
    const f = originOf(from);
    const d = originOf(dest);
    if (f && d) map[f] = d;
  }
  return map;
}

export function urlMapper(map: Record<string, string>): UrlMapper {
  const entries = Object.entries(map);
  if (!entries.length) return (u) => u;
  return (url: string) => {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return url;
    }
    const dest = map[u.origin];
    if (!dest) return url;
    return dest + u.pathname + u.search + u.hash;
  };
}
