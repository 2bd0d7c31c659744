/// <reference lib="dom" />
// Functions passed to page.evaluate run in the browser, so this file also sees the DOM types.
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildMeshFiles, buildProduct, makeTempRepo, runMesh, type TempRepo } from '@meshplane/testkit';
import { launchChromium, serveSite } from './browser.js';

// Every way a manifest could try to run code on the catalog site: each sets window.__pwned if it ever runs.
const HOSTILE = [
  'Looks harmless. <script>window.__pwned = "script"</script>',
  '',
  '[a markdown link](javascript:window.__pwned="md-link") and ![an image](javascript:window.__pwned="md-img")',
  '',
  '<img src="x" onerror="window.__pwned=\'onerror\'"> <a href="javascript:window.__pwned=\'html-link\'">raw link</a>',
  '',
  '<svg onload="window.__pwned=\'svg\'"></svg> <iframe src="javascript:window.__pwned=\'iframe\'"></iframe>',
].join('\n');

let repo: TempRepo;
let site: { url: string; close: () => Promise<void> };
let browser: Browser;
const out = (): string => join(repo.dir, 'site');

beforeAll(async () => {
  const product = buildProduct('podcast.hostile-notes', (p) => {
    p.spec.description = HOSTILE;
    p.spec.purpose = '<b onmouseover="window.__pwned=\'purpose\'">bold?</b>';
    p.spec.limitations = '[x](JaVaScRiPt:window.__pwned="mixed-case")';
    p.spec.docs = { readme: './README.md', examples: ['./escape.sql', './missing.sql'] };
  });
  repo = makeTempRepo(buildMeshFiles([product]));
  // The README is as hostile as the description, and links to a file the site does not publish.
  repo.write(
    'catalog/podcast/hostile-notes/README.md',
    `${HOSTILE}\n\nSee [the runbook](./runbook.md) and ![a chart](./chart.png).\n\n` +
      '![real](docs/ok.png) ![script](docs/evil.svg) ![pretends](docs/page.png) ![far](../../../secret.png) ![odd](docs/a%22b.png) ![linked][l]\n\n[l]: <docs/ok.png>\n',
  );
  // One real PNG; an SVG with a script; HTML named .png. Only the PNG is published.
  repo.write('catalog/podcast/hostile-notes/docs/ok.png', Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108020000009077053e', 'hex'));
  repo.write('catalog/podcast/hostile-notes/docs/evil.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
  repo.write('catalog/podcast/hostile-notes/docs/page.png', '<html><script>window.__pwned="png"</script></html>');
  // An example that is a symbolic link out of the repository is not read.
  symlinkSync('/etc/passwd', join(repo.dir, 'catalog/podcast/hostile-notes/escape.sql'));
  const run = runMesh(['site', 'build', '--out', out(), '--today', '2026-11-22'], { cwd: repo.dir, timeoutMs: 120_000 });
  if (run.status !== 0) throw new Error(`mesh site build failed:\n${run.stderr}${run.stdout}`);
  site = await serveSite(out());
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  repo?.remove();
});

describe('a hostile product description', () => {
  it('is shown as text: no tag, handler or javascript: URL from the manifest reaches the HTML', () => {
    const html = readFileSync(join(out(), 'products/podcast.hostile-notes/index.html'), 'utf8');
    expect(html).toContain('&lt;script&gt;window.__pwned');
    // The README too; its links to files the site does not publish are plain text, never a broken link.
    expect(html).toContain(
      'See <span class="unpublished" title="not published on this site">the runbook</span> and <span class="unpublished">[image: a chart]</span>.',
    );
    expect(html).toContain(
      'Not shown: ./escape.sql (outside the repository); ./missing.sql (no such file); chart.png (no such file); docs/evil.svg (an SVG image, not published: opened on its own, an SVG can run script on the site',
    );
    expect(html).toContain('docs/page.png (not a PNG, JPEG, GIF or WebP image (by its first bytes))');
    expect(html).toContain('../../../secret.png (outside the product&#39;s folder)');
    expect(html).toContain('docs/a%22b.png (a file name with characters the site does not publish');
    // The real PNG is published beside the page, byte for byte, and shown (also through a reference definition).
    expect(html.match(/<img src="\/products\/podcast\.hostile-notes\/files\/docs\/ok\.png" alt="(real|linked)" loading="lazy">/g)).toHaveLength(2);
    expect(readFileSync(join(out(), 'products/podcast.hostile-notes/files/docs/ok.png')).toString('hex')).toMatch(/^89504e47/);
    for (const file of ['evil.svg', 'page.png']) expect(existsSync(join(out(), 'products/podcast.hostile-notes/files/docs', file)), file).toBe(false);
    for (const alt of ['script', 'pretends', 'far', 'odd']) expect(html).toContain(`<span class="unpublished">[image: ${alt}]</span>`);
    expect(html).not.toContain('root:x:0:0');
    // The only scripts are the site's own files (the theme switch, Astro's bundles); no script text is in the page.
    const scripts = html.match(/<script\b[^>]*>[^<]*<\/script>/gi) ?? [];
    expect(scripts.filter((s) => !/^<script (type="module" )?src="\/(theme\.js|_astro\/[\w.-]+\.js)"><\/script>$/.test(s))).toEqual([]);
    expect(html.match(/<script/gi)?.length).toBe(scripts.length);
    expect(html).not.toMatch(/<(img|svg|iframe|b)\s[^>]*\son\w+=/i);
    expect(html).not.toMatch(/(href|src)="\s*javascript:/i);
  });

  it('runs nothing in a browser, and leaves no live handler or javascript: URL in the page', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/products/podcast.hostile-notes/`, { waitUntil: 'load' });
    await page.hover('main');
    const found = await page.evaluate(() => {
      const bad: string[] = [];
      for (const el of Array.from(document.querySelectorAll('main *'))) {
        for (const a of Array.from(el.attributes)) {
          if (a.name.startsWith('on')) bad.push(`${el.tagName} ${a.name}`);
          if (/^\s*javascript:/i.test(a.value)) bad.push(`${el.tagName} ${a.name}=${a.value}`);
        }
        if (['IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName)) bad.push(el.tagName);
        // Scripts only from the site's own bundles (Astro places a component's script beside it).
        if (el.tagName === 'SCRIPT' && !(el as HTMLScriptElement).src.startsWith(`${location.origin}/_astro/`)) bad.push(`SCRIPT ${el.outerHTML.slice(0, 80)}`);
      }
      return { bad, pwned: (window as unknown as { __pwned?: string }).__pwned ?? null };
    });
    expect(found).toEqual({ bad: [], pwned: null });
    await page.close();
  });

  it('is inert in search results too: the excerpt is text, with only the marks of the words found', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/`, { waitUntil: 'networkidle' });
    await page.getByLabel('Search data products').fill('harmless');
    await page.locator('#search [data-search-result]').first().waitFor();
    const found = await page.evaluate(() => ({
      tags: Array.from(new Set(Array.from(document.querySelectorAll('#search .search-results *')).map((e) => e.tagName))).sort(),
      pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
    }));
    expect(found).toEqual({ tags: ['A', 'LI', 'MARK', 'P'], pwned: null });
    await page.close();
  });
});
