/** The names of a bot's two hidden markers: its fingerprint's (`expiry`) and the state digest's (`expiry-digest`). */
export interface IssueMarkerNames {
  fingerprint: string;
  digest: string;
}

/**
 * The hidden lines that start a bot's issue body: `<!-- meshplane:<name> <fingerprint> -->`, by which the bot finds
 * the issue again, and the digest of the state it shows, by which it knows when to comment. Both values must hold no
 * white space (percent-encode them), so they cannot end the comment they are hidden in.
 */
export function renderIssueMarkers(names: IssueMarkerNames, fingerprint: string, digest: string): string {
  return `<!-- meshplane:${names.fingerprint} ${fingerprint} -->\n<!-- meshplane:${names.digest} ${digest} -->`;
}

/** The fingerprint and digest hidden in an issue body by {@link renderIssueMarkers}; undefined without a fingerprint. */
export function readIssueMarkers(names: IssueMarkerNames, body: string | null | undefined): { fingerprint: string; digest?: string } | undefined {
  const fingerprint = new RegExp(`<!-- meshplane:${names.fingerprint} (\\S+) -->`).exec(body ?? '')?.[1];
  if (!fingerprint) return undefined;
  const digest = new RegExp(`<!-- meshplane:${names.digest} (\\S+) -->`).exec(body ?? '')?.[1];
  return { fingerprint, ...(digest ? { digest } : {}) };
}
