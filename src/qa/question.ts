import { contentTerms, stem, tokenize, STOPWORDS } from './text.js';

/** What kind of answer a question wants; drives small scoring cues in the extractive answerer. */
export type QuestionKind = 'count' | 'amount' | 'time' | 'person' | 'place' | 'reason' | 'other';

/** Words that shape the question but name nothing to look for. */
const QUESTION_WORDS = new Set(
  ['happen', 'think', 'mean', 'know', 'thing', 'roughli', 'approxim', 'exactli', 'actual', 'accord', 'much', 'mani', 'kind', 'type'],
);

export interface ParsedQuestion {
  text: string;
  kind: QuestionKind;
  /** Stemmed content terms of the question itself. */
  terms: string[];
  /** Capitalized names in the question (not its first word): things the corpus must mention. */
  names: string[];
}

export function parseQuestion(text: string): ParsedQuestion {
  const q = text.trim();
  const lower = q.toLowerCase();
  let kind: QuestionKind = 'other';
  if (/\bhow (many|often)\b|\bnumber of\b|\bhow much (?:of|per)?\b.*\b(percent|share)\b/.test(lower)) kind = 'count';
  else if (/\bhow (much|far|big|large|high|heavy|fast|tall|deep|wide)\b|\bwhat (?:was|is|were) the (?:price|cost|fee|value|amount|altitude|distance|size)\b|\bwhat price\b/.test(lower)) kind = 'amount';
  else if (/\bwhen\b|\bwhat (year|date|day|month|time)\b|\bsince when\b|\bhow long\b/.test(lower)) kind = 'time';
  else if (/\bwho\b|\bwhom\b|\bwhich (person|people|company|companies|firm)\b/.test(lower)) kind = 'person';
  else if (/\bwhere\b|\bwhich (country|city|state|town|place)\b/.test(lower)) kind = 'place';
  else if (/\bwhy\b|\bwhat (caused|led|prompted|made|set off|triggered|sparked)\b|\bhow come\b|\breason\b/.test(lower)) kind = 'reason';
  const terms = [...new Set(contentTerms(q))].filter((t) => !QUESTION_WORDS.has(t));
  const names: string[] = [];
  const words = q.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  words.forEach((w, i) => {
    if (i === 0) return;
    if (/^\p{Lu}/u.test(w) && !STOPWORDS.has(w.toLowerCase())) {
      for (const t of tokenize(w)) if (!STOPWORDS.has(t) && t.length > 1) names.push(stem(t));
    }
  });
  return { text: q, kind, terms, names: [...new Set(names)] };
}

/** Does a sentence carry the kind of fact the question asks for? */
export function kindCue(kind: QuestionKind, sentence: string): number {
  switch (kind) {
    case 'count':
      return /\b\d[\d,.]*\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|hundred|hundreds|thousand|thousands|million|millions|billion)\b/i.test(sentence) ? 1 : 0;
    case 'amount':
      return /[$€£¥]\s?\d|\b\d[\d,.]*\s?(%|percent|million|billion|trillion|dollars|euros|pounds|yen|(metric )?tons?|tonnes?|kilo\w*|kg|grams?|lbs?|ounces?|gallons?|lit(er|re)s?|barrels?|miles?|met(er|re)s?|feet|foot|inch(es)?|bytes?|\w+bytes)\b/i.test(sentence) ? 1 : 0;
    case 'time':
      return /\b(1[89]\d\d|20\d\d)\b|\b(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last (week|month|year)|since|ago)\b/i.test(sentence) ? 1 : 0;
    case 'person':
      return /\bby (\p{Lu}\p{Ll}+ )+\p{Lu}\p{Ll}+/u.test(sentence) ? 1 : /\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u.test(sentence) ? 0.5 : 0;
    case 'place':
      return /\b(in|at|from|near) (the )?\p{Lu}\p{Ll}+/u.test(sentence) ? 0.6 : 0;
    case 'reason':
      // "X happened when Y" is how news often gives a cause; weaker than "because".
      if (/\b(when|as) (\p{Ll}+ )?\p{Ll}+ (\p{Ll}+ed|was|were|had)\b/u.test(sentence) && !/\bbecause\b/i.test(sentence)) return 0.6;
      return /\b(because|since|due to|as a result|after|led (him|her|them|it|to)|leading to|prompt\w*|trigger\w*|spark\w*|caus\w*|so that|in order to|concern\w*|reason\w*|amid|following|fear\w*)\b/i.test(sentence) ? 1 : 0;
    default:
      return 0;
  }
}
