import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../src/lib/render-markdown.js';
import { layoutLineage } from '../src/lib/layout-lineage.js';
import { measureLabel } from '../src/lib/lineage-drawing.js';
import { findDirectNeighbours } from '../src/lib/direct-neighbours.js';
import { describeQualityCheck, describeSlo } from '../src/lib/describe-checks.js';
import { formatBudget, formatBurn, formatCurrent, formatStateAge } from '../src/lib/slo-summary.js';
import { productPath, ruleAnchor } from '../src/lib/site-paths.js';
import { matchNames, splitWords, type NameEntry } from '../src/lib/match-names.js';
import { MAX_DRAWN, MAX_DRAWN_DOMAINS, selectDomainLineage, selectDomainNeighbourhood, selectNeighbourhood } from '../src/lib/neighbourhood.js';
import type { CatalogExport, ProductExport, SloExport } from '@meshplane/core';

describe('markdown from manifests', () => {
  it.each([
    ['**bold** and [a link](https://example.com)', '<p><strong>bold</strong> and <a href="https://example.com">a link</a></p>'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['[x](javascript:alert(1))', '<p><a href="">x</a></p>'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['![i](data:text/html;base64,PHNjcmlwdD4=)', '<p><img src="" alt="i" /></p>'],
  ])('renders %j inert', (markdown, html) => {
    expect(renderMarkdown(markdown)).toContain(html);
  });
});

describe('lineage layout', () => {
  it('puts producers left of their consumers and lays out every node once', async () => {
    const nodes = [
      { id: 'a.x', label: 'X', domain: 'a', href: '/products/a.x/' },
      { id: 'a.y', label: 'Y', domain: 'a', href: '/products/a.y/', focus: true },
      { id: 'b.z', label: 'Z with a long name', domain: 'b', href: '/products/b.z/' },
    ];
    const layout = await layoutLineage(
      nodes,
      [
        { from: 'a.x', to: 'a.y' },
        { from: 'a.y', to: 'b.z' },
        { from: 'a.y', to: 'nowhere' },
      ],
      { groupByDomain: true },
    );
    const at = (id: string) => layout.nodes.find((n) => n.id === id)!;
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(['a.x', 'a.y', 'b.z']);
    expect(at('a.x').x).toBeLessThan(at('a.y').x);
    expect(at('a.y').x).toBeLessThan(at('b.z').x);
    expect(at('b.z').width).toBe(measureLabel('Z with a long name'));
    expect(layout.groups.map((g) => g.domain)).toEqual(['a', 'b']);
    expect(layout.edges).toHaveLength(2);
    for (const e of layout.edges) expect(e.path).toMatch(/^M[\d.]+ [\d.]+( L[\d.]+ [\d.]+)+$/);
    // The group box holds its products (coordinates are absolute).
    const b = layout.groups.find((g) => g.domain === 'b')!;
    expect(at('b.z').x).toBeGreaterThanOrEqual(b.x);
    expect(at('b.z').x + at('b.z').width).toBeLessThanOrEqual(b.x + b.width);
  });
});

describe('readable SLOs and checks', () => {
  it.each([
    [{ name: 'f', type: 'freshness', threshold: 'PT6H', objective: '99%', window: '28d' }, 'freshness within 6 h, met 99% of the time over 28 days'],
    [{ name: 't', type: 'timeliness', threshold: 'PT2H15M', objective: '99%', window: '7d' }, 'timeliness within 2 h 15 min, met 99% of the time over 7 days'],
    [{ name: 'c', type: 'completeness', threshold: '99.5%', objective: '95%', window: '28d' }, 'completeness at least 99.5%, met 95% of the time over 28 days'],
    [{ name: 'v', type: 'volume', min: 100000, objective: '95%', window: '28d' }, 'volume at least 100,000 rows, met 95% of the time over 28 days'],
  ] as const)('describes %j', (slo, text) => {
    expect(describeSlo({ ...slo, state: 'no-data' })).toBe(text);
  });

  it('says budgets, burn rates and durations in words', () => {
    const slo: SloExport = {
      name: 'f',
      type: 'freshness',
      threshold: 'PT6H',
      objective: '99%',
      window: '28d',
      state: 'breached',
      status: {
        since: '2026-11-22T09:45:00Z',
        evaluatedAt: '2026-11-22T12:00:00Z',
        current: { value: 21.05, unit: 'hours', observedAt: '2026-11-22T12:00:00Z' },
        threshold: '≤ 6 h',
        attainment: 0.966,
        budgetRemaining: -2.42,
        burnRates: [
          { window: 'PT6H', rate: 20 },
          { window: 'P1D', rate: 18.4 },
        ],
        severity: 'critical',
      },
    };
    expect([formatCurrent(slo), formatBudget(slo), formatBurn(slo), formatStateAge(slo)]).toEqual([
      '21 h 3 min',
      'budget exhausted (342 % spent)',
      'burning 20× over 6 h, 18× over 1 day',
      '2 h 15 min',
    ]);
    expect(formatBudget({ ...slo, objective: '100%' })).toBe('no error budget (objective 100 %), already missed');
  });

  it('describes quality checks', () => {
    expect(describeQualityCheck({ type: 'unique', columns: ['a', 'b'] })).toBe('unique: a, b');
    expect(describeQualityCheck({ type: 'accepted_values', column: 'p', values: ['ios', 'web'] })).toBe('p in {ios, web}');
  });

  it('builds links and anchors', () => {
    expect(productPath('podcast.podcast-listeners')).toBe('/products/podcast.podcast-listeners/');
    expect(ruleAnchor('global.ownership.owner-team')).toBe('global-ownership-owner-team');
  });
});

describe('lineage selections', () => {
  // Only the fields the selections read: ids, names, domains, walks, edges.
  const product = (id: string, upstream: string[] = [], downstream: string[] = []) => ({
    id,
    name: id.toUpperCase(),
    domain: id.split('.')[0] as string,
    upstream: upstream.map((u) => ({ id: u, depth: 1 })),
    downstream: downstream.map((d) => ({ id: d, depth: 1 })),
  });
  const data = {
    products: [product('a.x', [], ['a.y']), product('a.y', ['a.x'], ['b.z']), product('b.z', ['a.y']), product('c.w')],
    edges: [
      { producer: 'a.x', port: 'p', consumer: 'a.y', inputPort: 'i' },
      { producer: 'a.y', port: 'p', consumer: 'b.z', inputPort: 'i' },
    ],
    domains: [
      { name: 'a', title: 'A', products: ['a.x', 'a.y'] },
      { name: 'b', title: 'B', products: ['b.z'] },
      { name: 'c', title: 'C', products: ['c.w'] },
      { name: 'empty', title: 'Empty', products: [] },
    ],
  } as unknown as CatalogExport;

  it('draws a product with its walks and the edges between them', () => {
    const n = selectNeighbourhood(data, data.products[1] as ProductExport);
    expect(n.nodes.map((x) => [x.id, x.focus ?? false]).sort()).toEqual([
      ['a.x', false],
      ['a.y', true],
      ['b.z', false],
    ]);
    expect(n.edges).toHaveLength(2);
  });

  it('draws a domain with its neighbours one step away in other domains', () => {
    const n = selectDomainNeighbourhood(data, 'b');
    expect(n.nodes.map((x) => [x.id, x.focus ?? false]).sort()).toEqual([
      ['a.y', false],
      ['b.z', true],
    ]);
    expect(n.edges).toEqual([{ from: 'a.y', to: 'b.z' }]);
  });

  it('folds the mesh into domains, counting the edges between them and leaving out empty domains', () => {
    const d = selectDomainLineage(data);
    expect(d.nodes.map((x) => [x.id, x.label, x.href])).toEqual([
      ['a', 'A (2)', '/domains/a/'],
      ['b', 'B (1)', '/domains/b/'],
      ['c', 'C (1)', '/domains/c/'],
    ]);
    expect(d.edges).toEqual([{ from: 'a', to: 'b' }]);
    expect([...d.links]).toEqual([['a b', 1]]);
  });

  it('draws at most MAX_DRAWN products, nearest first, and says how many it left out', () => {
    const many = Array.from({ length: MAX_DRAWN + 5 }, (_, i) => product(`m.p${String(i).padStart(2, '0')}`));
    const hub = { ...product('h.hub'), downstream: many.map((m, i) => ({ id: m.id, depth: i < 3 ? 1 : 2 })) };
    const big = { ...data, products: [hub, ...many], edges: many.map((m) => ({ producer: 'h.hub', port: 'p', consumer: m.id, inputPort: 'i' })) };
    const n = selectNeighbourhood(big as unknown as CatalogExport, hub as unknown as ProductExport);
    expect(n.nodes).toHaveLength(MAX_DRAWN);
    expect(n.omitted).toBe(6);
    expect(n.nodes.map((x) => x.id)).toContain('m.p02');
  });
});

describe('the domain drawing of a large mesh', () => {
  it('keeps the strongest links, at most two per domain, and counts the rest', () => {
    const names = ['a', 'b', 'c'];
    const products = names.flatMap((d) => [1, 2, 3].map((i) => ({ id: `${d}.p${i}`, name: `${d}${i}`, domain: d })));
    const edge = (producer: string, consumer: string) => ({ producer, port: 'p', consumer, inputPort: 'i' });
    // a→b three times, b→c twice, and one edge for each of the four other ordered pairs: 6 links, 6 drawn at most.
    const edges = [edge('a.p1', 'b.p1'), edge('a.p2', 'b.p2'), edge('a.p3', 'b.p3'), edge('b.p1', 'c.p1'), edge('b.p2', 'c.p2')];
    edges.push(edge('a.p1', 'c.p3'), edge('b.p3', 'a.p1'), edge('c.p1', 'a.p2'), edge('c.p2', 'b.p1'));
    const domains = names.map((d) => ({ name: d, title: d.toUpperCase(), products: products.filter((p) => p.domain === d).map((p) => p.id) }));
    const small = selectDomainLineage({ products, edges, domains } as unknown as CatalogExport);
    expect(small.edges).toHaveLength(6);
    expect(small.omitted).toBe(0);
  });

  it('caps the links at two per drawn domain, strongest first', () => {
    const names = ['a', 'b', 'c', 'd'];
    const products = names.map((d) => ({ id: `${d}.p`, name: d, domain: d }));
    const edge = (producer: string, consumer: string) => ({ producer, port: 'p', consumer, inputPort: 'i' });
    // Every ordered pair once (12 links), a→b three times and b→c twice: 8 drawn at most.
    const edges = names.flatMap((f) => names.filter((t) => t !== f).map((t) => edge(`${f}.p`, `${t}.p`)));
    edges.push(edge('a.p', 'b.p'), edge('a.p', 'b.p'), edge('b.p', 'c.p'));
    const domains = names.map((d) => ({ name: d, title: d.toUpperCase(), products: [`${d}.p`] }));
    const capped = selectDomainLineage({ products, edges, domains } as unknown as CatalogExport);
    expect(capped.edges.slice(0, 2)).toEqual([
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
    ]);
    expect(capped.edges).toHaveLength(8);
    expect(capped.omitted).toBe(4);
    expect(capped.links.size).toBe(12);
    expect(capped.domainsLeftOut).toBe(0);
  });

  it('draws at most MAX_DRAWN_DOMAINS domains, the most linked, with only links between them', () => {
    // 60 domains: d00 reads every other; d01…d09 also read d10; the rest are read once.
    const names = Array.from({ length: 60 }, (_, i) => `d${String(i).padStart(2, '0')}`);
    const products = names.map((d) => ({ id: `${d}.p`, name: d, domain: d }));
    const edge = (producer: string, consumer: string) => ({ producer, port: 'p', consumer, inputPort: 'i' });
    const edges = names.slice(1).map((d) => edge(`${d}.p`, 'd00.p'));
    for (const d of names.slice(1, 10)) edges.push(edge('d10.p', `${d}.p`));
    const domains = [...names].reverse().map((d) => ({ name: d, title: d, products: [`${d}.p`] }));
    const big = selectDomainLineage({ products, edges, domains } as unknown as CatalogExport);
    expect(big.nodes).toHaveLength(MAX_DRAWN_DOMAINS);
    expect(big.domainsLeftOut).toBe(60 - MAX_DRAWN_DOMAINS);
    const drawn = new Set(big.nodes.map((n) => n.id));
    for (const d of ['d00', 'd10', 'd01', 'd09']) expect(drawn.has(d), d).toBe(true);
    expect(big.edges.every((e) => drawn.has(e.from) && drawn.has(e.to))).toBe(true);
    expect(big.links.size).toBe(edges.length);
    expect(big.omitted).toBe(edges.length - big.edges.length);
  });
});

describe('findDirectNeighbours', () => {
  it('keeps a box, the boxes one edge away either way, and the edges touching it', () => {
    const edges = [
      [0, 1],
      [1, 2],
      [3, 1],
      [2, 4],
    ] as const;
    const near = findDirectNeighbours(edges, 1);
    expect([...near.nodes].sort()).toEqual([0, 1, 2, 3]);
    expect([...near.edges].sort()).toEqual([0, 1, 2]);
    expect(findDirectNeighbours(edges, 4)).toEqual({ nodes: new Set([4, 2]), edges: new Set([3]) });
  });
});

describe('the search by name', () => {
  const names: NameEntry[] = [
    ['player.play-events', 'Play events', 'player', 'player-data'],
    ['podcast.podcast-listeners', 'Podcast listeners', 'podcast', 'podcast-data'],
    ['listener.listener-profiles', 'Listener profiles', 'listener', 'listener-data'],
    ['podcast.top-daily-podcasts', 'Top daily podcasts', 'podcast', 'podcast-data'],
  ];
  const found = (query: string, limit = 5): string[] => matchNames(names, query, limit).map(([id]) => id);

  it('splits words at anything not a letter or digit, in lower case', () => {
    expect(splitWords(' Podcast.podcast-listeners_2 Café ')).toEqual(['podcast', 'podcast', 'listeners', '2', 'café']);
  });

  it('finds products whose name or id has a word starting with each word typed, names starting with the query first', () => {
    expect(found('pod list')).toEqual(['podcast.podcast-listeners']);
    expect(found('pod')).toEqual(['podcast.podcast-listeners', 'podcast.top-daily-podcasts']);
    expect(found('listener')).toEqual(['listener.listener-profiles', 'podcast.podcast-listeners']);
    expect(found('player')).toEqual(['player.play-events']);
    expect(found('events')).toEqual(['player.play-events']);
    expect(found('vents')).toEqual([]);
  });

  it('stops at the limit and finds nothing for a query without words', () => {
    expect(found('p', 2)).toHaveLength(2);
    expect(found('  -- ')).toEqual([]);
  });
});
