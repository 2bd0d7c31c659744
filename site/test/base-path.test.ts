/// <reference lib="dom" />
// The example site built with `--base /demo/` (global-setup.ts), served under /demo/ as GitHub Pages serves a project
// site, and 404 everywhere else: any link, asset or fetch that forgot the base path shows up as a 404 here.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { collectConsoleErrors, launchChromium, serveSite } from './browser.js';
import { crawlSite, recordExchanges, type Exchange } from './crawl-site.js';
import { findBrokenLinks } from './crawl-links.js';
import { DEMO_BASE } from './global-setup.js';

let browser: Browser;
let context: BrowserContext;
let site: { url: string; close: () => Promise<void> };
let page: Page;
let errors: string[];
const seen: { exchanges: Exchange[]; failures: string[] } = { exchanges: [], failures: [] };
const under = (): string => `${site.url}${DEMO_BASE}`;
const failed = (exchanges: readonly Exchange[]): Exchange[] => exchanges.filter((e) => e.status === 0 || e.status >= 400);

beforeAll(async () => {
  site = await serveSite(inject('siteDemoDir'), DEMO_BASE);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  recordExchanges(context, seen);
  page = await context.newPage();
  errors = collectConsoleErrors(page);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the catalog site under /demo/', () => {
  it('writes every internal link of every page under /demo/', () => {
    expect(findBrokenLinks(inject('siteDemoDir'), DEMO_BASE)).toEqual([]);
  });

  it('serves nothing at the root: the server answers 404 outside /demo/', async () => {
    expect((await context.request.get(`${site.url}/products/podcast.podcast-listeners/`)).status()).toBe(404);
    expect((await context.request.get(`${under()}products/podcast.podcast-listeners/`)).status()).toBe(200);
  });

  it('opens every page reachable from the home page, and no link, asset, script, stylesheet or JSON 404s', async () => {
    const crawl = await crawlSite(page, under(), under());
    expect(crawl.pages.length).toBeGreaterThanOrEqual(70);
    expect(crawl.pages).toContain(`${DEMO_BASE}products/podcast.podcast-listeners/`);
    expect(failed(crawl.exchanges)).toEqual([]);
    expect(crawl.failures).toEqual([]);
    const urls = crawl.exchanges.map((e) => e.url);
    expect(urls.every((u) => u.startsWith(under()))).toBe(true);
    // What the crawl must have loaded, each under /demo/: Astro's bundles, the stylesheet, the icon, the JSON API and
    // the downloads.
    for (const path of ['_astro/', 'site.css', 'favicon.svg', 'api/products/', 'downloads/catalog.duckdb', 'downloads/products.parquet'])
      expect(
        urls.some((u) => u.startsWith(`${under()}${path}`)),
        path,
      ).toBe(true);
  });

  it('finds products when searching, with the Pagefind bundle and every result under /demo/', async () => {
    const before = seen.exchanges.length;
    await page.goto(under(), { waitUntil: 'networkidle' });
    await page.getByLabel('Search data products').fill('podcast');
    await page.locator('#search [data-search-result]').first().waitFor();
    const links = await page
      .locator('#search :is([data-search-result], [data-name-result]) > a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThanOrEqual(10);
    expect(links.filter((href) => !href.startsWith(`${DEMO_BASE}products/`))).toEqual([]);
    await page.waitForLoadState('networkidle');
    const searched = seen.exchanges.slice(before).filter((e) => e.url.startsWith(`${under()}pagefind/`));
    // The search library and its wasm, the index entry and metadata, an index chunk and the results' fragments.
    for (const end of ['pagefind.js', '.pagefind', 'pagefind-entry.json', '.pf_meta', '.pf_index', '.pf_fragment'])
      expect(
        searched.some((e) => new URL(e.url).pathname.endsWith(end) && e.status === 200),
        end,
      ).toBe(true);
    // The names list the first answer comes from.
    expect(seen.exchanges.slice(before).some((e) => e.url === `${under()}search/names.json` && e.status === 200)).toBe(true);
    expect(failed(seen.exchanges.slice(before))).toEqual([]);
    await page.locator('#search [data-search-result] > a').first().click();
    await page.waitForURL(`${under()}products/**`);
    expect(await page.locator('h1').textContent()).not.toBe('Not found');
  });

  it('explores lineage from /demo/api/lineage.json, and its boxes open pages under /demo/', async () => {
    const lineage = page.waitForResponse(`${under()}api/lineage.json`);
    await page.goto(`${under()}lineage/?product=podcast.podcast-listeners&direction=both&depth=1`);
    expect((await lineage).status()).toBe(200);
    const box = page.locator(`#lineage-result svg a[href="${DEMO_BASE}products/listener.listener-profiles/"]`);
    await box.waitFor();
    const hrefs = await page.locator('#lineage-result a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => !h.startsWith(`${DEMO_BASE}products/`))).toEqual([]);
    await box.click();
    await page.waitForURL(`${under()}products/listener.listener-profiles/`);
    expect(await page.locator('h1').textContent()).toBe('Listener profiles');
  });

  it('logged no console error and no failed request on any page', () => {
    expect(errors).toEqual([]);
    expect(seen.failures).toEqual([]);
    expect(failed(seen.exchanges)).toEqual([]);
  });
});
