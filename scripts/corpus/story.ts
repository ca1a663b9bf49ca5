/** Building blocks for synthetic stories: the document builder, formatting, spelling. */
import type { Rng } from './rng.js';
import type { Subject } from './filler.js';
import type { Company, Currency, Outlet, Person, World } from './world.js';

export type Beat = 'politics' | 'business' | 'tech' | 'science' | 'disaster' | 'sport' | 'health';

/** A sentence of an article that answers one reader question. */
export interface Fact {
  kind: string;
  sentence: string;
  /** The short answer inside the sentence (a number, a name): checked to be unique among related articles. */
  answer: string;
  /** Names a question about this fact mentions; articles sharing one are the confusable ones. */
  anchors: string[];
  /** Ways a reader might ask for it, none copying the sentence. */
  queries: string[];
}

export interface Ctx {
  r: Rng;
  w: World;
  uk: boolean;
  date: Date;
  outlet: Outlet;
}

/** Collects paragraphs (arrays of sentences) and the facts among them. */
export class Doc {
  title = '';
  readonly paras: string[][] = [];
  readonly facts: Fact[] = [];
  /** Extra paragraphs used to reach the target length, in preference order. */
  readonly extra: string[][] = [];
  /** What context paragraphs may name. */
  subject: Subject = { place: 'the region', org: 'The company', person: { first: 'Alex', last: 'Doe', full: 'Alex Doe', she: false } };

  p(...sentences: (string | false | null | undefined)[]): this {
    const s = sentences.filter((x): x is string => typeof x === 'string' && x.length > 0);
    if (s.length) this.paras.push(s);
    return this;
  }

  more(...sentences: (string | false | null | undefined)[]): this {
    const s = sentences.filter((x): x is string => typeof x === 'string' && x.length > 0);
    if (s.length) this.extra.push(s);
    return this;
  }

  fact(kind: string, sentence: string, answer: string, anchors: string[], queries: string[]): string {
    if (!sentence.toLowerCase().includes(answer.toLowerCase())) throw new Error(`fact "${kind}": answer "${answer}" not in "${sentence}"`);
    this.facts.push({ kind, sentence, answer, anchors, queries });
    return sentence;
  }
}

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Weekday of the publication date minus `daysBefore`. */
export function weekday(ctx: Ctx, daysBefore = 0): string {
  return WEEKDAYS[(ctx.date.getUTCDay() - daysBefore + 7 * 4) % 7]!;
}

export function monthDay(d: Date): string {
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
}

export function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

export function year(ctx: Ctx): number {
  return ctx.date.getUTCFullYear();
}

/** 1240 → "1,240". */
export function num(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** News style: numbers under ten in words. */
export function count(n: number): string {
  return n < 10 ? SMALL[n]! : num(n);
}

export function pct(ctx: Ctx, x: number): string {
  const s = Number.isInteger(x) ? String(x) : x.toFixed(1);
  return ctx.uk && ctx.r.chance(0.5) ? `${s} per cent` : `${s}%`;
}

/** An amount in millions, e.g. 2400 → "$2.4 billion" / "£2.4bn"; 640 → "€640 million" / "€640m". */
export function money(ctx: Ctx, millions: number, cur: Currency): string {
  const short = ctx.uk && ctx.r.chance(0.6);
  if (millions >= 1000) {
    const b = trimNum(millions / 1000);
    return short ? `${cur}${b}bn` : `${cur}${b} billion`;
  }
  if (millions < 1) return `${cur}${num(millions * 1_000_000)}`;
  return short ? `${cur}${trimNum(millions)}m` : `${cur}${trimNum(millions)} million`;
}

/** How a reader writes the same amount: "2.4 billion dollars", "$2.4B", "2.4bn euros". */
export function moneyQuery(r: Rng, millions: number, cur: Currency): string {
  const word = cur === '$' ? 'dollars' : cur === '€' ? 'euros' : 'pounds';
  const v = millions >= 1000 ? trimNum(millions / 1000) : trimNum(millions);
  const unit = millions >= 1000 ? 'billion' : 'million';
  return r.pick([`${v} ${unit} ${word}`, `${cur}${v}${unit === 'billion' ? 'B' : 'M'}`, `${v}${unit === 'billion' ? 'bn' : 'm'} ${word}`]);
}

function trimNum(x: number): string {
  return x >= 100 ? String(Math.round(x)) : String(Math.round(x * 10) / 10);
}

/** Round to 2 significant figures, the way reported amounts look. */
export function round2(x: number): number {
  const p = 10 ** Math.max(0, Math.floor(Math.log10(Math.abs(x))) - 1);
  return Math.round(x / p) * p;
}

export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}’` : `${name}’s`;
}

export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "Marta Keller, the company's chief executive," / "chief executive Marta Keller". */
export function ceoOf(ctx: Ctx, c: Company): string {
  return ctx.r.pick([`${c.ceo.full}, ${possessive(c.short)} chief executive,`, `${c.short} chief executive ${c.ceo.full}`, `${c.ceo.full}, who heads ${c.short},`]);
}

export function quote(ctx: Ctx, words: string, who: string, role: string): string {
  const r = ctx.r;
  const w = words.replace(/[.]$/, '');
  return r.pick([
    `"${w}," said ${who}, ${role}.`,
    `"${w}," ${who}, ${role}, told reporters.`,
    `"${w}," ${who} said.`,
    `${who}, ${role}, said: "${w}."`,
  ]);
}

export function personName(p: Person): string {
  return p.full;
}

/** "a" or "an". */
export function an(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}

/** US spellings the templates use, and their British forms. Only lower-case words change, so names stay put. */
const SPELLING: [string, string][] = [
  ['organization', 'organisation'],
  ['organizations', 'organisations'],
  ['organized', 'organised'],
  ['program', 'programme'],
  ['programs', 'programmes'],
  ['defense', 'defence'],
  ['center', 'centre'],
  ['centers', 'centres'],
  ['labor', 'labour'],
  ['criticized', 'criticised'],
  ['criticize', 'criticise'],
  ['favor', 'favour'],
  ['favorable', 'favourable'],
  ['neighboring', 'neighbouring'],
  ['neighbors', 'neighbours'],
  ['analyzed', 'analysed'],
  ['analyze', 'analyse'],
  ['recognized', 'recognised'],
  ['meters', 'metres'],
  ['kilometers', 'kilometres'],
  ['pediatric', 'paediatric'],
  ['pediatrician', 'paediatrician'],
  ['license', 'licence'],
  ['travelers', 'travellers'],
  ['canceled', 'cancelled'],
  ['authorized', 'authorised'],
  ['apologized', 'apologised'],
  ['hospitalized', 'hospitalised'],
  ['mobilized', 'mobilised'],
  ['stabilized', 'stabilised'],
  ['realized', 'realised'],
  ['harbor', 'harbour'],
  ['rumors', 'rumours'],
  ['fiber', 'fibre'],
  ['behavior', 'behaviour'],
  ['anemia', 'anaemia'],
  ['diarrhea', 'diarrhoea'],
  ['offense', 'offence'],
  ['tons', 'tonnes'],
  ['gray', 'grey'],
  ['modernize', 'modernise'],
  ['prioritize', 'prioritise'],
  ['utilization', 'utilisation'],
  ['vaccination program', 'vaccination programme'],
  ['estrogen', 'oestrogen'],
  ['fetal', 'foetal'],
  ['aluminum', 'aluminium'],
  ['color', 'colour'],
  ['colors', 'colours'],
  ['catalog', 'catalogue'],
  ['dialog', 'dialogue'],
  ['percent', 'per cent'],
];

const US_TO_UK = new Map(SPELLING);
const UK_TO_US = new Map(SPELLING.map(([a, b]) => [b, a]));
const SPELL_RE = new RegExp(`\\b(${[...new Set(SPELLING.flat())].sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');

/** Rewrite `text` in British or American spelling. */
export function spell(text: string, uk: boolean): string {
  const map = uk ? US_TO_UK : UK_TO_US;
  return text.replace(SPELL_RE, (w) => map.get(w) ?? w);
}
