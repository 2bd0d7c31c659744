import { readIssueMarkers, renderIssueMarkers } from '../issues/issue-markers.js';
import type { RenewalSubject } from './renewal-types.js';

/** The fingerprint of an agreement's renewal issue: its id, percent-encoded so it cannot end the comment it is hidden in. */
export function fingerprintRenewal(agreementId: string): string {
  return encodeURIComponent(agreementId);
}

/**
 * The state a renewal issue shows, which the next run comments on when it changes: whether the agreement is still to
 * end or has ended, and its end date (`ending-2026-12-18`, `ended-2026-12-18`). The days left are not in it: they
 * change every day, and are edited in place without a comment.
 */
export function digestRenewal(s: Pick<RenewalSubject, 'daysLeft' | 'agreement'>): string {
  return `${s.daysLeft < 0 ? 'ended' : 'ending'}-${encodeURIComponent(s.agreement.end)}`;
}

const NAMES = { fingerprint: 'renewal', digest: 'renewal-state' };

/** The hidden lines that start every renewal issue body: the fingerprint, and the state it shows. */
export function renderRenewalMarkers(fingerprint: string, digest: string): string {
  return renderIssueMarkers(NAMES, fingerprint, digest);
}

/** The fingerprint and state hidden in an issue body; undefined when the body has no fingerprint. */
export function readRenewalMarkers(body: string | null | undefined): { fingerprint: string; digest?: string } | undefined {
  return readIssueMarkers(NAMES, body);
}
