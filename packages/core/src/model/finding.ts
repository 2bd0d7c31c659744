import type { PolicyImpact } from '../policy/compare-policy-runs.js';
import type { CatalogChanges } from '../change/change-types.js';

/** How much a finding matters. Only `error` fails a check (see {@link decideVerdict}). */
export type Severity = 'error' | 'warning' | 'notice';

/** A place in a file: 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/**
 * One verdict about the catalog: a schema error, a broken reference, a policy result, a breaking change. Every
 * entry point renders the same findings; nothing else carries a verdict.
 */
export interface Finding {
  /** A stable id such as `schema.unknown-key` or `graph.dangling-input`. */
  ruleId: string;
  severity: Severity;
  /** What is wrong, in words a domain engineer understands. */
  message: string;
  /** What to do about it. */
  hint?: string;
  /** Repository-relative path with forward slashes, such as `catalog/podcast/podcast-listeners/product.yaml`. */
  file?: string;
  line?: number;
  column?: number;
  /** JSON pointer into the file's data, such as `/spec/outputPorts/0/slos`. */
  pointer?: string;
  /** The data product the finding is about, when there is one. */
  productId?: string;
  /** On a pull request: whether the base had the same finding (`existing`) or the change brought it (`introduced`). */
  baseline?: 'introduced' | 'existing';
  /** A finding that follows from another (`file:<path>`: that file could not be read): folded under its cause. */
  cause?: string;
  /** How many consequences were folded under this finding (see foldConsequences). */
  consequences?: number;
  /** False for an error that does not fail the check: one the base already had, outside what the pull request touches. */
  blocks?: false;
}

/** What a check looked at. */
export interface CheckStats {
  files: number;
  products: number;
  domains: number;
  teams: number;
  waivers: number;
  /** Lineage edges between products (input ports that read another product). */
  edges: number;
}

/** Which policy bundle judged a check. */
export interface PolicySummary {
  /** `sha256:` of the WebAssembly bundle. */
  digest: string;
  rules: number;
  /** Where the policies came from: `work tree`, or `base <ref> (<commit>)`. */
  source: string;
}

/** The result of one check, rendered by every renderer and judged by {@link decideVerdict}. */
export interface CheckReport {
  tool: { name: string; version: string };
  /** The repository root the paths are relative to, as the user named it. */
  root: string;
  /** `validate` when only each file's schema was checked: then the whole-mesh counts mean nothing. Default `check`. */
  mode?: 'validate' | 'check';
  stats: CheckStats;
  /** Sorted by file, line, column, rule id. */
  findings: Finding[];
  policy?: PolicySummary;
  /** On a pull request (`--base`): what changes, what it requires of the version, and whom it affects. */
  changes?: CatalogChanges;
  /** On a pull request that changes policies: what the head policies would change across the mesh. */
  policyImpact?: PolicyImpact;
  /** On a pull request: which errors block (`review.blockOn`), and the base's findings this change resolves. */
  baseline?: { blockOn: 'introduced' | 'touched' | 'all'; resolved: Finding[] };
  /** Titles and descriptions of the policy rules that produced findings, by id (for SARIF and explanations). */
  rules?: Record<string, { title: string; description: string }>;
}
