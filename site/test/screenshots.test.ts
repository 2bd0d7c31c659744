import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { REPO_ROOT } from '@meshplane/testkit';
import { launchChromium, serveSite } from './browser.js';

/**
 * The screenshots docs/site.md shows, of the example site: home, a product page, /slo/ and /lineage/ at desktop
 * (1280 px) and phone (390 px) width in light mode, and the home page in dark mode. `UPDATE_SCREENSHOTS=1` writes them;
 * otherwise the test checks each is there, a PNG, and as wide as its viewport.
 */
const DIR = join(REPO_ROOT, 'docs', 'screenshots');
const PAGES = { home: '/', product: '/products/podcast.podcast-listeners/', slo: '/slo/', lineage: '/lineage/' };
const WIDTHS = { desktop: 1280, phone: 390 };
const SHOTS = [
  ...Object.entries(PAGES).flatMap(([name, path]) =>
    Object.entries(WIDTHS).map(([device, width]) => ({ file: `${name}-${device}.png`, path, width, dark: false })),
  ),
  { file: 'home-desktop-dark.png', path: '/', width: 1280, dark: true },
];
const UPDATE = process.env.UPDATE_SCREENSHOTS === '1';

/** The width in a PNG's header, or undefined when the bytes are not a PNG. */
export function readPngWidth(bytes: Buffer): number | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return bytes.readUInt32BE(16);
}

let browser: Browser | undefined;
let site: { url: string; close: () => Promise<void> } | undefined;

beforeAll(async () => {
  if (!UPDATE) return;
  mkdirSync(DIR, { recursive: true });
  site = await serveSite(inject('siteDir'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the screenshots in docs/screenshots/', () => {
  it.runIf(UPDATE)('are written from the example site (UPDATE_SCREENSHOTS=1)', async () => {
    for (const s of SHOTS) {
      const context = await browser!.newContext({ viewport: { width: s.width, height: s.width > 600 ? 900 : 844 }, colorScheme: s.dark ? 'dark' : 'light' });
      const page = await context.newPage();
      await page.goto(`${site!.url}${s.path}`, { waitUntil: 'networkidle' });
      await page.screenshot({ path: join(DIR, s.file) });
      await context.close();
    }
  });

  it('are each a PNG as wide as its viewport', () => {
    const wrong = SHOTS.flatMap((s) => {
      const file = join(DIR, s.file);
      const width = existsSync(file) ? readPngWidth(readFileSync(file)) : undefined;
      return width === s.width ? [] : [`${s.file}: ${width === undefined ? 'missing or not a PNG' : `${width} px wide, not ${s.width}`}`];
    });
    expect(wrong).toEqual([]);
  });

  it('tells a PNG of the wrong width, and bytes that are not a PNG', () => {
    expect(readPngWidth(Buffer.from('not a png at all, just text'))).toBeUndefined();
    const header = Buffer.alloc(24);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header);
    header.write('IHDR', 12, 'latin1');
    header.writeUInt32BE(390, 16);
    expect(readPngWidth(header)).toBe(390);
  });
});
