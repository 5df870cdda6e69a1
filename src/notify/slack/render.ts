// OutMessage → Slack message (Block Kit blocks + fallback text), within Block Kit's limits: whatever does not fit
// is cut and counted ("… and 7 more"). Feed text is escaped (& < >) so it cannot form links or mentions.
import { CHANGE_RANK, changeBadge, changeEmoji, changeValueParts, formatChangeValue, kindLabel, shorten, statusNote } from '../format.js';
import { digestSummary, fitLines, moreLabel } from '../fit.js';
import { plainText, safeUrl, slackLink, slackText, truncate } from '../sanitize.js';
import type { AlertMessage, ChangeLine, DigestMessage, OutMessage, OverflowMessage, TextMessage } from '../types.js';

/** https://docs.slack.dev/reference/block-kit/blocks */
export const SLACK_LIMITS = {
  blocks: 50,
  sectionText: 3000,
  header: 150,
  contextElements: 10,
  contextText: 3000,
  /** Fallback `text`: Slack accepts up to 40,000 but truncates long ones; keep it a notification line. */
  text: 3000,
} as const;

export interface SlackText {
  type: 'mrkdwn' | 'plain_text';
  text: string;
  emoji?: boolean;
}

export type SlackBlock =
  | { type: 'header'; text: SlackText & { type: 'plain_text' } }
  | { type: 'section'; text: SlackText }
  | { type: 'context'; elements: SlackText[] }
  | { type: 'divider' };

export interface SlackPayload {
  /** Fallback for notifications and clients without blocks. */
  text: string;
  blocks: SlackBlock[];
  /** Never let Slack turn names into mentions or unfurl feed links into previews of other sites. */
  unfurl_links?: boolean;
  unfurl_media?: boolean;
}

function header(text: string): SlackBlock {
  return { type: 'header', text: { type: 'plain_text', text: plainText(text, SLACK_LIMITS.header) || '…', emoji: true } };
}

function section(mrkdwn: string): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(mrkdwn, SLACK_LIMITS.sectionText) || '…' } };
}

function context(texts: string[]): SlackBlock {
  return {
    type: 'context',
    elements: texts.slice(0, SLACK_LIMITS.contextElements).map((t) => ({ type: 'mrkdwn', text: truncate(t, SLACK_LIMITS.contextText) })),
  };
}

/** Appends item blocks while they fit, keeping the last slot for a "… and N more" note. */
function pushItems(blocks: SlackBlock[], items: SlackBlock[], noun: string): void {
  for (let i = 0; i < items.length; i++) {
    const left = items.length - i - 1;
    if (blocks.length >= SLACK_LIMITS.blocks - (left > 0 ? 1 : 0)) {
      blocks.push(context([moreLabel(items.length - i, noun)]));
      return;
    }
    blocks.push(items[i]!);
  }
}

function reportsNote(n: number): string | undefined {
  return n > 1 ? `${n} reports` : undefined;
}

function changeSection(line: ChangeLine): SlackBlock {
  const v = changeValueParts(line);
  const value =
    v.previous !== undefined
      ? `${slackText(v.previous, 200)} ${v.sep} *${slackText(v.value, 200)}*`
      : `*${slackText(v.value, 300)}*`;
  const parts = [`${changeEmoji(line.change)} *${changeBadge(line.change)}* · *${kindLabel(line.kind)}*: ${value}`];
  const meta = [line.source, statusNote(line.status), reportsNote(line.corroboration)].filter(Boolean).join(' · ');
  if (meta) parts.push(slackText(meta, 300));
  if (line.previousFrom && line.change !== 'new') parts.push(`_was: ${slackText(line.previousFrom, 300)}_`);
  if (line.evidence) parts.push(`> ${slackText(shorten(line.evidence, 600), 1500)}`);
  return section(parts.join('\n'));
}

function renderAlert(msg: AlertMessage): SlackPayload {
  const sorted = [...msg.changes].sort((a, b) => CHANGE_RANK[b.change] - CHANGE_RANK[a.change]);
  const origin = [msg.outlet ? slackLink(msg.url, msg.outlet, 1000) : slackLink(msg.url, 'article', 1000), slackText(msg.published, 100), slackText(msg.language, 20)];
  const blocks: SlackBlock[] = [header(msg.title || 'Untitled article'), context(origin.filter(Boolean))];
  if (msg.alsoAt?.length) {
    const links = msg.alsoAt.map((a) => slackLink(a.url, a.outlet ?? new URL(safeUrl(a.url) ?? 'http://link').hostname, 600));
    blocks.push(context([`Also at: ${fitLines(links, 2900, { sep: ', ', cut: truncate, noun: 'outlets' })}`]));
  }
  pushItems(blocks, sorted.map(changeSection), 'changes');
  const first = sorted[0];
  const summary = first ? `${changeBadge(first.change)} ${kindLabel(first.kind)}: ${formatChangeValue(first)}` : 'new article';
  const text = `${slackText(summary, 400)}${sorted.length > 1 ? ` (+${sorted.length - 1} more)` : ''} — ${slackText(msg.title, 1000)}`;
  return { text: truncate(text, SLACK_LIMITS.text), blocks, unfurl_links: false, unfurl_media: false };
}

function renderOverflow(msg: OverflowMessage): SlackPayload {
  const title = `${msg.count} more articles from ${msg.feed}`;
  const lines = msg.items.map((it) => `• ${slackLink(it.url, it.title || 'Untitled', 600)}`);
  const hidden = Math.max(0, msg.count - msg.items.length);
  const blocks = [header(title), section(fitLines(lines, SLACK_LIMITS.sectionText, { cut: truncate, extraHidden: hidden }))];
  return { text: slackText(title, SLACK_LIMITS.text), blocks, unfurl_links: false, unfurl_media: false };
}

function digestLine(line: ChangeLine): string {
  const meta = [line.source, statusNote(line.status), reportsNote(line.corroboration)].filter(Boolean).join(' · ');
  return `${changeEmoji(line.change)} *${changeBadge(line.change)}* ${slackText(formatChangeValue(line), 300)}${meta ? ` — ${slackText(meta, 200)}` : ''}`;
}

function renderDigest(msg: DigestMessage): SlackPayload {
  const title = `Digest ${msg.since.slice(0, 10)} → ${msg.until.slice(0, 10)}`;
  const total = msg.groups.reduce((n, g) => n + g.lines.length, 0);
  const blocks: SlackBlock[] = [
    header(title),
    context([total === 0 ? 'No new claims in this period.' : digestSummary(total, msg.groups.length)]),
  ];
  const items = msg.groups.map((g) => {
    const head = `*${kindLabel(g.kind)}* (${g.lines.length})`;
    return section(`${head}\n${fitLines(g.lines.map(digestLine), SLACK_LIMITS.sectionText - head.length - 1, { cut: truncate })}`);
  });
  pushItems(blocks, items, 'kinds');
  return { text: slackText(`${title}: ${total} claims`, SLACK_LIMITS.text), blocks, unfurl_links: false, unfurl_media: false };
}

function renderText(msg: TextMessage): SlackPayload {
  const blocks: SlackBlock[] = [];
  if (msg.title) blocks.push(header(msg.title));
  // Lines are grouped into sections of up to 3000 characters; a block budget caps how many sections there are.
  const escaped = msg.lines.map((l) => slackText(l, SLACK_LIMITS.sectionText));
  const chunks: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const line of escaped) {
    if (current.length && size + 1 + line.length > SLACK_LIMITS.sectionText) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(line);
    size += (size ? 1 : 0) + line.length;
  }
  if (current.length) chunks.push(current);
  const room = SLACK_LIMITS.blocks - blocks.length;
  chunks.slice(0, chunks.length > room ? room - 1 : room).forEach((c) => blocks.push(section(c.join('\n'))));
  if (chunks.length > room) {
    const shown = chunks.slice(0, room - 1).reduce((n, c) => n + c.length, 0);
    blocks.push(context([moreLabel(escaped.length - shown, 'lines')]));
  }
  const fallback = [msg.title, msg.lines[0]].filter(Boolean).join(': ') || ' ';
  return { text: slackText(fallback, SLACK_LIMITS.text) || ' ', blocks, unfurl_links: false, unfurl_media: false };
}

export function renderSlackMessage(msg: OutMessage): SlackPayload {
  switch (msg.type) {
    case 'alert':
      return renderAlert(msg);
    case 'overflow':
      return renderOverflow(msg);
    case 'digest':
      return renderDigest(msg);
    case 'text':
      return renderText(msg);
  }
}
