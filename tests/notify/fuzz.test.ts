// Seeded random messages of every shape and size: the renderers must stay within limits for all of them, and
// "… and N more" must count exactly what was left out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CLAIM_KINDS } from '../../src/claims/model.js';
import { renderDiscordMessage } from '../../src/notify/discord/render.js';
import { renderSlackMessage } from '../../src/notify/slack/render.js';
import { renderConsoleText } from '../../src/notify/console/render.js';
import { fitLines } from '../../src/notify/fit.js';
import { truncate } from '../../src/notify/sanitize.js';
import type { ChangeLine, OutMessage } from '../../src/notify/types.js';
import { assertDiscordSafe, assertSlackSafe } from './limits.js';
import { HOSTILE } from './messages.js';

/** mulberry32: small, seedable, good enough for test data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = [...'abc xyz 0123456789 *_~`|[]()<>&@#:-\n\t\\', '😀', 'é', '@everyone', '<@123>', '<!here>', '[x](https://evil.example)', HOSTILE];

function gen(r: () => number) {
  const int = (n: number) => Math.floor(r() * n);
  const text = (max: number) => {
    const len = int(max + 1);
    let s = '';
    while (s.length < len) s += ALPHABET[int(ALPHABET.length)];
    return s.slice(0, len);
  };
  const line = (): ChangeLine => ({
    kind: CLAIM_KINDS[int(CLAIM_KINDS.length)]!,
    change: (['new', 'confirms', 'updates', 'contradicts'] as const)[int(4)]!,
    value: text(r() < 0.8 ? 20 : 2000),
    ...(r() < 0.5 ? { previous: text(r() < 0.8 ? 20 : 2000), previousFrom: text(100) } : {}),
    ...(r() < 0.5 ? { source: text(r() < 0.8 ? 30 : 1500) } : {}),
    status: (['reported', 'confirmed', 'possible', 'denied'] as const)[int(4)]!,
    evidence: text(r() < 0.7 ? 300 : 5000),
    corroboration: int(20),
  });
  return { int, text, line };
}

function randomMessage(seed: number): OutMessage {
  const r = rng(seed);
  const { int, text, line } = gen(r);
  const lines = (n: number) => Array.from({ length: int(n) }, line);
  switch (int(4)) {
    case 0:
      return {
        type: 'alert',
        title: text(r() < 0.5 ? 100 : 3000),
        ...(r() < 0.8 ? { url: 'https://news.example.org/real' } : {}),
        ...(r() < 0.7 ? { outlet: text(r() < 0.8 ? 30 : 600) } : {}),
        published: '2024-11-05',
        language: text(5),
        changes: lines(r() < 0.7 ? 6 : 90),
        ...(r() < 0.3 ? { alsoAt: Array.from({ length: int(40) }, (_, i) => ({ outlet: text(60), url: `https://mirror${i}.example.net/a` })) } : {}),
      };
    case 1:
      return {
        type: 'overflow',
        feed: text(200),
        count: int(2000),
        items: Array.from({ length: int(200) }, (_, i) => ({ title: text(r() < 0.8 ? 80 : 900), url: `https://x.example.org/${i}` })),
      };
    case 2:
      return {
        type: 'digest',
        since: '2024-11-04T00:00:00Z',
        until: '2024-11-05T00:00:00Z',
        groups: Array.from({ length: int(30) }, () => ({ kind: CLAIM_KINDS[int(CLAIM_KINDS.length)]!, lines: lines(r() < 0.7 ? 5 : 80) })),
      };
    default:
      return { type: 'text', ...(r() < 0.7 ? { title: text(300) } : {}), lines: Array.from({ length: int(r() < 0.7 ? 10 : 400) }, () => text(r() < 0.8 ? 80 : 4000)), ephemeral: r() < 0.3 };
  }
}

const LINKS = ['https://news.example.org/real', ...Array.from({ length: 40 }, (_, i) => `https://mirror${i}.example.net/a`), ...Array.from({ length: 200 }, (_, i) => `https://x.example.org/${i}`)];

test('150 random messages render within Discord and Slack limits', () => {
  for (let seed = 1; seed <= 150; seed++) {
    const msg = randomMessage(seed);
    try {
      assertDiscordSafe(renderDiscordMessage(msg), LINKS);
      assertSlackSafe(renderSlackMessage(msg), LINKS);
      assert.ok(renderConsoleText(msg).length > 0);
    } catch (err) {
      throw new Error(`seed ${seed} (${msg.type}): ${(err as Error).message}`);
    }
  }
});

test('fitLines: never over the box, and the note counts exactly what was left out', () => {
  for (let seed = 1; seed <= 2000; seed++) {
    const r = rng(seed);
    const { int, text } = gen(r);
    const lines = Array.from({ length: int(30) }, () => `L${text(int(4) === 0 ? 400 : 40).replace(/\n/g, ' ')}`);
    const extra = int(3) === 0 ? int(50) : 0;
    const max = 1 + int(1500);
    const out = fitLines(lines, max, { cut: truncate, extraHidden: extra });
    assert.ok(out.length <= max, `seed ${seed}: ${out.length} > ${max}`);
    const note = /… and (\d+) more$/.exec(out);
    const shownWhole = out.split('\n').filter((l) => lines.includes(l)).length;
    if (note) {
      // Lines cut to fit are not counted as left out; everything after them is.
      const cutFirst = shownWhole === 0 && out.split('\n').length > 1 ? 1 : 0;
      assert.equal(Number(note[1]), lines.length - shownWhole - cutFirst + extra, `seed ${seed}`);
    } else if (max > 40) {
      assert.equal(shownWhole + (lines.length > 0 && shownWhole === 0 ? 1 : 0), lines.length, `seed ${seed}: lines lost without a note`);
    }
  }
});
