import { describe, expect, it } from 'vitest';
import { checkCatalog, type DataProduct, type DataSharingAgreement, type Finding } from '@meshplane/core';
import { readYamlDocument } from '@meshplane/source';
import { agreementPath, buildAgreement, buildMeshFiles, buildProduct, toYaml } from '@meshplane/testkit';

const TODAY = '2026-11-22';

/** The mesh of the builders (listeners owned by podcast-data; a reader owned by podcast-analytics) and agreements. */
function check(agreements: DataSharingAgreement[], products: DataProduct[] = [buildProduct()], today: string | null = TODAY) {
  const files = buildMeshFiles(products);
  for (const a of agreements) files[agreementPath(a)] = toYaml(a);
  const docs = Object.entries(files).map(([file, text]) => readYamlDocument(file, text).document!);
  return checkCatalog({ documents: docs, findings: [], files: Object.keys(files) }, { root: '.', toolVersion: 'test', ...(today ? { today } : {}) });
}
const about = (findings: Finding[], prefix = 'agreement.') => findings.filter((f) => f.ruleId.startsWith(prefix) || f.ruleId === 'platform.unsafe-name');
/** The line of the first line holding `text` (after the line holding `after`, when given). */
const lineOf = (a: DataSharingAgreement, text: string, after = ''): number => {
  const lines = toYaml(a).split('\n');
  const from = after ? lines.findIndex((l) => l.includes(after)) : 0;
  return lines.findIndex((l, i) => i >= from && l.includes(text)) + 1;
};

/** A product of podcast-analytics whose input port reads the listeners' daily port. */
const reader = (edit: (p: DataProduct) => void = () => {}) =>
  buildProduct('podcast.top-episodes', (p) => {
    p.metadata.owner = 'podcast-analytics';
    p.spec.inputPorts = [{ name: 'listeners', source: { product: 'podcast.podcast-listeners', port: 'daily' }, mode: 'pull' }];
    edit(p);
  });

describe('agreement checks', () => {
  it('passes a valid agreement', () => {
    expect(about(check([buildAgreement()]).report.findings)).toEqual([]);
  });

  type Case = [string, (a: DataSharingAgreement) => void, string, string, RegExp];
  it.each<Case>([
    [
      'an unknown port',
      (a) => void (a.spec.provider.ports[0]!.name = 'dayly'),
      'agreement.unknown-port',
      'name: dayly',
      /has no output port `dayly` \(it has `daily`\).*Did you mean `daily`/,
    ],
    [
      'an unknown column',
      (a) => void (a.spec.provider.ports[0]!.columns = ['listen_date', 'plays']),
      'agreement.unknown-column',
      '- plays',
      /has no column `plays`/,
    ],
    [
      'an end before the start',
      (a) => void (a.spec.end = '2026-10-31'),
      'agreement.end-before-start',
      'end:',
      /ends on 2026-10-31, before it starts \(2026-11-01\)/,
    ],
    [
      'the provider as consumer',
      (a) => void (a.spec.consumer.team = 'podcast-data'),
      'agreement.consumer-is-provider',
      'team: podcast-data',
      /owns `podcast.podcast-listeners`/,
    ],
    [
      'an unknown team',
      (a) => void (a.spec.consumer.team = 'podcast-analitics'),
      'agreement.unknown-team',
      'team: podcast-analitics',
      /not a team of the mesh.*Did you mean `podcast-analytics`/,
    ],
    [
      'an unknown product',
      (a) => void (a.spec.provider.product = 'podcast.podcast-listener'),
      'agreement.unknown-product',
      'product: podcast.podcast-listener',
      /does not exist.*Did you mean `podcast\.podcast-listeners`/,
    ],
    [
      'a consuming product of another team',
      (a) => void (a.spec.consumer.product = 'podcast.podcast-listeners'),
      'agreement.consumer-product-owner',
      'consumer:|product:',
      /owned by `podcast-data`/,
    ],
  ])('reports %s on its line, with what to do', (_name, edit, ruleId, text, message) => {
    const a = buildAgreement(edit);
    const found = about(check([a]).report.findings).filter((f) => f.ruleId === ruleId);
    expect(found).toHaveLength(1);
    const [after, at] = text.includes('|') ? (text.split('|') as [string, string]) : ['', text];
    expect(found[0]).toMatchObject({ file: ruleId === 'agreement.unknown-product' ? expect.any(String) : agreementPath(a), line: lineOf(a, at, after) });
    expect(`${found[0]?.message} ${found[0]?.hint}`).toMatch(message);
    expect(found[0]?.hint).toBeTruthy();
  });

  it('requires the file in the shared product’s agreements folder, named as the agreement', () => {
    const a = buildAgreement();
    const files = buildMeshFiles([buildProduct()]);
    files['catalog/podcast/podcast-listeners/agreements/other-name.yaml'] = toYaml(a);
    files['catalog/teams/podcast-analytics-access.yaml'] = toYaml(buildAgreement((x) => void (x.metadata.name = 'podcast-analytics-access')));
    const docs = Object.entries(files).map(([file, text]) => readYamlDocument(file, text).document!);
    const { report } = checkCatalog({ documents: docs, findings: [], files: Object.keys(files) }, { root: '.', toolVersion: 'test', today: TODAY });
    const located = report.findings.filter((f) => f.ruleId === 'agreement.location').map((f) => [f.file, f.message]);
    expect(located).toEqual([
      ['catalog/podcast/podcast-listeners/agreements/other-name.yaml', expect.stringContaining('its name and file name differ')],
      ['catalog/teams/podcast-analytics-access.yaml', expect.stringContaining('agreements live in an `agreements/` folder')],
    ]);
  });

  it('warns that a column limit on a port that is not a table is not enforced, and names a view that would be too long', () => {
    const api = buildProduct('podcast.podcast-listeners', (p) => void (p.spec.outputPorts[0]!.kind = 'api'));
    const limited = buildAgreement((a) => void (a.spec.provider.ports[0]!.columns = ['listen_date']));
    expect(about(check([limited], [api]).report.findings).map((f) => [f.ruleId, f.severity])).toEqual([['agreement.limit-not-enforced', 'warning']]);
    const long = buildAgreement((a) => {
      a.spec.provider.ports[0]!.maxClassification = 'internal';
      a.spec.consumer.team = 'podcast-analytics';
    });
    const longPort = buildProduct(
      'podcast.podcast-listeners',
      (p) => void (p.spec.outputPorts[0]!.name = 'daily-listening-by-episode-and-country-and-platform'),
    );
    long.spec.provider.ports[0]!.name = 'daily-listening-by-episode-and-country-and-platform';
    const onAgreement = about(check([long], [longPort]).report.findings).filter((f) => f.file === agreementPath(long));
    expect(onAgreement.map((f) => f.ruleId)).toEqual(['platform.unsafe-name']);
    expect(onAgreement[0]?.message).toMatch(
      /^The view of the agreed columns cannot be made: `podcast_listeners__daily_listening_by_episode_and_country_and_platform__for_podcast_analytics` is \d+ bytes long/,
    );
  });
});

describe('input ports need an agreement in force', () => {
  const findings = (agreements: DataSharingAgreement[], today: string | null = TODAY) =>
    about(check(agreements, [buildProduct(), reader()], today).report.findings);

  it('fails an input port reading another team’s product without one, on its line, with the command that drafts it', () => {
    const [f, ...rest] = findings([]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'agreement.missing',
      severity: 'error',
      file: 'catalog/podcast/top-episodes/product.yaml',
      productId: 'podcast.top-episodes',
    });
    expect(f?.message).toBe(
      'Input port `listeners` reads `podcast.podcast-listeners.daily`, but no agreement with `podcast-data` covers it: the platform does not grant `podcast-analytics` that read.',
    );
    expect(f?.hint).toBe(
      'Request one, for `podcast-data` to approve: npx mesh access request podcast.podcast-listeners/daily --team podcast-analytics --product podcast.top-episodes --purpose "…" --until YYYY-MM-DD',
    );
  });

  it('is covered by an agreement of the reading team, for the reading product or any, in force on the day', () => {
    expect(findings([buildAgreement()])).toEqual([]);
    expect(findings([buildAgreement((a) => void (a.spec.consumer.product = 'podcast.top-episodes'))])).toEqual([]);
    const forOther = buildAgreement((a) => void (a.spec.consumer.product = 'podcast.podcast-listeners'));
    expect(findings([forOther]).map((f) => f.ruleId)).toContain('agreement.missing');
    expect(findings([buildAgreement()], '2027-07-01').map((f) => f.ruleId)).toEqual(['agreement.ended']);
    expect(findings([buildAgreement()], '2026-10-15').map((f) => [f.ruleId, f.severity])).toEqual([['agreement.not-started', 'warning']]);
    // Commands that do not judge (no day) take any agreement as cover.
    expect(findings([buildAgreement((a) => void (a.spec.end = '2026-11-02'))], null)).toEqual([]);
  });

  it('needs none between products of the same team, and deprecates inline consumers with how to move them', () => {
    const sameTeam = reader((p) => void (p.metadata.owner = 'podcast-data'));
    expect(about(check([], [buildProduct(), sameTeam]).report.findings)).toEqual([]);
    const inline = buildProduct('podcast.podcast-listeners', (p) => void (p.spec.access.consumers = [{ team: 'podcast-analytics', purpose: 'reports' }]));
    const [f] = check([], [inline]).report.findings.filter((x) => x.ruleId === 'access.inline-consumers');
    expect(f).toMatchObject({ severity: 'warning', line: lineOf(inline as unknown as DataSharingAgreement, 'consumers:') });
    expect(f?.hint).toContain('npx mesh access migrate');
  });
});
