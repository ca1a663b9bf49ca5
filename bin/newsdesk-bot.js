#!/usr/bin/env node
// `npm start`: the Discord bot. The sources are TypeScript, run through tsx so there is no build step.
import { register } from 'tsx/esm/api';

register();
const { runBot } = await import('../src/bot/main.ts');
await runBot(process.argv.slice(2));
