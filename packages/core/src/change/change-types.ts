/** How much a change demands of the version: none, or the semver part that must be bumped. */
export type Bump = 'none' | 'patch' | 'minor' | 'major';

/** What one change to a product means for the people who read it. */
export type Impact = 'breaking' | 'additive' | 'patch';

/** One change between the base and the head version of a product. */
export interface ProductChangeItem {
  /** Such as `column-removed`, `type-narrowed`, `slo-tightened`. */
  kind: string;
  impact: Impact;
  /** What changed, in words, naming the port and column. */
  text: string;
  /** The output port it concerns, if any. */
  port?: string;
  /** Where it is in the head manifest (for removals: the nearest thing that still exists). */
  pointer: string;
  /** For a removed column or port: the one added in its place with the same type and a similar name (a rename?). */
  renamed?: { from: string; to: string };
  /** True for SLO changes, which the report lists apart. */
  slo?: boolean;
  /** The line of `pointer` in the head file, once located. */
  line?: number;
}

/** A product's change between base and head. */
export interface ProductChange {
  id: string;
  status: 'added' | 'modified' | 'removed';
  baseFile?: string;
  headFile?: string;
  baseVersion?: string;
  headVersion?: string;
  items: ProductChangeItem[];
  /** The bump the items require. */
  requiredBump: Bump;
}

/** Who a breaking change hurts: a product reading the port (directly or downstream), or a team granted access. */
export interface AffectedConsumer {
  productId?: string;
  team: string;
  /** 1 reads the port itself; 2 and more read a product that does. */
  depth: number;
}

/** The change set of a pull request: what it changes and whom it affects. */
export interface CatalogChanges {
  products: ProductChange[];
  /** Per changed product and port with breaking changes, everyone downstream. */
  affected: { productId: string; port: string; consumers: AffectedConsumer[] }[];
  /** Owner teams of affected products and granted teams: whose review a breaking change needs. */
  affectedTeams: string[];
}
