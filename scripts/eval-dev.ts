/**
 * Answer quality on shared/eval/news-pages-dev: ingest the 8 pages (optionally with the 106
 * readability pages as distractors), ask the 24 questions, and count how often the evidence span
 * is inside one of the top-3 citations.  `npx tsx scripts/eval-dev.ts [--distractors] [--verbose]`
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../src/app.js';
import { loadConfig, ROOT_DIR } from '../src/config.js';
import { createLogger } from '../src/logger.js';

export interface DevResult {
  total: number;
  hits: number;
  answerHits: number;
  abstained: number;
  failures: { question: string; evidence: string; got: string[] }[];
  ingestSeconds: number;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

export async function evalDev(opts: { distractors?: boolean; shared?: string } = {}): Promise<DevResult> {
  const shared = opts.shared ?? path.resolve(ROOT_DIR, '../shared/eval');
  const dev = path.join(shared, 'news-pages-dev');
  const questions = JSON.parse(fs.readFileSync(path.join(dev, 'questions.json'), 'utf8')) as {
    question: string;
    evidence: string;
    answer: string;
  }[];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-eval-'));
  const app = await createApp(loadConfig({ NEWSDESK_DATA_DIR: dir, NEWSDESK_AUTO_SAMPLE: '0' }), {
    logger: createLogger('silent'),
  });
  try {
    const t0 = performance.now();
    const inputs = [path.join(dev, 'pages')];
    if (opts.distractors) {
      const rp = path.join(shared, 'readability-pages');
      for (const d of fs.readdirSync(rp)) if (fs.existsSync(path.join(rp, d, 'source.html'))) inputs.push(path.join(rp, d, 'source.html'));
    }
    await app.news.ingest(inputs);
    const ingestSeconds = (performance.now() - t0) / 1000;
    const result: DevResult = { total: questions.length, hits: 0, answerHits: 0, abstained: 0, failures: [], ingestSeconds };
    for (const q of questions) {
      const a = await app.news.ask(q.question);
      const quotes = a.citations.slice(0, 3).map((c) => norm(c.quote));
      if (a.abstained) result.abstained++;
      if (quotes.some((x) => x.includes(norm(q.evidence)))) result.hits++;
      else result.failures.push({ question: q.question, evidence: q.evidence, got: quotes });
      if (quotes.some((x) => x.includes(norm(q.answer)))) result.answerHits++;
    }
    return result;
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const verbose = process.argv.includes('--verbose');
  for (const distractors of process.argv.includes('--distractors') ? [false, true] : [false]) {
    const r = await evalDev({ distractors });
    console.log(
      `news-pages-dev${distractors ? ' + 106 distractor pages' : ''}: evidence in top-3 citations ${r.hits}/${r.total}, answer string ${r.answerHits}/${r.total}, abstained ${r.abstained} (ingest ${r.ingestSeconds.toFixed(1)}s)`,
    );
    if (verbose) for (const f of r.failures) console.log(`  MISS ${f.question}\n    want: ${f.evidence}\n    got:  ${f.got.join('\n          ')}`);
  }
}
