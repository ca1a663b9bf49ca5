import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkText } from '../src/news/chunk.js';
import { countWords, splitSentences } from '../src/news/sentences.js';
import { FIXTURES } from './helpers.js';

const seed = fs.readFileSync(path.join(FIXTURES, 'articles', 'benzinga-altman-trump.md'), 'utf8');

describe('splitSentences', () => {
  it('keeps abbreviations, initials and quoted exclamations inside one sentence', () => {
    const text = 'Mr. Obama met Dr. Smith in the U.S. on Jan. 5. He said the "a-ha!" moment came late. The scientists were led by Michael Shadlen, Ph.D., of Columbia.';
    const got = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(got).toEqual([
      'Mr. Obama met Dr. Smith in the U.S. on Jan. 5.',
      'He said the "a-ha!" moment came late.',
      'The scientists were led by Michael Shadlen, Ph.D., of Columbia.',
    ]);
  });

  it('ends a sentence at a line break and never includes surrounding whitespace', () => {
    const text = '  First line without a period\n\nSecond one. Third one!  \n';
    const got = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(got).toEqual(['First line without a period', 'Second one.', 'Third one!']);
  });
});

describe('chunkText', () => {
  const long = Array.from({ length: 60 }, (_, i) => `Sentence number ${i} talks about the harbour, the council and ${i * 7} new homes.`).join(' ');

  it('returns passages whose text is exactly the article slice at their offsets', () => {
    for (const c of chunkText(seed)) expect(seed.slice(c.start, c.end)).toBe(c.text);
    for (const c of chunkText(long)) expect(long.slice(c.start, c.end)).toBe(c.text);
  });

  it('sizes passages between roughly 80 and 200 words and overlaps them by one sentence', () => {
    const chunks = chunkText(long);
    expect(chunks.length).toBeGreaterThan(3);
    for (const c of chunks) expect(countWords(c.text)).toBeLessThanOrEqual(200);
    for (const c of chunks.slice(0, -1)) expect(countWords(c.text)).toBeGreaterThanOrEqual(80);
    for (let i = 1; i < chunks.length; i++) {
      const prev = chunks[i - 1]!;
      const cur = chunks[i]!;
      expect(cur.start).toBeLessThan(prev.end);
      // The overlap is exactly the previous passage's last sentence.
      const lastSentence = splitSentences(prev.text).pop()!;
      expect(cur.start).toBe(prev.start + lastSentence.start);
    }
  });

  it('keeps an over-long sentence whole instead of cutting it', () => {
    const huge = `${'word '.repeat(260).trim()}.`;
    const chunks = chunkText(`Short intro here. ${huge} Short outro here.`);
    expect(chunks.some((c) => c.text.includes(huge))).toBe(true);
  });

  it('returns nothing for empty text', () => {
    expect(chunkText('   \n ')).toEqual([]);
  });
});
