/** Sentence spans with character offsets, for chunking and for quoting exact sentences. */
export interface Span {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

// ICU splits after every period; these endings are abbreviations or initials, not sentence ends.
const ABBREVIATION = new RegExp(
  String.raw`(?:^|[\s(])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Jr|St|Mt|Gen|Gov|Sen|Rep|Rev|Lt|Col|Capt|Sgt|Cmdr|Adm|Pres|Inc|Corp|Co|Ltd|Bros|vs|etc|approx|est|No|Nos|Vol|Fig|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|a\.m|p\.m|U\.S|U\.K|U\.N|E\.U|D\.C|[A-Z])\.["'”’]?\s*$`,
);

/**
 * Split `text` into sentence spans. Paragraph breaks (newlines) always end a sentence; inside a
 * paragraph ICU's sentence rules are used, with abbreviation and initial fixes. Spans are trimmed
 * so that `text.slice(start, end)` never starts or ends with whitespace.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const lineRe = /[^\n]+/g;
  let line: RegExpExecArray | null;
  while ((line = lineRe.exec(text))) {
    const base = line.index;
    let pending: Span | null = null;
    for (const seg of segmenter.segment(line[0])) {
      const s = trimSpan(text, base + seg.index, base + seg.index + seg.segment.length);
      if (!s) continue;
      // A "sentence" starting in lower case or with punctuation continues the last one: ICU breaks
      // after "!" or "?" inside quotes ("the 'a-ha!' moment") and after "Ph.D.," and the like.
      const last = spans[spans.length - 1];
      if (!pending && last && last.start >= base && /^[\p{Ll},;:)\]]/u.test(text[s.start]!)) {
        spans.pop();
        pending = last;
      }
      if (pending) {
        pending.end = s.end;
      } else {
        pending = s;
      }
      if (!ABBREVIATION.test(text.slice(pending.start, pending.end))) {
        spans.push(pending);
        pending = null;
      }
    }
    if (pending) spans.push(pending);
  }
  return spans;
}

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** Words in a string, the unit of chunk sizes. */
export function countWords(s: string): number {
  const m = s.match(/\S+/g);
  return m ? m.length : 0;
}
