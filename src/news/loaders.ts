import fs from 'node:fs/promises';
import path from 'node:path';
import { UserError, describeError } from '../errors.js';
import { stripBoilerplate } from './boilerplate.js';
import type { ArticleInput } from './types.js';

/** One article loaded from an input, or why it could not be. */
export interface LoadItem {
  input: string;
  article?: ArticleInput;
  error?: string;
}

export const FILE_TYPES = ['.txt', '.md', '.markdown', '.html', '.htm', '.json', '.jsonl', '.ndjson'];

/** Expand inputs into files and URLs: directories recursively (supported types only, no dotfiles). */
export async function expandInputs(inputs: string[]): Promise<{ input: string; error?: string }[]> {
  const out: { input: string; error?: string }[] = [];
  for (const input of inputs) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
      out.push({ input });
      continue;
    }
    let stat;
    try {
      stat = await fs.stat(input);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      out.push({ input, error: code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code ?? describeError(err)})` });
      continue;
    }
    if (stat.isDirectory()) {
      const files = await walk(input);
      files.sort();
      for (const f of files) out.push({ input: f });
    } else {
      out.push({ input });
    }
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(p)));
    else if (entry.isFile() && FILE_TYPES.includes(path.extname(entry.name).toLowerCase())) out.push(p);
  }
  return out;
}

/** Load the articles in one file; a JSON Lines file yields one item per line. */
export async function loadFile(file: string): Promise<LoadItem[]> {
  const ext = path.extname(file).toLowerCase();
  if (!FILE_TYPES.includes(ext)) {
    return [{ input: file, error: `unsupported file type "${ext || '(none)'}" (supported: ${FILE_TYPES.join(' ')})` }];
  }
  let buf: Buffer;
  try {
    buf = await fs.readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return [{ input: file, error: code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? describeError(err)})` }];
  }
  try {
    const text = decodeText(buf);
    if (ext === '.jsonl' || ext === '.ndjson') return await loadJsonLines(file, text);
    if (ext === '.json') return await loadJson(file, text);
    if (ext === '.html' || ext === '.htm') return [{ input: file, article: await fromHtml(text, file) }];
    return [{ input: file, article: fromPlainText(text, file, ext === '.md' || ext === '.markdown') }];
  } catch (err) {
    return [{ input: file, error: describeError(err) }];
  }
}

/** UTF-8 text, refusing binary and empty files with a clear reason. */
export function decodeText(buf: Buffer): string {
  if (buf.length === 0) throw new UserError('empty', 'empty file');
  if (buf.subarray(0, 8192).includes(0)) throw new UserError('binary', 'binary file, not text');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf).replace(/^\uFEFF/, '');
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  if (bad > 16 && bad / text.length > 0.01) throw new UserError('binary', 'not UTF-8 text');
  if (text.trim() === '') throw new UserError('empty', 'empty file (only whitespace)');
  return text.replace(/\r\n?/g, '\n');
}

// jsdom takes ~1.5 s to import: load it only when there is HTML to read, so `ask` starts fast.
async function extractArticle(html: string, url?: string) {
  const { extractArticle: extract } = await import('./extract-html.js');
  return extract(html, url);
}

async function fromHtml(html: string, origin: string, url?: string): Promise<ArticleInput> {
  const a = await extractArticle(html, url);
  return {
    title: a.title,
    text: a.text,
    url: url ?? a.url,
    source: a.siteName,
    author: a.byline,
    publishedAt: a.publishedAt,
    origin,
  };
}

/** Article from a fetched page. */
export function articleFromPage(html: string, url: string): Promise<ArticleInput> {
  return fromHtml(html, url, url);
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;

/**
 * Plain text or Markdown: optional `---` front matter (title, id, url, source, author, publishedAt),
 * then the title from a leading `# heading` (or the first short line), then the story.
 */
export function fromPlainText(raw: string, origin: string, markdown: boolean): ArticleInput {
  let body = raw;
  const meta: Record<string, string> = {};
  const fm = FRONT_MATTER.exec(body);
  if (fm) {
    for (const line of fm[1]!.split('\n')) {
      const m = /^([A-Za-z_]+)\s*:\s*(.*)$/.exec(line);
      if (m) meta[m[1]!.toLowerCase()] = m[2]!.trim().replace(/^["']|["']$/g, '');
    }
    body = body.slice(fm[0].length);
  }
  let title = meta.title;
  const heading = /^\s*#{1,2}\s+(.+)\n/.exec(body);
  if (!title && heading) {
    title = heading[1]!.trim();
    body = body.slice(heading[0].length);
  }
  if (markdown) body = stripMarkdown(body);
  const text = stripBoilerplate(body).trim();
  if (!text) throw new UserError('empty', 'no article text');
  if (!title) {
    const first = text.split('\n')[0]!.trim();
    title = first.split(/\s+/).length <= 20 ? first.replace(/^[-*]\s+/, '') : path.basename(origin).replace(/\.[^.]+$/, '');
  }
  return {
    id: meta.id,
    title,
    text,
    url: meta.url,
    source: meta.source,
    author: meta.author,
    publishedAt: meta.publishedat ?? meta.date ?? meta.published_at,
    origin,
  };
}

function stripMarkdown(s: string): string {
  return s
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/^>\s?/gm, '');
}

async function loadJson(file: string, text: string): Promise<LoadItem[]> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new UserError('json', `invalid JSON (${describeError(err)})`);
  }
  const items = Array.isArray(data) ? data : [data];
  if (items.length === 0) throw new UserError('empty', 'no articles in the JSON array');
  const out: LoadItem[] = [];
  for (const [i, obj] of items.entries()) {
    const input = items.length > 1 ? `${file}[${i}]` : file;
    try {
      out.push({ input, article: await fromRecord(obj, input) });
    } catch (err) {
      out.push({ input, error: describeError(err) });
    }
  }
  return out;
}

async function loadJsonLines(file: string, text: string): Promise<LoadItem[]> {
  const out: LoadItem[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    const input = `${file}:${i + 1}`;
    try {
      let obj: unknown;
      try {
        obj = JSON.parse(line);
      } catch (err) {
        throw new UserError('json', `invalid JSON (${describeError(err)})`);
      }
      out.push({ input, article: await fromRecord(obj, input) });
    } catch (err) {
      out.push({ input, error: describeError(err) });
    }
  }
  if (out.length === 0) throw new UserError('empty', 'no articles in the file');
  return out;
}

/** The bulk-import record: `{id?, title, url?, source?, author?, publishedAt?, text | body | html}`. */
export async function fromRecord(obj: unknown, origin: string): Promise<ArticleInput> {
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new UserError('json', 'expected a JSON object');
  const r = obj as Record<string, unknown>;
  const str = (k: string) => (typeof r[k] === 'string' && (r[k] as string).trim() !== '' ? (r[k] as string).trim() : undefined);
  const url = str('url') ?? str('link');
  let base: ArticleInput;
  if (str('text') ?? str('body')) {
    const text = stripBoilerplate((str('text') ?? str('body'))!.replace(/\r\n?/g, '\n')).trim();
    if (!text) throw new UserError('empty', 'no article text after removing boilerplate');
    base = { title: str('title') ?? text.split('\n')[0]!.slice(0, 120), text };
  } else if (str('html')) {
    const a = await extractArticle(str('html')!, url);
    base = { title: str('title') ?? a.title, text: a.text, source: a.siteName, author: a.byline, publishedAt: a.publishedAt };
  } else {
    throw new UserError('json', 'missing "text", "body" or "html"');
  }
  const id = r.id === undefined || r.id === null ? undefined : String(r.id);
  return {
    ...base,
    id,
    url,
    source: str('source') ?? base.source,
    author: str('author') ?? base.author,
    publishedAt: str('publishedAt') ?? str('published_at') ?? str('date') ?? base.publishedAt,
    origin,
  };
}
