import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeMarkdown, escapeCodeBlock, fenceFor, safeUrl, escapeTerminal, STICKY_MARKER } from '../../src/report/escape.ts';
import { md, toHtml, visibleText, count } from './helpers.ts';

// Strings a PR author controls: branch names, titles, commit messages.
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '[link](javascript:alert(1))',
  '![img](https://evil.example/x.png)',
  '<script>alert(1)</script>',
  '@org/team please look',
  'cc @octocat and someone@example.com',
  'fixes #123 and owner/repo#45 and GH-67',
  '`rm -rf /` and ``double``',
  'a | b | c',
  '**bold** _em_ ~~strike~~ $x^2$',
  '<!-- llama-perf-gate -->',
  '# heading',
  '- list item',
  '1. ordered',
  '> quote',
  'https://evil.example/phish and www.evil.example',
  '&lt;already&gt; &#64;entity',
  '<details><summary>x</summary>',
  'back\\slash \\[',
  'line one\nline two\r\nline three',
  '[ref]: https://evil.example',
  'feature/kv-mmap_v2.1 (draft)',
];

test('escaped text renders as exactly the input characters, with no HTML element, link or emphasis', () => {
  for (const input of HOSTILE) {
    const html = md.renderInline(escapeMarkdown(input));
    assert.doesNotMatch(html, /<(?!\/?p>)[a-z]/i, `an element appeared for ${JSON.stringify(input)}: ${html}`);
    assert.equal(visibleText(html), input.replace(/\r\n|\n/g, ' '), `text changed for ${JSON.stringify(input)}`);
  }
});

test('escaped text at the start of a block stays a paragraph (no heading, list, quote or link definition)', () => {
  for (const input of HOSTILE) {
    const html = toHtml(escapeMarkdown(input));
    assert.match(html, /^<p>/, `${JSON.stringify(input)} → ${html}`);
    assert.doesNotMatch(html.replace(/^<p>|<\/p>\n$/g, ''), /<[a-z]/i, `${JSON.stringify(input)} → ${html}`);
  }
});

test('in a table cell, pipes and newlines cannot add cells or rows', () => {
  for (const input of HOSTILE) {
    const html = toHtml(`| a | b |\n|--|--|\n| ${escapeMarkdown(input)} | end |\n`);
    assert.equal(count(html, '<td>'), 2, `${JSON.stringify(input)} → ${html}`);
    assert.equal(count(html, '<tr>'), 2);
    assert.match(html, /<td>end<\/td>/);
  }
});

test('@mentions, #refs, GH- refs, emails and URLs are broken by a zero-width space', () => {
  const input = '@org/team @octocat x@example.com #12 o/r#3 GH-4 https://a.example www.b.example';
  const raw = md.renderInline(escapeMarkdown(input));
  assert.equal(visibleText(raw), input, 'the reader still sees the same characters');
  const shown = raw.replace(/&#8203;/g, '\u200b');
  assert.doesNotMatch(shown, /@[a-z0-9]/i, 'an @ followed directly by a name');
  assert.doesNotMatch(shown, /#\d/, 'a # followed directly by digits');
  assert.doesNotMatch(shown, /GH-\d/i);
  assert.doesNotMatch(shown, /https:\/\/|www\./);
  assert.doesNotMatch(raw, /<a /, 'linkify made a link');
});

test('an injected sticky marker cannot survive escaping, in text or in a code block', () => {
  assert.equal(escapeMarkdown(`x ${STICKY_MARKER} y`).includes(STICKY_MARKER), false);
  assert.equal(escapeMarkdown('<!--').includes('<!--'), false);
  assert.equal(escapeCodeBlock(`log\n${STICKY_MARKER}\nmore`).includes(STICKY_MARKER), false);
  assert.equal(escapeCodeBlock('a <!-- b').includes('<!--'), false);
});

test('a code block cannot be closed early by backticks in its text', () => {
  const text = escapeCodeBlock('before\n```\n<img src=x onerror=alert(1)>\n````\nafter @octocat');
  const fence = fenceFor(text);
  assert.ok(fence.length >= 5);
  const html = toHtml(`${fence}text\n${text}\n${fence}\n\noutside\n`);
  assert.equal(count(html, '<pre>'), 1);
  assert.doesNotMatch(html, /<img/);
  assert.match(html, /<p>outside<\/p>/);
  assert.ok(visibleText(html).includes('after @octocat'));
});

test('escapeCodeBlock keeps text verbatim apart from comment markers and control characters', () => {
  assert.equal(escapeCodeBlock('a\r\nb\u0007c\n  indented `x`'), 'a\nbc\n  indented `x`');
});

test('safeUrl accepts http(s) only and cannot break out of a link', () => {
  assert.equal(safeUrl('javascript:alert(1)'), null);
  assert.equal(safeUrl('data:text/html,x'), null);
  assert.equal(safeUrl('not a url'), null);
  assert.equal(safeUrl(undefined), null);
  assert.equal(safeUrl('https://github.com/o/r/actions/runs/1'), 'https://github.com/o/r/actions/runs/1');
  const tricky = safeUrl('https://example.com/a)b(c');
  assert.ok(tricky && !/[()]/.test(tricky), String(tricky));
});

test('escapeTerminal drops escape sequences and control characters', () => {
  assert.equal(escapeTerminal('\u001b[31mred\u001b[0m\tx\ny\u0007'), 'red x y');
});
