import type { ProductDocsExport } from '@meshplane/core';
import { renderMarkdown } from './render-markdown.js';

/** The anchor of a product's example file on its page. */
export function exampleAnchor(index: number): string {
  return `example-${index + 1}`;
}

/** A path relative to the manifest's folder, normalised: `./examples/a.sql` and `examples/./a.sql` are `examples/a.sql`. */
function normalise(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/** Where the site publishes a product's README image: `files/<path>` under the product's page. */
export function readmeImagePath(productPage: string, path: string): string {
  return `${productPage}files/${path}`;
}

const ABSOLUTE = /^(?:[a-z][a-z0-9+.-]*:|#|\/)/i;
const decode = (s: string): string => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"');

/**
 * A product's README as safe HTML (renderMarkdown: raw HTML and dangerous URLs are inert), with its relative links
 * resolved against the README's folder: a link to one of the product's example files goes to that example on the
 * page, an image the build published (`docs.images`) is shown from `<productPage>files/<path>`; a link or image to a
 * file the site does not publish becomes plain text, so no link on the site is broken. Headings move two levels down,
 * under the page's own.
 */
export function renderReadme(docs: ProductDocsExport, productPage: string): string {
  if (!docs.readme) return '';
  const folder = docs.readme.path.split('/').slice(0, -1).join('/');
  const examples = new Map(docs.examples.map((e, i) => [normalise(e.path), `#${exampleAnchor(i)}`]));
  const images = new Set((docs.images ?? []).map((i) => normalise(i.path)));
  const place = (url: string): string => {
    let plain = decode(url).split(/[?#]/)[0] ?? '';
    try {
      plain = decodeURIComponent(plain);
    } catch {
      return '';
    }
    return normalise(`${folder}/${plain}`);
  };
  const target = (url: string): string | undefined => examples.get(place(url));
  return (
    renderMarkdown(docs.readme.text)
      .replace(/<a href="([^"]*)"([^>]*)>([\s\S]*?)<\/a>/g, (whole: string, href: string, rest: string, inner: string) => {
        if (ABSOLUTE.test(decode(href)) || href === '') return whole;
        const anchor = target(href);
        return anchor ? `<a href="${anchor}"${rest}>${inner}</a>` : `<span class="unpublished" title="not published on this site">${inner}</span>`;
      })
      .replace(/<img src="([^"]*)" alt="([^"]*)"([^>]*)>/g, (whole: string, src: string, alt: string, rest: string) => {
        if (ABSOLUTE.test(decode(src)) && src !== '') return whole;
        const path = src === '' ? '' : place(src);
        // The path is the build's own (letters, digits, . _ - / only), never the README's text.
        return images.has(path)
          ? `<img src="${readmeImagePath(productPage, path)}" alt="${alt}"${rest.replace(/\s*\/$/, '')} loading="lazy">`
          : `<span class="unpublished">[image: ${alt}]</span>`;
      })
      // The README's headings sit under the page's "Documentation" (h2): its h1 becomes an h3.
      .replace(/<(\/?)h([1-6])>/g, (_m: string, close: string, level: string) => `<${close}h${Math.min(6, Number(level) + 2)}>`)
  );
}

/** The language a code block of this file is highlighted as. */
export function languageOf(path: string): string {
  const ext = path.split('.').pop()?.toLowerCase() ?? '';
  return (
    ({ sql: 'sql', py: 'python', json: 'json', yaml: 'yaml', yml: 'yaml', sh: 'bash', md: 'markdown', ts: 'ts', js: 'js' } as Record<string, string>)[ext] ??
    'text'
  );
}
