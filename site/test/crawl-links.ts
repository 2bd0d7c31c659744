import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML file under `dir`, as paths relative to it. */
export function listHtmlFiles(dir: string, under = dir): string[] {
  return readdirSync(under).flatMap((name) => {
    const path = join(under, name);
    if (statSync(path).isDirectory()) return listHtmlFiles(dir, path);
    return name.endsWith('.html') ? [relative(dir, path)] : [];
  });
}

/** The href and src values of a page (double-quoted attributes, as Astro writes them), entities decoded. */
export function readLinks(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&').replace(/&#38;/g, '&'));
}

/**
 * Internal links of every page that lead nowhere: the link leaves `basePath` (the path the site is served under, as
 * `mesh site build --base` set it), the target file (or `<dir>/index.html`) is missing, or a `#fragment` names no id
 * on the target page. External links are not followed (the site has none of its own).
 */
export function findBrokenLinks(dir: string, basePath = '/'): string[] {
  const broken: string[] = [];
  const pages = new Map<string, string>();
  const read = (file: string): string => pages.get(file) ?? pages.set(file, readFileSync(file, 'utf8')).get(file)!;
  for (const page of listHtmlFiles(dir)) {
    const pageUrl = new URL(`${basePath}${page.replace(/index\.html$/, '')}`, 'http://site.test');
    for (const link of readLinks(read(join(dir, page)))) {
      const url = new URL(link, pageUrl);
      if (url.origin !== 'http://site.test') continue;
      if (!url.pathname.startsWith(basePath)) {
        broken.push(`${page}: ${link} (outside ${basePath})`);
        continue;
      }
      let file = join(dir, decodeURIComponent(url.pathname.slice(basePath.length - 1)));
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) {
        broken.push(`${page}: ${link}`);
        continue;
      }
      const id = decodeURIComponent(url.hash.slice(1));
      if (id && file.endsWith('.html') && !read(file).includes(`id="${id}"`)) broken.push(`${page}: ${link} (no id ${id})`);
    }
  }
  return broken;
}
