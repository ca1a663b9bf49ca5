/**
 * Article extraction from HTML pages: jsdom parses the page (no scripts, no subresources),
 * Mozilla Readability finds the story, and the story DOM is flattened to plain text with paragraph
 * breaks, then cleaned with `stripBoilerplate`.
 *
 * Text rules (`htmlToText`):
 * - block elements (p, div, h1–h6, li, blockquote, pre, tr, br, figure, section, article, header,
 *   footer, table, …) end a paragraph; paragraphs are joined with "\n\n";
 * - list items are prefixed with "- ";
 * - inside a paragraph, runs of whitespace (including non-breaking spaces) collapse to one space
 *   and each paragraph is trimmed; `pre` keeps its line breaks;
 * - `figcaption` is dropped: captions describe a photo rather than report the story, and they are
 *   often credit lines; scripts, styles, forms, buttons, nav and similar chrome are dropped too.
 *
 * Performance (bulk ingest): scripts, styles and comments are cut from the HTML before parsing
 * (`stripInertMarkup`); the page is parsed once, by the DOMParser of one shared jsdom window (no
 * per-page window setup); metadata is read in one element pass without the selector engine; and
 * Readability hands back its result as a DOM node (custom serializer), so the article HTML is never
 * serialized and parsed again. Readability does not need the page URL to find the text, so the
 * `url` argument is only used for the result's `url` and the site-name fallback.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { UserError } from '../errors.js';
import { stripBoilerplate } from './boilerplate.js';

export interface ExtractedArticle {
  title: string;
  text: string;
  byline?: string;
  publishedAt?: string;
  siteName?: string;
  url?: string;
  lang?: string;
  excerpt?: string;
}

/** Fewer words than this after cleaning means the page has no article worth storing. */
const MIN_WORDS = 40;

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE',
  'PRE', 'TR', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'CAPTION', 'BR', 'HR', 'FIGURE', 'SECTION',
  'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'ADDRESS', 'DETAILS', 'SUMMARY', 'CENTER', 'FIELDSET',
  'HGROUP', 'MENU', 'DIALOG',
]);

const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT',
  'EMBED', 'VIDEO', 'AUDIO', 'SOURCE', 'TRACK', 'PICTURE', 'IMG', 'INPUT', 'TEXTAREA', 'SELECT',
  'BUTTON', 'NAV', 'ASIDE', 'FIGCAPTION', 'HEAD', 'TITLE', 'META', 'LINK',
]);

const TABLE_CELLS = new Set(['TD', 'TH']);

// DOM node type constants (avoid depending on a window's Node global).
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_FRAGMENT_NODE = 11;
const DOCUMENT_NODE = 9;

/** A paragraph of output text. */
interface Block {
  text: string;
  /** preformatted: its lines are content as they are and never boilerplate-filtered */
  verbatim: boolean;
}

/** Accumulates paragraphs while walking the DOM. */
class TextBuilder {
  readonly paragraphs: Block[] = [];
  private parts: string[] = [];
  private prefix = '';

  text(s: string): void {
    this.parts.push(s);
  }

  /** Start a list item: its first non-empty paragraph gets the bullet. */
  bullet(): void {
    this.flush();
    this.prefix = '- ';
  }

  /** Verbatim text (pre): keeps line breaks, trims trailing spaces per line. */
  preformatted(s: string): void {
    this.flush();
    const lines = s
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((l) => l.replace(/[ \t\u00a0]+$/, '').replace(/\u00a0/g, ' '));
    while (lines.length > 0 && lines[0]?.trim() === '') lines.shift();
    while (lines.length > 0 && lines[lines.length - 1]?.trim() === '') lines.pop();
    // A blank line inside pre would read as a paragraph break; keep the block together.
    const body = lines.filter((l) => l.trim() !== '').join('\n');
    if (body !== '') this.paragraphs.push({ text: this.prefix + body, verbatim: true });
    this.prefix = '';
  }

  flush(): void {
    if (this.parts.length === 0) return;
    const para = this.parts.join('').replace(/\s+/g, ' ').trim();
    this.parts = [];
    if (para === '') return;
    this.paragraphs.push({ text: this.prefix + para, verbatim: false });
    this.prefix = '';
  }
}

function walk(node: Node, out: TextBuilder): void {
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    const type = child.nodeType;
    if (type === TEXT_NODE) {
      out.text((child as Text).data);
      continue;
    }
    if (type !== ELEMENT_NODE) continue;
    const el = child as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) continue;
    if (el.hasAttribute('hidden')) continue;
    if (tag === 'PRE') {
      out.preformatted(el.textContent ?? '');
      continue;
    }
    if (tag === 'LI') {
      out.bullet();
      walk(el, out);
      out.flush();
      continue;
    }
    if (BLOCK_TAGS.has(tag)) {
      out.flush();
      walk(el, out);
      out.flush();
      continue;
    }
    if (TABLE_CELLS.has(tag)) {
      out.text(' ');
      walk(el, out);
      out.text(' ');
      continue;
    }
    walk(el, out);
  }
}

function nodeToBlocks(node: Node): Block[] {
  const out = new TextBuilder();
  const type = node.nodeType;
  if (type === ELEMENT_NODE || type === DOCUMENT_FRAGMENT_NODE || type === DOCUMENT_NODE) {
    walk(node, out);
  } else if (type === TEXT_NODE) {
    out.text((node as Text).data);
  }
  out.flush();
  return out.paragraphs;
}

/** Flatten a DOM subtree to plain text with "\n\n" between paragraphs (no boilerplate removal). */
export function nodeToText(node: Node): string {
  return nodeToBlocks(node)
    .map((b) => b.text)
    .join('\n\n');
}

/** Join blocks with blank lines and remove boilerplate, leaving preformatted lines alone. */
function blocksToCleanText(blocks: Block[]): string {
  const verbatimLines = new Set<number>();
  let line = 0;
  const texts: string[] = [];
  for (const block of blocks) {
    const count = block.text.split('\n').length;
    if (block.verbatim) for (let k = 0; k < count; k++) verbatimLines.add(line + k);
    line += count + 1; // + the blank separator line
    texts.push(block.text);
  }
  return stripBoilerplate(texts.join('\n\n'), { verbatimLines });
}

/** Convert article HTML (Readability's `content`) to plain text with paragraph breaks. */
export function htmlToText(html: string): string {
  return nodeToText(JSDOM.fragment(html));
}

const INERT_START = /<!--|<(script|style)(?=[\s/>])/gi;
const SCRIPT_END = /<\/script[\s/>]/gi;
const STYLE_END = /<\/style[\s/>]/gi;

/**
 * Remove comments, `<style>` elements and `<script>` elements (except JSON-LD, which carries
 * metadata) from page HTML before parsing. They are never article text, and on script-heavy pages
 * they are most of the bytes the parser would otherwise build nodes for. The scan follows the
 * tokenizer's order (a "<script" inside a comment, or "<!--" inside a script, is not a start), and
 * stops stripping at the first construct it cannot close, leaving the rest to the real parser.
 */
export function stripInertMarkup(html: string): string {
  const out: string[] = [];
  let pos = 0;
  INERT_START.lastIndex = 0;
  for (let m = INERT_START.exec(html); m !== null; m = INERT_START.exec(html)) {
    const start = m.index;
    let end: number;
    if (m[0] === '<!--') {
      const close = html.indexOf('-->', start + 2);
      if (close < 0) break;
      end = close + 3;
    } else {
      const tagEnd = html.indexOf('>', start);
      if (tagEnd < 0) break;
      const isScript = (m[1] as string).toLowerCase() === 'script';
      const closeRe = isScript ? SCRIPT_END : STYLE_END;
      closeRe.lastIndex = tagEnd + 1;
      const close = closeRe.exec(html);
      if (!close) break;
      const closeEnd = html.indexOf('>', close.index);
      if (closeEnd < 0) break;
      end = closeEnd + 1;
      if (isScript && /ld\+json/i.test(html.slice(start, tagEnd))) {
        INERT_START.lastIndex = end; // keep JSON-LD as is
        continue;
      }
    }
    out.push(html.slice(pos, start));
    pos = end;
    INERT_START.lastIndex = end;
  }
  if (pos === 0) return html;
  out.push(html.slice(pos));
  return out.join('');
}

/**
 * One jsdom window, whose DOMParser parses every page. Creating a JSDOM per page costs more than
 * the parse itself (window setup, stylesheet parsing, frame loading); a DOMParser document has no
 * browsing context, so nothing in it loads or runs. Its console swallows jsdom's CSS/JS parse
 * errors ("Could not parse CSS stylesheet") and page console output.
 *
 * Two things would otherwise pin every parsed document to the shared window (measured: ~2-8 MB
 * retained per page): the selector engine of each document (used by Readability's
 * querySelectorAll) registers focus/mouse/key listeners on the window, and the window's
 * named-property tracker holds every attached element with an id or name. So the window's
 * addEventListener is a no-op (nothing here needs events), and `releaseDocument` detaches the tree
 * after use. As a backstop against leaks of the same kind, the window is replaced every
 * WINDOW_REUSE documents.
 */
const WINDOW_REUSE = 500;
let sharedParser: DOMParser | undefined;
let parsesOnWindow = 0;

function parseDocument(html: string): Document {
  if (!sharedParser || parsesOnWindow >= WINDOW_REUSE) {
    const { window } = new JSDOM('', { virtualConsole: new VirtualConsole() });
    Object.defineProperty(window, 'addEventListener', { value: () => undefined, configurable: true, writable: true });
    sharedParser = new window.DOMParser();
    parsesOnWindow = 0;
  }
  parsesOnWindow++;
  return sharedParser.parseFromString(stripInertMarkup(html), 'text/html');
}

/** Detach the page's tree so the shared window stops tracking its elements. */
function releaseDocument(doc: Document): void {
  try {
    doc.documentElement?.remove();
  } catch {
    // best effort
  }
}

function validUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'file:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function clean(s: string | null | undefined): string | undefined {
  if (s == null) return undefined;
  const t = s.replace(/\s+/g, ' ').trim();
  return t === '' ? undefined : t;
}

/**
 * Metadata read from the page before Readability mutates the document (it removes scripts). Only
 * cheap reads happen here (tag-name walks, no selector engine); JSON-LD is parsed lazily.
 */
interface PageMeta {
  /** meta tags by lower-cased property/name/itemprop (first one wins) */
  byKey: Map<string, string>;
  jsonLd: string[];
  /** `<time datetime>` values, best first */
  times: string[];
  /** the page's `<title>` */
  docTitle?: string;
  /** texts of the first few `<h1>`s */
  h1s: string[];
}

const DATE_META_KEYS_FIRST = ['article:published_time', 'og:published_time', 'og:article:published_time'];
const DATE_META_KEYS_LAST = [
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'dcterms.created',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'article.published',
];

function findJsonLdDate(value: unknown, depth = 0): string | undefined {
  if (depth > 6 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const v of value) {
      const d = findJsonLdDate(v, depth + 1);
      if (d) return d;
    }
    return undefined;
  }
  const obj = value as Record<string, unknown>;
  if (typeof obj.datePublished === 'string') return obj.datePublished;
  if (Array.isArray(obj['@graph'])) return findJsonLdDate(obj['@graph'], depth + 1);
  if (typeof obj.dateCreated === 'string') return obj.dateCreated;
  return undefined;
}

function isInside(el: Element, tag: string): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (p.localName === tag) return true;
  return false;
}

/** One pass over the page's elements (no selector engine: it is slow and pins documents). */
function readPageMeta(doc: Document): PageMeta {
  const byKey = new Map<string, string>();
  const jsonLd: string[] = [];
  let pubdate: string | undefined;
  let microdata: string | undefined;
  let inArticle: string | undefined;
  let first: string | undefined;
  let docTitle: string | undefined;
  const h1s: string[] = [];

  // A TreeWalker, not getElementsByTagName('*'): iterating that live collection is quadratic in jsdom.
  const walker = doc.createTreeWalker(doc, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const el = node as Element;
    const tag = el.localName;
    if (tag === 'meta') {
      const content = clean(el.getAttribute('content'));
      if (!content) continue;
      for (const attr of ['property', 'name', 'itemprop']) {
        const raw = el.getAttribute(attr);
        if (!raw) continue;
        for (const key of raw.toLowerCase().split(/\s+/)) {
          if (key !== '' && !byKey.has(key)) byKey.set(key, content);
        }
      }
      continue;
    }
    if (tag === 'script') {
      if (/ld\+json/i.test(el.getAttribute('type') ?? '')) jsonLd.push(el.textContent ?? '');
      continue;
    }
    // Microdata on other elements: <time itemprop="datePublished" content="…">, <span itemprop="datePublished">…</span>
    if (!microdata && /\bdatepublished\b/i.test(el.getAttribute('itemprop') ?? '')) {
      microdata = clean(el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent?.slice(0, 80));
    }
    if (tag === 'title' && docTitle === undefined && el.namespaceURI === 'http://www.w3.org/1999/xhtml') {
      docTitle = clean(el.textContent) ?? '';
      continue;
    }
    if (tag === 'h1' && h1s.length < 5) {
      const t = el.textContent ?? '';
      if (t.length <= 400) {
        const c = clean(t);
        if (c) h1s.push(c);
      }
      continue;
    }
    if (tag === 'time' && !pubdate) {
      const dt = clean(el.getAttribute('datetime'));
      if (!dt) continue;
      first ??= dt;
      if (el.hasAttribute('pubdate')) pubdate = dt;
      else if (!inArticle && isInside(el, 'article')) inArticle = dt;
    }
  }
  if (microdata && !byKey.has('datepublished')) byKey.set('datepublished', microdata);
  return { byKey, jsonLd, times: [pubdate, inArticle, first].filter((t): t is string => !!t), docTitle: docTitle || undefined, h1s };
}

/** Published-date candidates in the documented order of preference (after Readability's own). */
function* dateCandidates(meta: PageMeta): Generator<string> {
  for (const key of DATE_META_KEYS_FIRST) {
    const v = meta.byKey.get(key);
    if (v) yield v;
  }
  for (const text of meta.jsonLd) {
    try {
      const d = findJsonLdDate(JSON.parse(text));
      if (d) yield d;
    } catch {
      // malformed JSON-LD is common; ignore it
    }
  }
  yield* meta.times;
  for (const key of DATE_META_KEYS_LAST) {
    const v = meta.byKey.get(key);
    if (v) yield v;
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** ISO 8601 for a parseable date (date-only inputs stay YYYY-MM-DD); undefined otherwise. */
export function normalizeDate(raw: string | null | undefined): string | undefined {
  const s = clean(raw);
  if (!s) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  let d: Date;
  if (/^\d{10}(?:\d{3})?$/.test(s)) {
    // Unix seconds or milliseconds.
    d = new Date(s.length === 10 ? Number(s) * 1000 : Number(s));
  } else {
    d = new Date(s);
  }
  if (Number.isNaN(d.getTime())) return undefined;
  const year = d.getUTCFullYear();
  if (year < 1900 || year > 2200) return undefined;
  const hasTime = /\d{1,2}:\d{2}/.test(s) || /^\d+$/.test(s);
  if (!hasTime) {
    // Parsed as a local calendar date ("July 24, 2015"): keep it a date.
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }
  return d.toISOString();
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const host = new URL(url).hostname.replace(/^www\./i, '');
    return host === '' ? undefined : host;
  } catch {
    return undefined;
  }
}

function comparable(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Readability prefers og:title, which some sites fill with a generic site title ("Yahoo News -
 * Latest News & Headlines"). When that title is no headline of the page but the page's `<title>`
 * is exactly one of its `<h1>`s, the `<title>` is the story's title.
 */
function chooseTitle(title: string, meta: PageMeta): string {
  const key = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const h1 = new Set(meta.h1s.map(key));
  if (h1.size === 0 || h1.has(key(title))) return title;
  const docTitle = meta.docTitle;
  if (docTitle && h1.has(key(docTitle)) && docTitle.split(/\s+/).length >= 4) return docTitle;
  return title;
}

/** Strip a trailing " | Site" / " - Site" / " — Site" / " · Site" suffix naming the site (or the author). */
export function stripSiteSuffix(title: string, siteName: string | undefined, host?: string, byline?: string): string {
  const names = [siteName, host, host?.replace(/\.[a-z]+$/i, ''), byline?.replace(/^by\s+/i, '')]
    .filter((n): n is string => !!n)
    .map(comparable);
  if (names.length === 0) return title;
  const m = /^(.*\S)\s+[|\-–—·•:»]\s+([^|\-–—·•»]+)$/.exec(title);
  if (!m) return title;
  const head = m[1] as string;
  const tail = comparable(m[2] as string);
  if (tail !== '' && names.some((n) => n === tail) && head.trim().length > 0) return head.trim();
  return title;
}

function wordCount(s: string): number {
  const m = s.match(/[\p{L}\p{N}]+/gu);
  return m ? m.length : 0;
}

/**
 * Extract the story from an HTML page with Readability + jsdom.
 * Throws UserError('no-article', …) when there is no readable article.
 */
export function extractArticle(html: string, url?: string): ExtractedArticle {
  const pageUrl = validUrl(url);
  const doc = parseDocument(html);
  try {
    const meta = readPageMeta(doc);

    let parsed: ReturnType<Readability<Node>['parse']>;
    try {
      parsed = new Readability<Node>(doc, { serializer: (node: Node) => node }).parse();
    } catch {
      // Readability can choke on pathological markup; to the user that is "no article".
      throw new UserError('no-article', 'no article found in the page');
    }
    if (!parsed || !parsed.content) throw new UserError('no-article', 'no article found in the page');

    const text = blocksToCleanText(nodeToBlocks(parsed.content));
    if (wordCount(text) < MIN_WORDS) throw new UserError('no-article', 'no article text found in the page');

    const host = hostOf(pageUrl);
    const siteName = clean(parsed.siteName) ?? meta.byKey.get('og:site_name') ?? host;
    let title = chooseTitle(parsed.title?.trim() || meta.byKey.get('og:title') || meta.byKey.get('twitter:title') || '', meta);
    title = stripSiteSuffix(title, siteName, host, clean(parsed.byline));
    if (title === '') {
      const firstLine = text.split('\n')[0] ?? '';
      title = firstLine.length <= 120 ? firstLine : `${firstLine.slice(0, 117).trimEnd()}…`;
    }

    let publishedAt = normalizeDate(parsed.publishedTime);
    if (!publishedAt) {
      for (const d of dateCandidates(meta)) {
        publishedAt = normalizeDate(d);
        if (publishedAt) break;
      }
    }

    const result: ExtractedArticle = { title, text };
    const byline = clean(parsed.byline);
    if (byline) result.byline = byline;
    if (publishedAt) result.publishedAt = publishedAt;
    if (siteName) result.siteName = siteName;
    if (pageUrl) result.url = pageUrl;
    const lang = clean(parsed.lang);
    if (lang) result.lang = lang;
    const excerpt = clean(parsed.excerpt);
    if (excerpt) result.excerpt = excerpt;
    return result;
  } finally {
    releaseDocument(doc);
  }
}
