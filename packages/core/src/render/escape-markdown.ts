/**
 * Escapes text for GitHub-flavoured Markdown while keeping the `code` spans messages use: HTML is neutralised and
 * `@` gets a zero-width joiner so a manifest cannot mention (and notify) anyone.
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '@\u200d')
    .replace(/([\\*_[\]|~])/g, (m) => (m === '\\' ? '\\\\' : `\\${m}`))
    .replace(/\r?\n/g, ' ');
}
