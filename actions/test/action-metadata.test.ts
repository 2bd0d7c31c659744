import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '@meshplane/testkit';

interface ActionMetadata {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: { id?: string; run?: string; env?: Record<string, string>; uses?: string }[] };
}

const NAMES = ['check', 'provision', 'slo-monitor', 'publish-site'];
const read = (name: string): ActionMetadata => parse(readFileSync(join(REPO_ROOT, 'actions', name, 'action.yml'), 'utf8')) as ActionMetadata;
const docs = readFileSync(join(REPO_ROOT, 'docs/actions.md'), 'utf8');

describe.each(NAMES)('actions/%s/action.yml', (name) => {
  const action = read(name);
  const entry = action.runs.steps.find((s) => s.run?.includes('/dist/'));

  it('is a composite action that installs Meshplane from its own checkout and runs the built entry point', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.runs.steps.some((s) => s.run === 'bash "$GITHUB_ACTION_PATH/../install-meshplane.sh"')).toBe(true);
    const script = /node "\$GITHUB_ACTION_PATH\/\.\.\/(dist\/[\w-]+\/main\.js)"/.exec(entry?.run ?? '')?.[1];
    expect(script).toBe(`dist/${name}/main.js`);
    // `npm test` builds first: the path the action runs exists in this checkout.
    expect(existsSync(join(REPO_ROOT, 'actions', script as string))).toBe(true);
  });

  it('passes every input except the Node.js version to the entry point as INPUT_<NAME>, through env only', () => {
    const passed = Object.entries(entry?.env ?? {});
    const expected = Object.keys(action.inputs).filter((i) => i !== 'node-version' && i !== 'upload');
    expect(passed.map(([k]) => k).sort()).toEqual(expected.map((i) => `INPUT_${i.toUpperCase()}`).sort());
    for (const [k, v] of passed) expect(v).toBe(`\${{ inputs.${k.slice('INPUT_'.length).toLowerCase()} }}`);
    expect(entry?.run).not.toContain('${{');
  });

  it('maps every output to the entry step and documents inputs and outputs here and in docs/actions.md', () => {
    expect(action.description.length).toBeGreaterThan(40);
    for (const [input, spec] of Object.entries(action.inputs)) {
      expect(spec.description, input).toBeTruthy();
      expect(docs, `docs/actions.md lacks input ${input} of ${name}`).toContain(`| \`${input}\` |`);
    }
    for (const [output, spec] of Object.entries(action.outputs)) {
      expect(spec.value).toBe(`\${{ steps.${entry?.id}.outputs.${output} }}`);
      expect(docs, `docs/actions.md lacks output ${output} of ${name}`).toContain(`| \`${output}\` |`);
    }
  });
});
