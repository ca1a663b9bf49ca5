import { parseQuestion } from './question.js';
import { tokenize, STOPWORDS } from './text.js';
import type { Turn } from './types.js';

const FOLLOW_UP = /^\s*(and|but|also|so|what about|how about|then|why|what else)\b|\b(he|she|they|him|her|them|his|their|it|its|that|this|those|these)\b/i;

/**
 * Rewrite a follow-up question so it can be searched on its own: "and what did Musk do?" after
 * "why did Altman side with Trump?" becomes "and what did Musk do? (Altman side Trump)". The
 * earlier turn's topic words are appended when the question leans on context (a pronoun, an
 * opening "and"/"what about", or very few words of its own).
 */
export function rewriteFollowUp(question: string, history: Turn[] = []): string {
  if (history.length === 0) return question;
  const own = parseQuestion(question).terms.length;
  if (own >= 5 && !FOLLOW_UP.test(question)) return question;
  const mine = new Set(tokenize(question));
  const context: string[] = [];
  for (const turn of history.slice(-2).reverse()) {
    for (const w of turn.question.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []) {
      const t = w.toLowerCase();
      if (STOPWORDS.has(t) || mine.has(t) || context.some((c) => c.toLowerCase() === t) || t.length < 3) continue;
      context.push(w);
    }
  }
  return context.length ? `${question} (${context.slice(0, 8).join(' ')})` : question;
}
