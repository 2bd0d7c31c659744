/** `1 file`, `2 files`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Replaces control characters (terminal escape sequences, carriage returns, newlines, tabs) with U+FFFD, so hostile
 * names in a manifest can neither rewrite the reader's terminal nor start a line of their own (a line starting with
 * `::` in a GitHub Actions log is a workflow command).
 */
export function stripControl(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '\ufffd');
}
