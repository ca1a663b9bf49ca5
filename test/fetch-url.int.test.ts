import type dns from 'node:dns';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../src/errors.js';
import { fetchUrl, isPublicAddress, parseAllowPrivate } from '../src/news/fetch-url.js';

// Everything here talks to servers on 127.0.0.1 only. Other names resolve through an injected
// `lookup`, and addresses that are not 127.0.0.1 are always refused before any connection.

const PAGE = '<!doctype html><html><head><title>Hi</title></head><body><p>Hello news</p></body></html>';
/** “Café” — with windows-1252 curly quotes (0x93/0x94) and é (0xe9). */
const CP1252_BYTES = Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x96, 0x20, 0x80]);
const CP1252_TEXT = '\u201cCafé\u201d \u2013 €';

let server: http.Server;
let base: string;
let port: number;
const hits: Record<string, number> = {};
/** Resolves when the server sees the timed-out request's socket close (the fetcher tore it down). */
let hangClosed: Promise<void>;
let markHangClosed: () => void = () => {};

function handler(req: http.IncomingMessage, res: http.ServerResponse): void {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  hits[path] = (hits[path] ?? 0) + 1;
  const html = (body: string | Buffer, extra: http.OutgoingHttpHeaders = {}) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...extra });
    res.end(body);
  };
  switch (path) {
    case '/ok':
      return html(PAGE);
    case '/echo-host':
      return html(`<p>${req.headers.host} ${req.headers['user-agent']} ${req.headers['accept-encoding']}</p>`);
    case '/relative-redirect':
      res.writeHead(302, { location: 'ok?from=redirect' });
      return void res.end();
    case '/two-redirects':
      res.writeHead(301, { location: `${base}/relative-redirect` });
      return void res.end();
    case '/loop':
      res.writeHead(307, { location: '/loop' });
      return void res.end();
    case '/to-metadata':
      res.writeHead(302, { location: `http://metadata.test:${port}/latest/meta-data/` });
      return void res.end();
    case '/to-metadata-literal':
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' });
      return void res.end();
    case '/to-trap':
      res.writeHead(302, { location: `http://trap.test:${port}/trap` });
      return void res.end();
    case '/trap':
      return html('<p>should never be reached</p>');
    case '/to-ftp':
      res.writeHead(302, { location: 'ftp://example.com/file' });
      return void res.end();
    case '/missing':
      res.writeHead(404, { 'content-type': 'text/html' });
      return void res.end('<h1>nope</h1>');
    case '/hang':
      req.socket.on('close', () => markHangClosed());
      return; // never answer
    case '/slow-body':
      res.writeHead(200, { 'content-type': 'text/html' });
      return void res.write('<html><body>still typing'); // never ends
    case '/cut-off':
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': 1000 });
      res.write('<html>only part');
      return void setTimeout(() => res.destroy(), 20);
    case '/big-length':
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': 4000 });
      return void res.end('x'.repeat(4000));
    case '/big-chunked': {
      res.writeHead(200, { 'content-type': 'text/html' }); // no content-length: chunked
      let sent = 0;
      const tick = setInterval(() => {
        if (res.destroyed || sent >= 50) {
          clearInterval(tick);
          return void res.end();
        }
        res.write('y'.repeat(500));
        sent++;
      }, 2);
      return;
    }
    case '/gzip-bomb':
      // ~100 bytes on the wire, 200 KB once inflated.
      return html(zlib.gzipSync(Buffer.alloc(200_000, 0x20)), { 'content-encoding': 'gzip' });
    case '/pdf':
      res.writeHead(200, { 'content-type': 'application/pdf' });
      return void res.end('%PDF-1.4');
    case '/gzip':
      return html(zlib.gzipSync(PAGE), { 'content-encoding': 'gzip' });
    case '/br':
      return html(zlib.brotliCompressSync(PAGE), { 'content-encoding': 'br' });
    case '/deflate-raw':
      return html(zlib.deflateRawSync(PAGE), { 'content-encoding': 'deflate' });
    case '/deflate':
      return html(zlib.deflateSync(PAGE), { 'content-encoding': 'deflate' });
    case '/cp1252':
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
      return void res.end(CP1252_BYTES);
    case '/meta-cp1252':
      res.writeHead(200, { 'content-type': 'text/html' });
      return void res.end(
        Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body>'), CP1252_BYTES]),
      );
    case '/latin1-xml':
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      return void res.end(
        Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>'), CP1252_BYTES]),
      );
    default:
      res.writeHead(404);
      return void res.end();
  }
}

/** A fake resolver: known test names map to fixed addresses; anything else is ENOTFOUND. */
function fakeLookup(table: Record<string, string[]>, calls: string[] = []): typeof dns.lookup {
  const fn = (hostname: string, options: dns.LookupOptions, callback: (...args: unknown[]) => void) => {
    calls.push(hostname);
    const addresses = table[hostname];
    if (!addresses) {
      const err = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
      return process.nextTick(callback, err);
    }
    const list = addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    if (options.all) process.nextTick(callback, null, list);
    else process.nextTick(callback, null, list[0]!.address, list[0]!.family);
  };
  return fn as unknown as typeof dns.lookup;
}

/** Only the test server's address is allowed, so nothing else can ever be connected to. */
const onlyLoopbackV4 = (ip: string) => ip === '127.0.0.1';

async function refusal(promise: Promise<unknown>): Promise<UserError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  const userError = err as UserError;
  expect(userError.message).not.toContain('\n');
  return userError;
}

beforeAll(async () => {
  hangClosed = new Promise((resolve) => (markHangClosed = resolve));
  server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('address rule', () => {
  it('refuses a loopback URL by default, naming the address and the override', async () => {
    const before = hits['/ok'] ?? 0;
    const err = await refusal(fetchUrl(`${base}/ok`));
    expect(err.message).toBe(
      `refused ${base}/ok: resolves to a loopback address (127.0.0.1); set NEWSDESK_ALLOW_PRIVATE_URLS=1 to allow private addresses`,
    );
    expect(hits['/ok'] ?? 0).toBe(before); // IP literal: refused without connecting
  });

  it('refuses a host name that resolves to loopback, at connect time', async () => {
    const calls: string[] = [];
    const lookup = fakeLookup({ 'news.example': ['127.0.0.1'] }, calls);
    const err = await refusal(fetchUrl(`http://news.example:${port}/ok`, { lookup }));
    expect(err.message).toContain('resolves to a loopback address (127.0.0.1)');
    expect(err.message).toContain('NEWSDESK_ALLOW_PRIVATE_URLS=1');
    expect(calls).toEqual(['news.example']);
  });

  it('refuses IPv6 loopback and IPv4-mapped literals', async () => {
    expect((await refusal(fetchUrl(`http://[::1]:${port}/ok`))).message).toContain('loopback address (::1)');
    expect((await refusal(fetchUrl(`http://[::ffff:127.0.0.1]:${port}/ok`))).message).toContain('loopback');
    // WHATWG URL parsing normalizes odd IPv4 spellings before the check sees them.
    expect((await refusal(fetchUrl(`http://0x7f.1:${port}/ok`))).message).toContain('loopback address (127.0.0.1)');
  });

  it('refuses a host whose addresses are mixed, even if one is allowed', async () => {
    const lookup = fakeLookup({ 'mixed.test': ['127.0.0.1', '10.0.0.7'] });
    const err = await refusal(fetchUrl(`http://mixed.test:${port}/ok`, { lookup, addressPolicy: onlyLoopbackV4 }));
    expect(err.message).toContain('resolves to a private address (10.0.0.7)');
  });

  it('allows private addresses with allowPrivate, returning body and final URL', async () => {
    const page = await fetchUrl(`${base}/ok`, { allowPrivate: true });
    expect(page).toEqual({ url: `${base}/ok`, status: 200, contentType: 'text/html; charset=utf-8', body: PAGE });
  });

  it('connects through the guarded lookup for host names, sending the expected headers', async () => {
    const lookup = fakeLookup({ 'news.example': ['127.0.0.1'] });
    const page = await fetchUrl(`http://news.example:${port}/echo-host`, { allowPrivate: true, lookup });
    expect(page.body).toContain(`news.example:${port}`);
    expect(page.body).toContain('newsdesk/0.1');
    expect(page.body).toContain('gzip, deflate, br');
  });
});

describe('redirects', () => {
  it('follows relative and absolute redirects and reports the final URL', async () => {
    const page = await fetchUrl(`${base}/two-redirects`, { allowPrivate: true });
    expect(page.url).toBe(`${base}/ok?from=redirect`);
    expect(page.body).toBe(PAGE);
  });

  it('refuses a redirect to a host resolving to the metadata address, before connecting', async () => {
    const calls: string[] = [];
    const lookup = fakeLookup({ 'metadata.test': ['169.254.169.254'] }, calls);
    const err = await refusal(fetchUrl(`${base}/to-metadata`, { lookup, addressPolicy: onlyLoopbackV4 }));
    expect(err.code).toBe('url_private_address');
    expect(err.message).toBe(
      `refused http://metadata.test:${port}/latest/meta-data/ (redirected from ${base}/to-metadata): ` +
        'resolves to a cloud metadata address (169.254.169.254); set NEWSDESK_ALLOW_PRIVATE_URLS=1 to allow private addresses',
    );
    expect(calls).toEqual(['metadata.test']);
  });

  it('refuses a redirect to a metadata IP literal', async () => {
    const err = await refusal(fetchUrl(`${base}/to-metadata-literal`, { addressPolicy: onlyLoopbackV4 }));
    expect(err.message).toContain('refused http://169.254.169.254/latest/meta-data/');
    expect(err.message).toContain('cloud metadata address (169.254.169.254)');
  });

  it('never connects to a refused address (a reachable trap stays untouched)', async (ctx) => {
    // trap.test resolves to ::ffff:127.0.0.1: the same listening server, but a different
    // address string, which `onlyLoopbackV4` refuses. First prove the trap is reachable...
    const lookup = fakeLookup({ 'trap.test': ['::ffff:127.0.0.1'] });
    const control = await fetchUrl(`${base}/to-trap`, { lookup, addressPolicy: () => true }).catch(() => null);
    if (!control) return ctx.skip('IPv4-mapped IPv6 is not routable here');
    expect(hits['/trap']).toBe(1);
    // ...then that the policy stops the connection before it is made.
    const err = await refusal(fetchUrl(`${base}/to-trap`, { lookup, addressPolicy: onlyLoopbackV4 }));
    expect(err.message).toContain('loopback address (::ffff:127.0.0.1)');
    expect(hits['/trap']).toBe(1);
  });

  it('refuses a redirect to another scheme', async () => {
    const err = await refusal(fetchUrl(`${base}/to-ftp`, { allowPrivate: true }));
    expect(err.message).toBe(
      `refused ftp://example.com/file (redirected from ${base}/to-ftp): only http and https URLs can be fetched (got ftp:)`,
    );
  });

  it('stops a redirect loop', async () => {
    const err = await refusal(fetchUrl(`${base}/loop`, { allowPrivate: true }));
    expect(err.message).toBe(`could not fetch ${base}/loop: too many redirects (>5)`);
    const fewer = await refusal(fetchUrl(`${base}/loop`, { allowPrivate: true, maxRedirects: 1 }));
    expect(fewer.message).toContain('too many redirects (>1)');
  });
});

describe('failures', () => {
  it('names a non-2xx status', async () => {
    const err = await refusal(fetchUrl(`${base}/missing`, { allowPrivate: true }));
    expect(err.message).toBe(`could not fetch ${base}/missing: HTTP 404 Not Found`);
  });

  it('times out a server that never answers, and closes the socket', async () => {
    const started = Date.now();
    const err = await refusal(fetchUrl(`${base}/hang`, { allowPrivate: true, timeoutMs: 300 }));
    expect(err.message).toBe(`could not fetch ${base}/hang: timed out after 300ms`);
    expect(Date.now() - started).toBeLessThan(5_000);
    await hangClosed;
  });

  it('times out a body that never ends', async () => {
    const err = await refusal(fetchUrl(`${base}/slow-body`, { allowPrivate: true, timeoutMs: 300 }));
    expect(err.message).toContain('timed out after 300ms');
  });

  it('formats the default timeout in seconds', async () => {
    const lookup = fakeLookup({ 'news.example': ['127.0.0.1'] });
    const err = await refusal(fetchUrl(`http://news.example:${port}/hang`, { allowPrivate: true, lookup, timeoutMs: 1_000 }));
    expect(err.message).toContain('timed out after 1s');
  });

  it('reports a body cut off before its Content-Length', async () => {
    const err = await refusal(fetchUrl(`${base}/cut-off`, { allowPrivate: true }));
    expect(err.message).toBe(`could not fetch ${base}/cut-off: connection closed before the body was complete`);
  });

  it('refuses a body whose Content-Length is over the cap', async () => {
    const err = await refusal(fetchUrl(`${base}/big-length`, { allowPrivate: true, maxBytes: 1000 }));
    expect(err.message).toBe(`could not fetch ${base}/big-length: larger than 1000 bytes`);
  });

  it('stops a chunked body once it passes the cap', async () => {
    const err = await refusal(fetchUrl(`${base}/big-chunked`, { allowPrivate: true, maxBytes: 2048 }));
    expect(err.message).toContain('larger than 2 KB');
  });

  it('applies the cap to decompressed bytes (gzip bomb)', async () => {
    const err = await refusal(fetchUrl(`${base}/gzip-bomb`, { allowPrivate: true, maxBytes: 10_000 }));
    expect(err.message).toContain('larger than 9.8 KB');
  });

  it('refuses content of the wrong type', async () => {
    const pdf = await refusal(fetchUrl(`${base}/pdf`, { allowPrivate: true }));
    expect(pdf.message).toBe(`could not fetch ${base}/pdf: not an HTML page (content-type application/pdf)`);
    const htmlAsFeed = await refusal(fetchUrl(`${base}/ok`, { allowPrivate: true, accept: 'feed' }));
    expect(htmlAsFeed.message).toContain('not an RSS/Atom feed (content-type text/html)');
    const pdfAsAny = await refusal(fetchUrl(`${base}/pdf`, { allowPrivate: true, accept: 'any' }));
    expect(pdfAsAny.message).toContain('not a text document (content-type application/pdf)');
  });

  it.each([
    ['ftp://example.com/a.txt', 'refused ftp://example.com/a.txt: only http and https URLs can be fetched (got ftp:)'],
    ['file:///etc/passwd', 'refused file:///etc/passwd: only http and https URLs can be fetched (got file:)'],
    ['javascript:alert(1)', 'refused javascript:alert(1): only http and https URLs can be fetched (got javascript:)'],
    ['data:text/html,hi', 'refused data:text/html,hi: only http and https URLs can be fetched (got data:)'],
    ['not a url', 'not a valid URL: not a url'],
  ])('refuses %s', async (url, message) => {
    const err = await refusal(fetchUrl(url, { allowPrivate: true }));
    expect(err.message).toBe(message);
  });

  it('refuses credentials without echoing the password', async () => {
    const before = hits['/ok'] ?? 0;
    const err = await refusal(fetchUrl(`http://alice:s3cret@127.0.0.1:${port}/ok`, { allowPrivate: true }));
    expect(err.message).toBe(
      `refused http://***@127.0.0.1:${port}/ok: URLs with credentials (user:password@) are not allowed`,
    );
    expect(hits['/ok'] ?? 0).toBe(before);
  });

  it('reports an unknown host', async () => {
    const lookup = fakeLookup({});
    const err = await refusal(fetchUrl('http://nowhere.test/', { lookup }));
    expect(err.message).toBe('could not fetch http://nowhere.test/: host not found');
  });
});

describe('decoding', () => {
  it.each(['/gzip', '/br', '/deflate', '/deflate-raw'])('decodes a compressed body (%s)', async (path) => {
    const page = await fetchUrl(`${base}${path}`, { allowPrivate: true });
    expect(page.body).toBe(PAGE);
  });

  it('decodes windows-1252 from the Content-Type charset', async () => {
    const page = await fetchUrl(`${base}/cp1252`, { allowPrivate: true });
    expect(page.body).toBe(CP1252_TEXT);
  });

  it('decodes windows-1252 from <meta charset>', async () => {
    const page = await fetchUrl(`${base}/meta-cp1252`, { allowPrivate: true });
    expect(page.body.endsWith(CP1252_TEXT)).toBe(true);
  });

  it('decodes a feed from its XML declaration', async () => {
    const page = await fetchUrl(`${base}/latin1-xml`, { allowPrivate: true, accept: 'feed' });
    expect(page.body.endsWith(CP1252_TEXT)).toBe(true); // iso-8859-1 means windows-1252 on the web
  });
});

describe('isPublicAddress', () => {
  it.each([
    ['10.0.0.1', false],
    ['172.16.5.4', false],
    ['172.32.0.1', true],
    ['192.168.1.1', false],
    ['127.0.0.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['0.1.2.3', false],
    ['255.255.255.255', false],
    ['224.0.0.1', false],
    ['192.0.2.1', false],
    ['::1', false],
    ['::', false],
    ['fe80::1', false],
    ['fe80::1%eth0', false],
    ['fc00::1', false],
    ['fd00:ec2::254', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:10.1.2.3', false],
    ['::127.0.0.1', false],
    ['64:ff9b::7f00:1', false],
    ['2002:a00:1::', false],
    ['2001:db8::1', false],
    ['ff02::1', false],
    ['[::1]', false],
    ['localhost', false],
    ['127.1', false],
    ['', false],
    ['8.8.8.8', true],
    ['93.184.216.34', true],
    ['::ffff:8.8.8.8', true],
    ['64:ff9b::808:808', true],
    ['2001:4860:4860::8888', true],
    ['2606:4700:4700::1111', true],
  ])('%s → %s', (ip, expected) => {
    expect(isPublicAddress(ip)).toBe(expected);
  });
});

describe('parseAllowPrivate', () => {
  it.each([
    ['1', true],
    ['true', true],
    ['YES', true],
    [' on ', true],
    ['0', false],
    ['false', false],
    ['', false],
    [undefined, false],
  ])('%s → %s', (value, expected) => {
    expect(parseAllowPrivate(value)).toBe(expected);
  });
});
