/** Social-network profiles and app-store listings linked from the site. Share buttons are not profiles. */
import { type DocView, type Finding, src } from './text.js';

const PROFILE = [
  /^https?:\/\/(?:[a-z]{2,3}-[a-z]{2}\.|www\.|m\.|[a-z]{2}\.)?facebook\.com\/(?!sharer|share|dialog|plugins|tr\b|login|help|policies|privacy)[A-Za-z0-9.\-_%]{2,}\/?(?:[?#].*)?$/i,
  /^https?:\/\/(?:www\.)?instagram\.com\/(?!p\/|reel\/|explore|accounts)[A-Za-z0-9._]{2,}\/?(?:[?#].*)?$/i,
  /^https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/(?!intent|share|home|search|i\/)[A-Za-z0-9_]{2,}\/?(?:[?#].*)?$/i,
  /^https?:\/\/(?:[a-z]{2,3}\.|www\.)?linkedin\.com\/(?:company|school|in|showcase)\/[^/?#]+\/?(?:[?#].*)?$/i,
  /^https?:\/\/(?:www\.|m\.)?youtube\.com\/(?:channel\/|c\/|user\/|@)[^/?#]+\/?(?:[?#].*)?$/i,
  /^https?:\/\/(?:www\.)?tiktok\.com\/@[^/?#]+\/?(?:[?#].*)?$/i,
  /^https?:\/\/(?:[a-z]{2}\.|www\.)?pinterest\.[a-z.]+\/(?!pin\/create)[A-Za-z0-9_]{2,}\/?(?:[?#].*)?$/i,
  /^https?:\/\/(?:www\.)?threads\.net\/@[^/?#]+/i,
];

const APP_STORE = [
  /^https?:\/\/play\.google\.com\/store\/apps\/(?:details\?id=|dev(?:eloper)?\?id=)[\w.%+-]+/i,
  /^https?:\/\/(?:apps|itunes)\.apple\.com\/(?:[a-z]{2}\/)?(?:app|developer)\/[^?#]+/i,
  /^https?:\/\/appgallery\.(?:huawei|cloud\.huawei)\.com\/[^?#]*app\/[^?#]+/i,
];

function canonical(href: string): string {
  try {
    const u = new URL(href);
    u.hash = '';
    for (const k of [...u.searchParams.keys()]) if (/^(?:utm_|fbclid|gclid|ref|hl)/i.test(k)) u.searchParams.delete(k);
    return u.href.replace(/\/$/, '');
  } catch {
    return href;
  }
}

export function extractSocial(view: DocView): { profiles: Finding<string>[]; apps: Finding<string>[] } {
  const profiles: Finding<string>[] = [];
  const apps: Finding<string>[] = [];
  for (const l of view.doc.links) {
    if (PROFILE.some((re) => re.test(l.href))) profiles.push({ value: canonical(l.href), source: src(view, { selector: l.selector, snippet: l.text || l.label || l.href }) });
    else if (APP_STORE.some((re) => re.test(l.href))) apps.push({ value: canonical(l.href), source: src(view, { selector: l.selector, snippet: l.text || l.label || l.href }) });
  }
  return { profiles, apps };
}
