import { spawnSync } from 'node:child_process';
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
  runs: { using: string; steps: { id?: string; run?: string; env?: Record<string, string>; uses?: string; with?: Record<string, string> }[] };
}

const NAMES = ['check', 'provision', 'slo-monitor', 'expiry-monitor', 'publish-site'];
const read = (name: string): ActionMetadata => parse(readFileSync(join(REPO_ROOT, 'actions', name, 'action.yml'), 'utf8')) as ActionMetadata;
const docs = readFileSync(join(REPO_ROOT, 'docs/actions.md'), 'utf8');

describe.each(NAMES)('actions/%s/action.yml', (name) => {
  const action = read(name);
  const entry = action.runs.steps.find((s) => s.run?.includes('/dist/'));

  it('is a composite action that sets up OPA at the pinned version and runs its committed bundle', () => {
    expect(action.runs.using).toBe('composite');
    const pinStep = action.runs.steps.find((s) => s.id === 'opa-pin');
    expect(pinStep?.run).toContain(`"$GITHUB_ACTION_PATH/../../package.json"`);
    const setupOpa = action.runs.steps.find((s) => s.uses?.startsWith('open-policy-agent/setup-opa@'));
    expect(setupOpa?.with?.version).toBe('${{ steps.opa-pin.outputs.version }}');
    expect(action.runs.steps.indexOf(setupOpa as never)).toBeLessThan(action.runs.steps.indexOf(entry as never));
    expect(entry?.run).toBe('node "$GITHUB_ACTION_PATH/dist/index.js"');
    expect(existsSync(join(REPO_ROOT, 'actions', name, 'dist/index.js'))).toBe(true);
    // No action installs the monorepo; one with runtime packages installs only those, from its own lockfile.
    const install = action.runs.steps.filter((s) => s.run?.includes('install'));
    const hasRuntime = existsSync(join(REPO_ROOT, 'actions', name, 'package.json'));
    expect(install.map((s) => s.run)).toEqual(hasRuntime ? ['bash "$GITHUB_ACTION_PATH/../install-runtime.sh" "$GITHUB_ACTION_PATH"'] : []);
    if (name === 'check') expect(hasRuntime).toBe(false);
  });

  it('reads the OPA pin that the mesh command pins', () => {
    const pin = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { meshplane: { opaVersion: string } }).meshplane.opaVersion;
    const run = action.runs.steps.find((s) => s.id === 'opa-pin')?.run ?? '';
    const script = /node -p '([^']+)'/.exec(run)?.[1] as string;
    const r = spawnSync(process.execPath, ['-p', script, join(REPO_ROOT, 'package.json')], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe(pin);
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
