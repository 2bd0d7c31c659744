import { describe, expect, it } from 'vitest';
import {
  findObservationHorizon,
  planDataBranchFiles,
  readObservationLines,
  readSloMemoryFile,
  renderObservationLines,
  renderSloMemoryFile,
  type Observation,
  type SloMemory,
} from '@meshplane/core';

const obs = (id: string, observedAt: string): Observation => ({
  observationId: id,
  productId: 'p.q',
  port: 'main',
  slo: 'fresh',
  observedAt,
  value: 1,
  unit: 'hours',
});
const NOW = '2026-11-22T06:00:00.000Z';
const HORIZON = findObservationHorizon([28 * 24], NOW);
const memory = new Map<string, SloMemory>([['p.q/main/fresh', { state: 'ok', since: '2026-11-01T00:00:00.000Z' }]]);
const plan = (existing: Record<string, string>, additions: Observation[], evaluatedAt = NOW) =>
  planDataBranchFiles(new Map(Object.entries(existing)), additions, { horizon: HORIZON, evaluatedAt, memory });

describe('findObservationHorizon', () => {
  it.each([
    { windows: [28 * 24], horizon: '2026-10-21T06:00:00.000Z' },
    { windows: [7 * 24], horizon: '2026-10-21T06:00:00.000Z' },
    { windows: [90 * 24, 28 * 24], horizon: '2026-08-22T06:00:00.000Z' },
    { windows: [], horizon: '2026-10-21T06:00:00.000Z' },
  ])('reads back the longest window of $windows hours (at least 30 days) plus two days', ({ windows, horizon }) => {
    expect(findObservationHorizon(windows, NOW)).toBe(horizon);
  });
});

describe('planDataBranchFiles', () => {
  it('writes each added observation into its day file, sorted by time then id', () => {
    const change = plan({}, [obs('b', '2026-11-21T03:00:00.000Z'), obs('a', '2026-11-21T03:00:00.000Z'), obs('c', '2026-11-20T01:00:00.000Z')]);
    expect([...change.write.keys()]).toEqual(['observations/2026-11-20.jsonl', 'observations/2026-11-21.jsonl', 'slo-memory.json']);
    expect(readObservationLines('f', change.write.get('observations/2026-11-21.jsonl') ?? '').map((o) => o.observationId)).toEqual(['a', 'b']);
    expect(change.added).toBe(3);
  });

  it('merges with what another run pushed: the union by id, the same bytes in either order', () => {
    const mine = [obs('mine', '2026-11-21T05:00:00.000Z'), obs('both', '2026-11-21T01:00:00.000Z')];
    const theirs = renderObservationLines([obs('theirs', '2026-11-21T02:00:00.000Z'), obs('both', '2026-11-21T01:00:00.000Z')]);
    const change = plan({ 'observations/2026-11-21.jsonl': theirs }, mine);
    const merged = change.write.get('observations/2026-11-21.jsonl') ?? '';
    expect(readObservationLines('f', merged).map((o) => o.observationId)).toEqual(['both', 'theirs', 'mine']);
    expect(merged).toBe(renderObservationLines([...mine, obs('theirs', '2026-11-21T02:00:00.000Z')]));
    expect(change.added).toBe(1);
  });

  it('leaves a day file alone when nothing new belongs in it', () => {
    const day = renderObservationLines([obs('a', '2026-11-21T01:00:00.000Z')]);
    const change = plan({ 'observations/2026-11-21.jsonl': day, 'slo-memory.json': renderSloMemoryFile(NOW, memory) }, [obs('a', '2026-11-21T01:00:00.000Z')]);
    expect(change).toEqual({ write: new Map(), remove: [], added: 0 });
  });

  it('drops day files before the horizon and never writes observations older than it', () => {
    const old = renderObservationLines([obs('old', '2026-10-20T01:00:00.000Z')]);
    const kept = renderObservationLines([obs('kept', '2026-10-21T01:00:00.000Z')]);
    const change = plan({ 'observations/2026-10-20.jsonl': old, 'observations/2026-10-21.jsonl': kept, 'README.md': 'x' }, [
      obs('late', '2026-10-19T23:00:00.000Z'),
    ]);
    expect(change.remove).toEqual(['observations/2026-10-20.jsonl']);
    expect([...change.write.keys()]).toEqual(['slo-memory.json']);
    expect(change.added).toBe(0);
  });

  it('keeps the memory of the later evaluation', () => {
    const later = renderSloMemoryFile('2026-11-22T07:00:00.000Z', new Map());
    expect(plan({ 'slo-memory.json': later }, []).write.size).toBe(0);
    const earlier = renderSloMemoryFile('2026-11-22T05:00:00.000Z', new Map());
    expect(readSloMemoryFile(plan({ 'slo-memory.json': earlier }, []).write.get('slo-memory.json') ?? '')).toEqual({ evaluatedAt: NOW, memory });
  });

  it('leaves the memory file alone, even a broken one, when the run evaluated nothing (no memory given)', () => {
    const options = { horizon: HORIZON, evaluatedAt: NOW };
    const added = planDataBranchFiles(new Map(), [obs('a', NOW)], options);
    expect([...added.write.keys()]).toEqual(['observations/2026-11-22.jsonl']);
    expect(planDataBranchFiles(new Map([['slo-memory.json', 'not json']]), [], options).write.size).toBe(0);
  });

  it('refuses a day file line that is not an observation, naming file and line', () => {
    expect(() =>
      plan({ 'observations/2026-11-21.jsonl': '{"observationId":"a"}\n' }, [obs('b', '2026-11-21T01:00:00.000Z')]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: observations/2026-11-21.jsonl:1 is not an observation (docs/observations.md); fix or remove the line on the data branch.]`,
    );
  });
});
