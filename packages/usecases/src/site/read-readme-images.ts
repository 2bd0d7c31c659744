import { posix } from 'node:path';

/** The larger an image, the less it belongs in a README; over this it is named as not shown. */
export const MAX_IMAGE_BYTES = 1024 * 1024;

/** Image kinds the site publishes, known by their first bytes (a file's name alone is not trusted). */
const KINDS: { mediaType: string; test: (b: Buffer) => boolean }[] = [
  { mediaType: 'image/png', test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { mediaType: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mediaType: 'image/gif', test: (b) => ['GIF87a', 'GIF89a'].includes(b.subarray(0, 6).toString('latin1')) },
  { mediaType: 'image/webp', test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
];

/** The media type of an image file's bytes, or undefined when they are none of the published kinds. */
export function detectImageType(bytes: Buffer): string | undefined {
  return KINDS.find((k) => k.test(bytes))?.mediaType;
}

const ABSOLUTE = /^(?:[a-z][a-z0-9+.-]*:|#|\/)/i;

/**
 * The relative image sources a README's Markdown shows: inline images (`![alt](path "title")`, `![alt](<path>)`) and
 * the targets of reference definitions an image uses (`![alt][ref]` … `[ref]: path`). URLs with a scheme, absolute
 * paths and anchors are left out: the site shows those as written (or not at all, by the Markdown renderer's rules).
 */
export function findReadmeImages(markdown: string): string[] {
  const found = new Set<string>();
  const take = (raw: string | undefined): void => {
    const src = (raw ?? '').trim().replace(/^<|>$/g, '');
    if (src && !ABSOLUTE.test(src)) found.add(src.split(/[?#]/)[0] ?? src);
  };
  for (const m of markdown.matchAll(/!\[[^\]\n]*\]\(\s*(<[^>\n]*>|[^)\s]+)/g)) take(m[1]);
  const refs = new Set([...markdown.matchAll(/!\[([^\]\n]*)\]\[([^\]\n]*)\]/g)].map((m) => (m[2] || m[1] || '').toLowerCase()));
  for (const m of markdown.matchAll(/^ {0,3}\[([^\]\n]+)\]:\s*(<[^>\n]*>|\S+)/gm)) if (refs.has((m[1] ?? '').toLowerCase())) take(m[2]);
  return [...found];
}

/**
 * An image source as a path relative to the manifest's folder (`readmeFolder` is the README's, relative to it), or
 * why it is not published: a path leaving the product's folder, or with characters other than letters, digits,
 * `.`, `_`, `-` and `/` (it becomes a URL and a file name on the site).
 */
export function placeReadmeImage(readmeFolder: string, src: string): { path: string } | { why: string } {
  let decoded: string;
  try {
    decoded = decodeURIComponent(src);
  } catch {
    return { why: 'not a valid URL path' };
  }
  const path = posix.normalize(posix.join(readmeFolder || '.', decoded));
  if (path === '..' || path.startsWith('../') || posix.isAbsolute(path)) return { why: "outside the product's folder" };
  if (!/^[A-Za-z0-9._/-]+$/.test(path)) return { why: 'a file name with characters the site does not publish (letters, digits, . _ - / only)' };
  return { path };
}
