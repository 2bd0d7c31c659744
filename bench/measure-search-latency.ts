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
 * The home page's search box, and a rendered result: a product found by name or in the full text by the site's own
 * result list, or (for a site built before it) Pagefind's default UI, so an older build can be measured the same way.
 */
const INPUT = '#search input';
const TEXT_RESULT = '#search [data-search-result], #search .pagefind-ui__result';
const RESULT = `#search [data-name-result], ${TEXT_RESULT}`;

/**
 * Queries for a built site, from product names spread over the catalog so the measure does not depend on the mesh
 * generator's vocabulary: alternately a name's first word as written ("cohorts-5556", few products) and its first
 * word alone ("cohorts", a word many products share, which costs Pagefind most to rank). Each finds its product.
 */
export function pickSearchQueries(siteDir: string, count: number): string[] {
  const { products } = JSON.parse(readFileSync(join(siteDir, 'api/products.json'), 'utf8')) as { products: { name: string }[] };
  const names = products.map((p) => p.name.toLowerCase()).filter((n) => n.length >= 3);
  const step = Math.max(1, Math.floor(names.length / count));
  const exact = names.filter((_, i) => i % step === 0).map((n) => n.split(/\s+/)[0] ?? n);
  const broad = [...new Set(names.map((n) => n.split(/[^\p{L}\p{N}]+/u)[0] ?? n))];
  const picked = exact.flatMap((q, i) => [q, broad[i % Math.max(1, broad.length)] ?? q]);
  return [...new Set(picked.filter((q) => q.length >= 3))].slice(0, count);
}

/**
 * Sets the query in the search box as one input event (what the last keystroke of typing it does) and returns the
 * milliseconds until the first result of any kind, and the first full-text result, are in the page and laid out,
 * measured in the page's own clock.
 */
async function timeFirstResult(page: Page, query: string): Promise<{ first: number; text: number }> {
  return page.evaluate(
    ({ input, result, textResult, q }) =>
      new Promise<{ first: number; text: number }>((resolve, reject) => {
        const box = document.querySelector<HTMLInputElement>(input);
        if (!box) return reject(new Error(`no ${input} on the page`));
        // No named inner functions here: tsx would wrap them in a `__name` helper the page does not have.
        const start = performance.now();
        let first = 0;
        const observer = new MutationObserver(() => {
          if (!first && Array.from(document.querySelectorAll(result)).some((e) => e.getBoundingClientRect().height > 0)) first = performance.now() - start;
          if (!Array.from(document.querySelectorAll(textResult)).some((e) => e.getBoundingClientRect().height > 0)) return;
          observer.disconnect();
          const text = performance.now() - start;
          requestAnimationFrame(() => resolve({ first: first || text, text }));
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        box.focus();
        box.value = q;
        box.dispatchEvent(new Event('input', { bubbles: true }));
        setTimeout(() => reject(new Error(`no result for "${q}" within 20 s`)), 20_000);
      }),
    { input: INPUT, result: RESULT, textResult: TEXT_RESULT, q: query },
  );
}

/**
 * Serves a built site, opens its home page in Chromium and times each query from a freshly loaded page (the page has
 * settled: what it loads by itself, such as a preloaded index, counts as loaded; a person takes longer than that to
 * start typing). One row: the median of the queries, at `products`.
 */
export async function measureSearchLatency(siteDir: string, products: number, queries = 8): Promise<BenchRow> {
  if (!existsSync(join(siteDir, 'pagefind'))) return { measure: MEASURE, products, result: { notRun: 'no site was built' }, notes: '' };
  const words = pickSearchQueries(siteDir, queries);
  const site = await serveSite(siteDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const times: { first: number; text: number }[] = [];
    for (const word of words) {
      await page.goto(`${site.url}/`, { waitUntil: 'networkidle' });
      await page.locator(INPUT).waitFor();
      times.push(await timeFirstResult(page, word));
    }
    const text = [...times.map((t) => t.text)].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
    const notes =
      `${times.length} queries (${words.join(', ')}), each on a freshly loaded home page: ${times.map((t) => t.first.toFixed(0)).join(', ')} ms to the first result (by name or full text); ` +
      `to the first full-text result: ${times.map((t) => t.text.toFixed(0)).join(', ')} ms (median ${text.toFixed(0)} ms)`;
    return { measure: MEASURE, products, result: summarizeRuns(times.map((t) => ({ ms: t.first }))), notes };
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
