import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR, tempDir, writeFile } from './helpers.js';

const run = promisify(execFile);
const BIN = path.join(ROOT_DIR, 'bin', 'newsdesk.js');

/** Run the CLI as a user would; resolves with exit code, stdout and stderr. */
async function newsdesk(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, cwd: tempDir() });
    return { code: 0, stdout, stderr };
  } catch (e: any) {
    return { code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string };
  }
}

describe('newsdesk CLI', () => {
  it('first run: ingests the bundled sample into an empty store and answers with the cited reason', async () => {
    const env = { NEWSDESK_DATA_DIR: tempDir() };
    const { code, stdout } = await newsdesk(['ask', 'why did Altman side with Trump?', '--json'], env);
    expect(code).toBe(0);
    const a = JSON.parse(stdout);
    expect(Object.keys(a)).toEqual(['question', 'answer', 'abstained', 'mode', 'citations']);
    expect(a.citations[0].quote).toMatch(/led him to align with Trump\.$/);
    expect(Object.keys(a.citations[0])).toEqual(['n', 'articleId', 'title', 'url', 'source', 'publishedAt', 'quote', 'start', 'end']);
    const listed = await newsdesk(['articles', '--json'], env);
    expect(JSON.parse(listed.stdout).map((x: any) => x.id)).toEqual(['ae458e348b6ec010']);
  }, 30_000);

  it('ingest: one line per failed input, a summary, JSON per input, non-zero exit on any failure', async () => {
    const env = { NEWSDESK_DATA_DIR: tempDir(), NEWSDESK_AUTO_SAMPLE: '0' };
    const dir = tempDir();
    const good = writeFile(dir, 'good.md', `# Ferry returns\n\n${'The ferry to the island returns this summer after repairs to the pier. '.repeat(12)}`);
    const bad = writeFile(dir, 'bad.json', '{"title": ');
    const human = await newsdesk(['ingest', good, bad, path.join(dir, 'nope.txt')], env);
    expect(human.code).toBe(1);
    const lines = human.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^failed: .*bad\.json: invalid JSON/);
    expect(lines[1]).toMatch(/^failed: .*nope\.txt: no such file or directory$/);
    expect(lines[2]).toMatch(/^newsdesk ingest: 1 added, 0 updated, 0 unchanged, 2 failed in \d+\.\ds$/);
    const json = await newsdesk(['ingest', good, '--json'], env);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ input: good, status: 'unchanged' });
  }, 30_000);

  it('search and ask read --batch files and write one JSON object per line', async () => {
    const env = { NEWSDESK_DATA_DIR: tempDir() };
    const dir = tempDir();
    const qfile = writeFile(dir, 'q.txt', 'why did Altman side with Trump?\n# a comment\n\nWhat is the capital of Mongolia?\n');
    const asked = await newsdesk(['ask', '--batch', qfile], env);
    const answers = asked.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(answers.map((a) => [a.question, a.abstained])).toEqual([
      ['why did Altman side with Trump?', false],
      ['What is the capital of Mongolia?', true],
    ]);
    const searched = await newsdesk(['search', '--batch', qfile, '-k', '2'], env);
    const first = JSON.parse(searched.stdout.trim().split('\n')[0]!);
    expect(first.query).toBe('why did Altman side with Trump?');
    expect(first.results).toHaveLength(2);
    expect(Object.keys(first.results[0])).toEqual(['rank', 'articleId', 'title', 'url', 'source', 'publishedAt', 'text', 'score']);
  }, 30_000);

  it('remove deletes an article; unknown ids are a one-line error', async () => {
    const env = { NEWSDESK_DATA_DIR: tempDir() };
    await newsdesk(['articles'], env);
    expect((await newsdesk(['remove', 'ae458e348b6ec010'], env)).code).toBe(0);
    const again = await newsdesk(['remove', 'ae458e348b6ec010'], env);
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toBe('newsdesk: no article "ae458e348b6ec010"');
  }, 30_000);

  it('bad configuration is one line naming the variable', async () => {
    const r = await newsdesk(['articles'], { NEWSDESK_FETCH_TIMEOUT_MS: 'soon', NEWSDESK_DATA_DIR: tempDir() });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(/^newsdesk: invalid configuration: NEWSDESK_FETCH_TIMEOUT_MS: must be an integer/);
  });
});
