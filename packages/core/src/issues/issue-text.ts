import { escapeMarkdown } from '../render/escape-markdown.js';

/** GitHub refuses issue bodies over 65 536 characters; the bots cut theirs below that. */
export const MAX_ISSUE_BODY = 65_000;

// A GitHub team or user handle; anything else is shown escaped, so it can mention nobody.
const HANDLE = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$/;

/** The owner as an issue names it: a well-formed GitHub handle is mentioned (so the team is notified), else escaped. */
export function renderOwnerMention(owner: string, handle: string | undefined): string {
  if (handle && HANDLE.test(handle)) return handle;
  return `team ${escapeMarkdown(handle ?? owner)}`;
}

/** A person or team as an issue names them: a well-formed GitHub handle is mentioned, anything else escaped. */
export function renderMention(handle: string): string {
  return HANDLE.test(handle) ? handle : escapeMarkdown(handle);
}

/** A product's page on the catalog site, percent-encoded so that no id can end the Markdown link. */
export function renderProductUrl(siteUrl: string, productId: string): string {
  return `${siteUrl.replace(/\/+$/, '')}/products/${encodeURIComponent(productId)}/`.replace(
    /[()<>\s]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Inside a code span only a backtick can break out; code spans never mention anyone. */
export function escapeCode(s: string): string {
  return s.replace(/`/g, "'").replace(/[\r\n]+/g, ' ');
}

/** A title GitHub shows on one line, mentioning nobody, at most 250 characters. */
export function fitIssueTitle(title: string): string {
  return title
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/@/g, '@\u200d')
    .slice(0, 250);
}

/** A body cut to fit GitHub's limit; the hidden markers come first, so a cut keeps them. */
export function fitIssueBody(body: string): string {
  return body.length > MAX_ISSUE_BODY ? `${body.slice(0, MAX_ISSUE_BODY - 40)}\n\n(cut to fit GitHub's limit)\n` : body;
}
