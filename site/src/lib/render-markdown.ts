import { micromark } from 'micromark';

/**
 * Markdown from a manifest (untrusted: it arrives in pull requests) as HTML that cannot run anything. micromark's
 * defaults do the work: raw HTML is escaped as text, so no tag or event-handler attribute passes, and link and image
 * URLs with protocols other than http(s), mailto, irc(s) and xmpp (javascript:, data:, vbscript:…) become empty.
 * https://github.com/micromark/micromark#options (allowDangerousHtml, allowDangerousProtocol: both false here).
 */
export function renderMarkdown(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: false, allowDangerousProtocol: false });
}
