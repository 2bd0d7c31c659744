import type { DataProduct } from '../model/generated/types.js';
import type { Bump, ProductChangeItem } from './change-types.js';
import { classifyPortChanges } from './classify-port-changes.js';
import { findRenames } from './find-renames.js';
import { isRaised } from './compare-types.js';
import { isSameData } from '../model/same-data.js';

const ORDER: Bump[] = ['none', 'patch', 'minor', 'major'];

/** Every change between two versions of a product: its output ports, by name, then the product's own fields. */
export function classifyProductChanges(before: DataProduct, after: DataProduct): ProductChangeItem[] {
  const items: ProductChangeItem[] = [];
  const heads = new Map(after.spec.outputPorts.map((p, i) => [p.name, { p, i }]));
  const kinds = (ports: DataProduct['spec']['outputPorts']) => ports.map((p) => ({ name: p.name, type: p.kind }));
  const renames = findRenames(kinds(before.spec.outputPorts), kinds(after.spec.outputPorts));
  for (const old of before.spec.outputPorts) {
    const now = heads.get(old.name);
    const to = renames.get(old.name);
    if (now) items.push(...classifyPortChanges(old, now.p, now.i));
    else if (to)
      items.push({
        kind: 'port-removed',
        impact: 'breaking',
        text: `Port \`${old.name}\` removed, \`${to}\` added in its place with the same kind (a rename?)`,
        port: old.name,
        pointer: '/spec/outputPorts',
        renamed: { from: old.name, to },
      });
    else items.push({ kind: 'port-removed', impact: 'breaking', text: `Port \`${old.name}\` removed`, port: old.name, pointer: '/spec/outputPorts' });
  }
  const baseNames = new Set(before.spec.outputPorts.map((p) => p.name));
  after.spec.outputPorts.forEach((p, i) => {
    if (!baseNames.has(p.name))
      items.push({ kind: 'port-added', impact: 'additive', text: `Port \`${p.name}\` added`, port: p.name, pointer: `/spec/outputPorts/${i}` });
  });
  const was = before.spec.access.classification;
  const is = after.spec.access.classification;
  if (isRaised(was, is))
    items.push({
      kind: 'classification-raised',
      impact: 'breaking',
      text: `Access classification raised from ${was} to ${is}`,
      pointer: '/spec/access/classification',
    });
  else if (was !== is)
    items.push({
      kind: 'classification-lowered',
      impact: 'patch',
      text: `Access classification changed from ${was} to ${is}`,
      pointer: '/spec/access/classification',
    });
  const patch = (kind: string, text: string, pointer: string, a: unknown, b: unknown): void => {
    if (!isSameData(a ?? null, b ?? null)) items.push({ kind, impact: 'patch', text, pointer });
  };
  patch(
    'docs-changed',
    'Description, purpose, limitations or docs changed',
    '/spec',
    [before.spec.description, before.spec.purpose, before.spec.limitations, before.spec.docs],
    [after.spec.description, after.spec.purpose, after.spec.limitations, after.spec.docs],
  );
  patch(
    'metadata-changed',
    'Name, tags, owner or product owner changed',
    '/metadata',
    [before.metadata.name, before.metadata.tags, before.metadata.owner, before.metadata.productOwner, before.metadata.subdomain],
    [after.metadata.name, after.metadata.tags, after.metadata.owner, after.metadata.productOwner, after.metadata.subdomain],
  );
  // Retiring ends the product: its ports stop serving data, which breaks whoever reads them, so it needs a major bump.
  if (after.metadata.lifecycle === 'retired' && before.metadata.lifecycle !== 'retired')
    items.push({
      kind: 'product-retired',
      impact: 'breaking',
      text: `Retired (was ${before.metadata.lifecycle}): its output ports stop serving data`,
      pointer: '/metadata/lifecycle',
    });
  else
    patch(
      'lifecycle-changed',
      `Lifecycle changed from ${before.metadata.lifecycle} to ${after.metadata.lifecycle}`,
      '/metadata/lifecycle',
      [before.metadata.lifecycle, before.metadata.successor, before.metadata.sunset],
      [after.metadata.lifecycle, after.metadata.successor, after.metadata.sunset],
    );
  patch('inputs-changed', 'Input ports changed', '/spec/inputPorts', before.spec.inputPorts, after.spec.inputPorts);
  patch('access-changed', 'Consumer grants changed', '/spec/access/consumers', before.spec.access.consumers, after.spec.access.consumers);
  patch(
    'policies-changed',
    'Policies, support or transformation changed',
    '/spec',
    [before.spec.policies, before.spec.support, before.spec.transformation],
    [after.spec.policies, after.spec.support, after.spec.transformation],
  );
  return items;
}

/** The semver part the changes require: major for a breaking change, minor for an additive one, else patch. */
export function requiredBump(items: readonly ProductChangeItem[]): Bump {
  if (items.some((i) => i.impact === 'breaking')) return 'major';
  if (items.some((i) => i.impact === 'additive')) return 'minor';
  return items.length > 0 ? 'patch' : 'none';
}

/** The larger of two bumps. */
export function maxBump(a: Bump, b: Bump): Bump {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

/** What a version change from `before` to `after` declares, or `backwards` when it goes down. */
export function declaredBump(before: string, after: string): Bump | 'backwards' {
  const [a, b] = [parse(before), parse(after)];
  for (let i = 0; i < 3; i++) {
    if ((b[i] as number) > (a[i] as number)) return (['major', 'minor', 'patch'] as const)[i] as Bump;
    if ((b[i] as number) < (a[i] as number)) return 'backwards';
  }
  return 'none';
}

/** The smallest version after `version` that satisfies `bump` (under 1.0.0 a breaking change bumps the minor). */
export function nextVersion(version: string, bump: Bump): string {
  const [major, minor, patchN] = parse(version) as [number, number, number];
  const effective = bump === 'major' && major === 0 ? 'minor' : bump;
  if (effective === 'major') return `${major + 1}.0.0`;
  if (effective === 'minor') return `${major}.${minor + 1}.0`;
  return effective === 'patch' ? `${major}.${minor}.${patchN + 1}` : version;
}

/** The bump a change requires, relaxed under 1.0.0 where semver lets a minor carry breaking changes. */
export function effectiveBump(version: string, bump: Bump): Bump {
  return bump === 'major' && parse(version)[0] === 0 ? 'minor' : bump;
}

/** Whether `declared` covers `required`. */
export function covers(declared: Bump, required: Bump): boolean {
  return ORDER.indexOf(declared) >= ORDER.indexOf(required);
}

function parse(v: string): number[] {
  return v
    .split(/[-+]/)[0]!
    .split('.')
    .map((x) => Number(x));
}
