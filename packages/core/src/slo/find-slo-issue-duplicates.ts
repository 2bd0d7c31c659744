import { readSloMarkers } from './slo-issue-marker.js';
import type { FoundSloIssue } from './slo-issue-types.js';

/** An open issue that repeats another open issue of the same SLO episode, and the one that stays. */
export interface SloIssueDuplicate {
  fingerprint: string;
  duplicate: FoundSloIssue;
  survivor: FoundSloIssue;
}

/**
 * The open issues that duplicate another open issue of the same fingerprint. The survivor is always the one with the
 * lowest number, the first GitHub created: two runs that raced to create the same issue each see both issues once
 * their create returned, and agree on which one stays without talking to each other. (The run that created the higher
 * number cannot miss the lower one: its create came later, and it lists after its create.)
 *
 * @example
 * findSloIssueDuplicates([issue1, issue2]) // [{ fingerprint: 'podcast.listeners/daily/freshness', duplicate: issue2, survivor: issue1 }]
 */
export function findSloIssueDuplicates(found: readonly FoundSloIssue[]): SloIssueDuplicate[] {
  const openByFingerprint = new Map<string, FoundSloIssue[]>();
  for (const issue of found) {
    const fingerprint = issue.state === 'open' ? readSloMarkers(issue.body)?.fingerprint : undefined;
    if (fingerprint) openByFingerprint.set(fingerprint, [...(openByFingerprint.get(fingerprint) ?? []), issue]);
  }
  const out: SloIssueDuplicate[] = [];
  for (const [fingerprint, issues] of openByFingerprint) {
    const [survivor, ...rest] = [...issues].sort((a, b) => a.number - b.number);
    if (survivor) for (const duplicate of rest) out.push({ fingerprint, duplicate, survivor });
  }
  return out;
}
