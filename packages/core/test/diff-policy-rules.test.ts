import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPolicyRules, type PolicyRule } from '@meshplane/core';
import { REPO_ROOT } from '@meshplane/testkit';

const FILE = 'policies/global/docs.rego';
const base = readFileSync(join(REPO_ROOT, FILE), 'utf8');
const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const rule = (id: string, text: string, needle: string): PolicyRule => ({
  id,
  title: id,
  description: '',
  severity: 'deny',
  file: FILE,
  line: lineOf(text, needle),
  scope: 'global',
  meshWide: false,
  ref: 'data.meshplane.global.docs.deny',
});
const rules = (text: string): PolicyRule[] => [
  rule('global.docs.description', text, 'id: global.docs.description'),
  rule('global.docs.readme', text, 'id: global.docs.readme'),
];

describe('diffPolicyRules', () => {
  it('shows a lowered threshold as a change of the rule that reads it, and only of that rule', () => {
    const head = base.replace('min_description := 40', 'min_description := 10');
    const changed = diffPolicyRules(rules(base), rules(head), new Map([[FILE, base]]), new Map([[FILE, head]]));
    expect(changed.map((c) => c.id)).toEqual(['global.docs.description']);
    expect(changed[0]?.diff).toContain('-min_description := 40');
    expect(changed[0]?.diff).toContain('+min_description := 10');
    expect(changed[0]?.diff).toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@/);
  });

  it('shows a condition dropped from a rule body', () => {
    const head = base.replace('\tcount(text) < min_description\n', '');
    const [c] = diffPolicyRules(rules(base), rules(head), new Map([[FILE, base]]), new Map([[FILE, head]]));
    expect(c?.diff).toContain('-\tcount(text) < min_description');
  });

  it('lists nothing when a rule only moved or the whitespace at line ends changed', () => {
    const head = `# A new comment at the top.\n\n${base.replace(/\n/g, '  \n')}`;
    expect(diffPolicyRules(rules(base), rules(head), new Map([[FILE, base]]), new Map([[FILE, head]]))).toEqual([]);
  });
});
