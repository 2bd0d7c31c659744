import type { Finding } from '../model/finding.js';
import { hashText } from '../format/hash-text.js';
import { keyFinding } from '../review/classify-against-base.js';
import { readIssueMarkers, renderIssueMarkers } from '../issues/issue-markers.js';

/** The fingerprint of a product's expiry issue: its id, percent-encoded so it cannot end the comment it is hidden in. */
export function fingerprintExpiry(productId: string): string {
  return encodeURIComponent(productId);
}

/**
 * A short digest of the findings an issue shows as expired (FNV-1a over their sorted keys): the next run comments
 * only when this set changes, and edits in place otherwise.
 */
export function digestFindings(findings: readonly Finding[]): string {
  return `${findings.length}-${hashText(findings.map(keyFinding).sort().join('\n'))}`;
}

const NAMES = { fingerprint: 'expiry', digest: 'expiry-digest' };

/** The hidden lines that start every expiry issue body: the fingerprint, and the digest of what it shows as expired. */
export function renderExpiryMarkers(fingerprint: string, digest: string): string {
  return renderIssueMarkers(NAMES, fingerprint, digest);
}

/** The fingerprint and digest hidden in an issue body; undefined when the body has no fingerprint. */
export function readExpiryMarkers(body: string | null | undefined): { fingerprint: string; digest?: string } | undefined {
  return readIssueMarkers(NAMES, body);
}
