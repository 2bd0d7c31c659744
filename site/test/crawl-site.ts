/// <reference lib="dom" />
// Functions passed to page.evaluate run in the browser, so this file also sees the DOM types.
import type { BrowserContext, Page } from 'playwright-core';

/** One HTTP exchange the browser (or the crawler itself) made: its status and address. */
export interface Exchange {
  status: number;
  url: string;
}

/** What a crawl saw: the pages it opened, every response, and each failed request with its reason. */
export interface CrawlResult {
  pages: string[];
  exchanges: Exchange[];
  failures: string[];
}

/**
 * Records every response and failed request of `context` from now on (pages' documents, stylesheets, scripts, images,
 * fetches and Pagefind's files), into `into`. A request aborted by the next navigation is not a failure.
 */
export function recordExchanges(context: BrowserContext, into: { exchanges: Exchange[]; failures: string[] }): void {
  context.on('response', (r) => into.exchanges.push({ status: r.status(), url: r.url() }));
  context.on('requestfailed', (r) => {
    const reason = r.failure()?.errorText ?? 'failed';
    if (reason !== 'net::ERR_ABORTED') into.failures.push(`${r.url()}: ${reason}`);
  });
}

/**
 * Every address the page links to or loads by attribute (`a` of HTML and of the SVG drawings, `link`, `script`, `img`,
 * `source`), as absolute URLs.
 */
function readPageLinks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('a[href], link[href], script[src], img[src], source[src]')).map(
      (e) => new URL(e.getAttribute('href') ?? e.getAttribute('src') ?? '', document.baseURI).href,
    ),
  );
}

/**
 * Opens `start` and every page reachable from it by links within `scope` (an origin and path prefix, such as
 * `http://127.0.0.1:4321/demo/`), once per path (a query such as the lineage explorer's `?product=` does not make
 * another page). Links to files that are not pages (JSON, downloads, stylesheets, icons) are fetched with the
 * context's request client, so their status counts too. Links leading out of `scope` on the same origin are
 * recorded as exchanges with status 0, so a test sees them; other origins are not followed.
 */
export async function crawlSite(page: Page, start: string, scope: string): Promise<CrawlResult> {
  const result: CrawlResult = { pages: [], exchanges: [], failures: [] };
  recordExchanges(page.context(), result);
  const origin = new URL(scope).origin;
  const seen = new Set<string>([new URL(start).pathname]);
  const queue = [start];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    await page.goto(next, { waitUntil: 'load' });
    result.pages.push(new URL(next).pathname);
    for (const link of await readPageLinks(page)) {
      const url = new URL(link);
      url.hash = '';
      if (url.origin !== origin) continue;
      if (!url.href.startsWith(scope)) {
        result.exchanges.push({ status: 0, url: `${url.href} (outside ${scope}, linked from ${next})` });
        continue;
      }
      const isPage = url.pathname.endsWith('/') || url.pathname.endsWith('.html');
      const key = isPage ? url.pathname : url.href;
      if (seen.has(key)) continue;
      seen.add(key);
      if (isPage) queue.push(url.href);
      else result.exchanges.push({ status: (await page.context().request.get(url.href)).status(), url: url.href });
    }
  }
  return result;
}
