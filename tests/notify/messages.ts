// Message builders for notify tests: ordinary ones and hostile, oversized ones.
import type { AlertMessage, ChangeLine, DigestMessage, OverflowMessage, TextMessage } from '../../src/notify/types.js';
import { CLAIM_KINDS } from '../../src/claims/model.js';

export function sampleAlert(): AlertMessage {
  return {
    type: 'alert',
    title: 'Seoul says 12,000 North Korean troops are now in Russia',
    url: 'https://news.example.org/articles/42',
    outlet: 'Example News',
    published: '2024-11-05',
    language: 'en',
    changes: [
      {
        kind: 'troops_deployed',
        change: 'updates',
        value: 'about 12,000',
        previous: '11,000',
        previousFrom: 'Il Post, 2024-10-18',
        source: 'South Korea NIS',
        status: 'reported',
        evidence: 'The intelligence service said about 12,000 soldiers had arrived in the Kursk region.',
        corroboration: 2,
      },
      {
        kind: 'weapon_supplied',
        change: 'new',
        direction: 'dprk_to_russia',
        value: 'KN-23 (DPRK → Russia)',
        status: 'confirmed',
        evidence: 'Officials confirmed the KN-23 launches.',
        corroboration: 1,
      },
    ],
    alsoAt: [{ outlet: 'Other Paper', url: 'https://other.example.net/x' }],
  };
}

/** Text built to break things: mass mentions, spoofed links, HTML, Slack control syntax, and sheer length. */
export const HOSTILE =
  '<b>Breaking</b> @everyone @here <@123456789012345678> <@&42> <#987> <!channel> <!here> ' +
  '[click me](https://evil.example.com/phish) <https://evil.example.com|Reuters> ` ``` ** __ ~~ || & > <script>alert(1)</script> ';

export function hugeText(n: number): string {
  let s = '';
  while (s.length < n) s += HOSTILE + ' ünïcödé 😀 ';
  return s.slice(0, n);
}

export function hostileLine(i: number, size: number): ChangeLine {
  const kind = CLAIM_KINDS[i % CLAIM_KINDS.length]!;
  return {
    kind,
    change: (['new', 'updates', 'contradicts', 'confirms'] as const)[i % 4]!,
    value: hugeText(size),
    previous: hugeText(size),
    previousFrom: hugeText(size),
    source: hugeText(size),
    status: 'reported',
    evidence: hugeText(size * 3),
    corroboration: i,
  };
}

export function hugeAlert(changes = 120, size = 900): AlertMessage {
  return {
    type: 'alert',
    title: hugeText(5000),
    url: 'https://news.example.org/real',
    outlet: hugeText(2000),
    published: '2024-11-05T10:00:00Z',
    language: 'en',
    changes: Array.from({ length: changes }, (_, i) => hostileLine(i, size)),
    alsoAt: Array.from({ length: 300 }, (_, i) => ({ outlet: hugeText(300), url: `https://mirror${i}.example.net/a` })),
  };
}

export function hugeDigest(): DigestMessage {
  return {
    type: 'digest',
    since: '2024-11-04T00:00:00Z',
    until: '2024-11-05T00:00:00Z',
    groups: [...CLAIM_KINDS, ...CLAIM_KINDS].map((kind, g) => ({
      kind,
      lines: Array.from({ length: 60 }, (_, i) => hostileLine(g + i, 400)),
    })),
  };
}

export function hugeOverflow(): OverflowMessage {
  return {
    type: 'overflow',
    feed: hugeText(1000),
    count: 5000,
    items: Array.from({ length: 800 }, (_, i) => ({ title: hugeText(700), url: i % 3 ? `https://x.example.org/${i}` : 'javascript:alert(1)' })),
  };
}

export function hugeTextMessage(): TextMessage {
  return { type: 'text', title: hugeText(1000), lines: Array.from({ length: 2000 }, () => hugeText(500)), ephemeral: true };
}
