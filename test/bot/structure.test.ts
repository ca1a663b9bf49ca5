import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

describe('structure', () => {
  it('only commands/ and src/bot/ import discord.js: the core stays Discord-free', () => {
    const offenders = tsFiles(path.join(ROOT, 'src'))
      .filter((f) => !f.startsWith(path.join(ROOT, 'src', 'bot') + path.sep))
      .filter((f) => /from ['"](discord\.js|@discordjs\/[^'"]+|discord-api-types[^'"]*)['"]/.test(fs.readFileSync(f, 'utf8')));
    expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
  });
});
