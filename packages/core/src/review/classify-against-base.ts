import type { CatalogChanges } from '../change/change-types.js';
import type { CatalogIndex, NamedEntry } from '../catalog/catalog-index.js';
import type { Finding } from '../model/finding.js';
import { isSameData } from '../model/same-data.js';

/** Which errors fail a pull request: only those it introduced, also those in what it touches (default), or all. */
export type BlockOn = 'introduced' | 'touched' | 'all';

/** What a pull request touches: the products it adds, changes or removes, and the other catalog files it changes. */
export interface Touched {
  products: ReadonlySet<string>;
  files: ReadonlySet<string>;
}

/** How a pull request's findings compare with its base's. */
export interface BaselineClassification {
  /** The head's findings, each marked `introduced` or `existing`; existing errors that do not block carry `blocks: false`. */
  findings: Finding[];
  /** Findings of the base that the head no longer has. */
  resolved: Finding[];
}

/** The identity of a finding across two commits: its rule, its product (or file when it has none) and its pointer. */
export function keyFinding(f: Finding): string {
  return `${f.ruleId}\u0000${f.productId ?? `file:${f.file ?? ''}`}\u0000${f.pointer ?? ''}`;
}

/**
 * Classifies a pull request's findings against the base's (the base checked alone with the same rules): a finding the
 * base has too (same rule, product or file, pointer) is `existing`, any other `introduced`; base findings the head lacks
 * are resolved. An existing error blocks only as `blockOn` says: `all` always, `touched` when it is in a product or file
 * the pull request touches, `introduced` never. So a pull request is judged on what it changes, not on others' debts.
 *
 * @example classifyAgainstBase(head, base, touched, 'touched').findings.filter((f) => f.blocks !== false)
 */
export function classifyAgainstBase(head: readonly Finding[], base: readonly Finding[], touched: Touched, blockOn: BlockOn): BaselineClassification {
  const remaining = new Map<string, Finding[]>();
  for (const f of base) remaining.set(keyFinding(f), [...(remaining.get(keyFinding(f)) ?? []), f]);
  const findings = head.map((f): Finding => {
    const same = remaining.get(keyFinding(f));
    if (!same?.length) return { ...f, baseline: 'introduced' };
    same.shift();
    const blocks = f.severity !== 'error' || blockOn === 'all' || (blockOn === 'touched' && isTouched(f, touched));
    return { ...f, baseline: 'existing', ...(blocks ? {} : { blocks: false }) };
  });
  return { findings, resolved: [...remaining.values()].flat() };
}

function isTouched(f: Finding, t: Touched): boolean {
  return (f.productId !== undefined && t.products.has(f.productId)) || (f.file !== undefined && t.files.has(f.file));
}

/** The products a change set adds, modifies or removes, and every catalog file that differs between the two indexes. */
export function listTouched(changes: CatalogChanges, base: CatalogIndex, head: CatalogIndex): Touched {
  const products = new Set(changes.products.map((p) => p.id));
  const files = new Set(changes.products.flatMap((p) => [p.baseFile, p.headFile].filter((x): x is string => x !== undefined)));
  const entries = (i: CatalogIndex): NamedEntry[] => [...i.domains, ...i.teams, ...i.waivers, ...i.configs];
  const before = new Map(entries(base).map((e) => [e.file, e.data]));
  for (const e of entries(head)) if (!before.has(e.file) || !isSameData(before.get(e.file), e.data)) files.add(e.file);
  for (const file of head.files) if (!base.files.has(file)) files.add(file);
  for (const file of base.files) if (!head.files.has(file)) files.add(file);
  return { products, files };
}
