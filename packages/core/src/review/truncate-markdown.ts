/** GitHub's limit for a check run's summary and text, and for an issue comment body (characters). */
export const GITHUB_TEXT_LIMIT = 65_535;

/**
 * Cuts Markdown to at most `limit` characters at a line boundary, ending with `note` (which says where the rest is),
 * and closes a `<details>` block the cut left open so the page does not swallow what follows.
 */
export function truncateMarkdown(text: string, note: string, limit = GITHUB_TEXT_LIMIT): string {
  if (text.length <= limit) return text;
  const tail = `\n\n${note}\n`;
  let cut = text.slice(0, Math.max(0, limit - tail.length - 64));
  const nl = cut.lastIndexOf('\n');
  if (nl > 0) cut = cut.slice(0, nl);
  const open = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  if (open > 0) cut += '\n\n</details>'.repeat(open);
  return cut + tail;
}
