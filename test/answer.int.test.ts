import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { ABSTAIN_MESSAGE } from '../src/qa/extractive.js';
import { rewriteFollowUp } from '../src/qa/followup.js';
import { parseQuestion } from '../src/qa/question.js';
import { FIXTURES, SHARED_EVAL, makeApp } from './helpers.js';

const DEV = path.join(SHARED_EVAL, 'news-pages-dev');
const hasDev = fs.existsSync(DEV);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every citation must quote its article verbatim at its offsets. */
function expectVerbatim(app: App, citations: { articleId: string; quote: string; start: number; end: number }[]) {
  for (const c of citations) {
    const article = app.store.getArticle(c.articleId)!;
    expect(article.text.slice(c.start, c.end)).toBe(c.quote);
  }
}

describe('answers over the bundled sample', () => {
  let app: App;
  beforeAll(async () => {
    app = await makeApp();
    await app.news.ingest([path.join(FIXTURES, 'articles')]);
  });
  afterAll(() => app.close());

  it('answers "why did Altman side with Trump?" citing the reason sentence first', async () => {
    const a = await app.news.ask('why did Altman side with Trump?');
    expect(a.abstained).toBe(false);
    expect(a.mode).toBe('extractive');
    expect(a.citations[0]!.quote.endsWith('led him to align with Trump.')).toBe(true);
    expect(a.citations[0]).toMatchObject({ n: 1, articleId: 'ae458e348b6ec010', source: 'Benzinga', publishedAt: '2025-07-20' });
    expect(a.answer).toContain('[1]');
    expectVerbatim(app, a.citations);
  });

  it('abstains instead of citing unrelated text', async () => {
    for (const q of ['What is the capital of Mongolia?', 'How do vaccines work?', 'Who won the 2018 World Cup?', 'What did the Federal Reserve decide about interest rates?']) {
      const a = await app.news.ask(q);
      expect(a, q).toMatchObject({ abstained: true, answer: ABSTAIN_MESSAGE, citations: [] });
    }
  });

  it('understands a follow-up through the earlier turn', async () => {
    const history = [{ question: 'why did Altman side with Trump?' }];
    expect(rewriteFollowUp('and what did Musk do?', history)).toBe('and what did Musk do? (Altman side Trump)');
    const a = await app.news.ask('and what did Musk do?', { history });
    expect(a.abstained).toBe(false);
    expect(a.citations.some((c) => /Musk’s attempts to disrupt|Musk’s exit from the board/.test(c.quote))).toBe(true);
  });
});

describe('question parsing', () => {
  it('classifies the kind of fact asked for and finds names', () => {
    expect(parseQuestion('How many whales stranded?').kind).toBe('count');
    expect(parseQuestion('How much was the fee?').kind).toBe('amount');
    expect(parseQuestion('Since when have rights been recognised?').kind).toBe('time');
    expect(parseQuestion('Why did security arrive?').kind).toBe('reason');
    expect(parseQuestion('Who led the study?').kind).toBe('person');
    expect(parseQuestion('Why did Altman side with Trump?').names).toEqual(['altman', 'trump']);
  });
});

describe.skipIf(!hasDev)('answers over real news pages (shared/eval/news-pages-dev)', () => {
  let app: App;
  const questions = hasDev
    ? (JSON.parse(fs.readFileSync(path.join(DEV, 'questions.json'), 'utf8')) as { question: string; evidence: string }[])
    : [];
  beforeAll(async () => {
    app = await makeApp();
    const results = await app.news.ingest([path.join(DEV, 'pages')]);
    expect(results.filter((r) => r.status === 'added')).toHaveLength(8);
  }, 60_000);
  afterAll(() => app.close());

  it('cites the evidence in the top-3 citations for at least 22 of 24 paraphrased questions', async () => {
    let found = 0;
    const misses: string[] = [];
    for (const q of questions) {
      const a = await app.news.ask(q.question);
      expectVerbatim(app, a.citations);
      if (a.citations.slice(0, 3).some((c) => norm(c.quote).includes(norm(q.evidence)))) found++;
      else misses.push(q.question);
    }
    expect(found, `missed: ${misses.join(' | ')}`).toBeGreaterThanOrEqual(22);
  });

  it('answers our own held-out questions on the same pages (written after tuning, not tuned on)', async () => {
    const heldOut: [string, string][] = [
      ['How long has Obama got left in office?', '18 months left in power'],
      ['How many churchgoers were killed in South Carolina?', 'nine African-American churchgoers'],
      ['How long did Mojang sit on the bug report before it was made public?', '21 months'],
      ['Where is the developer who found the Minecraft bug based?', 'Pakistan-based developer'],
      ['How many lists does the malicious payload contain in total?', '30,000,000 lists'],
      ['What file format do Minecraft items use to store metadata?', 'Named Binary Tag'],
      ['Why has Obama been frustrated about gun control?', 'unable to secure any significant changes'],
      ['What is Obama doing in Kenya?', 'first visit since becoming president'],
      ['What question did Obama dodge in the interview?', 'Iran nuclear deal'],
      ['How many of the attackers were killed?', 'Two gunmen died'],
      ['How many people were injured in the museum attack?', 'About 50 other people were wounded'],
      ['What did the Tunisian prime minister say in his televised address?', 'Our nation is in danger'],
      ['What is the population of Tunisia?', 'about 11 million people'],
      ['At what altitude did the cargo ship break up?', '190 kilometers'],
      ['What did local residents report seeing and hearing?', 'flash of light and hearing a loud thud'],
      ['How far from Moscow did the debris come down?', 'more than 3,600 kilometers'],
      ['Who took the photo of the rocket on the launch pad?', 'Oleg Urusov'],
    ];
    const misses: string[] = [];
    for (const [q, want] of heldOut) {
      const a = await app.news.ask(q);
      if (!a.citations.slice(0, 3).some((c) => c.quote.includes(want))) misses.push(q);
    }
    // 13 of these 17 when written; the misses need meaning the local answerer doesn't have
    // (gunmen died = attackers killed) or quote photo captions.
    expect(heldOut.length - misses.length, `missed: ${misses.join(' | ')}`).toBeGreaterThanOrEqual(13);
  });

  it('abstains on questions none of the pages answer', async () => {
    for (const q of ['What is the capital of Mongolia?', 'Who won the Champions League final?', 'What is the recipe for banana bread?']) {
      expect((await app.news.ask(q)).abstained, q).toBe(true);
    }
  });
});
