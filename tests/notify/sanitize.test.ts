import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cleanText,
  discordLink,
  discordText,
  escapeSlack,
  fitEscaped,
  safeUrl,
  slackLink,
  slackText,
  stripHtml,
  truncate,
} from '../../src/notify/sanitize.js';

test('stripHtml removes tags and scripts and decodes entities', () => {
  assert.equal(stripHtml('<p>A &amp; B&nbsp;&#8211; &#x41;</p><script>x()</script>').trim(), 'A & B – A');
});

test('cleanText collapses whitespace and neutralises mentions', () => {
  const s = cleanText('  hi\n\t@everyone   @here <@123> <#9> <!channel> <!here>  ');
  assert.doesNotMatch(s, /@everyone|@here|<@|<#|<!/);
  assert.match(s, /^hi @\u200beveryone/);
  assert.doesNotMatch(s, /\s{2}|\n/);
});

test('Slack escaping keeps feed text from forming links or mentions', () => {
  assert.equal(escapeSlack('a & <b> <https://evil|Reuters>'), 'a &amp; &lt;b&gt; &lt;https://evil|Reuters&gt;');
  assert.equal(slackLink('https://ok.example/a|b', 'The <b>bold</b> 1 < 2 > 0'), '<https://ok.example/a%7Cb|The bold 1 &lt; 2 &gt; 0>');
  assert.equal(slackLink('javascript:alert(1)', 'x'), 'x');
});

test('Discord escaping disarms masked links; only the article URL becomes a link', () => {
  const text = discordText('[Reuters](https://evil.example) **bold**', 200);
  assert.equal(text, '\\[Reuters\\](https://evil.example) \\*\\*bold\\*\\*');
  assert.equal(discordLink('https://ok.example/a_(b)', '[x](y)'), '[\\[x\\](y)](<https://ok.example/a_%28b%29>)');
  // Bare URLs keep working (no backslash inside them); the text around them is still escaped.
  assert.equal(discordText('see https://ok.example/a_b?c=1*2 (_more_)', 200), 'see https://ok.example/a_b?c=1\\*2 (\\_more\\_)');
  assert.equal(discordText('https://ok.example/[x](https://evil.example)', 200), 'https://ok.example/\\[x\\](https://evil.example)');
});

test('truncate ends with an ellipsis and never splits a surrogate pair', () => {
  assert.equal(truncate('abcdef', 4), 'abc…');
  assert.equal(truncate('abc', 3), 'abc');
  const t = truncate('ab😀😀😀', 4);
  assert.ok(t.length <= 4);
  assert.doesNotMatch(t, /[\ud800-\udbff](?![\udc00-\udfff])/);
});

test('fitEscaped never exceeds the limit nor cuts an escape in half', () => {
  for (let max = 1; max < 40; max++) {
    const s = fitEscaped('&&&&&&&&&&<<<<<<<<<>>>>>>>>', max, escapeSlack);
    assert.ok(s.length <= max);
    assert.doesNotMatch(s.replace(/…$/, ''), /&(?!amp;|lt;|gt;)/);
  }
  assert.ok(slackText('x'.repeat(10_000), 3000).length <= 3000);
});

test('safeUrl accepts only absolute http(s) URLs without credentials', () => {
  assert.equal(safeUrl('https://a.example/x'), 'https://a.example/x');
  assert.equal(safeUrl('javascript:alert(1)'), undefined);
  assert.equal(safeUrl('/relative'), undefined);
  assert.equal(safeUrl('https://user:pw@a.example/'), undefined);
});
