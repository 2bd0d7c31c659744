import { describe, expect, it } from 'vitest';
import {
  diffScorecards,
  readAgreementNode,
  readProductNode,
  scoreProducts,
  type CatalogIndex,
  type DataProduct,
  type Finding,
  type ScoreOptions,
  type SloStatus,
} from '@meshplane/core';
import { readYamlDocument } from '@meshplane/source';
import { buildAgreement, buildProduct, buildSloStatus, toYaml } from '@meshplane/testkit';

/** A catalog index of the products (every one valid), as the loader builds it. */
function indexOf(...products: DataProduct[]): CatalogIndex {
  const nodes = products.map((p, i) => readProductNode(readYamlDocument(`p${i}.yaml`, toYaml(p)).document!, true)!);
  return { products: nodes, domains: [], teams: [], waivers: [], configs: [], agreements: [], files: new Set() };
}
const card = (index: CatalogIndex, id = 'podcast.podcast-listeners', config?: Parameters<typeof scoreProducts>[1]) =>
  scoreProducts(index, config).find((c) => c.productId === id)!;
const check = (index: CatalogIndex, id: string) => card(index).checks.find((c) => c.id === id)!;

describe('scorecards', () => {
  type Edit = (p: DataProduct) => void;
  const describeAll: Edit = (p) => p.spec.outputPorts[0]!.schema.forEach((c) => void (c.description ??= `The ${c.name}.`));
  const regulatedPii: Edit = (p) => {
    p.spec.outputPorts[0]!.schema[0]!.classification = 'pii';
    p.spec.policies = { ...p.spec.policies, regulations: ['GDPR'] };
  };
  const none: Edit = () => {};
  it.each<[string, Edit, string, boolean, Edit?]>([
    ['a short description is not discoverable', (p) => void (p.spec.description = 'Listeners.'), 'description', false],
    ['no tags', (p) => void (p.metadata.tags = []), 'tags', false],
    ['an undescribed column', (p) => p.spec.outputPorts[0]!.schema.push({ name: 'extra', type: 'string' }), 'columns-described', false, describeAll],
    ['a port without SLOs', (p) => void delete (p.spec.outputPorts[0] as { slos?: unknown }).slos, 'slos', false],
    ['a table without a primary key', (p) => void delete p.spec.outputPorts[0]!.primaryKey, 'primary-keys', false],
    ['an experimental product is not mature', (p) => void (p.metadata.lifecycle = 'experimental'), 'life-cycle', false],
    ['personal data without regulations', (p) => void delete p.spec.policies!.regulations, 'regulations', false, regulatedPii],
  ])('%s', (_name, edit, id, passed, base = none) => {
    // The product before the edit passes the check; the one edit breaks it.
    expect(check(indexOf(buildProduct('podcast.podcast-listeners', base)), id).passed).toBe(!passed);
    const edited = (p: DataProduct): void => {
      base(p);
      edit(p);
    };
    expect(check(indexOf(buildProduct('podcast.podcast-listeners', edited)), id).passed).toBe(passed);
  });

  it('counts the products that read a product as its readers, usage and linkage', () => {
    const reader = (id: string) =>
      buildProduct(id, (p) => p.spec.inputPorts.push({ name: 'listeners', source: { product: 'podcast.podcast-listeners', port: 'daily' }, mode: 'pull' }));
    const ungranted = (id = 'podcast.podcast-listeners') => buildProduct(id, (p) => void delete (p.spec as { access?: unknown }).access);
    const alone = indexOf(ungranted());
    expect(check(alone, 'readers')).toMatchObject({ passed: false, evidence: '0 reading products, 0 consumer teams' });
    const read = indexOf(ungranted(), reader('podcast.a'), reader('podcast.b'));
    expect(check(read, 'readers')).toMatchObject({ passed: true, evidence: '2 reading products, 0 consumer teams' });
    expect(check(read, 'usage').passed).toBe(true);
    expect(card(read, 'podcast.a').checks.find((c) => c.id === 'linkage')?.passed).toBe(true);
    // A team that reads under a data sharing agreement (naming no reading product) is a consumer too.
    const doc = readYamlDocument('catalog/podcast/podcast-listeners/agreements/podcast-analytics.yaml', toYaml(buildAgreement())).document!;
    const shared = { ...alone, agreements: [readAgreementNode(doc, true)!] };
    expect(check(shared, 'readers')).toMatchObject({ passed: true, evidence: '0 reading products, 1 consumer team' });
  });

  it('weighs attributes and levels the score as the config says', () => {
    const index = indexOf(buildProduct('podcast.podcast-listeners', (p) => void (p.metadata.tags = [])));
    const plain = card(index);
    const heavy = card(index, 'podcast.podcast-listeners', { weights: { discoverable: 10 } });
    expect(heavy.score).toBeLessThan(plain.score);
    expect(card(index, 'podcast.podcast-listeners', { weights: { discoverable: 0 } }).score).toBeGreaterThan(plain.score);
    expect(
      card(index, 'podcast.podcast-listeners', {
        levels: [
          { name: 'listed', min: 0 },
          { name: 'star', min: 99 },
        ],
      }).level,
    ).toBe('listed');
    expect(card(index, 'podcast.podcast-listeners', { levels: [{ name: 'star', min: 100 }] }).level).toBeUndefined();
  });

  it('shows a pull request what it changes in the scorecard', () => {
    const before = indexOf(buildProduct('podcast.podcast-listeners', (p) => void (p.metadata.tags = [])));
    const after = indexOf(buildProduct());
    const [line] = diffScorecards(scoreProducts(before), scoreProducts(after), ['podcast.podcast-listeners']);
    expect(line).toMatch(/^`podcast\.podcast-listeners`: score [\d.]+ → [\d.]+ \(.+\); discoverable: \d\/4 → \d\/4$/);
    expect(diffScorecards(scoreProducts(after), scoreProducts(after), ['podcast.podcast-listeners'])).toEqual([]);
  });
});

describe('scorecards read how a product runs', () => {
  const twoSlos = (p: DataProduct): void => {
    p.spec.outputPorts[0]!.slos = [
      { name: 'freshness', type: 'freshness', threshold: 'PT6H', objective: '99%', window: '28d' },
      { name: 'volume', type: 'volume', min: 1000, objective: '95%', window: '28d' },
    ];
  };
  const index = indexOf(buildProduct('podcast.podcast-listeners', twoSlos));
  const status = (change: Partial<SloStatus> = {}) => buildSloStatus({ port: 'daily', state: 'ok', budgetRemaining: 0.6, ...change });
  const judged = (options: ScoreOptions) => scoreProducts(index, undefined, options)[0]!;
  const byId = (c: ReturnType<typeof judged>, id: string) => c.checks.find((x) => x.id === id)!;

  it('leaves the SLO and governance checks unknown, and uncounted, without statuses or a policy run', () => {
    const c = judged({});
    for (const id of ['slos-met', 'error-budget', 'governance']) expect(byId(c, id)).toMatchObject({ passed: false, unknown: true });
    expect(byId(c, 'slos-met').evidence).toBe('no SLO statuses (run mesh slo evaluate)');
    expect(c.attributes.trustworthy.total).toBe(3);
    expect(c.attributes.secure.total).toBe(2);
    // Known and passing, they count.
    const known = judged({ slo: [status()], findings: [] });
    expect(known.attributes.trustworthy).toEqual({ passed: c.attributes.trustworthy.passed + 2, total: 5 });
    expect(known.attributes.secure).toEqual({ passed: c.attributes.secure.passed + 1, total: 3 });
  });

  it.each<[string, Partial<SloStatus>[], string, boolean, string]>([
    ['every SLO ok', [{}, { slo: 'volume', state: 'at-risk' }], 'slos-met', true, '2 of 2 SLOs met on 2026-11-22'],
    ['a breached SLO', [{}, { slo: 'volume', state: 'breached' }], 'slos-met', false, '1 of 2 SLOs met on 2026-11-22; volume on daily breached'],
    ['an SLO without data', [{ state: 'no-data' }], 'slos-met', false, '0 of 1 SLO met on 2026-11-22; freshness on daily without data'],
    [
      'budgets left',
      [{ budgetRemaining: 0.25 }, { slo: 'volume' }],
      'error-budget',
      true,
      '0 of 2 error budgets spent over the window; lowest 25 % left (freshness on daily, 28d)',
    ],
    [
      'a spent budget',
      [{ budgetRemaining: -2.42 }, { slo: 'volume' }],
      'error-budget',
      false,
      '1 of 2 error budgets spent over the window; 342 % of the budget spent (freshness on daily, 28d)',
    ],
  ])('%s', (_name, changes, id, passed, evidence) => {
    expect(byId(judged({ slo: changes.map(status) }), id)).toEqual({ id, attribute: 'trustworthy', passed, evidence });
  });

  it('reads only the product’s own statuses; a product none were evaluated for is unknown, not failed', () => {
    const other = status({ productId: 'music.tracks', state: 'breached', budgetRemaining: -1 });
    expect(byId(judged({ slo: [other] }), 'slos-met')).toMatchObject({ unknown: true, evidence: 'no SLO of this product was evaluated' });
    expect(byId(judged({ slo: [status({ budgetRemaining: undefined })] }), 'error-budget')).toMatchObject({
      unknown: true,
      evidence: 'no error budget measured yet',
    });
  });

  it('ignores the status of an SLO the manifest no longer declares', () => {
    const removed = status({ slo: 'fresh-daily', state: 'breached', budgetRemaining: -1 });
    expect(byId(judged({ slo: [status(), removed] }), 'slos-met')).toMatchObject({ passed: true, evidence: '1 of 1 SLO met on 2026-11-22' });
    expect(byId(judged({ slo: [status(), removed] }), 'error-budget').passed).toBe(true);
  });

  it('fails governance on the product’s error findings, after waivers, and names their rules', () => {
    const finding = (ruleId: string, severity: Finding['severity'], productId = 'podcast.podcast-listeners'): Finding => ({
      ruleId,
      severity,
      message: 'm',
      productId,
    });
    const clean = byId(judged({ findings: [finding('global.docs.readme', 'warning'), finding('global.a', 'error', 'music.tracks')] }), 'governance');
    expect(clean).toEqual({ id: 'governance', attribute: 'secure', passed: true, evidence: '0 errors and 1 warning from the policies and mesh checks' });
    const failing = ['global.a', 'global.b', 'global.a', 'global.c', 'global.d'].map((r) => finding(r, 'error'));
    expect(byId(judged({ findings: [...failing, finding('waiver.applied', 'notice')] }), 'governance')).toMatchObject({
      passed: false,
      evidence: '5 errors (global.a, global.b, global.c, …) and 0 warnings from the policies and mesh checks',
    });
  });

  it('lowers the score with a breach, the more as the config weighs trustworthiness', () => {
    const ok = judged({ slo: [status()], findings: [] });
    const breached = judged({ slo: [status({ state: 'breached', budgetRemaining: -0.5 })], findings: [] });
    expect(breached.attributes.trustworthy).toEqual({ passed: ok.attributes.trustworthy.passed - 2, total: 5 });
    expect(breached.score).toBeLessThan(ok.score);
    const heavily = (slo: SloStatus) => scoreProducts(index, { weights: { trustworthy: 5 } }, { slo: [slo], findings: [] })[0]!.score;
    expect(heavily(status()) - heavily(status({ state: 'breached', budgetRemaining: -0.5 }))).toBeGreaterThan(ok.score - breached.score);
  });
});
