import type { BotIssueContent, FoundBotIssue } from '../issues/issue-action-types.js';
import type { SloState, SloStatus } from './slo-types.js';

/**
 * What the issue bot reports on: an SLO status, plus the product's display name when the caller knows it.
 * (`productName` is not part of the shared `SloStatus`; it is optional so plain statuses work.)
 */
export type SloIssueSubject = SloStatus & { productName?: string };

/** An issue the SLO bot wrote earlier, as found through the issues list API (label `slo-breach`, state all). */
export type FoundSloIssue = FoundBotIssue;

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
export type SloIssueContent = BotIssueContent;

/** One thing to do on GitHub for one SLO; `none` says why nothing is needed. */
export type SloIssueAction =
  | (SloIssueContent & { kind: 'create'; state: SloState })
  | (SloIssueContent & { kind: 'update'; state: SloState; issueNumber: number; comment?: string })
  | (SloIssueContent & { kind: 'reopen'; state: SloState; issueNumber: number; comment: string })
  | (SloIssueContent & { kind: 'close'; state: SloState; issueNumber: number; comment: string })
  | { kind: 'none'; fingerprint: string; state: SloState; issueNumber?: number; reason: string };

/** The label every SLO issue carries; the bot lists issues by it. */
export const SLO_ISSUE_LABEL = 'slo-breach';
