import type { SloState, SloStatus } from './slo-types.js';

/**
 * What the issue bot reports on: an SLO status, plus the product's display name when the caller knows it.
 * (`productName` is not part of the shared `SloStatus`; it is optional so plain statuses work.)
 */
export type SloIssueSubject = SloStatus & { productName?: string };

/** An issue the bot wrote earlier, as found through the issues list API (label `slo-breach`, state all). */
export interface FoundSloIssue {
  number: number;
  /** GitHub's id of the issue (not its number): what `duplicate_issue_id` names when closing another as its duplicate. */
  id?: number;
  /** The issue's web page, when the list gave it. */
  htmlUrl?: string;
  state: 'open' | 'closed';
  title: string;
  body: string;
  labels: string[];
  /** ISO instant, for a closed issue. */
  closedAt?: string;
  /** Why a closed issue was closed (`completed`, `not_planned`, `duplicate`); a duplicate is never reopened. */
  stateReason?: string;
}

/** When the bot opens issues, and how long a closed issue stays the one to reopen. */
export interface SloIssuePlanOptions {
  /** The catalog site's base URL; product pages are `<siteUrl>/products/<productId>/`. */
  siteUrl: string;
  /** The evaluation time (ISO instant): judges the reopen cooldown. */
  now: string;
  /** Open an issue for `at-risk` too (default false: only `breached` and `no-data` open one). */
  openOnAtRisk?: boolean;
  /** Milliseconds after closing during which a new breach reopens the same issue (default 24 h). */
  reopenCooldownMs?: number;
}

/** The content the bot writes for one SLO: title, body (with its hidden markers) and labels. */
export interface SloIssueContent {
  fingerprint: string;
  title: string;
  body: string;
  labels: string[];
}

/** One thing to do on GitHub for one SLO; `none` says why nothing is needed. */
export type SloIssueAction =
  | (SloIssueContent & { kind: 'create'; state: SloState })
  | (SloIssueContent & { kind: 'update'; state: SloState; issueNumber: number; comment?: string })
  | (SloIssueContent & { kind: 'reopen'; state: SloState; issueNumber: number; comment: string })
  | (SloIssueContent & { kind: 'close'; state: SloState; issueNumber: number; comment: string })
  | { kind: 'none'; fingerprint: string; state: SloState; issueNumber?: number; reason: string };

/** The label every SLO issue carries; the bot lists issues by it. */
export const SLO_ISSUE_LABEL = 'slo-breach';
