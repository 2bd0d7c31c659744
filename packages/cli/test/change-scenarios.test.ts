import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commitAll, copyExampleMesh, runMesh, type TempRepo } from '@meshplane/testkit';

const repos: TempRepo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.remove()));
const PROFILES = 'catalog/listener/listener-profiles/product.yaml';

interface Report {
  findings: { ruleId: string; severity: string; file?: string; line?: number; message: string; hint?: string }[];
  changes: {
    products: { id: string; status: string; requiredBump: string; items: { kind: string; impact: string; line?: number }[] }[];
    affected: { productId: string; port: string; consumers: { productId?: string; team: string; depth: number }[] }[];
    affectedTeams: string[];
  };
}

/** The example mesh committed as `main`; `edit` then changes files in the work tree (the pull request). */
function pullRequest(edit: (read: (f: string) => string, write: (f: string, text: string) => void, dir: string) => void): TempRepo {
  const repo = copyExampleMesh({ policies: true });
  repos.push(repo);
  commitAll(repo.dir);
  edit(
    (f) => readFileSync(join(repo.dir, f), 'utf8'),
    (f, t) => writeFileSync(join(repo.dir, f), t),
    repo.dir,
  );
  return repo;
}

/** `main` holds listener-profiles broken by `breakIt`; the pull request restores the good file. */
function fixBrokenBase(breakIt: (text: string) => string): TempRepo {
  const repo = copyExampleMesh({ policies: true });
  repos.push(repo);
  const text = readFileSync(join(repo.dir, PROFILES), 'utf8');
  writeFileSync(join(repo.dir, PROFILES), breakIt(text));
  commitAll(repo.dir);
  writeFileSync(join(repo.dir, PROFILES), text);
  return repo;
}

function check(repo: TempRepo, args: string[] = ['check']): { status: number | null; report: Report } {
  const r = runMesh([...args, '--base', 'main', '--format', 'json', '--today', '2026-11-22'], { cwd: repo.dir });
  expect(r.stderr).toBe('');
  return { status: r.status, report: JSON.parse(r.stdout) as Report };
}

const errors = (r: Report) => r.findings.filter((f) => f.severity === 'error');

describe('change safety on a pull request', () => {
  it('removing a column of listener-profiles that playlists read is breaking: a major bump, and every affected product and team', () => {
    const repo = pullRequest((read, write) => write(PROFILES, read(PROFILES).replace(/^ {8}- \{ name: country_code,.*\n/m, '')));
    const { status, report } = check(repo);
    expect(status).toBe(1);
    const product = report.changes.products.find((p) => p.id === 'listener.listener-profiles');
    expect(product).toMatchObject({
      status: 'modified',
      requiredBump: 'major',
      items: [expect.objectContaining({ kind: 'column-removed', impact: 'breaking', line: 41 })],
    });
    const affected = report.changes.affected.find((a) => a.productId === 'listener.listener-profiles' && a.port === 'daily-snapshot');
    const direct = affected?.consumers.filter((c) => c.depth === 1).map((c) => c.productId);
    expect(direct).toEqual(
      expect.arrayContaining(['playlist.monday-playlists', 'playlist.sports-playlists', 'listener-session.listener-sessions', 'podcast.podcast-listeners']),
    );
    expect(affected?.consumers.some((c) => c.depth > 1)).toBe(true);
    expect(report.changes.affectedTeams).toEqual(expect.arrayContaining(['playlist-data', 'podcast-data', 'session-data']));
    const [bump] = errors(report).filter((f) => f.ruleId === 'change.version-bump');
    expect(bump).toMatchObject({ file: PROFILES, line: 11, hint: 'Use version 5.0.0.' });
    const [hurt] = errors(report).filter((f) => f.ruleId === 'change.breaking-consumers');
    expect(hurt?.line).toBe(41);
    expect(hurt?.message).toContain('`playlist.monday-playlists`');
    expect(hurt?.message).toContain('`playlist-data`');
  });

  it('a pull request that only edits a description, with a patch bump, is clean and needs a patch bump at most', () => {
    const repo = pullRequest((read, write) =>
      write(
        PROFILES,
        read(PROFILES)
          .replace('version: 4.0.0', 'version: 4.0.1')
          .replace('A daily snapshot of every Daff listener account', 'A daily snapshot of each Daff listener account'),
      ),
    );
    const { status, report } = check(repo);
    expect(errors(report)).toEqual([]);
    expect(status).toBe(0);
    expect(report.changes.products).toEqual([
      expect.objectContaining({ id: 'listener.listener-profiles', requiredBump: 'patch', items: [expect.objectContaining({ kind: 'docs-changed' })] }),
    ]);
  });

  it('a change without a version bump says which version to use; a version going down is refused', () => {
    const noBump = pullRequest((read, write) => write(PROFILES, read(PROFILES).replace('Deleted accounts disappear', 'Closed accounts disappear')));
    expect(errors(check(noBump).report).map((f) => [f.ruleId, f.hint])).toEqual([['change.version-bump', 'Use version 4.0.1.']]);
    const down = pullRequest((read, write) =>
      write(PROFILES, read(PROFILES).replace('version: 4.0.0', 'version: 3.9.0').replace('Deleted accounts disappear', 'Closed accounts disappear')),
    );
    expect(errors(check(down).report).map((f) => f.ruleId)).toEqual(['change.version-backwards']);
  });

  it('keeping the old port, deprecated with notice, beside the changed new one is not breaking anyone', () => {
    const repo = pullRequest((read, write) => {
      const text = read(PROFILES);
      const port = /( {4}- name: daily-snapshot\n[\s\S]*?)(?=\n {4}- name: |\n {2}access:)/.exec(text)?.[1] as string;
      const v2 = port.replace('name: daily-snapshot', 'name: daily-snapshot-v2').replace(/^ {8}- \{ name: country_code,.*\n/m, '');
      const old = port.replace(/^( {6}kind: table)$/m, '$1\n      deprecated: { sunset: 2027-03-31, successor: daily-snapshot-v2 }');
      write(PROFILES, text.replace(port, `${old}\n${v2}`).replace('version: 4.0.0', 'version: 4.1.0'));
    });
    const { status, report } = check(repo);
    expect(errors(report)).toEqual([]);
    expect(status).toBe(0);
    expect(report.changes.products[0]?.requiredBump).toBe('minor');
  });

  it('a column renamed in place: the breaking-change finding says it may be a rename and how to rename without breaking consumers', () => {
    const repo = pullRequest((read, write) => write(PROFILES, read(PROFILES).replace(/^( {8}- \{ name: )country_code,/m, '$1country_iso,')));
    const [hurt] = errors(check(repo).report).filter((f) => f.ruleId === 'change.breaking-consumers');
    expect(hurt?.message).toContain('(column-removed)');
    expect(hurt?.hint).toBe(
      '`country_code` → `country_iso` looks like a rename. To rename without breaking consumers, add `country_iso` and keep `country_code` beside it, say in its description that it is deprecated in favour of `country_iso`, tell the consumers, and remove it after the notice period (review.noticeDays: 30 days).',
    );
  });

  it('retiring a product is a breaking change: a major bump, reported once when it still has consumers', () => {
    const LOCATIONS = 'catalog/listener/listener-locations/product.yaml';
    const retire = (version: string) =>
      pullRequest((read, write) => write(LOCATIONS, read(LOCATIONS).replace('lifecycle: deprecated', 'lifecycle: retired').replace('version: 1.9.0', version)));
    const patch = check(retire('version: 1.9.1')).report;
    expect(patch.changes.products).toEqual([
      expect.objectContaining({
        id: 'listener.listener-locations',
        requiredBump: 'major',
        items: [expect.objectContaining({ kind: 'product-retired', impact: 'breaking' })],
      }),
    ]);
    expect(
      errors(patch)
        .filter((f) => f.ruleId === 'change.version-bump')
        .map((f) => f.hint),
    ).toEqual(['Use version 2.0.0.']);
    expect(errors(patch).map((f) => f.ruleId)).not.toContain('change.breaking-consumers');
    const major = retire('version: 2.0.0');
    expect(errors(check(major).report).map((f) => f.ruleId)).not.toContain('change.version-bump');
    const r = runMesh(['diff', '--base', 'main', '--today', '2026-11-22'], { cwd: major.dir });
    expect(r.stdout).toContain('listener.listener-locations (modified, 1.9.0 → 2.0.0: major bump made, major required)');
  });

  it('refuses a changed id, a product removed while read, and a lifecycle moving backwards', () => {
    const repo = pullRequest((read, write, dir) => {
      write(
        'catalog/podcast/podcast-events/product.yaml',
        read('catalog/podcast/podcast-events/product.yaml').replace('id: podcast.podcast-events', 'id: podcast.podcast-event-log'),
      );
      rmSync(join(dir, 'catalog/music/tracks'), { recursive: true });
      write('catalog/playlist/playlists/product.yaml', read('catalog/playlist/playlists/product.yaml').replace('lifecycle: active', 'lifecycle: proposed'));
    });
    const ids = errors(check(repo).report).map((f) => f.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['change.id-changed', 'change.removed-with-consumers', 'change.lifecycle-transition']));
  });

  it('mesh diff prints the change set on its own', () => {
    const repo = pullRequest((read, write) => write(PROFILES, read(PROFILES).replace(/^ {8}- \{ name: country_code,.*\n/m, '')));
    const r = runMesh(['diff', '--base', 'main', '--today', '2026-11-22'], { cwd: repo.dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('listener.listener-profiles (modified, 4.0.0 → 4.0.0: no bump made, major required, use 5.0.0)');
    expect(r.stdout).toMatch(/catalog\/listener\/listener-profiles\/product.yaml:41 {2}BREAKING {2}Port `daily-snapshot`: column `country_code` removed/);
  });

  it('a base whose manifest does not parse is no crash: the fixed product counts as added', () => {
    const repo = fixBrokenBase((text) => text.replace('kind: DataProduct', 'kind: "DataProduct'));
    const { report } = check(repo);
    expect(report.changes.products).toEqual([expect.objectContaining({ id: 'listener.listener-profiles', status: 'added' })]);
  });

  it('a base that breaks its schema is listed as modified, its changes not classified', () => {
    const repo = fixBrokenBase((text) => text.replace('version: 4.0.0', 'version: four'));
    const { status, report } = check(repo);
    expect(report.changes.products).toEqual([
      expect.objectContaining({
        id: 'listener.listener-profiles',
        status: 'modified',
        requiredBump: 'none',
        items: [expect.objectContaining({ kind: 'unclassified' })],
      }),
    ]);
    expect(status).toBe(0);
  });
});
