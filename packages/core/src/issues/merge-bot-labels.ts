/**
 * The labels a bot writes on its issue: its own, then the labels people added. The bot's earlier labels with one of
 * the `replaced` prefixes (`domain:`, `severity:`) give way to its new ones.
 */
export function mergeBotLabels(existing: readonly string[], ours: readonly string[], replaced: readonly string[]): string[] {
  const kept = existing.filter((l) => !replaced.some((prefix) => l.startsWith(prefix)) && !ours.includes(l));
  return [...ours, ...kept];
}

/** Whether two label lists hold the same labels, in any order. */
export function sameLabels(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
