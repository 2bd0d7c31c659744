import { describe, expect, it } from 'vitest';
import { renderGithub, renderJson, renderMarkdown, renderSarif, renderText, type CheckReport, type Finding } from '@meshplane/core';
import { validateSarif } from '@meshplane/testkit';

const stats = { files: 3, products: 2, domains: 1, teams: 1, waivers: 0, edges: 1 };
const report = (findings: Finding[]): CheckReport => ({ tool: { name: 'meshplane', version: '0.1.0' }, root: '.', stats, findings });

const typo: Finding = {
  ruleId: 'schema.unknown-key',
  severity: 'error',
  message: 'Unknown key `ownr` in metadata.',
  hint: 'Did you mean `owner`?',
  file: 'catalog/podcast/listeners/product.yaml',
  line: 8,
  column: 3,
  pointer: '/metadata/ownr',
  productId: 'podcast.listeners',
};
const warning: Finding = {
  ruleId: 'graph.cycle',
  severity: 'warning',
  message: 'Lineage cycle: a → b → a.',
  file: 'catalog/a/b/product.yaml',
  line: 20,
  column: 7,
};
const hostile: Finding = {
  ruleId: 'graph.dangling-input',
  severity: 'error',
  message: 'Input reads `<script>alert(1)</script>` @everyone | x\u001b[2J %0A::error::boom\nnext',
  file: 'catalog/x/y,z:1/product.yaml',
  line: 2,
};

describe('renderText', () => {
  it('groups by file with file:line:column, hint and summary', () => {
    expect(renderText(report([typo, warning]))).toMatchInlineSnapshot(`
      "catalog/podcast/listeners/product.yaml:8:3  error  Unknown key \`ownr\` in metadata.  [schema.unknown-key]
          → Did you mean \`owner\`?

      catalog/a/b/product.yaml:20:7  warning  Lineage cycle: a → b → a.  [graph.cycle]

      ✖ Failed: 1 error, 1 warning, 0 notices in 2 files · 2 products in 1 domain, 1 team, 1 lineage edge.
      "
    `);
  });

  it('says clean when there is nothing to report', () => {
    expect(renderText(report([]))).toBe('✔ Clean: 2 products in 1 domain, 1 team, 1 lineage edge checked (3 files).\n');
  });

  it('never prints control characters from a manifest', () => {
    expect(renderText(report([hostile]))).not.toContain('\u001b');
  });

  it.each<[string, Partial<CheckReport['stats']>, boolean, string]>([
    ['one product file', { files: 1, products: 1, domains: 0, teams: 0 }, false, '✔ Clean: 1 file validated against its schema (1 product).'],
    ['a product and a team', { files: 2, products: 1, domains: 0, teams: 1 }, false, '✔ Clean: 2 files validated against their schemas (1 product, 1 team).'],
    [
      'a product with a schema error',
      { files: 1, products: 1, domains: 0, teams: 0 },
      true,
      '✖ Failed: 1 error, 0 warnings, 0 notices in 1 file · 1 file validated against its schema (1 product).',
    ],
  ])('validate mode names the files validated, never mesh counts it did not compute: %s', (_name, counts, failing, last) => {
    const r: CheckReport = { ...report(failing ? [typo] : []), mode: 'validate', stats: { ...stats, edges: 0, ...counts } };
    const out = renderText(r).trimEnd().split('\n');
    expect(out[out.length - 1]).toBe(last);
    expect(out.join('\n')).not.toMatch(/domains?,|lineage/);
  });
});

describe('renderGithub', () => {
  it('writes one workflow command per finding, escaped', () => {
    const out = renderGithub(report([typo, hostile])).split('\n');
    expect(out[0]).toBe(
      '::error file=catalog/podcast/listeners/product.yaml,line=8,col=3,title=Meshplane schema.unknown-key::Unknown key `ownr` in metadata.%0ADid you mean `owner`?',
    );
    expect(out[1]).toContain('file=catalog/x/y%2Cz%3A1/product.yaml,line=2');
    expect(out[1]).toContain('%250A::error::boom%0Anext');
    expect(out.filter((l) => l.startsWith('::'))).toHaveLength(2);
  });

  it.each([
    ['12 errors and 3 warnings', 12, 3, 10, 10, 3, '2 more findings not shown'],
    ['10 errors and 11 warnings', 10, 11, 10, 10, 10, '1 more finding not shown'],
    ['3 errors under the limit', 3, 0, 10, 3, 0, undefined],
  ])('with %s, prints at most perSeverity of each and counts the rest', (_n, errors, warnings, perSeverity, shownErrors, shownWarnings, note) => {
    const many = [...Array.from({ length: errors }, () => typo), ...Array.from({ length: warnings }, () => warning)];
    const out = renderGithub(report(many), { perSeverity }).trimEnd().split('\n');
    expect(out.filter((l) => l.startsWith('::error '))).toHaveLength(shownErrors);
    expect(out.filter((l) => l.startsWith('::warning '))).toHaveLength(shownWarnings);
    expect(out).toContain(
      `✖ Failed: ${errors} errors, ${warnings} warning${warnings === 1 ? '' : 's'}, 0 notices in ${warnings ? 2 : 1} file${warnings ? 's' : ''} · 2 products in 1 domain, 1 team, 1 lineage edge.`,
    );
    if (note) expect(out.at(-1)).toBe(`${note} as annotations (GitHub shows 10 per severity in a step): see the job summary.`);
    else expect(out.at(-1)).toMatch(/^✖ Failed/);
  });
});

describe('renderSarif', () => {
  it.each([
    ['findings', [typo, warning, hostile, { ruleId: 'graph.cycle', severity: 'notice', message: 'no file' } as Finding]],
    ['no findings', []],
  ])('validates against the SARIF 2.1.0 schema with %s', (_n, findings) => {
    const log = JSON.parse(renderSarif(report(findings)));
    expect(validateSarif(log)).toEqual([]);
  });

  it('points results at rules and regions', () => {
    const log = JSON.parse(renderSarif(report([typo, warning])));
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['graph.cycle', 'schema.unknown-key']);
    expect(run.results[0]).toMatchObject({
      ruleId: 'schema.unknown-key',
      ruleIndex: 1,
      level: 'error',
      locations: [{ physicalLocation: { region: { startLine: 8, startColumn: 3 } } }],
    });
  });
});

describe('renderMarkdown', () => {
  it('escapes HTML, mentions and table pipes from manifests', () => {
    const md = renderMarkdown(report([hostile]));
    expect(md).not.toContain('<script>');
    expect(md).not.toMatch(/@everyone/);
    expect(md).toContain('&lt;script&gt;');
    expect(md).toContain('### ❌ **Meshplane check failed**');
  });
});

describe('renderJson', () => {
  it('adds the verdict and counts', () => {
    const out = JSON.parse(renderJson(report([warning])));
    expect(out).toMatchObject({ verdict: 'pass', counts: { error: 0, warning: 1, notice: 0 }, findings: [{ ruleId: 'graph.cycle' }] });
  });
});
