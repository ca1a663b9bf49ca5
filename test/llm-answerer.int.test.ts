import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { startOpenAIFake } from './fakes/openai-fake.js';
import { FIXTURES, makeApp } from './helpers.js';

/** Excerpt number whose text contains `needle`, read from the prompt the model was sent. */
function excerptNumber(messages: { content: string }[], needle: string): number | null {
  const user = messages.at(-1)!.content;
  const line = user.split('\n').find((l) => /^\[\d+\]/.test(l) && l.includes(needle));
  return line ? Number(/^\[(\d+)\]/.exec(line)![1]) : null;
}

describe('LLM answerer (ChatOpenAI against a local OpenAI-compatible server)', () => {
  let fake: Awaited<ReturnType<typeof startOpenAIFake>>;
  let app: App;
  let reply: (messages: { content: string }[]) => string = () => 'NOT_FOUND';
  beforeAll(async () => {
    fake = await startOpenAIFake({ chat: (m) => reply(m) });
    // Local embeddings, LLM answers: the chat model is switched on by environment variables alone.
    app = await makeApp({ OPENAI_API_KEY: 'sk-local', OPENAI_BASE_URL: fake.url, NEWSDESK_EMBEDDINGS: 'local', OPENAI_CHAT_MODEL: 'llama3.1' });
    await app.news.ingest([path.join(FIXTURES, 'articles')]);
  });
  afterAll(async () => {
    await app.close();
    await fake.close();
  });

  it('lets the model phrase the answer but keeps every citation a verbatim, renumbered span', async () => {
    reply = (m) => {
      const why = excerptNumber(m, 'led him to align with Trump');
      return `Altman grew uneasy with Democratic economic policy and Biden's AI stance [${why}], and he courted Trump's circle [99].`;
    };
    const a = await app.news.ask('why did Altman side with Trump?');
    expect(a.mode).toBe('llm');
    expect(a.abstained).toBe(false);
    // [why] became [1]; [99] points at nothing and was dropped.
    expect(a.answer).toBe("Altman grew uneasy with Democratic economic policy and Biden's AI stance [1], and he courted Trump's circle.");
    expect(a.citations).toHaveLength(1);
    const c = a.citations[0]!;
    expect(c.quote.endsWith('led him to align with Trump.')).toBe(true);
    expect(app.store.getArticle(c.articleId)!.text.slice(c.start, c.end)).toBe(c.quote);
    const call = fake.requests.filter((r) => r.path === '/v1/chat/completions').at(-1)!;
    expect(call.body).toMatchObject({ model: 'llama3.1', temperature: 0 });
    expect(call.body.stream ?? false).toBe(false);
    expect(call.body.messages[1].content).toContain('Question: why did Altman side with Trump?');
  });

  it('abstains when the model says the excerpts do not answer, and never calls it for off-topic questions', async () => {
    reply = () => 'NOT_FOUND';
    const a = await app.news.ask('Who did Altman hire to reach Trump?');
    expect(a).toMatchObject({ abstained: true, mode: 'llm', citations: [] });
    const before = fake.requests.length;
    expect((await app.news.ask('What is the capital of Mongolia?')).abstained).toBe(true);
    expect(fake.requests.length).toBe(before);
  });

  it('falls back to the extractive answer when the model cites nothing', async () => {
    reply = () => 'Because of politics.';
    const a = await app.news.ask('why did Altman side with Trump?');
    expect(a.mode).toBe('extractive');
    expect(a.citations[0]!.quote).toMatch(/led him to align with Trump\.$/);
  });
});
