import { structuredPatch } from 'diff';
import type { PolicyRule } from './policy-types.js';

/** A rule both bundles hold whose Rego text changed: a threshold lowered, a condition dropped. */
export interface RuleChange {
  id: string;
  file: string;
  line: number;
  /** The rule's source, base against head, as a unified diff (`-` base, `+` head) without file headers. */
  diff: string;
}

/**
 * The rules whose source text changed between the base and the head policies. A rule's source is its lines, from its
 * METADATA comment to the line before the next rule of its file (or the file's end), found from the rule catalogs'
 * file and line, preceded by the file's top-level constants it reads (a threshold such as `min_description := 40`). Rules added, removed or only moved are not listed here (moving is not a change of meaning).
 *
 * @example diffPolicyRules(baseRules, headRules, baseFiles, headFiles) // → [{ id: 'global.docs.description', diff: '@@ …' }]
 */
export function diffPolicyRules(
  baseRules: readonly PolicyRule[],
  headRules: readonly PolicyRule[],
  baseFiles: ReadonlyMap<string, string>,
  headFiles: ReadonlyMap<string, string>,
): RuleChange[] {
  const before = readRuleSources(baseRules, baseFiles);
  const after = readRuleSources(headRules, headFiles);
  const out: RuleChange[] = [];
  for (const r of headRules) {
    const old = before.get(r.id);
    const now = after.get(r.id);
    if (old === undefined || now === undefined || normalize(old) === normalize(now)) continue;
    const patch = structuredPatch(r.file, r.file, old, now, '', '', { context: 2 });
    const diff = patch.hunks.map((h) => [`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines].join('\n')).join('\n');
    out.push({ id: r.id, file: r.file, line: r.line, diff });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** Each rule's source text, by id. */
function readRuleSources(rules: readonly PolicyRule[], files: ReadonlyMap<string, string>): Map<string, string> {
  const byFile = new Map<string, PolicyRule[]>();
  for (const r of rules) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
  const out = new Map<string, string>();
  for (const [file, inFile] of byFile) {
    const text = files.get(file) ?? files.get(file.replace(/^\.\//, ''));
    if (text === undefined) continue;
    const lines = text.split('\n');
    const starts = [...inFile].sort((a, b) => a.line - b.line).map((r) => ({ id: r.id, start: startOf(lines, r.line - 1) }));
    const constants = readConstants(lines);
    starts.forEach((s, i) => {
      const body = lines.slice(s.start, starts[i + 1]?.start ?? lines.length).join('\n');
      // The constants it reads (a threshold set at the top of the file) are part of what the rule means.
      const read = constants.filter((c) => new RegExp(`\\b${c.name}\\b`).test(body) && !body.includes(c.text));
      out.set(s.id, [...read.map((c) => c.text), body].join('\n'));
    });
  }
  return out;
}

/** Top-level constants (`name := value` at the start of a line) with the comment lines right above each. */
function readConstants(lines: readonly string[]): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  lines.forEach((line, i) => {
    const m = /^([a-z_][a-z0-9_]*)\s*:?=/.exec(line);
    if (m) out.push({ name: m[1] as string, text: lines.slice(startOf(lines, i), i + 1).join('\n') });
  });
  return out;
}

/** The first line of a rule: its head line, or the top of the comment block (METADATA) right above it. */
function startOf(lines: readonly string[], head: number): number {
  let i = Math.min(Math.max(head, 0), lines.length - 1);
  while (i > 0 && /^\s*#/.test(lines[i - 1] ?? '')) i--;
  return i;
}

const normalize = (s: string): string => s.replace(/[ \t]+$/gm, '').trimEnd();
