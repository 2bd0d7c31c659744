import type { CatalogIndex } from '../catalog/catalog-index.js';
import type { ScorecardConfig } from '../model/generated/types.js';
import type { Finding } from '../model/finding.js';
import { ATTRIBUTES, listScoreChecks, type Attribute, type ScoreCheck } from './list-score-checks.js';
import type { ScoredSloStatus } from './list-operational-checks.js';

/** One product's scorecard: its checks, per attribute how many hold, the weighted score and the level it reaches. */
export interface ProductScorecard {
  productId: string;
  name?: string;
  domain: string;
  owner: string;
  /** 0–100: the attributes' shares of passed checks, weighted (unknown checks do not count). */
  score: number;
  /** The highest level whose minimum the score reaches; undefined below the lowest. */
  level?: string;
  /** Per attribute, the checks that hold of those that count (known ones). */
  attributes: Record<Attribute, { passed: number; total: number }>;
  checks: ScoreCheck[];
}

/** What scores read besides the catalog, and which products to score. */
export interface ScoreOptions {
  /** Score only these products. */
  only?: ReadonlySet<string>;
  /** The latest SLO statuses of the mesh (`mesh slo evaluate`); absent: the SLO checks are unknown. */
  slo?: ReadonlyArray<ScoredSloStatus & { productId: string }>;
  /** The check's findings after policies and waivers (`mesh check`); absent: the governance check is unknown. */
  findings?: readonly Finding[];
}

/** The levels when the config names none. */
export const DEFAULT_LEVELS: ReadonlyArray<{ name: string; min: number }> = [
  { name: 'bronze', min: 40 },
  { name: 'silver', min: 65 },
  { name: 'gold', min: 85 },
];

/**
 * Scores every valid product of the catalog (sorted by id) with the weights and levels of `scorecard` in the config
 * (default weight 1 per attribute), or only the products `options.only` names. The readers and linkage come from the
 * whole catalog's input ports; SLO attainment and budgets from `options.slo`, governance from `options.findings`. Pure.
 *
 * @example scoreProducts(index, config.scorecard, { findings: report.findings }).find((s) => s.productId === 'podcast.podcast-listeners')?.level // 'gold'
 */
export function scoreProducts(index: CatalogIndex, config?: ScorecardConfig, options: ScoreOptions = {}): ProductScorecard[] {
  const { only } = options;
  const statuses = groupByProduct(options.slo);
  const agreementTeams = new Map<string, Set<string>>();
  for (const a of index.agreements) {
    if (!a.valid || !a.provider || !a.team || a.consumerProduct) continue;
    agreementTeams.set(a.provider, (agreementTeams.get(a.provider) ?? new Set()).add(a.team));
  }
  const findings = groupByProduct(options.findings);
  const readers = new Map<string, Set<string>>();
  for (const p of index.products)
    for (const i of p.inputs) if (i.product && i.product !== p.id) readers.set(i.product, (readers.get(i.product) ?? new Set()).add(p.id));
  const levels = [...(config?.levels ?? DEFAULT_LEVELS)].sort((a, b) => a.min - b.min);
  const cards: ProductScorecard[] = [];
  for (const p of index.products) {
    if (!p.valid || !p.domain || !p.owner || (only && !only.has(p.id))) continue;
    const reads = new Set(p.inputs.flatMap((i) => (i.product && i.product !== p.id ? [i.product] : []))).size;
    const checks = listScoreChecks(p, {
      readers: readers.get(p.id)?.size ?? 0,
      reads,
      agreementTeams: agreementTeams.get(p.id)?.size ?? 0,
      slo: statuses && (statuses.get(p.id) ?? []),
      findings: findings && (findings.get(p.id) ?? []),
    });
    const attributes = Object.fromEntries(ATTRIBUTES.map((a) => [a, { passed: 0, total: 0 }])) as ProductScorecard['attributes'];
    for (const c of checks) {
      if (c.unknown) continue;
      attributes[c.attribute].total += 1;
      if (c.passed) attributes[c.attribute].passed += 1;
    }
    let weighted = 0;
    let weights = 0;
    for (const a of ATTRIBUTES) {
      const w = config?.weights?.[a] ?? 1;
      const { passed, total } = attributes[a];
      if (w <= 0 || total === 0) continue;
      weighted += (w * passed) / total;
      weights += w;
    }
    const score = weights === 0 ? 0 : Math.round((1000 * weighted) / weights) / 10;
    const level = levels.filter((l) => score >= l.min).at(-1)?.name;
    cards.push({
      productId: p.id,
      ...(p.name ? { name: p.name } : {}),
      domain: p.domain,
      owner: p.owner,
      score,
      ...(level ? { level } : {}),
      attributes,
      checks,
    });
  }
  return cards.sort((a, b) => (a.productId < b.productId ? -1 : 1));
}

function groupByProduct<T extends { productId?: string | undefined }>(items: readonly T[] | undefined): Map<string, T[]> | undefined {
  if (!items) return undefined;
  const by = new Map<string, T[]>();
  for (const item of items) {
    if (!item.productId) continue;
    const list = by.get(item.productId);
    if (list) list.push(item);
    else by.set(item.productId, [item]);
  }
  return by;
}

/**
 * What a pull request changes in the scorecards of the products it modifies: per product the score and level, and each
 * attribute whose count changed (`discoverable: 3/4 → 4/4`). Products whose scorecard did not change are left out.
 */
export function diffScorecards(base: readonly ProductScorecard[], head: readonly ProductScorecard[], products: Iterable<string>): string[] {
  const before = new Map(base.map((c) => [c.productId, c]));
  const after = new Map(head.map((c) => [c.productId, c]));
  const lines: string[] = [];
  for (const id of products) {
    const b = before.get(id);
    const h = after.get(id);
    if (!b || !h) continue;
    const moved = ATTRIBUTES.filter((a) => b.attributes[a].passed !== h.attributes[a].passed || b.attributes[a].total !== h.attributes[a].total).map(
      (a) => `${a}: ${b.attributes[a].passed}/${b.attributes[a].total} → ${h.attributes[a].passed}/${h.attributes[a].total}`,
    );
    if (moved.length === 0 && b.score === h.score) continue;
    const level = b.level === h.level ? (h.level ?? 'no level') : `${b.level ?? 'no level'} → ${h.level ?? 'no level'}`;
    lines.push(`\`${id}\`: score ${b.score} → ${h.score} (${level}); ${moved.join(', ')}`);
  }
  return lines;
}
