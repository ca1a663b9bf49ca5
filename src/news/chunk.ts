import { countWords, splitSentences, type Span } from './sentences.js';

export interface Chunk {
  start: number;
  end: number;
  text: string;
}

export interface ChunkOptions {
  minWords?: number;
  maxWords?: number;
}

/**
 * Sentence-aware passages of roughly `minWords`–`maxWords` words that overlap by one sentence.
 * Each keeps its offsets, so `text.slice(start, end) === chunk.text` and citations can quote exactly.
 * A single sentence longer than `maxWords` becomes its own chunk rather than being cut.
 */
export function chunkText(text: string, opts: ChunkOptions = {}): Chunk[] {
  const minWords = opts.minWords ?? 80;
  const maxWords = opts.maxWords ?? 200;
  const sentences = splitSentences(text).map((s) => ({ ...s, words: countWords(text.slice(s.start, s.end)) }));
  if (sentences.length === 0) return [];
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < sentences.length) {
    let j = i;
    let words = sentences[i]!.words;
    // Grow until the minimum is reached, never past the maximum.
    while (j + 1 < sentences.length && words < minWords && words + sentences[j + 1]!.words <= maxWords) {
      j++;
      words += sentences[j]!.words;
    }
    // A short tail would make a weak passage of its own: fold it into this one when it fits.
    const rest = sentences.slice(j + 1).reduce((n, s) => n + s.words, 0);
    if (j + 1 < sentences.length && rest < minWords / 2 && words + rest <= maxWords) {
      j = sentences.length - 1;
    }
    chunks.push(makeChunk(text, sentences[i]!, sentences[j]!));
    if (j + 1 >= sentences.length) break;
    // Overlap by one sentence, unless the chunk is that one sentence.
    i = j > i ? j : j + 1;
  }
  return chunks;
}

function makeChunk(text: string, first: Span, last: Span): Chunk {
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
}
