/** Why someone's approval is needed on a pull request. */
export interface ReviewerNeed {
  /** A GitHub handle: `@org/team` for a team, `@login` for a person. */
  handle: string;
  /** The catalog team it belongs to, when it came from a Team file. */
  team?: string;
  reasons: string[];
}

/** How a pull request is routed: its labels and whose review it needs. */
export interface PullReview {
  labels: string[];
  reviewers: ReviewerNeed[];
  /** The pull request changes governance files (policies, schemas, waivers, config). */
  governance: boolean;
  /** Things the routing could not do, said plainly (a team without a GitHub handle, …). */
  notes: string[];
}

/** The labels Meshplane manages; any other label on a pull request is left alone. */
export const MANAGED_LABELS = ['new-product', 'breaking-change', 'policy-change', 'needs-governance-review'] as const;

/** True for a label Meshplane sets and may remove (`domain:<d>` or one of {@link MANAGED_LABELS}). */
export function isManagedLabel(name: string): boolean {
  return name.startsWith('domain:') || (MANAGED_LABELS as readonly string[]).includes(name);
}
