import { UsageError } from '../usage-error.js';

/** One path segment as a GitHub repository name or a folder of a static host spells it (RFC 3986 unreserved). */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/**
 * The path a site is served under, as `mesh site build --base` and `mesh site serve --base` take it: `/` (the root of a
 * host, the default) or `/<segment>/…/` (a GitHub Pages project site is served under `/<repository>/`). A missing
 * trailing slash is added (`/demo` → `/demo/`, as GitHub Pages redirects `/demo` to `/demo/`). Anything else is a
 * usage fault naming the expected form, raised before anything is written: a path without a leading slash (`demo`
 * could mean a folder), a URL with a scheme or host, `.` or `..` segments, empty segments (`//`), spaces, `?`, `#`,
 * `%` escapes and other characters no repository name has. `name` is what the message calls the value (the flag, or
 * an action's input).
 *
 * @example readBasePath('/meshplane') // '/meshplane/'
 */
export function readBasePath(raw: string | undefined, name = '--base'): string {
  if (raw === undefined || raw === '/') return '/';
  const problem = findBasePathProblem(raw);
  if (problem)
    throw new UsageError(`${name} takes the path the site is served under, such as /demo/ (or / for the root of a host); \`${raw}\` ${problem}.`, 'base-path');
  return raw.endsWith('/') ? raw : `${raw}/`;
}

/** Why `raw` is not a base path, or undefined when it is one. */
function findBasePathProblem(raw: string): string | undefined {
  if (raw.trim() === '') return 'is empty';
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(raw) || raw.startsWith('//')) return 'is a URL: give only its path';
  if (!raw.startsWith('/')) return `does not start with a slash (did you mean /${raw.replace(/\/*$/, '')}/?)`;
  const segments = raw.slice(1).replace(/\/$/, '').split('/');
  if (segments.some((s) => s === '.' || s === '..')) return 'has a `.` or `..` segment';
  if (segments.some((s) => s === '')) return 'has an empty segment (`//`)';
  const bad = segments.find((s) => !SEGMENT.test(s));
  if (bad !== undefined) return `has a character other than letters, digits, \`-\`, \`.\`, \`_\` and \`~\` in \`${bad}\``;
  return undefined;
}
