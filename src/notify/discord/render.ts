// OutMessage → Discord message payload (webhook execute / create message / interaction reply), always within
// Discord's limits: whatever does not fit is cut and counted ("… and 7 more"), never sent over the limit.
import type { ChangeKind } from '../../claims/model.js';
import { CHANGE_RANK, changeBadge, changeEmoji, changeValueParts, formatChangeValue, kindLabel, shorten, statusNote } from '../format.js';
import { digestSummary, fitLines, moreLabel } from '../fit.js';
import { discordLink, discordText, plainText, safeUrl, truncate } from '../sanitize.js';
import type { AlertMessage, ChangeLine, DigestMessage, OutMessage, OverflowMessage, TextMessage } from '../types.js';

/** Discord's documented limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const DISCORD_LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  /** Sum of title, description, field names and values, footer and author over all embeds of a message. */
  total: 6000,
} as const;

export const EPHEMERAL_FLAG = 1 << 6;

export interface DiscordEmbed {
  title?: string;
  url?: string;
  description?: string;
  color?: number;
  timestamp?: string;
  author?: { name: string; url?: string };
  footer?: { text: string };
  fields?: { name: string; value: string; inline?: boolean }[];
  image?: { url: string };
}

export interface DiscordPayload {
  content?: string;
  embeds?: DiscordEmbed[];
  /** Always empty: nothing we post may ping anyone. */
  allowed_mentions: { parse: [] };
  flags?: number;
  /**
   * Files to upload with the message (the digest chart). Not part of the JSON body: senders send them as multipart
   * `files[n]`; the shape matches discord.js's AttachmentPayload so bots can pass it to `reply()` as is.
   */
  files?: { name: string; attachment: Buffer }[];
}

export const CHART_FILENAME = 'figures.png';

const COLORS: Record<ChangeKind, number> = {
  contradicts: 0xd83c3e,
  updates: 0xe8a33d,
  new: 0x3b82f6,
  confirms: 0x2e9e5b,
};
const NEUTRAL_COLOR = 0x5865f2;

/** Characters that count towards the 6000 total. */
export function embedLength(e: DiscordEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

function topChange(lines: readonly ChangeLine[]): ChangeKind | undefined {
  let best: ChangeKind | undefined;
  for (const l of lines) if (best === undefined || CHANGE_RANK[l.change] > CHANGE_RANK[best]) best = l.change;
  return best;
}

function reportsNote(n: number): string | undefined {
  return n > 1 ? `${n} reports` : undefined;
}

/** The value text of one change line: `11,000 → **12,000**`, metadata, quoted evidence. */
function changeFieldValue(line: ChangeLine, max: number): string {
  const v = changeValueParts(line);
  const value =
    v.previous !== undefined
      ? `${discordText(v.previous, 200)} ${v.sep} **${discordText(v.value, 200)}**`
      : `**${discordText(v.value, 300)}**`;
  const meta = [line.source, statusNote(line.status), reportsNote(line.corroboration)].filter(Boolean).join(' · ');
  const parts = [value];
  if (meta) parts.push(discordText(meta, 300));
  if (line.previousFrom && line.change !== 'new') parts.push(`*was: ${discordText(line.previousFrom, 200)}*`);
  const head = parts.join('\n');
  const room = max - head.length - 3;
  if (line.evidence && room > 20) parts.push(`> ${discordText(shorten(line.evidence, 600), room)}`);
  return truncate(parts.join('\n'), max);
}

function changeFieldName(line: ChangeLine): string {
  return `${changeEmoji(line.change)} ${changeBadge(line.change)} · ${kindLabel(line.kind)}`;
}

/** Adds fields while they fit both the per-embed count and the remaining total budget. */
function addFields(
  embed: DiscordEmbed,
  items: { name: string; value: (max: number) => string }[],
  noun: string,
): void {
  const fields: NonNullable<DiscordEmbed['fields']> = [];
  embed.fields = fields;
  const reserveNote = `${moreLabel(items.length, noun)}`.length + 3;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const left = items.length - i - 1;
    const slotsLeft = DISCORD_LIMITS.fields - fields.length - (left > 0 ? 1 : 0);
    const budget = DISCORD_LIMITS.total - embedLength(embed) - (left > 0 ? reserveNote : 0);
    const name = truncate(item.name, DISCORD_LIMITS.fieldName);
    const valueMax = Math.min(DISCORD_LIMITS.fieldValue, budget - name.length);
    if (slotsLeft <= 0 || valueMax < 40) {
      fields.push({ name: '\u200b', value: moreLabel(items.length - i, noun) });
      return;
    }
    fields.push({ name, value: item.value(valueMax) || '\u200b' });
  }
}

function renderAlert(msg: AlertMessage): DiscordPayload {
  const top = topChange(msg.changes);
  const embed: DiscordEmbed = {
    title: plainText(msg.title, DISCORD_LIMITS.title) || 'Untitled article',
    color: top ? COLORS[top] : NEUTRAL_COLOR,
    footer: { text: plainText([msg.published, msg.language].filter(Boolean).join(' · '), 200) },
  };
  const url = safeUrl(msg.url);
  if (url) embed.url = url;
  if (msg.outlet) embed.author = { name: plainText(msg.outlet, DISCORD_LIMITS.author) };
  const ts = Date.parse(msg.published);
  if (Number.isFinite(ts)) embed.timestamp = new Date(ts).toISOString();
  if (msg.alsoAt?.length) {
    const links = msg.alsoAt.map((a) => discordLink(a.url, a.outlet ?? new URL(safeUrl(a.url) ?? 'http://link').hostname, 300));
    embed.description = `Also at: ${fitLines(links, 1000, { sep: ', ', cut: truncate, noun: 'outlets' })}`;
  }
  const sorted = [...msg.changes].sort((a, b) => CHANGE_RANK[b.change] - CHANGE_RANK[a.change]);
  addFields(
    embed,
    sorted.map((line) => ({ name: changeFieldName(line), value: (max: number) => changeFieldValue(line, max) })),
    'changes',
  );
  const first = sorted[0];
  const summary = first
    ? `**${changeBadge(first.change)}** ${kindLabel(first.kind)}: ${discordText(formatChangeValue(first), 300)}` +
      (sorted.length > 1 ? ` (+${sorted.length - 1} more)` : '')
    : undefined;
  return { ...(summary ? { content: truncate(summary, DISCORD_LIMITS.content) } : {}), embeds: [embed], allowed_mentions: { parse: [] } };
}

function renderOverflow(msg: OverflowMessage): DiscordPayload {
  const lines = msg.items.map((it) => `• ${discordLink(it.url, it.title || 'Untitled', 600)}`);
  const hidden = Math.max(0, msg.count - msg.items.length);
  const embed: DiscordEmbed = {
    title: plainText(`${msg.count} more articles from ${msg.feed}`, DISCORD_LIMITS.title),
    description: fitLines(lines, DISCORD_LIMITS.description, { cut: truncate, extraHidden: hidden }),
    color: NEUTRAL_COLOR,
  };
  return { embeds: [embed], allowed_mentions: { parse: [] } };
}

function digestLine(line: ChangeLine): string {
  const meta = [line.source, statusNote(line.status), reportsNote(line.corroboration)].filter(Boolean).join(' · ');
  const value = discordText(formatChangeValue(line), 300);
  return `${changeEmoji(line.change)} **${changeBadge(line.change)}** ${value}${meta ? ` — ${discordText(meta, 200)}` : ''}`;
}

function renderDigest(msg: DigestMessage): DiscordPayload {
  const total = msg.groups.reduce((n, g) => n + g.lines.length, 0);
  const embed: DiscordEmbed = {
    title: plainText(`Digest ${msg.since.slice(0, 10)} → ${msg.until.slice(0, 10)}`, DISCORD_LIMITS.title),
    description: total === 0 ? 'No new claims in this period.' : digestSummary(total, msg.groups.length),
    color: NEUTRAL_COLOR,
  };
  addFields(
    embed,
    msg.groups.map((g) => ({
      name: `${kindLabel(g.kind)} (${g.lines.length})`,
      value: (max: number) => fitLines(g.lines.map(digestLine), max, { cut: truncate }),
    })),
    'kinds',
  );
  const payload: DiscordPayload = { embeds: [embed], allowed_mentions: { parse: [] } };
  if (msg.chartPng && msg.chartPng.length > 0) {
    embed.image = { url: `attachment://${CHART_FILENAME}` };
    payload.files = [{ name: CHART_FILENAME, attachment: Buffer.from(msg.chartPng) }];
  }
  return payload;
}

function renderText(msg: TextMessage): DiscordPayload {
  const embed: DiscordEmbed = { color: NEUTRAL_COLOR };
  if (msg.title) embed.title = plainText(msg.title, DISCORD_LIMITS.title);
  const lines = msg.lines.map((l) => discordText(l, DISCORD_LIMITS.description));
  embed.description = fitLines(lines, DISCORD_LIMITS.description - (embed.title?.length ?? 0), { cut: truncate }) || '\u200b';
  const payload: DiscordPayload = { embeds: [embed], allowed_mentions: { parse: [] } };
  if (msg.ephemeral) payload.flags = EPHEMERAL_FLAG;
  return payload;
}

export function renderDiscordMessage(msg: OutMessage): DiscordPayload {
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

/** The JSON body to post (everything but the files). */
export function discordJsonBody(p: DiscordPayload): Omit<DiscordPayload, 'files'> & { attachments?: { id: number; filename: string }[] } {
  const { files, ...body } = p;
  if (!files?.length) return body;
  return { ...body, attachments: files.map((f, id) => ({ id, filename: f.name })) };
}
