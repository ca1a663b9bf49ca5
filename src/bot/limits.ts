/** Discord's message limits, and text helpers that respect them without cutting words silently. */

/** The limits Discord enforces on a message (it answers 50035 past any of them). */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  threadName: 100,
  customId: 100,
} as const;

/** The mark left where text was shortened, so a cut is never silent. */
export const ELLIPSIS = '…';

/**
 * Shorten `text` to at most `max` characters at a word boundary, ending with "…" when cut. A single
 * word longer than the room (a long URL) is cut inside, still marked.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = max - ELLIPSIS.length;
  let cut = text.slice(0, room);
  // The character after the room tells whether the cut already falls between words.
  const lastSpace = text.slice(0, room + 1).search(/\s\S*$/);
  // Only back up to a space if that keeps most of the text; otherwise a hard (but marked) cut.
  if (lastSpace > room / 2) cut = cut.slice(0, lastSpace);
  return cut.replace(/[\s,;:]+$/, '') + ELLIPSIS;
}

/**
 * Split `text` into pieces of at most `max` characters, breaking between words, so a long quote can
 * span several embeds without losing a character.
 */
export function splitAtWords(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    let at = rest.slice(0, max + 1).search(/\s\S*$/);
    if (at <= max / 2) at = max; // one giant word: break inside it rather than loop
    pieces.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/** Collapse whitespace runs (article passages carry layout newlines) to single spaces. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Escape the Markdown that would change how article text renders (bold, italics, code, spoilers),
 * and break masked links so an article cannot dress up a link. `[n]` citation markers survive.
 */
export function escapeText(text: string): string {
  return text.replace(/[\\*_~`|]/g, '\\$&').replace(/\]\(/g, ']\\(');
}

/** Escape text for the label of a masked link `[label](<url>)`. */
export function escapeLinkLabel(text: string): string {
  return escapeText(text).replace(/[[\]]/g, '\\$&');
}

/** Prefix every line with "> " so the text renders as a block quote. */
export function blockquote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/** The characters Discord counts toward an embed's share of the 6000 total. */
export function embedLength(embed: {
  title?: string;
  description?: string;
  footer?: { text: string };
  author?: { name: string };
  fields?: { name: string; value: string }[];
}): number {
  let n = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  n += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const f of embed.fields ?? []) n += f.name.length + f.value.length;
  return n;
}
