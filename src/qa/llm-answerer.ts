import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import type { Logger } from '../logger.js';
import { ABSTAIN_MESSAGE, createExtractiveAnswerer, pickCitable, rankSentences, toCitation, type ExtractiveDeps } from './extractive.js';
import type { Answerer, AnswerResult, SearchHit, Turn } from './types.js';

const NOT_FOUND = 'NOT_FOUND';

const SYSTEM = `You answer questions about the news using only the numbered excerpts given to you.
Write at most three short sentences. After every claim put the number of the excerpt that supports it in square brackets, like [2].
Use only facts stated in the excerpts. If the excerpts do not answer the question, reply with exactly ${NOT_FOUND}.`;

export interface LlmAnswererOptions {
  /** Excerpts offered to the model. */
  maxExcerpts?: number;
  logger?: Logger;
}

/**
 * An answerer that lets a chat model (OpenAI or any compatible server, through LangChain) write the
 * answer, from the same sentences the extractive answerer would cite. The model only chooses and
 * phrases: every citation is still a verbatim span of a stored article, renumbered in order of
 * use; markers that point at no excerpt are dropped. If the model fails or cites nothing, the
 * extractive answer is returned instead — an uncited answer is never shown.
 */
export function createLlmAnswerer(model: BaseChatModel, deps: ExtractiveDeps, opts: LlmAnswererOptions = {}): Answerer {
  const maxExcerpts = opts.maxExcerpts ?? 8;
  const fallback = createExtractiveAnswerer(deps);
  return {
    mode: 'llm',
    async answer(question: string, hits: SearchHit[], { history }: { history?: Turn[] } = {}): Promise<AnswerResult> {
      const abstain: AnswerResult = { question, answer: ABSTAIN_MESSAGE, abstained: true, mode: 'llm', citations: [] };
      const ranking = rankSentences(question, hits, history, deps);
      // Nothing relevant retrieved: don't ask a model to make something up.
      if (ranking.abstained) return abstain;
      const excerpts = pickCitable(ranking.candidates, maxExcerpts, 0.3);
      let reply: string;
      try {
        const res = await model.invoke([new SystemMessage(SYSTEM), new HumanMessage(prompt(question, excerpts, history))]);
        reply = typeof res.content === 'string' ? res.content : res.content.map((p) => ('text' in p ? p.text : '')).join('');
      } catch (err) {
        opts.logger?.warn({ err: String(err) }, 'LLM answer failed; answering extractively');
        return fallback.answer(question, hits, { history });
      }
      if (reply.trim().startsWith(NOT_FOUND)) return abstain;
      const order: number[] = [];
      for (const m of reply.matchAll(/\[(\d+)\]/g)) {
        const i = Number(m[1]);
        if (i >= 1 && i <= excerpts.length && !order.includes(i)) order.push(i);
      }
      if (order.length === 0) return fallback.answer(question, hits, { history });
      const answer = reply
        .replace(/\[(\d+)\]/g, (_, d: string) => {
          const n = order.indexOf(Number(d)) + 1;
          return n > 0 ? `[${n}]` : '';
        })
        .replace(/\s+([.,;:])/g, '$1')
        .trim();
      const citations = order.map((i, k) => toCitation(excerpts[i - 1]!, k + 1, deps));
      return { question, answer, abstained: false, mode: 'llm', citations };
    },
  };
}

function prompt(question: string, excerpts: ReturnType<typeof pickCitable>, history?: Turn[]): string {
  const lines: string[] = [];
  if (history?.length) {
    lines.push('Earlier in this conversation:');
    for (const t of history.slice(-3)) lines.push(`Q: ${t.question}${t.answer ? `\nA: ${t.answer}` : ''}`);
    lines.push('');
  }
  lines.push('Excerpts:');
  excerpts.forEach((c, i) => {
    const meta = [c.hit.title, c.hit.source, c.hit.publishedAt?.slice(0, 10)].filter(Boolean).join(', ');
    lines.push(`[${i + 1}] (${meta}) ${c.text.replace(/\s+/g, ' ')}`);
  });
  lines.push('', `Question: ${question}`);
  return lines.join('\n');
}
