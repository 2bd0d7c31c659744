/// <reference lib="dom" />
// Functions passed to page.evaluate run in the browser, so this file also sees the DOM types.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT, runMesh } from '@meshplane/testkit';
import { collectConsoleErrors, findSeriousA11yViolations, launchChromium, serveSite } from './browser.js';

/** Screenshots of every page type, kept as test artifacts (git-ignored). */
const SHOTS = join(REPO_ROOT, 'artifacts', 'site');

let browser: Browser;
let site: { url: string; close: () => Promise<void> };
let page: Page;
let errors: string[];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  site = await serveSite(inject('siteDir'));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
  errors = collectConsoleErrors(page);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const shot = (name: string): Promise<Buffer> => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

describe('the catalog site in chromium', () => {
  it('finds the podcast products when searching "podcast", and a filter narrows the results', async () => {
    await page.goto(`${site.url}/`, { waitUntil: 'networkidle' });
    await page.getByLabel('Search data products').fill('podcast');
    await page.locator('#search [data-search-result]').first().waitFor();
    const all = await readResultCount(page);
    expect(all).toBeGreaterThanOrEqual(6);
    while (await page.locator('#search .search-more').isVisible()) await page.locator('#search .search-more').click();
    await expect.poll(() => page.locator('#search [data-search-result]').count()).toBe(all);
    const titles = await page.locator('#search [data-search-result] > a').allTextContents();
    for (const name of ['Podcast listeners', 'Podcast catalog', 'Podcast events', 'Podcast demographics', 'Top daily podcasts', 'Daily podcasts summary'])
      expect(titles).toContain(name);
    // Excerpts mark the words found.
    expect(await page.locator('#search [data-search-result] mark').count()).toBeGreaterThan(0);
    await shot('search');
    await page.getByLabel('archetype').selectOption('consumer-aligned');
    await expect
      .poll(async () => {
        const n = await readResultCount(page);
        return n > 0 && n < all;
      })
      .toBe(true);
    await shot('search-filtered');
  });

  it('lists products by name at once above the full-text results, and not when a filter is chosen', async () => {
    await page.goto(`${site.url}/`, { waitUntil: 'networkidle' });
    await page.getByLabel('Search data products').fill('pod list');
    const named = page.getByRole('region', { name: 'Products by name' });
    await expect.poll(() => named.locator('[data-name-result] > a').allTextContents()).toEqual(['Podcast listeners']);
    expect(await named.locator('[data-name-result] p').textContent()).toBe('podcast.podcast-listeners · podcast domain · owned by podcast-data');
    await page.getByLabel('Search data products').fill('podcast');
    await expect.poll(() => named.locator('[data-name-result]').count()).toBe(5);
    await page.locator('#search [data-search-result]').first().waitFor();
    await page.getByLabel('archetype').selectOption('consumer-aligned');
    await expect.poll(() => named.isHidden()).toBe(true);
    await page.getByLabel('archetype').selectOption('');
    await page.getByLabel('Search data products').fill('pod list');
    await named.locator('[data-name-result] > a').first().click();
    await page.waitForURL(`${site.url}/products/podcast.podcast-listeners/`);
  });

  it('shows a product page with its schema and lineage, and a lineage link navigates', async () => {
    await page.goto(`${site.url}/products/podcast.podcast-listeners/`);
    await expect.poll(() => page.locator('table').first().textContent()).toContain('listener_id');
    expect(await page.locator('svg[aria-label^="Lineage around"] a').count()).toBeGreaterThan(1);
    await shot('product');
    await page.locator('svg[aria-label^="Lineage around"] a[href="/products/listener.listener-profiles/"]').click();
    await page.waitForURL('**/products/listener.listener-profiles/');
    expect(await page.locator('h1').textContent()).toBe('Listener profiles');
  });

  it("explores one product's lineage by direction and depth on the lineage page, and its boxes navigate", async () => {
    // The mesh's own answer (mesh graph) is what the explorer must show at each depth.
    const upstream = (depth: number) => runMesh(['graph', 'playlist.monday-playlists', '--upstream', '--depth', String(depth), '--format', 'json']).stdout;
    const expected = (depth: number) => (JSON.parse(upstream(depth)) as { upstream: { id: string }[] }).upstream.map((s) => s.id).sort();
    const listed = async () => (await page.locator('#lineage-result .lineage-ring small').allTextContents()).map((t) => t.replace(/[()]/g, '')).sort();
    await page.goto(`${site.url}/lineage/`);
    const form = page.locator('#lineage-explorer');
    await form.waitFor({ state: 'visible' });
    await form.getByLabel('Product').fill('playlist.monday-playlists');
    await form.getByLabel('Direction').selectOption('upstream');
    await form.getByLabel('Depth').selectOption('1');
    await form.getByRole('button', { name: 'Show' }).click();
    await expect.poll(listed).toEqual(expected(1));
    expect(await page.locator('#lineage-result .lineage-ring[data-direction="downstream"]').count()).toBe(0);
    // Changing the depth redraws at once and keeps the choice in the address.
    await form.getByLabel('Depth').selectOption('3');
    await expect.poll(listed).toEqual(expected(3));
    expect(expected(3).length).toBeGreaterThan(expected(1).length);
    expect(new URL(page.url()).searchParams.get('depth')).toBe('3');
    await shot('lineage-explorer');
    // Downstream of a product nothing reads: the explorer says so.
    await form.getByLabel('Direction').selectOption('downstream');
    await expect.poll(() => page.locator('#lineage-result').textContent()).toContain('No lineage in this direction');
    // An address with the choice opens the same view; a box of the drawing opens that product's page.
    await page.goto(`${site.url}/lineage/?product=podcast.podcast-listeners&direction=both&depth=1`);
    const box = page.locator('#lineage-result svg a[href="/products/listener.listener-profiles/"]');
    await box.waitFor();
    expect(await page.locator('#lineage-result svg a').count()).toBe(4);
    await box.click();
    await page.waitForURL('**/products/listener.listener-profiles/');
    expect(await page.locator('h1').textContent()).toBe('Listener profiles');
  });

  it('lists every policy rule on the governance page', async () => {
    await page.goto(`${site.url}/governance/`);
    const docs = runMesh(['policy', 'docs', '--format', 'json']);
    const rules = (JSON.parse(docs.stdout) as { id: string }[]).map((r) => r.id).sort();
    const ids = await page.locator('section.rule h3 code').allTextContents();
    expect(rules.length).toBeGreaterThan(30);
    expect([...ids].sort()).toEqual(rules);
    await shot('governance');
  });

  it('has no serious or critical accessibility violation on any page type, at desktop and phone width', async () => {
    const pages = [
      '/',
      '/products/podcast.podcast-listeners/',
      '/domains/',
      '/domains/podcast/',
      '/teams/',
      '/teams/podcast-data/',
      '/lineage/',
      '/lineage/?product=playlist.monday-playlists&direction=both&depth=2',
      '/governance/',
      '/slo/',
      '/scorecards/',
    ];
    const found: string[] = [];
    for (const path of pages) {
      await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
      found.push(...(await findSeriousA11yViolations(page)).map((v) => `${path} ${v}`));
      await shot(`page${path.replace(/[^a-z0-9.]+/g, '-').replace(/-$/, '') || '-home'}`);
    }
    expect(found).toEqual([]);
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${site.url}/products/podcast.podcast-listeners/`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot('product-phone');
    await page.goto(`${site.url}/lineage/`);
    await shot('lineage-phone');
  });

  it('logged no console error on any page', () => {
    expect(errors).toEqual([]);
  });
});

async function readResultCount(p: Page): Promise<number> {
  const text = (await p.locator('#search .search-status').textContent()) ?? '';
  return Number(/(\d+) results?/.exec(text)?.[1] ?? 0);
}
