import { findingAt } from '../model/finding-at.js';
import type { Finding } from '../model/finding.js';
import type { DataProduct } from '../model/generated/types.js';
import { addDays } from '../policy/apply-waivers.js';
import { listPortConsumers } from '../graph/list-port-consumers.js';
import type { AffectedConsumer, CatalogChanges, ProductChange, ProductChangeItem } from './change-types.js';
import { describeRenames } from './describe-renames.js';
import { covers, declaredBump, effectiveBump, nextVersion } from './classify-product-changes.js';
import type { CatalogSide } from './diff-catalogs.js';

/** Lifecycle moves a product may make in one change; the book's order, with the documented shortcuts. */
export const LIFECYCLE_TRANSITIONS: Readonly<Record<string, readonly string[]>> = {
  proposed: ['experimental', 'active', 'retired'],
  experimental: ['active', 'deprecated', 'retired'],
  active: ['deprecated'],
  deprecated: ['active', 'dormant', 'retired'],
  dormant: ['deprecated', 'retired'],
  retired: [],
};

export interface ChangeRules {
  today: string;
  /** Days a deprecated port's sunset must lie ahead. */
  noticeDays: number;
}

/** The rule ids of change safety, which waivers may name like policy rules. */
export const CHANGE_RULE_IDS = ['change.breaking-consumers', 'change.removed-with-consumers', 'change.retired-with-consumers'] as const;

/**
 * Judges a change set: ids are permanent, versions only go up and by at least what the changes require, a breaking
 * change to a port that has consumers needs the old port kept (deprecated, with notice) or a waiver, nothing with
 * consumers is removed or retired, and lifecycle moves follow the allowed transitions.
 */
export function checkChanges(changes: CatalogChanges, base: CatalogSide, head: CatalogSide, rules: ChangeRules): Finding[] {
  const out: Finding[] = [];
  const baseByFile = new Map([...base.graph.nodes.values()].map((n) => [n.file, n]));
  for (const p of changes.products) {
    const now = head.graph.nodes.get(p.id);
    if (p.status === 'added' && now) {
      const old = baseByFile.get(now.file);
      if (old && old.id !== p.id && !head.graph.nodes.has(old.id)) {
        out.push(
          findingAt(now.doc, '/metadata/id', {
            ruleId: 'change.id-changed',
            message: `The id changed from \`${old.id}\` to \`${p.id}\`.`,
            hint: `Ids are permanent: keep \`${old.id}\`, deprecate it and create \`${p.id}\` as its successor.`,
            productId: p.id,
          }),
        );
      }
    }
    if (p.status === 'removed') out.push(...checkRemoved(p, changes));
    if (p.status === 'modified' && now)
      out.push(...checkVersion(p, now.doc), ...checkLifecycle(p, base, head), ...checkNotice(p, now.data as unknown as DataProduct, rules, now.doc));
  }
  for (const a of changes.affected) {
    const p = changes.products.find((x) => x.id === a.productId);
    const now = head.graph.nodes.get(a.productId);
    if (!p || p.status !== 'modified' || !now || sunsetPassed(base, a.productId, a.port, rules.today)) continue;
    const breaking = p.items.filter((i) => i.impact === 'breaking' && (i.port ?? '*') === a.port);
    // A retirement with consumers is change.retired-with-consumers, the more specific finding: report it once.
    if (breaking.length > 0 && breaking.every((i) => i.kind === 'product-retired')) continue;
    const first = breaking[0];
    const kinds = [...new Set(breaking.map((i) => i.kind))].join(', ');
    out.push(
      findingAt(
        now.doc,
        first?.pointer ?? '',
        {
          ruleId: 'change.breaking-consumers',
          message: `Breaking change to ${a.port === '*' ? 'the product' : `port \`${a.port}\``} (${kinds}) affects ${describeConsumers(a.consumers)}.`,
          hint: hintBreaking(breaking, rules),
          productId: p.id,
        },
        'key',
      ),
    );
  }
  return out;
}

function checkVersion(p: ProductChange, doc: Parameters<typeof findingAt>[0]): Finding[] {
  if (!p.baseVersion || !p.headVersion || p.requiredBump === 'none') return [];
  const declared = declaredBump(p.baseVersion, p.headVersion);
  const need = effectiveBump(p.baseVersion, p.requiredBump);
  const use = nextVersion(p.baseVersion, p.requiredBump);
  if (declared === 'backwards') {
    return [
      findingAt(doc, '/metadata/version', {
        ruleId: 'change.version-backwards',
        message: `The version went from ${p.baseVersion} down to ${p.headVersion}.`,
        hint: `Versions only go up: use ${use}.`,
        productId: p.id,
      }),
    ];
  }
  if (covers(declared, need)) return [];
  const why = p.items.filter((i) => (need === 'major' ? i.impact === 'breaking' : need === 'minor' ? i.impact !== 'patch' : true)).map((i) => i.text);
  return [
    findingAt(doc, '/metadata/version', {
      ruleId: 'change.version-bump',
      message: `These changes need a ${need} version bump, but the version went from ${p.baseVersion} to ${p.headVersion}: ${why.slice(0, 3).join('; ')}${why.length > 3 ? `; and ${why.length - 3} more` : ''}.`,
      hint: `Use version ${use}.`,
      productId: p.id,
    }),
  ];
}

function checkLifecycle(p: ProductChange, base: CatalogSide, head: CatalogSide): Finding[] {
  const old = base.graph.nodes.get(p.id);
  const now = head.graph.nodes.get(p.id);
  if (!old?.lifecycle || !now?.lifecycle || old.lifecycle === now.lifecycle) return [];
  const out: Finding[] = [];
  const allowed = LIFECYCLE_TRANSITIONS[old.lifecycle] ?? [];
  if (!allowed.includes(now.lifecycle)) {
    out.push(
      findingAt(now.doc, '/metadata/lifecycle', {
        ruleId: 'change.lifecycle-transition',
        message: `A product cannot go from ${old.lifecycle} to ${now.lifecycle}.`,
        hint: allowed.length
          ? `From ${old.lifecycle} it may become: ${allowed.join(', ')}.`
          : `A ${old.lifecycle} product stays ${old.lifecycle}; create a new product instead.`,
        productId: p.id,
      }),
    );
  }
  if (now.lifecycle === 'retired') {
    const readers = now.outputs.flatMap((o) => listPortConsumers(head.graph, p.id, o.name)).map((c) => (c.kind === 'product' ? c.id : `team ${c.team}`));
    if (readers.length)
      out.push(
        findingAt(now.doc, '/metadata/lifecycle', {
          ruleId: 'change.retired-with-consumers',
          message: `${p.id} cannot be retired while it has consumers: ${[...new Set(readers)].join(', ')}.`,
          hint: 'Move the consumers to the successor first (a dormant phase keeps serving old data meanwhile).',
          productId: p.id,
        }),
      );
  }
  return out;
}

/** The rename recipe for likely renames; the general advice for any other breaking change to the port. */
function hintBreaking(breaking: readonly ProductChangeItem[], rules: ChangeRules): string {
  const general = `Keep the old port alongside the new one, marked deprecated with a sunset at least ${rules.noticeDays} days ahead, and tell the consumers; or agree the change with them and get a waiver for change.breaking-consumers.`;
  const renames = describeRenames(breaking, rules);
  if (!renames) return general;
  return breaking.every((i) => i.renamed) ? renames : `${renames} For the other breaking changes: ${general[0]?.toLowerCase()}${general.slice(1)}`;
}

function checkRemoved(p: ProductChange, changes: CatalogChanges): Finding[] {
  const consumers = changes.affected.filter((a) => a.productId === p.id).flatMap((a) => a.consumers.filter((c) => c.depth === 1));
  if (consumers.length === 0) return [];
  return [
    {
      ruleId: 'change.removed-with-consumers',
      severity: 'error',
      message: `${p.id} was removed from the catalog, but ${describeConsumers(consumers)} still read it.`,
      hint: 'Nothing is dropped because a file disappeared: deprecate the product (with a successor or sunset), move its consumers, then retire it.',
      ...(p.baseFile ? { file: p.baseFile } : {}),
      productId: p.id,
    },
  ];
}

function checkNotice(p: ProductChange, product: DataProduct, rules: ChangeRules, doc: Parameters<typeof findingAt>[0]): Finding[] {
  const earliest = addDays(rules.today, rules.noticeDays);
  return product.spec.outputPorts.flatMap((port, i) => {
    const newly = p.items.some((x) => x.kind === 'port-deprecation-changed' && x.port === port.name);
    if (!newly || !port.deprecated || port.deprecated.sunset >= earliest) return [];
    return [
      findingAt(doc, `/spec/outputPorts/${i}/deprecated/sunset`, {
        ruleId: 'change.deprecation-notice',
        message: `Port \`${port.name}\` is deprecated with a sunset on ${port.deprecated.sunset}, less than ${rules.noticeDays} days away.`,
        hint: `Give consumers notice: set the sunset to ${earliest} or later.`,
        productId: p.id,
      }),
    ];
  });
}

/** A port removed after its announced sunset breaks no promise. */
function sunsetPassed(base: CatalogSide, productId: string, port: string, today: string): boolean {
  const old = base.graph.nodes.get(productId)?.data as unknown as DataProduct | undefined;
  const sunset = old?.spec?.outputPorts?.find((o) => o.name === port)?.deprecated?.sunset;
  return sunset !== undefined && sunset < today;
}

function describeConsumers(cs: readonly AffectedConsumer[]): string {
  const products = [...new Set(cs.filter((c) => c.productId).map((c) => c.productId as string))];
  const teams = [...new Set(cs.map((c) => c.team))];
  const list = (xs: string[]): string =>
    xs
      .slice(0, 8)
      .map((x) => `\`${x}\``)
      .join(', ') + (xs.length > 8 ? ` and ${xs.length - 8} more` : '');
  return `${products.length ? `${products.length} product${products.length === 1 ? '' : 's'} (${list(products)})` : 'no products'} owned by or granted to ${teams.length} team${teams.length === 1 ? '' : 's'} (${list(teams)})`;
}
