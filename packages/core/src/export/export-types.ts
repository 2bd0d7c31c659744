import type { RuntimePolicyInput } from '../policy/build-policy-data.js';
import type { LineageEdge } from '../graph/build-mesh-graph.js';
import type { Column, QualityCheck, Slo } from '../model/index.js';
import type { SloState, SloStatus } from '../slo/slo-types.js';
import type { DailySlices } from '../slo/evaluate-slo.js';

/** One commit that touched a product's manifest: when, which version the manifest declared then, and why. */
export interface ChangelogEntry {
  commit: string;
  date: string;
  version?: string;
  subject: string;
}

/**
 * An SLO as declared, with its evaluation when `mesh slo evaluate` has run (`.meshplane/slo-status.json`): state,
 * budget, burn rates, the last value and 30 days of daily history. Without an evaluation the state is `no-data`.
 */
export interface SloExport extends Slo {
  state: SloState;
  status?: Pick<SloStatus, 'since' | 'current' | 'threshold' | 'attainment' | 'budgetRemaining' | 'burnRates' | 'severity' | 'evaluatedAt'>;
  history?: DailySlices[];
}

/** An output port as the site shows it: its schema, SLOs, checks, the table it is provisioned as, and its readers. */
export interface PortExport {
  name: string;
  kind: string;
  description?: string;
  columns: Column[];
  primaryKey: string[];
  retention?: string;
  slos: SloExport[];
  quality: QualityCheck[];
  /** Where the platform provisions the port, and a query that reads it. */
  table: { schema: string; table: string; sql: string };
  deprecated?: { sunset: string; successor?: string };
}

/** A product one lineage walk reached. */
export interface LineageNeighbour {
  id: string;
  depth: number;
}

/** A policy finding about one product (waived findings are notices). */
export interface ComplianceExport {
  ruleId: string;
  severity: 'error' | 'warning' | 'notice';
  message: string;
}

/** A waiver: which rule it lifts for which product, why, and until when. */
export interface WaiverExport {
  name: string;
  rule: string;
  product: string;
  reason: string;
  approvedBy: string;
  expires: string;
  expired: boolean;
}

import type { AgreementExport } from '../agreement/describe-agreement.js';

/** Everything the site shows about one product. `manifest` is the product file's data, unchanged. */
export interface ProductExport {
  id: string;
  name: string;
  domain: string;
  address: string;
  archetype: string;
  lifecycle: string;
  version: string;
  owner: string;
  productOwner: string;
  tags: string[];
  classification: string;
  description: string;
  purpose?: string;
  limitations?: string;
  contact?: string;
  file: string;
  ports: PortExport[];
  inputs: { name: string; product?: string; port?: string; system?: string }[];
  /** Teams that read it outside its lineage: by agreements naming no reading product, and (deprecated) inline. */
  consumers: { team: string; purpose?: string; until?: string; ports?: string[]; agreement?: string }[];
  /** Lineage edges out of this product (who reads it) plus those consumer teams. */
  consumerCount: number;
  /** Every data sharing agreement of the product, judged on the export's day: who reads which port, why, until when. */
  agreements: AgreementExport[];
  upstream: LineageNeighbour[];
  downstream: LineageNeighbour[];
  compliance: ComplianceExport[];
  waivers: string[];
  changelog: ChangelogEntry[];
  manifest: Record<string, unknown>;
  /** What the product's runs were observed doing against what it declares (`input.runtime`); absent when never observed. */
  runtime?: RuntimePolicyInput;
  /** The README and example files the manifest's `docs` names, as text (read by the site build; absent when none). */
  docs?: ProductDocsExport;
}

/** A product's documentation files, each by its path relative to the manifest's folder (`./README.md`). */
export interface ProductDocsExport {
  readme?: { path: string; text: string };
  examples: { path: string; text: string }[];
  /** Files the manifest names that could not be read, or are too large to show: path and why. */
  missing: { path: string; why: string }[];
  /**
   * The images the README shows from the product's folder (PNG, JPEG, GIF or WebP, checked by their first bytes), by
   * path relative to the manifest's folder, for the site to publish beside the product's page. Absent when none.
   */
  images?: { path: string; mediaType: string; base64: string }[];
}

/** A domain or a team, with the products it owns. */
export interface GroupExport {
  name: string;
  title: string;
  description?: string;
  owner?: string;
  contact?: string;
  members?: string[];
  products: string[];
}

/** A policy rule as the governance page lists it, with how many products it currently flags. */
export interface RuleExport {
  id: string;
  title: string;
  description: string;
  severity: string;
  scope: string;
  owner?: string;
  enforceFrom?: string;
  file: string;
  failing: number;
  waived: number;
}

/** The whole catalog, shaped for the site: written by `mesh site build`, read by the Astro pages. */
/** A product's scorecard as the site shows it: score, level, attributes, and the checks that fail with why. */
export interface ScorecardExport {
  productId: string;
  domain: string;
  score: number;
  level?: string;
  attributes: Record<string, { passed: number; total: number }>;
  failed: { attribute: string; id: string; evidence: string }[];
  /** Checks that could not be judged (no SLO statuses, no policy run): shown, not counted. */
  unknown: { attribute: string; id: string; evidence: string }[];
}

export interface CatalogExport {
  generatedOn: string;
  /** How many lineage steps a product page shows each way. */
  lineageDepth: number;
  counts: { products: number; domains: number; teams: number; edges: number; declaredConsumers: number; consumerLinks: number; skipped: number };
  /** Sorted by id. */
  products: ProductExport[];
  /** Product ids, most consumers first: the home page's order when no query is given. */
  ranking: string[];
  domains: GroupExport[];
  teams: GroupExport[];
  /**
   * Declared lineage; `runtime` says, for a consumer whose runs were observed, whether they read it (`not-seen`: not
   * lately); `agreement` is the file of the data sharing agreement in force that covers the read (none within a team).
   */
  edges: (LineageEdge & { runtime?: 'observed' | 'not-seen'; agreement?: string })[];
  /** Reads observed at run time that no input port declares (runtime lineage drift), with the run as evidence. */
  undeclaredEdges: { producer: string; port: string; consumer: string; runId: string; time: string }[];
  rules: RuleExport[];
  waivers: WaiverExport[];
  /** Every shown product's scorecard (`mesh scorecard`), by product id order. */
  scorecards: ScorecardExport[];
}

/**
 * What `mesh site build` tells the site's pages of the last build it set aside (the file MESHPLANE_LAST_PAGES
 * names): its folder and the key of each product page in it. Given only when the same code built it for the same base
 * path.
 */
export interface LastSitePages {
  dir: string;
  keys: Record<string, string>;
}

/** What the site's pages tell `mesh site build` (the file MESHPLANE_PAGE_KEYS names): every product page's key, and which pages they kept. */
export interface SitePageKeys {
  keys: Record<string, string>;
  /** Products whose last pages are kept: `mesh site build` moves their files in. */
  reused: string[];
}
