import { describe, expect, it } from 'vitest';
import { looksLikeQuestion } from '../../src/bot/answering.js';
import { renderAnswer, safeUrl, sourceLine } from '../../src/bot/format-answer.js';
import { packEmbeds, passageEmbeds } from '../../src/bot/format-passages.js';
import { clip, embedLength, escapeText, splitAtWords } from '../../src/bot/limits.js';
import { createRateLimiter } from '../../src/bot/rate-limit.js';
import { CITATIONS } from './fake-news.js';

describe('text limits', () => {
  it('clip cuts between words and marks the cut', () => {
    expect(clip('short', 10)).toBe('short');
    expect(clip('the quick brown fox jumps', 16)).toBe('the quick brown…');
    expect(clip('the quick brown fox jumps', 16).length).toBeLessThanOrEqual(16);
    expect(clip('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`); // one giant word: still marked
  });

  it('splitAtWords loses nothing and breaks only between words', () => {
    const text = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
    const pieces = splitAtWords(text, 100);
    expect(pieces.every((p) => p.length <= 100)).toBe(true);
    expect(pieces.join(' ')).toBe(text);
    expect(pieces.every((p) => /^word\d+( word\d+)*$/.test(p))).toBe(true);
  });

  it('escapes formatting and masked links but keeps [n] markers', () => {
    expect(escapeText('a *bold* claim [1] see [here](https://evil.example)')).toBe('a \\*bold\\* claim [1] see [here]\\(https://evil.example)');
  });
});

describe('sources', () => {
  it('formats `[n] [title](<url>) — source, date` and drops unsafe links', () => {
    expect(sourceLine(CITATIONS[0])).toBe('[1] [Sam Altman Emerges As Trump’s Key Tech Ally](<https://news.example.com/altman-trump>) — Benzinga, 2025-07-20');
    expect(sourceLine({ ...CITATIONS[0], title: 'A [bracketed] title', url: 'javascript:alert(1)' })).toBe('[1] **A \\[bracketed\\] title** — Benzinga, 2025-07-20');
    expect(safeUrl('https://x.example/a>b (c)')).toBe('https://x.example/a%3Eb%20%28c%29');
  });

  it('an answer embed never exceeds Discord limits, whatever the input', () => {
    const long = { ...CITATIONS[0], title: 'T'.repeat(500), quote: 'word '.repeat(2000) };
    const result = { question: 'q'.repeat(1000), answer: 'a '.repeat(5000), abstained: false, mode: 'extractive' as const, citations: Array.from({ length: 40 }, (_, i) => ({ ...long, n: i + 1 })) };
    const [embed] = renderAnswer(result, 1, { guildId: null }).embeds;
    expect(embed.title!.length).toBeLessThanOrEqual(256);
    expect(embed.description!.length).toBeLessThanOrEqual(4096);
    expect(embedLength(embed as any)).toBeLessThanOrEqual(6000);
    for (const f of embed.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(1024);
  });

  it('packs passages into messages of ≤10 embeds and ≤6000 characters, continuing long quotes', () => {
    const quote = Array.from({ length: 1500 }, (_, i) => `w${i}`).join(' ');
    const embeds = passageEmbeds(Array.from({ length: 12 }, (_, i) => ({ ...CITATIONS[0], n: i + 1, quote })));
    expect(embeds[1].title).toMatch(/\(continued\)$/);
    const messages = packEmbeds(embeds);
    for (const m of messages) {
      expect(m.embeds.length).toBeLessThanOrEqual(10);
      expect(m.embeds.reduce((n, e) => n + embedLength(e as any), 0)).toBeLessThanOrEqual(6000);
    }
    expect(messages.flatMap((m) => m.embeds)).toHaveLength(embeds.length);
  });
});

describe('rate limiter', () => {
  it('allows N a minute per key, then tells once how long to wait', () => {
    let now = 0;
    const limiter = createRateLimiter(2, () => now);
    expect(limiter.take('a')).toEqual({ ok: true });
    now = 10_000;
    expect(limiter.take('a')).toEqual({ ok: true });
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterMs: 50_000, firstRefusal: true });
    expect(limiter.take('a')).toMatchObject({ ok: false, firstRefusal: false });
    expect(limiter.take('b')).toEqual({ ok: true });
    now = 60_000;
    expect(limiter.take('a')).toEqual({ ok: true });
  });
});

describe('follow-up detection', () => {
  it('takes questions and requests, not chatter', () => {
    for (const q of ['and what did Musk do?', 'why', 'Tell me more about Stargate', 'Musk too?']) expect(looksLikeQuestion(q), q).toBe(true);
    for (const c of ['thanks!', 'lol', 'interesting, cheers', 'ok']) expect(looksLikeQuestion(c), c).toBe(false);
  });
});
