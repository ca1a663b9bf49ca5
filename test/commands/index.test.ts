import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';

const DIR = path.resolve(import.meta.dirname, '../../commands');

describe('commands/index.ts', () => {
  it('lists every command file in commands/', async () => {
    const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const mod = (await import(path.join(DIR, file))) as { default: unknown };
      expect(commands, `${file} is not listed in commands/index.ts`).toContain(mod.default);
    }
    expect(commands).toHaveLength(files.length);
  });

  it('has unique, valid names and descriptions Discord accepts', () => {
    const names = commands.map((c) => c.data.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of commands) {
      const json = c.data.toJSON();
      expect(json.name).toMatch(/^[-_a-z0-9]{1,32}$/);
      expect(json.description.length).toBeGreaterThan(0);
      expect(json.description.length).toBeLessThanOrEqual(100);
      expect(typeof c.execute).toBe('function');
    }
  });
});
