/// <reference lib="dom" />
// The function passed to page.evaluate runs in the browser, so this file also sees the DOM types.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, serveSite } from '../site/test/browser.js';
import { summarizeRuns } from './measure-process.js';
import type { BenchRow } from './render-bench-table.js';

const MEASURE = 'site search, typing to first result rendered (Chromium)';

/**
 * The home page's search box, and a rendered result: the site's own result list, or (for a site built before it)
 * Pagefind's default UI, so an older build can be measured the same way.
 */
const INPUT = '#search input';
const RESULT = '#search [data-search-result], #search .pagefind-ui__result';

/**
 * Queries for a built site: the first word of product names spread over the catalog (every one finds at least its
 * product), so the measure does not depend on the mesh generator's vocabulary.
 */
export function pickSearchQueries(siteDir: string, count: number): string[] {
  const { products } = JSON.parse(readFileSync(join(siteDir, 'api/products.json'), 'utf8')) as { products: { name: string }[] };
  const words = products.map((p) => p.name.split(/\s+/)[0]?.toLowerCase() ?? '').filter((w) => w.length >= 3);
  const step = Math.max(1, Math.floor(words.length / count));
  return [...new Set(words.filter((_, i) => i % step === 0))].slice(0, count);
}

/**
 * Sets the query in the search box as one input event (what the last keystroke of typing it does) and returns the
 * milliseconds until the first result is in the page and laid out, measured in the page's own clock.
 */
async function timeFirstResult(page: Page, query: string): Promise<number> {
  return page.evaluate(
    ({ input, result, q }) =>
      new Promise<number>((resolve, reject) => {
        const box = document.querySelector<HTMLInputElement>(input);
        if (!box) return reject(new Error(`no ${input} on the page`));
        // No named inner functions here: tsx would wrap them in a `__name` helper the page does not have.
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!Array.from(document.querySelectorAll(result)).some((e) => e.getBoundingClientRect().height > 0)) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        box.focus();
        box.value = q;
        box.dispatchEvent(new Event('input', { bubbles: true }));
        setTimeout(() => reject(new Error(`no result for "${q}" within 20 s`)), 20_000);
      }),
    { input: INPUT, result: RESULT, q: query },
  );
}

/**
 * Serves a built site, opens its home page in Chromium and times each query from a freshly loaded page (the page has
 * settled: what it loads by itself, such as a preloaded index, counts as loaded; a person takes longer than that to
 * start typing). One row: the median of the queries, at `products`.
 */
export async function measureSearchLatency(siteDir: string, products: number, queries = 7): Promise<BenchRow> {
  if (!existsSync(join(siteDir, 'pagefind'))) return { measure: MEASURE, products, result: { notRun: 'no site was built' }, notes: '' };
  const words = pickSearchQueries(siteDir, queries);
  const site = await serveSite(siteDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const times: number[] = [];
    for (const word of words) {
      await page.goto(`${site.url}/`, { waitUntil: 'networkidle' });
      await page.locator(INPUT).waitFor();
      times.push(await timeFirstResult(page, word));
    }
    const notes = `${times.length} queries (${words.join(', ')}), each on a freshly loaded home page: ${times.map((t) => t.toFixed(0)).join(', ')} ms`;
    return { measure: MEASURE, products, result: summarizeRuns(times.map((ms) => ({ ms }))), notes };
  } catch (e) {
    return { measure: MEASURE, products, result: { notRun: e instanceof Error ? e.message : String(e) }, notes: '' };
  } finally {
    await browser.close();
    await site.close();
  }
}

// `npx tsx --tsconfig tsconfig.test.json bench/measure-search-latency.ts SITE_DIR [PRODUCTS]` measures one built site.
if (process.argv[1]?.endsWith('measure-search-latency.ts') && process.argv[2]) {
  const row = await measureSearchLatency(process.argv[2], Number(process.argv[3] ?? 0));
  process.stdout.write(`${JSON.stringify(row, null, 2)}\n`);
}
