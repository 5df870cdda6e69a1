// OutMessage → readable plain text for the terminal (dry runs, `--console`, logs of what would be posted).
import { CHANGE_RANK, changeBadge, formatChangeLine, kindLabel } from '../format.js';
import { cleanText, safeUrl } from '../sanitize.js';
import type { ChangeLine, OutMessage } from '../types.js';

/** Terminal text is still untrusted: control characters could move the cursor or recolour the screen. */
function clean(s: string | undefined): string {
  return cleanText(s);
}

function changeText(line: ChangeLine): string {
  const extra = [
    line.previousFrom && line.change !== 'new' ? `was: ${clean(line.previousFrom)}` : undefined,
    line.corroboration > 1 ? `${line.corroboration} reports` : undefined,
  ].filter(Boolean);
  const text = `  [${changeBadge(line.change)}] ${clean(formatChangeLine(line))}`;
  return extra.length ? `${text}\n      ${extra.join(' · ')}` : text;
}

export function renderConsoleText(msg: OutMessage): string {
  const out: string[] = [];
  switch (msg.type) {
    case 'alert': {
      out.push(`== ${clean(msg.title) || 'Untitled article'}`);
      out.push(`   ${[msg.outlet, msg.published, msg.language].map(clean).filter(Boolean).join(' · ')}`);
      const url = safeUrl(msg.url);
      if (url) out.push(`   ${url}`);
      const sorted = [...msg.changes].sort((a, b) => CHANGE_RANK[b.change] - CHANGE_RANK[a.change]);
      for (const line of sorted) out.push(changeText(line));
      if (msg.alsoAt?.length) {
        out.push(`   also at: ${msg.alsoAt.map((a) => clean(a.outlet) || safeUrl(a.url) || '').filter(Boolean).join(', ')}`);
      }
      break;
    }
    case 'overflow':
      out.push(`== ${msg.count} more articles from ${clean(msg.feed)}`);
      for (const it of msg.items) out.push(`  - ${clean(it.title) || 'Untitled'}${safeUrl(it.url) ? ` <${safeUrl(it.url)}>` : ''}`);
      if (msg.count > msg.items.length) out.push(`  … and ${msg.count - msg.items.length} more`);
      break;
    case 'digest': {
      out.push(`== Digest ${msg.since.slice(0, 10)} → ${msg.until.slice(0, 10)}`);
      if (msg.groups.length === 0) out.push('  No new claims in this period.');
      for (const g of msg.groups) {
        out.push(`-- ${kindLabel(g.kind)} (${g.lines.length})`);
        for (const line of g.lines) out.push(changeText(line));
      }
      if (msg.chartPng?.length) out.push(`  (chart: ${msg.chartPng.length} bytes PNG)`);
      break;
    }
    case 'text':
      if (msg.title) out.push(`== ${clean(msg.title)}`);
      for (const line of msg.lines) out.push(clean(line));
      break;
  }
  return `${out.join('\n')}\n`;
}
