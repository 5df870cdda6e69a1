// Assertions that a rendered payload respects every platform limit and carries no live mention or foreign link.
import assert from 'node:assert/strict';
import { DISCORD_LIMITS, embedLength, type DiscordPayload } from '../../src/notify/discord/render.js';
import { SLACK_LIMITS, type SlackPayload } from '../../src/notify/slack/render.js';

/** Strings Discord renders as markdown (masked links work there), and the plain ones (titles, names, footers). */
function discordStrings(p: DiscordPayload): { markdown: string[]; plain: string[] } {
  const markdown: string[] = [];
  const plain: string[] = [];
  if (p.content) markdown.push(p.content);
  for (const e of p.embeds ?? []) {
    if (e.description) markdown.push(e.description);
    for (const s of [e.title, e.footer?.text, e.author?.name]) if (s) plain.push(s);
    for (const f of e.fields ?? []) {
      plain.push(f.name);
      markdown.push(f.value);
    }
  }
  return { markdown, plain };
}

/** Masked links `[label](url)` whose `[` is not escaped, and their targets. */
export function discordLinkTargets(s: string): string[] {
  const targets: string[] = [];
  const re = /(?<!\\)\]\(<?([^)>\s]+)>?\)/g;
  for (const m of s.matchAll(re)) targets.push(m[1]!);
  return targets;
}

export function assertDiscordSafe(p: DiscordPayload, allowedLinks: string[]): void {
  assert.deepEqual(p.allowed_mentions, { parse: [] });
  if (p.content !== undefined) assert.ok(p.content.length <= DISCORD_LIMITS.content, `content ${p.content.length}`);
  const embeds = p.embeds ?? [];
  assert.ok(embeds.length <= DISCORD_LIMITS.embeds);
  let total = 0;
  for (const e of embeds) {
    assert.ok((e.title?.length ?? 0) <= DISCORD_LIMITS.title, `title ${e.title?.length}`);
    assert.ok((e.description?.length ?? 0) <= DISCORD_LIMITS.description, `description ${e.description?.length}`);
    assert.ok((e.footer?.text.length ?? 0) <= DISCORD_LIMITS.footer);
    assert.ok((e.author?.name.length ?? 0) <= DISCORD_LIMITS.author, `author ${e.author?.name.length}`);
    assert.ok((e.fields?.length ?? 0) <= DISCORD_LIMITS.fields, `fields ${e.fields?.length}`);
    for (const f of e.fields ?? []) {
      assert.ok(f.name.length > 0 && f.name.length <= DISCORD_LIMITS.fieldName, `field name ${f.name.length}`);
      assert.ok(f.value.length > 0 && f.value.length <= DISCORD_LIMITS.fieldValue, `field value ${f.value.length}`);
    }
    if (e.url) assert.ok(allowedLinks.includes(e.url));
    total += embedLength(e);
  }
  assert.ok(total <= DISCORD_LIMITS.total, `total ${total}`);
  const { markdown, plain } = discordStrings(p);
  for (const s of [...markdown, ...plain]) {
    assert.doesNotMatch(s, /@(everyone|here)/);
    assert.doesNotMatch(s, /<[@#!]/);
  }
  for (const s of markdown) {
    for (const t of discordLinkTargets(s)) assert.ok(allowedLinks.includes(t), `unexpected link ${t}`);
  }
}

/** mrkdwn strings (Slack parses links and mentions there) and plain_text ones (rendered literally). */
function slackStrings(p: SlackPayload): { mrkdwn: string[]; plain: string[] } {
  const mrkdwn = [p.text];
  const plain: string[] = [];
  for (const b of p.blocks) {
    const texts = b.type === 'header' || b.type === 'section' ? [b.text] : b.type === 'context' ? b.elements : [];
    for (const t of texts) (t.type === 'mrkdwn' ? mrkdwn : plain).push(t.text);
  }
  return { mrkdwn, plain };
}

export function assertSlackSafe(p: SlackPayload, allowedLinks: string[]): void {
  assert.ok(p.text.length > 0 && p.text.length <= SLACK_LIMITS.text, `text ${p.text.length}`);
  assert.ok(p.blocks.length <= SLACK_LIMITS.blocks, `blocks ${p.blocks.length}`);
  for (const b of p.blocks) {
    if (b.type === 'header') {
      assert.equal(b.text.type, 'plain_text');
      assert.ok(b.text.text.length > 0 && b.text.text.length <= SLACK_LIMITS.header, `header ${b.text.text.length}`);
    }
    if (b.type === 'section') assert.ok(b.text.text.length > 0 && b.text.text.length <= SLACK_LIMITS.sectionText, `section ${b.text.text.length}`);
    if (b.type === 'context') {
      assert.ok(b.elements.length > 0 && b.elements.length <= SLACK_LIMITS.contextElements);
      for (const e of b.elements) assert.ok(e.text.length <= SLACK_LIMITS.contextText);
    }
  }
  const { mrkdwn, plain } = slackStrings(p);
  for (const s of plain) assert.doesNotMatch(s, /@(everyone|here|channel)|<[@#!]/);
  for (const s of mrkdwn) {
    assert.doesNotMatch(s, /@(everyone|here|channel)/);
    // Every `<` left in mrkdwn must open one of our own links.
    for (const m of s.matchAll(/<([^>]*)>/g)) {
      const url = m[1]!.split('|')[0]!;
      assert.ok(allowedLinks.includes(url), `unexpected slack link <${m[1]}>`);
    }
  }
}
