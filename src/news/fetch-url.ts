/**
 * Safe HTTP(S) fetching of article pages and feeds.
 *
 * Anyone in a Discord server can make the bot fetch a URL, so this is a server-side request
 * forgery surface. The rules:
 * - only `http:`/`https:`, no credentials in the URL;
 * - the address actually connected to must be public (no loopback, RFC 1918, link-local, cloud
 *   metadata…). The check runs inside the socket's DNS `lookup`, so the address checked is the
 *   address connected to (no DNS-rebinding gap between "check" and "connect"); IP-literal hosts,
 *   for which Node never calls `lookup`, are checked explicitly;
 * - redirects are followed by hand and every hop is re-validated;
 * - one deadline covers the whole fetch, and the body is capped (before and after decompression).
 */
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import zlib from 'node:zlib';
import ipaddr from 'ipaddr.js';
import { UserError } from '../errors.js';

/** Options for {@link fetchUrl}. */
export interface FetchOptions {
  /** Lift the public-address rule (`NEWSDESK_ALLOW_PRIVATE_URLS=1`, see {@link parseAllowPrivate}). Default false. */
  allowPrivate?: boolean;
  /** Deadline for the whole fetch, redirects included. Default 15000. */
  timeoutMs?: number;
  /** Body cap in bytes, applied to both the bytes received and the decompressed bytes. Default 5 MiB. */
  maxBytes?: number;
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number;
  /**
   * Content types accepted: `html` (text/html, application/xhtml+xml), `feed` (RSS/Atom/RDF and
   * other XML; not HTML), `any` (anything textual, or no content type at all). Default `html`.
   */
  accept?: 'html' | 'feed' | 'any';
  /** Default `newsdesk/0.1 (+https://github.com/newsdesk)`. */
  userAgent?: string;
  /** DNS resolver, injectable for tests. Default `dns.lookup`. */
  lookup?: typeof dns.lookup;
  /**
   * @internal For tests: decides which resolved/literal addresses may be connected to. Defaults to
   * {@link isPublicAddress}, or allow-all when `allowPrivate` is set.
   */
  addressPolicy?: (ip: string) => boolean;
}

/** A fetched, decoded page. */
export interface FetchedPage {
  /** Final URL after redirects. */
  url: string;
  status: number;
  /** The Content-Type header as sent (may be empty with `accept: 'any'`). */
  contentType: string;
  body: string;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const DEFAULT_MAX_REDIRECTS = 5;
const DEFAULT_USER_AGENT = 'newsdesk/0.1 (+https://github.com/newsdesk)';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const PRIVATE_HINT = 'set NEWSDESK_ALLOW_PRIVATE_URLS=1 to allow private addresses';
/** How far into the body to look for `<meta charset>` / `<?xml encoding?>`. */
const SNIFF_BYTES = 2048;

const ACCEPT_HEADERS = {
  html: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
  feed: 'application/rss+xml,application/atom+xml,application/rdf+xml;q=0.9,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1',
  any: '*/*',
} as const;

/**
 * Whether an environment value turns `NEWSDESK_ALLOW_PRIVATE_URLS` on. Accepts the same spellings
 * as the config loader (`1`, `true`, `yes`, `on`; case-insensitive) so both agree.
 */
export function parseAllowPrivate(env: string | undefined): boolean {
  return env !== undefined && /^(1|true|yes|on)$/i.test(env.trim());
}

// ---------------------------------------------------------------------------------------------
// Address classification
// ---------------------------------------------------------------------------------------------

/** Why an address is not public, as a noun phrase for messages; `public` if it is. */
type AddressClass =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'cloud metadata'
  | 'carrier-grade NAT'
  | 'unspecified'
  | 'multicast'
  | 'broadcast'
  | 'reserved'
  | 'unique-local'
  | 'site-local'
  | 'invalid';

const IPV4_CLASSES: Record<string, AddressClass> = {
  unicast: 'public',
  unspecified: 'unspecified',
  broadcast: 'broadcast',
  multicast: 'multicast',
  linkLocal: 'link-local',
  loopback: 'loopback',
  carrierGradeNat: 'carrier-grade NAT',
  private: 'private',
};

const IPV6_CLASSES: Record<string, AddressClass> = {
  unspecified: 'unspecified',
  linkLocal: 'link-local',
  multicast: 'multicast',
  loopback: 'loopback',
  uniqueLocal: 'unique-local',
  deprecatedSiteLocal: 'site-local',
};

const METADATA_V4 = ipaddr.parse('169.254.169.254');
const METADATA_V6 = ipaddr.parse('fd00:ec2::254');
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');
const NAT64_WELL_KNOWN = ipaddr.parseCIDR('64:ff9b::/96');

function classifyV4(addr: ipaddr.IPv4): AddressClass {
  if (addr.match(METADATA_V4, 32)) return 'cloud metadata';
  // Anything ipaddr.js files under a special range we do not name (reserved, test nets,
  // benchmarking, AS112, AMT) is not somewhere an article lives.
  return IPV4_CLASSES[addr.range()] ?? 'reserved';
}

function classifyV6(addr: ipaddr.IPv6): AddressClass {
  if (addr.isIPv4MappedAddress()) return classifyV4(addr.toIPv4Address());
  if (addr.match(METADATA_V6, 128)) return 'cloud metadata';
  const range = addr.range();
  const named = IPV6_CLASSES[range];
  if (named) return named;
  // Translation prefixes carry an IPv4 address that the gateway will connect to: judge that.
  if (range === 'rfc6052') {
    if (!addr.match(NAT64_WELL_KNOWN)) return 'private'; // 64:ff9b:1::/48 is for local use
    const p = addr.parts;
    return classifyV4(new ipaddr.IPv4([p[6] >> 8, p[6] & 0xff, p[7] >> 8, p[7] & 0xff]));
  }
  if (range === '6to4') {
    const p = addr.parts;
    return classifyV4(new ipaddr.IPv4([p[1] >> 8, p[1] & 0xff, p[2] >> 8, p[2] & 0xff]));
  }
  // Only 2000::/3 is allocated as global unicast; ipaddr.js calls everything else outside its
  // named ranges "unicast" too (e.g. the deprecated IPv4-compatible ::a.b.c.d). Teredo, ORCHID,
  // documentation and other special ranges are refused as well.
  if (range === 'unicast' && addr.match(GLOBAL_UNICAST_V6)) return 'public';
  return 'reserved';
}

function classifyAddress(ip: string): AddressClass {
  const bare = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  // net.isIP first: ipaddr.js also accepts inet_aton shorthands ("0177.1", "127.1"), and a
  // string that is not a plain IP address should never be judged public.
  if (net.isIP(bare) === 0) return 'invalid';
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    addr = ipaddr.parse(bare);
  } catch {
    return 'invalid';
  }
  return addr.kind() === 'ipv4' ? classifyV4(addr as ipaddr.IPv4) : classifyV6(addr as ipaddr.IPv6);
}

/**
 * Whether `ip` (an IPv4 or IPv6 address, brackets and zone id allowed) is a public unicast
 * address. False for loopback, private (10/8, 172.16/12, 192.168/16), link-local (169.254/16,
 * fe80::/10), cloud metadata (169.254.169.254, fd00:ec2::254), CGNAT (100.64/10), 0.0.0.0/8, ::,
 * multicast, broadcast, reserved/documentation ranges, unique-local fc00::/7, IPv4-mapped,
 * NAT64 and 6to4 forms of any of those, and anything that is not an IP address at all.
 */
export function isPublicAddress(ip: string): boolean {
  return classifyAddress(ip) === 'public';
}

function describeAddress(ip: string): string {
  const cls = classifyAddress(ip);
  if (cls === 'public') return `a disallowed address (${ip})`; // only reachable with a custom policy
  if (cls === 'invalid') return `an invalid address (${ip})`;
  const article = /^[aeiou]/.test(cls) ? 'an' : 'a';
  return `${article} ${cls} address (${ip})`;
}

// ---------------------------------------------------------------------------------------------
// Fetching
// ---------------------------------------------------------------------------------------------

interface Context {
  /** The first URL, once parsed; messages about later hops mention it. */
  original?: URL;
  timeoutMs: number;
  maxBytes: number;
  accept: 'html' | 'feed' | 'any';
  userAgent: string;
  allowPrivate: boolean;
  lookup: typeof dns.lookup;
  policy: (ip: string) => boolean;
  signal: AbortSignal;
}

type HopOutcome = { kind: 'page'; page: FetchedPage } | { kind: 'redirect'; location: string };

/**
 * Fetch `url` (GET) and return its decoded body, following redirects. Every refusal or failure
 * is a {@link UserError} whose one-line message names the URL and the reason, e.g.
 * `refused http://127.0.0.1:8080/x: resolves to a loopback address (127.0.0.1); set
 * NEWSDESK_ALLOW_PRIVATE_URLS=1 to allow private addresses`.
 */
export async function fetchUrl(url: string, opts: FetchOptions = {}): Promise<FetchedPage> {
  const allowPrivate = opts.allowPrivate ?? false;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const controller = new AbortController();
  const ctx: Context = {
    timeoutMs,
    maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
    accept: opts.accept ?? 'html',
    userAgent: opts.userAgent ?? DEFAULT_USER_AGENT,
    allowPrivate,
    lookup: opts.lookup ?? dns.lookup,
    policy: opts.addressPolicy ?? (allowPrivate ? () => true : isPublicAddress),
    signal: controller.signal,
  };

  let current = checkTarget(parseInitial(url), ctx);
  ctx.original = current;
  // One timer for the whole fetch: each hop listens to the signal and tears its sockets down.
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    for (let redirects = 0; ; redirects++) {
      const outcome = await fetchOnce(current, ctx);
      if (outcome.kind === 'page') return outcome.page;
      if (redirects >= maxRedirects) {
        throw failure('fetch_redirects', current, ctx, `too many redirects (>${maxRedirects})`);
      }
      let next: URL;
      try {
        next = new URL(outcome.location, current);
      } catch {
        throw failure('fetch_bad_redirect', current, ctx, `redirect to an invalid URL (${clip(outcome.location)})`);
      }
      current = checkTarget(next, ctx);
    }
  } finally {
    clearTimeout(timer);
  }
}

function parseInitial(input: string): URL {
  try {
    return new URL(input.trim());
  } catch {
    throw new UserError('url_invalid', `not a valid URL: ${clip(input)}`);
  }
}

/** Scheme, credential and IP-literal checks, run on the first URL and on every redirect target. */
function checkTarget(url: URL, ctx: Context): URL {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw refusal('url_scheme', url, ctx, `only http and https URLs can be fetched (got ${clip(url.protocol, 20)})`);
  }
  if (url.username !== '' || url.password !== '') {
    const redacted = new URL(url.href);
    redacted.username = '***';
    redacted.password = '';
    throw refusal('url_credentials', redacted, ctx, 'URLs with credentials (user:password@) are not allowed');
  }
  // Node skips `lookup` for IP literals, so the connect-time check would never see them.
  const host = bareHost(url);
  if (net.isIP(host) !== 0 && !ctx.policy(host)) throw addressRefusal(url, host, ctx);
  return url;
}

/** `url.hostname` without IPv6 brackets, as node:http and node:net expect it. */
function bareHost(url: URL): string {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}

/**
 * A `lookup` for the socket: resolves every address, refuses the connection if any of them is
 * not allowed, and hands Node only checked addresses. Node connects to exactly what this returns.
 */
function guardedLookup(url: URL, ctx: Context): net.LookupFunction {
  return (hostname, options, callback) => {
    const done = (err: NodeJS.ErrnoException | null, addresses: dns.LookupAddress[] = []) => {
      if (err) return callback(err, options.all ? [] : '');
      if (options.all) return callback(null, addresses);
      const first = addresses[0]!;
      callback(null, first.address, first.family);
    };
    try {
      ctx.lookup(hostname, { all: true, family: options.family, hints: options.hints }, (err, addresses) => {
        if (err) return done(err);
        if (addresses.length === 0) {
          return done(Object.assign(new Error(`no addresses for ${hostname}`), { code: 'ENOTFOUND' }));
        }
        // Refuse if *any* address is disallowed: a name mixing public and private addresses is
        // suspicious, and this keeps Node's happy-eyeballs fallback from reaching the private one.
        const bad = addresses.find((a) => !ctx.policy(a.address));
        if (bad) return done(addressRefusal(url, bad.address, ctx));
        done(null, addresses);
      });
    } catch (err) {
      done(err as NodeJS.ErrnoException);
    }
  };
}

/** One request/response; resolves with the page or the redirect target. */
function fetchOnce(url: URL, ctx: Context): Promise<HopOutcome> {
  return new Promise<HopOutcome>((resolve, reject) => {
    let req: http.ClientRequest | undefined;
    let res: http.IncomingMessage | undefined;
    let decoder: zlib.Gunzip | zlib.Inflate | zlib.InflateRaw | zlib.BrotliDecompress | undefined;
    let settled = false;

    const cleanup = () => {
      ctx.signal.removeEventListener('abort', onAbort);
      decoder?.destroy();
      res?.destroy();
      req?.destroy();
    };
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      cleanup();
      reject(err);
    };
    const succeed = (outcome: HopOutcome) => {
      if (settled) return;
      settled = true;
      cleanup();
      resolve(outcome);
    };
    const onAbort = () => fail(failure('fetch_timeout', url, ctx, `timed out after ${formatDuration(ctx.timeoutMs)}`));

    if (ctx.signal.aborted) return onAbort();
    ctx.signal.addEventListener('abort', onAbort, { once: true });

    const client = url.protocol === 'https:' ? https : http;
    try {
      req = client.request({
        protocol: url.protocol,
        hostname: bareHost(url),
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: 'GET',
        headers: {
          'user-agent': ctx.userAgent,
          accept: ACCEPT_HEADERS[ctx.accept],
          'accept-encoding': 'gzip, deflate, br',
        },
        // A fresh agent per request: no pooled socket (connected under some other request's
        // policy) is ever reused, and the connection closes with the response.
        agent: false,
        lookup: guardedLookup(url, ctx),
      });
    } catch (err) {
      return fail(networkFailure(url, ctx, err));
    }
    req.on('error', (err) => fail(err instanceof UserError ? err : networkFailure(url, ctx, err)));
    req.on('response', (response) => {
      res = response;
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (REDIRECT_STATUSES.has(status) && location) return succeed({ kind: 'redirect', location });
      if (status < 200 || status > 299) {
        const text = response.statusMessage || http.STATUS_CODES[status] || '';
        return fail(failure('fetch_status', url, ctx, `HTTP ${status}${text ? ` ${text}` : ''}`));
      }

      const contentType = response.headers['content-type'] ?? '';
      const typeProblem = checkContentType(contentType, ctx.accept);
      if (typeProblem) return fail(failure('fetch_content_type', url, ctx, typeProblem));

      const tooLarge = () => failure('fetch_too_large', url, ctx, `larger than ${formatBytes(ctx.maxBytes)}`);
      const declared = Number(response.headers['content-length']);
      if (Number.isFinite(declared) && declared > ctx.maxBytes) return fail(tooLarge());

      const encoding = (response.headers['content-encoding'] ?? '').trim().toLowerCase();
      if (!['', 'identity', 'gzip', 'x-gzip', 'deflate', 'br'].includes(encoding)) {
        return fail(failure('fetch_encoding', url, ctx, `unsupported content-encoding ${clip(encoding, 40)}`));
      }

      const chunks: Buffer[] = [];
      let rawBytes = 0;
      let decodedBytes = 0;
      const finish = () =>
        succeed({
          kind: 'page',
          page: {
            url: url.href,
            status,
            contentType,
            body: decodeBody(Buffer.concat(chunks), contentType),
          },
        });
      const collect = (chunk: Buffer) => {
        decodedBytes += chunk.length;
        // Counting decoded bytes is what stops a small gzip bomb from inflating without bound.
        if (decodedBytes > ctx.maxBytes) return fail(tooLarge());
        chunks.push(chunk);
      };
      const startDecoder = (first: Buffer) => {
        // Lenient flushing (as browsers and undici do) so a truncated-but-usable stream decodes.
        const flush = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
        if (encoding === 'br') {
          decoder = zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
        } else if (encoding === 'deflate') {
          // "deflate" is meant to be zlib-wrapped, but some servers send raw deflate; a zlib
          // header has compression method 8 in the low nibble of its first byte.
          decoder = (first[0]! & 0x0f) === 0x08 ? zlib.createInflate(flush) : zlib.createInflateRaw(flush);
        } else {
          decoder = zlib.createGunzip(flush);
        }
        decoder.on('data', collect);
        decoder.on('end', finish);
        decoder.on('error', (err) =>
          fail(failure('fetch_decode', url, ctx, `could not decompress the ${encoding} body (${oneLine(err.message)})`)),
        );
      };

      response.on('data', (chunk: Buffer) => {
        if (settled) return;
        rawBytes += chunk.length;
        if (rawBytes > ctx.maxBytes) return fail(tooLarge());
        if (encoding === '' || encoding === 'identity') return collect(chunk);
        if (!decoder) startDecoder(chunk);
        decoder!.write(chunk);
      });
      response.on('end', () => {
        if (settled) return;
        if (decoder) decoder.end();
        else finish(); // identity, or a compressed body that sent no bytes at all
      });
      // A reset mid-body surfaces as 'error' ("aborted") or just 'close'; either way the page is partial.
      const cutOff = () => failure('fetch_failed', url, ctx, 'connection closed before the body was complete');
      response.on('error', (err) => fail(response.complete ? networkFailure(url, ctx, err) : cutOff()));
      response.on('close', () => {
        if (!response.complete) fail(cutOff());
      });
    });
    req.end();
  });
}

/** The problem with a Content-Type for `accept`, or null if it is acceptable. */
function checkContentType(contentType: string, accept: 'html' | 'feed' | 'any'): string | null {
  const mime = contentType.split(';')[0]!.trim().toLowerCase();
  const shown = mime ? `content-type ${clip(mime, 60)}` : 'no content-type';
  const isXml = mime === 'application/xml' || mime === 'text/xml' || mime.endsWith('+xml');
  switch (accept) {
    case 'html':
      return mime === 'text/html' || mime === 'application/xhtml+xml' ? null : `not an HTML page (${shown})`;
    case 'feed':
      // XHTML is XML but never a feed.
      return isXml && mime !== 'application/xhtml+xml' ? null : `not an RSS/Atom feed (${shown})`;
    case 'any': {
      const textual =
        mime === '' ||
        mime.startsWith('text/') ||
        isXml ||
        mime === 'application/json' ||
        mime.endsWith('+json') ||
        mime === 'application/javascript' ||
        mime === 'application/ecmascript';
      return textual ? null : `not a text document (${shown})`;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Body decoding
// ---------------------------------------------------------------------------------------------

/**
 * WHATWG windows-1252 for 0x80–0x9F (the rest equals Latin-1). Node 20's TextDecoder decodes the
 * whole windows-1252 family (also labelled iso-8859-1, latin1, us-ascii) as plain Latin-1, so
 * curly quotes and dashes in older news pages would come out as C1 control characters.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d,
  0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d,
  0x17e, 0x178,
].map((c) => String.fromCharCode(c));

function charsetFromContentType(contentType: string): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType);
  return m?.[1];
}

/** Charset named in the document itself: `<meta charset>`, `<meta http-equiv content>`, `<?xml encoding?>`. */
function sniffCharset(head: Buffer): string | undefined {
  const text = head.toString('latin1');
  const xml = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([\w.:-]+)["']/i.exec(text);
  if (xml) return xml[1];
  const meta = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(text);
  return meta?.[1];
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim());
  } catch {
    return undefined; // unknown label: fall through to the next source
  }
}

/**
 * Decode a body: byte-order mark, then the Content-Type charset, then a charset declared in the
 * first 2 KB, then UTF-8 (the HTML spec's order, minus its statistical guessing).
 */
function decodeBody(bytes: Buffer, contentType: string): string {
  let decoder: TextDecoder | undefined;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) decoder = new TextDecoder('utf-8');
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) decoder = new TextDecoder('utf-16be');
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) decoder = new TextDecoder('utf-16le');
  decoder ??= decoderFor(charsetFromContentType(contentType));
  if (!decoder) {
    decoder = decoderFor(sniffCharset(bytes.subarray(0, SNIFF_BYTES)));
    // A document that could declare itself in ASCII is not UTF-16, whatever it says (HTML spec).
    if (decoder?.encoding.startsWith('utf-16')) decoder = undefined;
  }
  decoder ??= new TextDecoder('utf-8');
  if (decoder.encoding === 'windows-1252') {
    return bytes.toString('latin1').replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
  return decoder.decode(bytes);
}

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

/** Shorten and flatten untrusted text for a one-line message (Discord has length limits). */
function clip(text: string, max = 200): string {
  const flat = oneLine(text);
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

/** The URL for a message, plus where the redirect chain started if this is a later hop. */
function where(url: URL, ctx: Context): string {
  const here = clip(url.href);
  if (!ctx.original || ctx.original.href === url.href) return here;
  return `${here} (redirected from ${clip(ctx.original.href)})`;
}

function refusal(code: string, url: URL, ctx: Context, reason: string): UserError {
  return new UserError(code, `refused ${where(url, ctx)}: ${reason}`);
}

function failure(code: string, url: URL, ctx: Context, reason: string): UserError {
  return new UserError(code, `could not fetch ${where(url, ctx)}: ${reason}`);
}

function addressRefusal(url: URL, ip: string, ctx: Context): UserError {
  const hint = ctx.allowPrivate ? '' : `; ${PRIVATE_HINT}`;
  return refusal('url_private_address', url, ctx, `resolves to ${describeAddress(ip)}${hint}`);
}

const NETWORK_REASONS: Record<string, string> = {
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'DNS lookup failed (temporary)',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EPROTO: 'TLS handshake failed',
};

function networkFailure(url: URL, ctx: Context, err: unknown): UserError {
  const e = err as NodeJS.ErrnoException;
  const code = typeof e?.code === 'string' ? e.code : '';
  let reason = NETWORK_REASONS[code];
  if (!reason && /CERT|SSL|TLS/.test(code)) reason = `TLS certificate problem (${code})`;
  reason ??= oneLine(e instanceof Error ? e.message : String(err)) || 'network error';
  return failure('fetch_failed', url, ctx, reason);
}

function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)}s`;
}

function formatBytes(n: number): string {
  const MB = 1024 * 1024;
  if (n >= MB) return `${Number.isInteger(n / MB) ? n / MB : (n / MB).toFixed(1)} MB`;
  if (n >= 1024) return `${Number.isInteger(n / 1024) ? n / 1024 : (n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
