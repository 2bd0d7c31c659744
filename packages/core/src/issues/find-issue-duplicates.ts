/** The fields of an issue the bots compare when looking for duplicates. */
export interface IssueLike {
  number: number;
  state: 'open' | 'closed';
  body: string;
}

/** An open issue that repeats another open issue of the same fingerprint, and the one that stays. */
export interface IssueDuplicate<T extends IssueLike = IssueLike> {
  fingerprint: string;
  duplicate: T;
  survivor: T;
}

/**
 * The open issues that duplicate another open issue of the same fingerprint (read from the body by `readFingerprint`).
 * The survivor is always the one with the lowest number, the first GitHub created: two runs that raced to create the
 * same issue each see both issues once their create returned, and agree on which one stays without talking to each
 * other. (The run that created the higher number cannot miss the lower one: its create came later, and it lists after
 * its create.)
 *
 * @example findIssueDuplicates([issue1, issue2], (body) => readSloMarkers(body)?.fingerprint)
 */
export function findIssueDuplicates<T extends IssueLike>(found: readonly T[], readFingerprint: (body: string) => string | undefined): IssueDuplicate<T>[] {
  const openByFingerprint = new Map<string, T[]>();
  for (const issue of found) {
    const fingerprint = issue.state === 'open' ? readFingerprint(issue.body) : undefined;
    if (fingerprint) openByFingerprint.set(fingerprint, [...(openByFingerprint.get(fingerprint) ?? []), issue]);
  }
  const out: IssueDuplicate<T>[] = [];
  for (const [fingerprint, issues] of openByFingerprint) {
    const [survivor, ...rest] = [...issues].sort((a, b) => a.number - b.number);
    if (survivor) for (const duplicate of rest) out.push({ fingerprint, duplicate, survivor });
  }
  return out;
}
