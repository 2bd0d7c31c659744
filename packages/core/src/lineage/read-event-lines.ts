import type { Finding, Severity } from '../model/finding.js';

/** Where one line of an events file is, as findings place it. */
export interface LineAt {
  file: string;
  line: number;
  column: number;
}

/** One non-blank line of a JSON-lines file: its place, and its object (undefined when the line is not JSON). */
export interface EventLine {
  at: LineAt;
  event?: Record<string, unknown>;
}

/** Events later than this past the reading time come from a skewed clock, not from the future. */
export const CLOCK_SKEW_MS = 5 * 60_000;

const rec = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/**
 * The non-blank lines of a JSON-lines file (OpenLineage run events, observations), each parsed on its own so one broken
 * line costs only itself; a JSON value that is not an object reads as an empty object. Pure.
 */
export function readEventLines(file: string, text: string): EventLine[] {
  const out: EventLine[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (!raw.trim()) continue;
    const at = { file, line: i + 1, column: 1 };
    try {
      out.push({ at, event: rec(JSON.parse(raw)) });
    } catch {
      out.push({ at });
    }
  }
  return out;
}

/** The finding for a line that is not JSON, under the reader's rule and severity. */
export function reportNotJson(ruleId: string, severity: Severity, at: LineAt): Finding {
  return { ruleId, severity, message: 'The line is not JSON.', hint: 'Write one OpenLineage run event per line.', ...at };
}

/**
 * A dataset name as the catalog's ports are named at run time: Trino's event listener names a table
 * `<catalog>.<schema>.<table>` (https://trino.io/docs/current/admin/event-listeners-openlineage.html), and a mesh is
 * provisioned into one catalog, so the catalog part is dropped; any other name is kept as it is.
 */
export function normalizeDatasetName(name: string): string {
  const m = /^[A-Za-z0-9_]+\.([A-Za-z0-9_]+\.[A-Za-z0-9_]+)$/.exec(name);
  return m?.[1] ?? name;
}
