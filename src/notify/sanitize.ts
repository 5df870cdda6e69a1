// Feed text is untrusted: titles, outlets and evidence sentences come from strangers' RSS. Before any of it reaches
// a chat platform it is reduced to plain text, stripped of mentions that could ping people, and escaped so that it
// cannot format itself into a link pointing somewhere else (only the article's own URL becomes a link).

const ZWSP = '\u200b';

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Removes tags (and the content of script/style), then decodes entities once. */
export function stripHtml(s: string): string {
  return decodeEntities(
    s
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<\/?[a-z][^>]*>/gi, ' '),
  );
}

/** One line, single spaces, no control characters. */
export function collapseWhitespace(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Breaks every form of mass or targeted mention on both platforms: @everyone/@here/@channel, Discord's
 * <@id>, <@!id>, <@&role>, <#channel>, and Slack's <!channel>, <!here>, <@U…>. A zero-width space keeps the
 * text readable while the platform no longer recognises the token.
 */
export function neutraliseMentions(s: string): string {
  return s
    .replace(/@(everyone|here|channel)/gi, `@${ZWSP}$1`)
    .replace(/<([@#!])/g, `<${ZWSP}$1`);
}

/** Plain, single-line, mention-free text from untrusted input. */
export function cleanText(s: string | undefined): string {
  if (!s) return '';
  return neutraliseMentions(collapseWhitespace(stripHtml(s)));
}

/** Slack's three control characters (https://api.slack.com/reference/surfaces/formatting#escaping). */
export function escapeSlack(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const BARE_URL = /https?:\/\/[^\s<>[\]()|*~`"'\\]+/g;

/**
 * Discord markdown: a backslash before every character that formats, links or quotes, so feed text renders
 * literally. `[`/`]` are what masked links `[text](url)` need; `<`/`>` cover `<url>` and mention syntax; a leading
 * `#` or `-` would start a heading or a list.
 */
export function escapeDiscord(s: string): string {
  // Bare URLs stay as they are: Discord links them with the URL itself as the text (nothing to spoof), and a
  // backslash inside one would break it. They end before any bracket, so no masked link can start inside one.
  let out = '';
  let last = 0;
  for (const m of s.matchAll(BARE_URL)) {
    out += escapeDiscordMarkup(s.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return (out + escapeDiscordMarkup(s.slice(last))).replace(/^([#-])/, '\\$1');
}

function escapeDiscordMarkup(s: string): string {
  return s.replace(/[\\*_~`|[\]<>]/g, (ch) => `\\${ch}`);
}

/** Cuts to at most `max` UTF-16 units, ending in an ellipsis, never splitting a surrogate pair. */
export function truncate(s: string, max: number, ellipsis = '…'): string {
  if (s.length <= max) return s;
  if (max <= 0) return '';
  if (max <= ellipsis.length) return ellipsis.slice(0, max);
  let cut = s.slice(0, max - ellipsis.length);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut.trimEnd() + ellipsis;
}

/**
 * Truncates raw text so that, once escaped, it fits in `max`. Truncating after escaping could cut an escape in
 * half (`&am…`, a lone backslash), so the raw text is shortened until the escaped result fits.
 */
export function fitEscaped(raw: string, max: number, escape: (s: string) => string): string {
  let escaped = escape(raw);
  if (escaped.length <= max) return escaped;
  let budget = Math.min(raw.length, max);
  for (;;) {
    escaped = escape(truncate(raw, budget));
    if (escaped.length <= max || budget <= 0) return escaped.length <= max ? escaped : '';
    budget -= Math.max(1, escaped.length - max);
  }
}

/** Untrusted text made safe for Discord markdown, at most `max` long. */
export function discordText(raw: string | undefined, max: number): string {
  return fitEscaped(cleanText(raw), max, escapeDiscord);
}

/** Untrusted text made safe for Slack mrkdwn, at most `max` long. */
export function slackText(raw: string | undefined, max: number): string {
  return fitEscaped(cleanText(raw), max, escapeSlack);
}

/** Untrusted text for plain-text fields (Slack plain_text, Discord titles, console): clean and cut, no escaping. */
export function plainText(raw: string | undefined, max: number): string {
  return truncate(cleanText(raw), max);
}

/** Only absolute http(s) URLs become links; anything else (javascript:, data:, relative) is dropped. */
export function safeUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const u = new URL(raw.trim());
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    if (u.username || u.password) return undefined;
    return u.href;
  } catch {
    return undefined;
  }
}

/** A Slack link `<url|label>`: the URL must not contain `|` or `>`; the label is escaped feed text. */
export function slackLink(url: string | undefined, label: string, max = 3000): string {
  const safe = safeUrl(url);
  const lbl = slackText(label, Math.max(1, max - (safe?.length ?? 0) - 3));
  if (!safe) return lbl;
  const href = safe.replace(/\|/g, '%7C').replace(/>/g, '%3E').replace(/</g, '%3C');
  return `<${href}|${lbl}>`;
}

/** A Discord masked link `[label](<url>)`, or just the escaped label without a safe URL. */
export function discordLink(url: string | undefined, label: string, max = 1024): string {
  const safe = safeUrl(url);
  if (!safe) return discordText(label, max);
  const href = safe.replace(/\)/g, '%29').replace(/\(/g, '%28').replace(/>/g, '%3E').replace(/</g, '%3C');
  const lbl = discordText(label, Math.max(1, max - href.length - 6));
  return `[${lbl}](<${href}>)`;
}
