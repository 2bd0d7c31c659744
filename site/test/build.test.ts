import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { validateDocument, type ProductExport } from '@meshplane/core';
import { parse } from 'yaml';
import { findBrokenLinks, listHtmlFiles } from './crawl-links.js';

const dir = inject('siteDir');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(dir, path), 'utf8')) as T;
const html = (path: string): string => readFileSync(join(dir, path), 'utf8');

interface ProductsJson {
  counts: { products: number; domains: number; consumerLinks: number; edges: number; declaredConsumers: number };
  products: { id: string; json: string; page: string; consumerCount: number }[];
}

describe('the example mesh site', () => {
  it('reports what it built', () => {
    expect(inject('siteBuildOutput')).toMatch(/^Built the catalog site: 36 products, 36 pages indexed for search, in [\d.]+ s\.\n/);
  });

  it('indexes every product page for search, and no other page', () => {
    const entry = readJson<{ languages: { en: { page_count: number } } }>('pagefind/pagefind-entry.json');
    expect(entry.languages.en.page_count).toBe(36);
  });

  it('renders the product’s README under Documentation, with its example files highlighted and linked', () => {
    const page = html('products/podcast.podcast-listeners/index.html');
    expect(page).toMatch(/<h2 id="documentation">Documentation<\/h2>\s*<div class="markdown readme"><h3>Podcast listeners<\/h3>/);
    expect(page).toContain('See <a href="#example-1">examples/top-episodes.sql</a> for a complete query.');
    // Its image, published beside the page.
    expect(page).toContain('<img src="/products/podcast.podcast-listeners/files/docs/retraction.png" alt="One day');
    expect(readFileSync(join(dir, 'products/podcast.podcast-listeners/files/docs/retraction.png')).subarray(1, 4).toString()).toBe('PNG');
    // The product's JSON names it by URL rather than carrying its bytes.
    expect(readJson<ProductExport>('api/products/podcast.podcast-listeners.json').docs?.images).toEqual([
      { path: 'docs/retraction.png', mediaType: 'image/png', url: '/products/podcast.podcast-listeners/files/docs/retraction.png' },
    ]);
    expect(page).toMatch(
      /<figure id="example-1" class="example"><figcaption><code>\.\/examples\/top-episodes\.sql<\/code><\/figcaption><pre class="astro-code[^"]*"[^>]*data-language="sql"><code><span class="line">/,
    );
  });

  it('draws runtime lineage drift on product pages: an undeclared read dashed, a stale input dotted, each drift listed with its run', () => {
    // The demo seed's runs (site test setup): emerging-artists reads artists-regional-popularity without declaring it,
    // listener-sessions stopped reading listener-profiles, artists-regional-popularity writes a scratch table.
    const reader = html('products/emerging-artist.emerging-artists/index.html');
    expect(reader).toContain('<h3 id="runtime-lineage">Observed at run time</h3>');
    expect(reader).toMatch(/<strong>Undeclared input:<\/strong> reads <a href="\/products\/marketing\.artists-regional-popularity\/">/);
    expect(reader).toContain('class="edge edge-undeclared"');
    expect(reader).toContain('class="edge edge-observed"');
    const stale = html('products/listener-session.listener-sessions/index.html');
    expect(stale).toMatch(/<strong>Stale input:<\/strong> input port <code>listener-profiles<\/code>/);
    expect(stale).toContain('class="edge edge-not-seen"');
    expect(html('products/marketing.artists-regional-popularity/index.html')).toContain(
      '<strong>Undeclared output:</strong> writes <code>marketing.artists_regional_popularity__scratch</code>',
    );
    // Runs that do what the product declares say so; a product whose runs were never observed says nothing of run time.
    expect(html('products/podcast.podcast-listeners/index.html')).toContain('Its runs read and write what the product declares.');
    expect(html('products/artist.artist-profiles/index.html')).not.toContain('Observed at run time');
  });

  it("offers each output port's ODCS contract and each product's ODPS document as downloads", () => {
    const page = html('products/podcast.podcast-listeners/index.html');
    expect(page).toContain('<a href="/downloads/odcs/podcast.podcast-listeners.daily-listeners.odcs.yaml" download>');
    const contract = parse(readFileSync(join(dir, 'downloads/odcs/podcast.podcast-listeners.daily-listeners.odcs.yaml'), 'utf8')) as Record<string, unknown>;
    expect(contract).toMatchObject({ apiVersion: 'v3.1.0', kind: 'DataContract', domain: 'podcast' });
    expect((contract.schema as { name: string }[]).map((o) => o.name)).toEqual(['daily-listeners']);
    const api = readJson<ProductsJson>('api/products.json');
    const ports = api.products.map((p) => readJson<ProductExport>(p.json.replace(/^\//, '')).ports.length).reduce((a, b) => a + b, 0);
    expect(readdirSync(join(dir, 'downloads/odcs'))).toHaveLength(ports);
    // And each product as ODPS, linked from its page.
    expect(page).toContain('<a href="/downloads/odps/podcast.podcast-listeners.odps.yaml" download>');
    const product = parse(readFileSync(join(dir, 'downloads/odps/podcast.podcast-listeners.odps.yaml'), 'utf8')) as { outputPorts: { contractId: string }[] };
    expect(product).toMatchObject({ apiVersion: 'v1.0.0', kind: 'DataProduct', id: 'podcast.podcast-listeners' });
    expect(product.outputPorts.map((o) => o.contractId)).toEqual(['podcast.podcast-listeners.daily-listeners']);
    expect(readdirSync(join(dir, 'downloads/odps'))).toHaveLength(api.products.length);
  });

  it('says on each output port how to request access, with the grant to add and who approves it', () => {
    const page = html('products/podcast.podcast-listeners/index.html');
    expect(page).toContain('<h3 id="port-daily-listeners-access">Request access</h3>');
    expect(page).toMatch(/Access is a data sharing agreement, a file in <code>catalog\/podcast\/podcast-listeners\/agreements\/<\/code>/);
    expect(page).toMatch(/<a href="\/teams\/podcast-data\/">podcast-data<\/a>, approves it, and the governance group too: this port holds personal data/);
    expect(page).toContain(
      '<pre tabindex="0"><code>npx mesh access request podcast.podcast-listeners/daily-listeners --team &lt;your-team&gt; --purpose &quot;&lt;what you use it for&gt;&quot; --until &lt;YYYY-MM-DD&gt;</code></pre>',
    );
    // Who reads the port: the growth team's column-limited agreement, ending within two weeks of the build day.
    expect(page).toContain('<h3 id="port-daily-listeners-readers">Who reads it</h3>');
    expect(page).toMatch(/<a href="\/teams\/growth-analytics\/">growth-analytics<\/a><\/td>\s*<td>The podcast growth dashboard/);
    expect(page).toMatch(/columns episode_id, podcast_id, listen_date, seconds_listened, plays, country_code<\/td>\s*<td>2026-12-18<\/td>/);
    expect(page).toMatch(
      /<a href="\/teams\/podcast-analytics\/">podcast-analytics<\/a><\/td>\s*<td>weekly audience reports · legal basis: legitimate-interests · personal data: the governance group approves it<\/td>\s*<td>the whole port<\/td>\s*<td>2027-06-30<\/td>\s*<td><span class="badge notice">in force<\/span>/,
    );
  });

  it('shows on each team’s page what it reads, by which agreement, why and until when', () => {
    const page = html('teams/growth-analytics/index.html');
    expect(page).toContain('<h2>Reads, by data sharing agreements (');
    expect(page).toMatch(
      /<td><a href="\/products\/podcast\.podcast-listeners\/">Podcast listeners<\/a><\/td>\s*<td>daily-listeners \(columns episode_id, podcast_id, listen_date, seconds_listened, plays, country_code\)<\/td>\s*<td>The podcast growth dashboard/,
    );
    expect(page).not.toContain('deprecated inline grants');
  });

  it('shows each product’s scorecard, and the leaderboard by domain on /scorecards/', () => {
    const page = html('products/podcast.podcast-listeners/index.html');
    expect(page).toMatch(/<h2 id="scorecard">Scorecard<\/h2>\s*<p>Score <strong>[\d.]+<\/strong> of 100 · level <strong>(gold|silver|bronze)<\/strong>/);
    expect(page).toContain('natively-accessible / access-modes: 1 access mode over 1 port');
    // The demo's stalled load breached the listeners' freshness: the SLO history marks the product down.
    expect(page).toMatch(/trustworthy \/ slos-met: 2 of 3 SLOs met on 2026-11-22; fresh-daily on daily-listeners breached/);
    expect(page).not.toContain('Not judged');
    const board = html('scorecards/index.html');
    expect(board.match(/<tr><td><a href="\/domains\/[a-z-]+\/">/g)).toHaveLength(12);
    expect(board.match(/<tr><td>[\d.]+<\/td><td>(gold|silver|bronze|—)<\/td><td><a href="\/products\//g)).toHaveLength(36);
  });

  it('shows each SLO with its state, budget and a 30-day chart, and lists the worst first on /slo/', () => {
    const page = html('products/podcast.podcast-listeners/index.html');
    expect(page).toMatch(
      /<span class="state state-breached"[^>]*>breached<\/span> · now \d+ h( \d+ min)? \(≤ 6 h\) · attainment [\d.]+ % · budget exhausted \(\d+ % spent\) · burning \d+(\.\d)?× over 6 h, \d+(\.\d)?× over 1 day, \d+(\.\d)?× over 3 days · for \d+ h( \d+ min)?, since 2026-11-2\d \d\d:\d\d UTC/,
    );
    expect(page).toContain('freshness within 6 h, met 99% of the time over 28 days');
    expect(page).toMatch(/<figure class="slo-history"[^>]*><svg [^>]*role="img" aria-label="fresh-daily: 30 days of history, \d+ with bad hours"/);
    expect(page).toContain('<dt>SLO state</dt><dd><span class="state state-breached">breached</span></dd>');
    const dashboard = html('slo/index.html');
    expect(dashboard).toMatch(/85 SLOs evaluated at 2026-11-22 12:00 UTC: 1 breached, [1-9]\d* at risk, 0 without data, \d+ ok\./);
    expect(dashboard).toMatch(
      /<td>budget exhausted \(\d+ % spent\)<\/td>\s*<td><time datetime="2026-11-2\dT[\d:.]+Z" title="since 2026-11-2\d \d\d:\d\d UTC">\d+ h( \d+ min)?<\/time><\/td>/,
    );
    const states = [...dashboard.matchAll(/class="state state-([a-z-]+)"/g)].map((m) => m[1]);
    expect(states[0]).toBe('breached');
    expect(states.lastIndexOf('at-risk')).toBeLessThan(states.indexOf('ok'));
  });

  it('offers the catalog to analysts as a DuckDB file and a Parquet file', async () => {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const db = await DuckDBInstance.create(join(dir, 'downloads/catalog.duckdb'), { access_mode: 'READ_ONLY' });
    const c = await db.connect();
    const one = async (sql: string): Promise<unknown[]> => (await c.runAndReadAll(sql)).getRows()[0] ?? [];
    expect((await one('SELECT count(*) FROM products')).map(Number)).toEqual([36]);
    expect((await one(`SELECT count(*) FROM lineage`)).map(Number)).toEqual([53]);
    // Every read across teams is covered by an agreement in force; reads within a team need none.
    expect((await one(`SELECT count(*) FILTER (agreement IS NOT NULL), count(*) FILTER (agreement IS NULL) FROM lineage`)).map(Number)).toEqual([35, 18]);
    expect((await one(`SELECT count(*) FROM agreements`)).map(Number)).toEqual([78]);
    expect(
      await one(
        `SELECT a.team, a.status, a.end_date::VARCHAR, p.columns FROM agreements a JOIN agreement_ports p USING (provider, name) WHERE a.provider = 'podcast.podcast-listeners' AND a.name = 'growth-analytics'`,
      ),
    ).toEqual([
      'growth-analytics',
      'in-force',
      '2026-12-18',
      expect.objectContaining({ items: ['episode_id', 'podcast_id', 'listen_date', 'seconds_listened', 'plays', 'country_code'] }),
    ]);
    expect(await one(`SELECT table_name FROM output_ports WHERE product_id = 'podcast.podcast-listeners'`)).toEqual(['podcast_listeners__daily_listeners']);
    expect(await one(`SELECT list_contains(tags, 'podcast') FROM products WHERE id = 'podcast.podcast-listeners'`)).toEqual([true]);
    expect(await one(`SELECT state FROM slos WHERE product_id = 'podcast.podcast-listeners' AND slo = 'fresh-daily'`)).toEqual(['breached']);
    expect(Number((await one(`SELECT count(*) FROM columns WHERE identifier = 'listener'`))[0])).toBeGreaterThan(5);
    expect((await one(`SELECT count(*) FROM read_parquet('${join(dir, 'downloads/products.parquet')}')`)).map(Number)).toEqual([36]);
    c.closeSync();
    db.closeSync();
    expect(html('index.html')).toContain('href="/downloads/catalog.duckdb"');
  });

  it('lists every product in /api/products.json with the mesh counts', () => {
    const api = readJson<ProductsJson>('api/products.json');
    expect(api.counts).toMatchObject({ products: 36, domains: 12 });
    expect(api.counts.consumerLinks).toBe(api.counts.edges + api.counts.declaredConsumers);
    expect(api.products).toHaveLength(36);
    expect(api.products.map((p) => p.id)).toContain('podcast.podcast-listeners');
  });

  it('writes one JSON per product whose manifest passes the data-product schema', () => {
    const api = readJson<ProductsJson>('api/products.json');
    for (const summary of api.products) {
      const product = readJson<ProductExport>(summary.json);
      expect(product.id).toBe(summary.id);
      const file = `catalog/${product.domain}/${product.id.split('.')[1]}/product.yaml`;
      const { findings } = validateDocument({ file, value: product.manifest, locate: () => ({ line: 1, column: 1 }) });
      expect(findings, summary.id).toEqual([]);
      expect(product.ports.length).toBeGreaterThan(0);
    }
  });

  it('holds no id twice on any page (a link to #id or url(#id) must find one element)', () => {
    const repeated = listHtmlFiles(dir).flatMap((file) => {
      const ids = [...readFileSync(join(dir, file), 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))].map((id) => `${file}: ${id}`);
    });
    expect(repeated).toEqual([]);
  });

  it('has no broken internal link on any page', () => {
    expect(listHtmlFiles(dir).length).toBeGreaterThan(60);
    expect(findBrokenLinks(dir)).toEqual([]);
  });

  it('shows who owns podcast listeners, what reads it, and how to query it, without JavaScript', () => {
    const page = html('products/podcast.podcast-listeners/index.html');
    expect(page).toContain('dp://podcast/podcast-listeners');
    expect(page).toContain('href="/teams/podcast-data/"');
    expect(page).toContain('FROM &quot;podcast&quot;.&quot;podcast_listeners__daily_listeners&quot;');
    expect(page).toMatch(/<svg[^>]*aria-label="Lineage around Podcast listeners"/);
    expect(page).toContain('<strong>fresh-daily</strong>: freshness within 6 h, met 99% of the time over 28 days');
    expect(page).toContain('href="/lineage/?product=podcast.podcast-listeners#explore-title"');
  });

  it('ranks products by consumers on the home page and counts the links', () => {
    const api = readJson<ProductsJson>('api/products.json');
    const home = html('index.html');
    const top = [...api.products].sort((a, b) => b.consumerCount - a.consumerCount || a.id.localeCompare(b.id))[0];
    const firstRow = /<tbody>.*?<a href="([^"]+)"/s.exec(home)?.[1];
    expect(firstRow).toBe(top?.page);
    expect(home).toContain(`<strong>${api.counts.consumerLinks}</strong> consumer links`);
  });

  it('lists every product on /products/, most connected first, linked from the home page', () => {
    const api = readJson<ProductsJson>('api/products.json');
    const all = html('products/index.html');
    const rows = [...all.matchAll(/<tr>\s*<td><a href="([^"]+)"/g)].map((m) => m[1]);
    const ranked = [...api.products].sort((a, b) => b.consumerCount - a.consumerCount || a.id.localeCompare(b.id)).map((p) => p.page);
    expect(rows).toEqual(ranked);
    expect(html('index.html')).toContain(`<a href="/products/">All ${api.products.length} products</a>`);
  });
});
