import { findIssueDuplicates, type IssueDuplicate } from '../issues/find-issue-duplicates.js';
import { readSloMarkers } from './slo-issue-marker.js';
import type { FoundSloIssue } from './slo-issue-types.js';

/** An open issue that repeats another open issue of the same SLO episode, and the one that stays. */
export type SloIssueDuplicate = IssueDuplicate<FoundSloIssue>;

/**
 * The open SLO issues that duplicate another open issue of the same fingerprint; the lowest number survives (see
 * {@link findIssueDuplicates}).
 *
 * @example
 * findSloIssueDuplicates([issue1, issue2]) // [{ fingerprint: 'podcast.listeners/daily/freshness', duplicate: issue2, survivor: issue1 }]
 */
export function findSloIssueDuplicates(found: readonly FoundSloIssue[]): SloIssueDuplicate[] {
  return findIssueDuplicates(found, (body) => readSloMarkers(body)?.fingerprint);
}
