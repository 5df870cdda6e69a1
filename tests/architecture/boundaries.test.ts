// Data flows one way: config → feeds → articles → claims → compare → store → notify / chat. A module imports only
// shared/ and the stages before it; only pipeline/, cli/, demo/ and main.ts wire stages to outputs; only the chat and
// notify adapters import discord.js or Bolt.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, dirname, resolve } from 'node:path';

const SRC = resolve(process.cwd(), 'src');
const ORDER = ['shared', 'config', 'feeds', 'articles', 'claims', 'compare', 'store', 'notify', 'chat'];
const WIRING = new Set(['pipeline', 'cli', 'demo', 'main.ts']);
const PLATFORM_SDKS = /^(discord\.js|@discordjs\/|@slack\/)/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g), ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!);
}

const area = (file: string) => relative(SRC, file).split('/')[0]!;

test('stages import only shared/ and the stages before them', () => {
  const bad: string[] = [];
  for (const file of files(SRC)) {
    const from = area(file);
    if (WIRING.has(from)) continue;
    for (const spec of imports(file)) {
      if (!spec.startsWith('.')) continue;
      const to = area(resolve(dirname(file), spec));
      if (to === from || to === 'shared') continue;
      const ok = !WIRING.has(to) && ORDER.indexOf(to) >= 0 && ORDER.indexOf(to) < ORDER.indexOf(from) && !(from === 'notify' && to === 'chat');
      if (!ok) bad.push(`${relative(SRC, file)} → ${spec}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('only the Discord and Slack adapters import the platform SDKs', () => {
  const bad: string[] = [];
  for (const file of files(SRC)) {
    const rel = relative(SRC, file);
    const adapter = /^(chat|notify)\/(discord|slack)\//.test(rel);
    for (const spec of imports(file)) if (PLATFORM_SDKS.test(spec) && !adapter) bad.push(`${rel} → ${spec}`);
  }
  assert.deepEqual(bad, []);
});
