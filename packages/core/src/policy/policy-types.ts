/** A policy rule as its `# METADATA` block describes it. */
export interface PolicyRule {
  /** Such as `global.ownership.owner-team` or `podcast.retention.max-three-years`. */
  id: string;
  title: string;
  /** Why the rule exists. */
  description: string;
  severity: 'deny' | 'warn';
  owner?: string;
  /** `YYYY-MM-DD`: before this day a deny only warns, giving teams a runway. */
  enforceFrom?: string;
  /** Where the rule is written (repository-relative) and on which line. */
  file: string;
  line: number;
  /** `global` rules judge every product; `domain` rules only the products of `domain`. */
  scope: 'global' | 'domain';
  domain?: string;
  /** True for rules evaluated once over the whole mesh (`mesh_deny`, `mesh_warn`). */
  meshWide: boolean;
  /** The rule's reference, such as `data.meshplane.global.ownership.deny`: what the generated entry points call. */
  ref: string;
}

/** One result of a rule, as the wasm bundle returns it. */
export interface PolicyResult {
  id: string;
  msg: string;
  pointer?: string;
  level: 'deny' | 'warn';
  /** Mesh-wide results name the product they are about. */
  product?: string;
  /** Results about one of the product's data sharing agreements name it: the finding goes on that file's line. */
  agreement?: string;
}

/** What evaluating a bundle over a catalog produced, before it becomes findings. */
export interface PolicyEvaluation {
  /** sha256 of the WebAssembly bundle that ran. */
  digest: string;
  rules: PolicyRule[];
  /** Results per product id. */
  products: ReadonlyMap<string, PolicyResult[]>;
  mesh: PolicyResult[];
  /** Evaluations that failed: each fails the check (fail closed). */
  errors: { productId?: string; message: string }[];
}
