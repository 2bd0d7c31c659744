import type { SloMemory } from './apply-hysteresis.js';
import type { Observation, SloState } from './slo-types.js';

/** What a data branch holds: `observations/YYYY-MM-DD.jsonl` (one file per day) and the SLO memory. */
export const OBSERVATIONS_FOLDER = 'observations/';
export const SLO_MEMORY_FILE = 'slo-memory.json';
const DAY_FILE = /^observations\/(\d{4}-\d{2}-\d{2})\.jsonl$/;

/** The files to write (path → full content) and to remove, to bring a data branch up to date. */
export interface DataBranchChange {
  write: Map<string, string>;
  remove: string[];
  /** Observations that were not on the branch yet. */
  added: number;
}

/**
 * Plans a data branch's new tree from its files as read (`existing`: path → content), the observations to add, the
 * memory of this evaluation, and the horizon (`findObservationHorizon`). A day file is the union, by observation id,
 * of what it held and what is added, sorted by time then id, one JSON object per line: the same observations give the
 * same bytes, whoever wrote them first, so re-applying after someone else pushed merges instead of overwriting. Day
 * files before the horizon's day are removed (they stay in the branch's history; no evaluation reads them). The memory
 * file keeps the later evaluation; without `memory` (a run that evaluated nothing) it is left as it is. Pure.
 */
export function planDataBranchFiles(
  existing: ReadonlyMap<string, string>,
  additions: readonly Observation[],
  options: { horizon: string; evaluatedAt: string; memory?: ReadonlyMap<string, SloMemory> },
): DataBranchChange {
  const keepFrom = options.horizon.slice(0, 10);
  const write = new Map<string, string>();
  const remove = [...existing.keys()].filter((p) => (DAY_FILE.exec(p)?.[1] ?? '9999') < keepFrom).sort();
  let added = 0;
  const byDay = new Map<string, Observation[]>();
  for (const o of additions) {
    const day = o.observedAt.slice(0, 10);
    if (day < keepFrom) continue;
    const list = byDay.get(day);
    if (list) list.push(o);
    else byDay.set(day, [o]);
  }
  for (const [day, list] of [...byDay].sort(([a], [b]) => a.localeCompare(b))) {
    const path = `${OBSERVATIONS_FOLDER}${day}.jsonl`;
    const before = existing.get(path);
    const merged = new Map((before ? readObservationLines(path, before) : []).map((o) => [o.observationId, o]));
    const size = merged.size;
    for (const o of list) if (!merged.has(o.observationId)) merged.set(o.observationId, o);
    added += merged.size - size;
    if (merged.size > size) write.set(path, renderObservationLines([...merged.values()]));
  }
  const memoryText = existing.get(SLO_MEMORY_FILE);
  const theirs = memoryText === undefined || !options.memory ? undefined : readSloMemoryFile(memoryText);
  if (options.memory && (!theirs || theirs.evaluatedAt <= options.evaluatedAt)) {
    const text = renderSloMemoryFile(options.evaluatedAt, options.memory);
    if (text !== memoryText) write.set(SLO_MEMORY_FILE, text);
  }
  return { write, remove, added };
}

/** Lists the day files of a data branch among its paths, oldest first. */
export function listObservationFiles(paths: Iterable<string>): string[] {
  return [...paths].filter((p) => DAY_FILE.test(p)).sort();
}

/** Observations as JSON lines (docs/observations.md): sorted by time then id, fields in a fixed order. */
export function renderObservationLines(observations: readonly Observation[]): string {
  const sorted = [...observations].sort((a, b) => a.observedAt.localeCompare(b.observedAt) || a.observationId.localeCompare(b.observationId));
  return sorted.map((o) => JSON.stringify(pickObservation(o)) + '\n').join('');
}

/**
 * Reads the observations of a data branch's day file. A line that is not an observation is a fault naming its file
 * and line (the branch is Meshplane's own; a hand edit gone wrong must be fixed, not silently dropped on the next write).
 */
export function readObservationLines(file: string, text: string): Observation[] {
  return text.split('\n').flatMap((line, i) => {
    if (line.trim() === '') return [];
    let o: Partial<Observation> | undefined;
    try {
      o = JSON.parse(line) as Partial<Observation>;
    } catch {
      o = undefined;
    }
    const fields = ['observationId', 'productId', 'port', 'slo', 'observedAt', 'unit'] as const;
    if (!o || typeof o !== 'object' || fields.some((f) => typeof o[f] !== 'string') || typeof o.value !== 'number') {
      throw new DataBranchError(`${file}:${i + 1} is not an observation (docs/observations.md); fix or remove the line on the data branch.`);
    }
    return [pickObservation(o as Observation)];
  });
}

/** The SLO memory file: the evaluation time and each SLO's remembered state, keys sorted. */
export function renderSloMemoryFile(evaluatedAt: string, memory: ReadonlyMap<string, SloMemory>): string {
  const sorted = Object.fromEntries([...memory].sort(([a], [b]) => a.localeCompare(b)));
  return JSON.stringify({ evaluatedAt, memory: sorted }, null, 2) + '\n';
}

/** Reads the SLO memory file a data branch holds. */
export function readSloMemoryFile(text: string): { evaluatedAt: string; memory: Map<string, SloMemory> } {
  let data: { evaluatedAt?: unknown; memory?: Record<string, SloMemory> };
  try {
    data = JSON.parse(text) as typeof data;
  } catch {
    data = {};
  }
  if (typeof data.evaluatedAt !== 'string' || typeof data.memory !== 'object' || data.memory === null) {
    throw new DataBranchError(`${SLO_MEMORY_FILE} on the data branch is not Meshplane's SLO memory; remove it to start the memory afresh.`);
  }
  const valid = (s: unknown): s is SloState => typeof s === 'string' && ['ok', 'at-risk', 'breached', 'no-data'].includes(s);
  return { evaluatedAt: data.evaluatedAt, memory: new Map(Object.entries(data.memory).filter(([, m]) => valid(m.state))) };
}

/** A data branch whose files Meshplane cannot read. */
export class DataBranchError extends Error {
  readonly code = 'data-branch';
}

function pickObservation(o: Observation): Observation {
  return { observationId: o.observationId, productId: o.productId, port: o.port, slo: o.slo, observedAt: o.observedAt, value: o.value, unit: o.unit };
}
