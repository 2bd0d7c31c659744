import type { Finding, PolicyRule } from '@meshplane/core';
import { PolicyError } from './policy-error.js';
import { parseOpaErrors } from './parse-opa-errors.js';
import { runOpa } from './run-opa.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Annotation {
  annotations: { scope?: string; title?: string; description?: string; custom?: Record<string, unknown> };
  location: { file: string; row: number };
  path: { value: string }[];
}

const RULE_HEADS = new Set(['deny', 'warn', 'mesh_deny', 'mesh_warn']);

/**
 * Reads every rule's `# METADATA` with `opa inspect -a` in `dir` (which holds `policies/`). Every deny/warn rule must
 * carry title, description, and custom id and severity matching its head; ids are unique. Anything missing is a
 * finding: a rule without metadata cannot be explained, waived or impact-assessed, so the bundle is refused.
 */
export function readRuleCatalog(dir: string): PolicyRule[] {
  const r = runOpa(['inspect', '-a', '-f', 'json', 'policies'], { cwd: dir });
  if (r.status !== 0)
    throw new PolicyError(`The policies do not parse:\n${(r.stderr + r.stdout).trim()}`, 'compile-failed', parseOpaErrors(r.stderr + r.stdout));
  const annotations = ((JSON.parse(r.stdout) as { annotations?: Annotation[] }).annotations ?? []).filter((a) => a.annotations.scope === 'rule');
  const rules: PolicyRule[] = [];
  const problems: Finding[] = [];
  const problem = (a: Annotation, message: string): void => {
    problems.push({
      ruleId: 'policy.metadata',
      severity: 'error',
      message,
      hint: 'Every rule needs # METADATA with title, description, and custom id, severity (deny|warn) and owner.',
      file: a.location.file,
      line: a.location.row,
    });
  };
  for (const a of annotations) {
    const segments = a.path.map((s) => s.value);
    const head = segments[segments.length - 1] ?? '';
    if (!RULE_HEADS.has(head) || segments[1] !== 'meshplane' || !['global', 'domains'].includes(segments[2] ?? '')) continue;
    const { title, description, custom = {} } = a.annotations;
    const id = typeof custom.id === 'string' ? custom.id : undefined;
    const severity = custom.severity;
    if (!id || !title || !description || (severity !== 'deny' && severity !== 'warn')) {
      problem(
        a,
        `A ${head} rule lacks ${[!id && 'custom.id', !title && 'title', !description && 'description', severity !== 'deny' && severity !== 'warn' && 'custom.severity'].filter(Boolean).join(', ')}.`,
      );
      continue;
    }
    if ((head.endsWith('deny') ? 'deny' : 'warn') !== severity) problem(a, `Rule ${id} is a \`${head}\` rule but its metadata says severity ${severity}.`);
    if (rules.some((x) => x.id === id)) problem(a, `Rule id ${id} is used twice.`);
    const enforceFrom = typeof custom.enforceFrom === 'string' ? custom.enforceFrom : undefined;
    if (enforceFrom !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(enforceFrom))
      problem(a, `Rule ${id} has enforceFrom "${enforceFrom}"; write a date as YYYY-MM-DD.`);
    const domainPackage = segments[2] === 'domains' ? segments[3] : undefined;
    rules.push({
      id,
      title,
      description: description.trim(),
      severity,
      ...(typeof custom.owner === 'string' ? { owner: custom.owner } : {}),
      ...(enforceFrom ? { enforceFrom } : {}),
      file: a.location.file,
      line: a.location.row,
      scope: domainPackage ? 'domain' : 'global',
      ...(domainPackage ? { domain: domainPackage.replace(/_/g, '-') } : {}),
      meshWide: head.startsWith('mesh_'),
      ref: segments.join('.'),
    });
  }
  problems.push(...findUnannotatedRules(dir, annotations));
  if (problems.length > 0)
    throw new PolicyError(`The policies' metadata is incomplete (${problems.length} problem${problems.length === 1 ? '' : 's'}).`, 'compile-failed', problems);
  return rules.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * A rule head without its own METADATA would never produce a result (its id is undefined), silently passing every
 * product. Counting heads in the text against annotated rules per file catches it.
 */
function findUnannotatedRules(dir: string, annotations: Annotation[]): Finding[] {
  const out: Finding[] = [];
  for (const file of listRego(dir, 'policies')) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    const heads = lines.flatMap((l, i) => (/^(deny|warn|mesh_deny|mesh_warn)\s+contains\b/.test(l) ? [i + 1] : []));
    const annotated = new Set(annotations.filter((a) => a.location.file === file).map((a) => a.location.row));
    for (const line of heads) {
      if (annotated.has(line) || annotated.has(line - 1)) continue;
      out.push({
        ruleId: 'policy.metadata',
        severity: 'error',
        message: 'This rule has no # METADATA block of its own, so its results would have no id and would never be reported.',
        hint: 'Add # METADATA with title, description and custom id, severity and owner directly above the rule.',
        file,
        line,
      });
    }
  }
  return out;
}

function listRego(dir: string, rel: string): string[] {
  return readdirSync(join(dir, rel), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listRego(dir, `${rel}/${e.name}`) : e.name.endsWith('.rego') && !e.name.endsWith('_test.rego') ? [`${rel}/${e.name}`] : [],
  );
}
