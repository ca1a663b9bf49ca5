import { createHash } from 'node:crypto';
import { GLOBAL_SCOPE, type Scope } from './types.js';

const TRACKING = /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|cmpid|ncid|ito|smid|sr_share)$/i;

/**
 * The URL an article is known by: lower-case host, no default port, no fragment, no tracking
 * parameters, sorted query, no trailing slash. Two links to the same story dedupe to one.
 */
export function canonicalizeUrl(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  u.username = '';
  u.password = '';
  u.hostname = u.hostname.toLowerCase().replace(/^www\./, '');
  const params = [...u.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => a.localeCompare(b));
  u.search = new URLSearchParams(params).toString();
  let s = u.toString();
  if (u.pathname !== '/' && s.endsWith('/') && !u.search) s = s.slice(0, -1);
  return s.replace(/^https:/, 'http:');
}

/** Hash of the text with case, whitespace and punctuation differences folded away. */
export function contentHash(text: string): string {
  // Plain character classes, not \p{…}: those cost ~5x per byte on 10 KB articles.
  const normalized = text
    .toLowerCase()
    .replace(/[\s\u00a0!-/:-@[-`{-~\u2010-\u2027\u00ab\u00bb\u00b7\u2030-\u205e]+/g, ' ')
    .trim();
  return sha256(normalized).slice(0, 32);
}

/** Article id: a supplied id as-is in the global corpus, else derived from URL or content (and scope). */
export function articleId(scope: Scope, suppliedId: string | undefined, canonicalUrl: string | null, hash: string): string {
  if (suppliedId && scope === GLOBAL_SCOPE) return suppliedId;
  const key = suppliedId ?? canonicalUrl ?? hash;
  return sha256(scope === GLOBAL_SCOPE ? key : `${scope}\n${key}`).slice(0, 16);
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

/** ISO 8601 (date-only kept as YYYY-MM-DD) or null when unparseable. */
export function normalizeDate(raw: string | undefined | null): string | null {
  if (!raw) return null;
  const s = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
