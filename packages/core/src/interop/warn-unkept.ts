import type { Finding } from '../model/finding.js';
import type { SourceDocument } from '../model/source-document.js';
import { findingAt } from '../model/finding-at.js';

type Json = unknown;

/** Every scalar of a value with its JSON pointer (an empty object or array counts as one scalar). */
function listLeaves(v: Json, at = ''): [string, Json][] {
  if (Array.isArray(v)) return v.length === 0 ? [[at, '[]']] : v.flatMap((x, i) => listLeaves(x, `${at}/${i}`));
  if (v && typeof v === 'object') {
    const entries = Object.entries(v);
    return entries.length === 0 ? [[at, '{}']] : entries.flatMap(([k, x]) => listLeaves(x, `${at}/${k.replaceAll('~', '~0').replaceAll('/', '~1')}`));
  }
  return [[at, v]];
}

export interface UnkeptOptions {
  ruleId: string;
  /** Pointers the reader turns into something else (a status into a lifecycle, a logical type into a column type). */
  consumed: (pointer: string) => boolean;
  why: string;
  hint: string;
}

/**
 * The safety net of an importer: every value of the source document that reached neither the manifest (the same
 * value somewhere in it) nor a finding of its own (on the field or one around it), nor is consumed by the mapping,
 * becomes a warning on its line, so nothing an import drops goes unsaid. Values lost together are named once, by the
 * object or list that holds them.
 */
export function warnUnkept(doc: SourceDocument, kept: unknown, findings: Finding[], options: UnkeptOptions): void {
  const values = new Set(listLeaves(kept).map(([, v]) => String(v)));
  const covered = findings.filter((f) => f.file === doc.file && f.pointer).map((f) => f.pointer as string);
  const lost = new Set(
    listLeaves(doc.value)
      .filter(([p]) => !covered.some((c) => p === c || p.startsWith(`${c}/`)))
      .filter(([p]) => !options.consumed(p))
      .filter(([, v]) => !values.has(String(v)))
      .map(([p]) => p),
  );
  if (lost.size === 0) return;
  for (const pointer of collapse(doc.value, '', lost).out)
    findings.push(
      findingAt(doc, pointer, { ruleId: options.ruleId, severity: 'warning', message: `${pointer} is not kept: ${options.why}`, hint: options.hint }, 'key'),
    );
}

/** The pointers to name: a node whose every scalar is lost is named once, by itself, instead of each of its scalars. */
function collapse(v: Json, at: string, lost: ReadonlySet<string>): { all: boolean; out: string[] } {
  const children: [string, Json][] = Array.isArray(v)
    ? v.map((x, i) => [`${at}/${i}`, x])
    : v && typeof v === 'object'
      ? Object.entries(v).map(([k, x]) => [`${at}/${k.replaceAll('~', '~0').replaceAll('/', '~1')}`, x])
      : [];
  if (children.length === 0) return { all: lost.has(at), out: [] };
  const results = children.map(([p, x]) => ({ p, ...collapse(x, p, lost) }));
  const all = results.every((r) => r.all);
  if (all && at !== '') return { all: true, out: [] };
  return { all: false, out: results.flatMap((r) => (r.all ? [r.p] : r.out)) };
}
