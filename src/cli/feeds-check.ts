// `dprkwatch feeds check <url|file> [--json] [--allow-private]`: what the bot makes of one feed.
// Exit codes: 0 the feed is usable; 2 the feed is rejected (not a feed, broken, refused address, HTTP
// error) or bad usage; 1 a transient failure (timeout, network) worth retrying.
import type { CliIO } from './command.js';
import { checkFeed, type FeedCheckReport } from '../feeds/check.js';
import { createHttpClient, type HttpClient } from '../shared/http/client.js';

export const FEEDS_CHECK_USAGE = 'dprkwatch feeds check <url|file> [--json] [--allow-private]';

export interface FeedsCheckDeps {
  /** Injected by tests; otherwise a guarded client is made (private addresses only with --allow-private). */
  client?: HttpClient;
}

export async function runFeedsCheck(argv: string[], io: CliIO, deps: FeedsCheckDeps = {}): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const targets = argv.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => f !== '--json' && f !== '--allow-private');
  if (targets.length !== 1 || unknown.length > 0) {
    const why = unknown.length > 0 ? `unknown option ${unknown.join(', ')}` : 'expected one URL or file';
    io.stderr(`dprkwatch feeds check: ${why}\nusage: ${FEEDS_CHECK_USAGE}\n`);
    return 2;
  }
  const client = deps.client ?? createHttpClient({ allowPrivateAddresses: flags.has('--allow-private') });
  try {
    const report = await checkFeed(targets[0] as string, { client, cwd: io.cwd });
    io.stdout(flags.has('--json') ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report));
    if (report.ok) return 0;
    return report.error?.code === 'timeout' || report.error?.code === 'network' ? 1 : 2;
  } finally {
    if (!deps.client) await client.close?.();
  }
}

export function renderReport(r: FeedCheckReport): string {
  const lines = [`feed: ${r.target}`];
  if (r.finalUrl && r.finalUrl !== r.target) lines.push(`  redirected to: ${r.finalUrl}`);
  if (r.contentType) lines.push(`  content-type: ${r.contentType}`);
  if (r.bytes !== undefined) lines.push(`  size: ${r.bytes} bytes`);
  if (!r.ok) {
    const e = r.error;
    const extra = e?.status !== undefined ? ` (HTTP ${e.status}${e.retryAfterMs !== undefined ? `, retry after ${Math.ceil(e.retryAfterMs / 1000)} s` : ''})` : '';
    lines.push(`  REJECTED [${e?.code ?? 'unknown'}]: ${e?.message ?? 'no reason given'}${extra}`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(`  format: ${r.format}, encoding: ${r.encoding}, parsed by: ${r.parser}`);
  if (r.title) lines.push(`  title: ${r.title}`);
  if (r.link) lines.push(`  link: ${r.link}`);
  const dropped = [r.duplicates ? `${r.duplicates} duplicates dropped` : '', r.truncated ? `${r.truncated} over the cap dropped` : '']
    .filter(Boolean)
    .join(', ');
  lines.push(`  items: ${r.itemCount}${dropped ? ` (${dropped})` : ''}`);
  r.items.forEach((it, i) => {
    lines.push(`  ${i + 1}. ${it.published ?? '(no date)'}  ${it.title || '(no title)'}`);
    lines.push(`     key: ${it.key}`);
    lines.push(`     link: ${it.link ?? '(none)'}`);
  });
  return `${lines.join('\n')}\n`;
}
