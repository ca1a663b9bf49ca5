import { stemmer } from 'stemmer';
import { conceptOf } from './lexicon.js';

/** Function words that carry no topic; kept out of features, queries and overlap scores. */
export const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him himself his ' +
    'how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out ' +
    'over own same she should so some such than that the their theirs them themselves then there these they this those through to too ' +
    'under until up very was we were what when where which while who whom whose why will with would you your yours yourself yourselves ' +
    'according said says say tell told get got may might must shall us let per via whether yet ever'
  ).split(' '),
);

/** Lower-cased word tokens with diacritics folded; numbers keep their digits ("4.8", "1998"). */
export function tokenize(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[’']s\b/g, '')
      .match(/[a-z0-9]+(?:[.,][0-9]+)*/g) ?? []
  );
}

const stemCache = new Map<string, string>();

/** Porter stem, cached: the same few thousand words recur across a news corpus. */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    // British -ise spellings fold to -ize, on both sides of every comparison.
    s = /^[0-9]/.test(word) ? word.replace(/,/g, '') : stemmer(word.length > 5 ? word.replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1') : word);
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/** Content terms of a text: tokens minus stopwords, stemmed. */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    if (STOPWORDS.has(t) || (t.length < 2 && !/[0-9]/.test(t))) continue;
    out.push(stem(t));
  }
  return out;
}

/** Content terms plus their concept ids (synonym groups), for paraphrase-tolerant matching. */
export function expandedTerms(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    if (STOPWORDS.has(t) || (t.length < 2 && !/[0-9]/.test(t))) continue;
    const s = stem(t);
    out.push(s);
    const c = conceptOf(s);
    if (c) out.push(c);
  }
  return out;
}
