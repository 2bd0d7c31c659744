import { describe, expect, it } from 'vitest';
import { detectImageType, findReadmeImages, placeReadmeImage } from '../src/site/read-readme-images.js';

describe("a README's images", () => {
  it('finds relative inline images and reference definitions images use, not links, URLs or anchors', () => {
    const markdown = [
      '![a](docs/a.png) ![b](<docs/b c.png> "title") ![c](https://example.com/c.png) ![d](/d.png) ![e](#e)',
      '[not an image](docs/page.png) ![f][ref] ![G][] ![h](docs/h.png?raw=1#x)',
      '[ref]: ./docs/f.gif',
      '[g]: <docs/g.webp>',
      '[unused]: docs/unused.png',
    ].join('\n');
    expect(findReadmeImages(markdown)).toEqual(['docs/a.png', 'docs/b c.png', 'docs/h.png', './docs/f.gif', 'docs/g.webp']);
  });

  it("places each relative to the manifest's folder, and refuses paths that leave it or need escaping", () => {
    expect(placeReadmeImage('.', './docs/../img/a.png')).toEqual({ path: 'img/a.png' });
    expect(placeReadmeImage('docs', 'a.png')).toEqual({ path: 'docs/a.png' });
    expect(placeReadmeImage('docs', '../../other/a.png')).toEqual({ why: "outside the product's folder" });
    expect(placeReadmeImage('.', 'a%20b.png')).toMatchObject({ why: expect.stringContaining('characters the site does not publish') as string });
    expect(placeReadmeImage('.', '%E0%A4%A.png')).toEqual({ why: 'not a valid URL path' });
  });

  it('knows PNG, JPEG, GIF and WebP by their first bytes, and nothing else', () => {
    expect(detectImageType(Buffer.from('89504e470d0a1a0a', 'hex'))).toBe('image/png');
    expect(detectImageType(Buffer.from('ffd8ffe0', 'hex'))).toBe('image/jpeg');
    expect(detectImageType(Buffer.from('GIF89a..'))).toBe('image/gif');
    expect(detectImageType(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    for (const other of ['<svg xmlns="http://www.w3.org/2000/svg"/>', '<html>', '', 'RIFF\0\0\0\0WAVE'])
      expect(detectImageType(Buffer.from(other)), other).toBeUndefined();
  });
});
