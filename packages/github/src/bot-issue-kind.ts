import {
  findIssueDuplicates,
  readExpiryMarkers,
  readRenewalMarkers,
  readSloMarkers,
  renderSloDuplicateComment,
  EXPIRY_ISSUE_LABEL,
  RENEWAL_ISSUE_LABEL,
  SLO_ISSUE_LABEL,
} from '@meshplane/core';

/** What tells one bot's issues apart: the label it lists them by, and the fingerprint hidden in their bodies. */
export interface BotIssueKind {
  label: string;
  readFingerprint: (body: string | null | undefined) => string | undefined;
  /** The comment on an issue closed as a duplicate of `survivor`; it starts with `Duplicate of #N`. */
  renderDuplicateComment: (survivor: number) => string;
}

/** SLO breach issues: one per product, port and SLO episode. */
export const SLO_ISSUES: BotIssueKind = {
  label: SLO_ISSUE_LABEL,
  readFingerprint: (body) => readSloMarkers(body)?.fingerprint,
  renderDuplicateComment: renderSloDuplicateComment,
};

/** Expiry issues: one per product. */
export const EXPIRY_ISSUES: BotIssueKind = {
  label: EXPIRY_ISSUE_LABEL,
  readFingerprint: (body) => readExpiryMarkers(body)?.fingerprint,
  renderDuplicateComment: (survivor) =>
    `Duplicate of #${survivor}: another Meshplane run opened an expiry issue for this product at the same time. Closing this one; #${survivor} is the issue that is kept up to date.`,
};

/** Renewal issues: one per data sharing agreement due for renewal. */
export const RENEWAL_ISSUES: BotIssueKind = {
  label: RENEWAL_ISSUE_LABEL,
  readFingerprint: (body) => readRenewalMarkers(body)?.fingerprint,
  renderDuplicateComment: (survivor) =>
    `Duplicate of #${survivor}: another Meshplane run opened a renewal issue for this agreement at the same time. Closing this one; #${survivor} is the issue that is kept up to date.`,
};

/** The open issues of `kind` that duplicate another of the same fingerprint (the lowest number survives). */
export const findBotIssueDuplicates = <T extends { number: number; state: 'open' | 'closed'; body: string }>(kind: BotIssueKind, found: readonly T[]) =>
  findIssueDuplicates(found, (body) => kind.readFingerprint(body));
