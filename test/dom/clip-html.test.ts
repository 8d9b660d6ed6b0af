// @vitest-environment jsdom
// DOMPurify itself misbehaves under happy-dom (it kept a <script> there), so the sanitiser is
// checked in jsdom, a DOM DOMPurify's own tests run on; the library page test adds the sweep.
import { describe, expect, it } from 'vitest';
import { readerFragment, sanitiseArticleHtml } from '../../src/dom/clip-html';

const HOSTILE = [
  '<p onclick="alert(1)">Text <img src="https://cdn.example.net/x.jpg" srcset="https://cdn.example.net/2x.jpg 2x" alt="Troops at the LAC"></p>',
  '<picture><source srcset="https://cdn.example.net/a.webp"><img src="https://cdn.example.net/a.jpg" alt="Map"></picture>',
  '<video src="https://cdn.example.net/v.mp4" poster="https://cdn.example.net/p.jpg" title="Clip of the talks"></video>',
  '<audio src="https://cdn.example.net/a.mp3"></audio>',
  '<iframe src="https://evil.example.net/"></iframe><object data="https://evil.example.net/o"></object>',
  '<script>window.pwned = 1</script><style>body{background:url(https://t.example.net/t.gif)}</style>',
  '<link rel="stylesheet" href="https://t.example.net/s.css"><svg><image href="https://t.example.net/i.png"/></svg>',
  '<p style="background:url(https://t.example.net/t.gif)">styled</p>',
  '<a href="javascript:alert(1)">bad link</a> <a href="https://example.org/more">good link</a>',
  '<form action="https://evil.example.net/"><input name="q"></form>',
].join('');

describe('stored article HTML', () => {
  it('sanitises for storage: no script, style, handler, form or srcset', () => {
    const clean = sanitiseArticleHtml(HOSTILE);
    expect(clean).not.toMatch(
      /<script|<style|onclick|<form|<input|srcset|poster|<svg|<link|style=|javascript:/i,
    );
    expect(clean).toContain('good link');
  });

  it('the reader fragment loads nothing: media are placeholders with their alt text, links are safe', () => {
    const fragment = readerFragment(HOSTILE, document);
    const box = document.createElement('div');
    box.append(fragment);
    expect(
      box.querySelectorAll(
        'img, picture, video, audio, iframe, object, embed, source, script, style, link, svg',
      ),
    ).toHaveLength(0);
    expect(box.innerHTML).not.toMatch(/example\.net/);
    expect([...box.querySelectorAll('[role="img"]')].map((el) => el.getAttribute('aria-label'))).toEqual([
      'Troops at the LAC',
      'picture',
      'Clip of the talks',
      'audio',
    ]); // frames and objects are removed by the sanitiser outright
    const links = [...box.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([null, 'https://example.org/more']);
    expect(links.every((a) => a.rel === 'noopener noreferrer')).toBe(true);
  });
});
