import type { Column, OutputPort, Slo } from '../model/generated/types.js';
import { formatPointer } from '../model/pointer.js';
import type { ProductChangeItem } from './change-types.js';
import { describeType, isRaised, isSafeTypeChange } from './compare-types.js';
import { findRenames, type Named } from './find-renames.js';
import { isSameData } from '../model/same-data.js';

type Item = ProductChangeItem;

/**
 * Classifies what changed between two versions of one output port (matched by name). Breaking: a column removed
 * (a rename is a removal and an addition; one at the same position with the same type and a similar name is marked
 * `renamed`), a type narrowed or changed, a column made required or optional, the
 * primary key, temporal fields, identifier or kind changed, a classification raised, retention shortened. Additive:
 * a column added, a type widened. Patch: descriptions, quality checks, deprecation notes. SLO changes are listed apart.
 */
export function classifyPortChanges(before: OutputPort, after: OutputPort, index: number): Item[] {
  const at = (...rest: (string | number)[]): string => formatPointer(['spec', 'outputPorts', index, ...rest]);
  const name = after.name;
  const items: Item[] = [];
  const add = (kind: string, impact: Item['impact'], text: string, pointer: string): void => {
    items.push({ kind, impact, text: `Port \`${name}\`: ${text}`, port: name, pointer });
  };
  if (before.kind !== after.kind) add('port-kind-changed', 'breaking', `kind changed from ${before.kind} to ${after.kind}`, at('kind'));
  const headColumns = new Map(after.schema.map((c, i) => [c.name, { c, i }]));
  const renames = findRenames(before.schema.map(typed), after.schema.map(typed));
  for (const old of before.schema) {
    const now = headColumns.get(old.name);
    const to = renames.get(old.name);
    if (!now && to) {
      const text = `Port \`${name}\`: column \`${old.name}\` removed, \`${to}\` added in its place with the same type (a rename?)`;
      items.push({ kind: 'column-removed', impact: 'breaking', text, port: name, pointer: at('schema'), renamed: { from: old.name, to } });
    } else if (!now) add('column-removed', 'breaking', `column \`${old.name}\` removed`, at('schema'));
    else items.push(...compareColumns(old, now.c, (text) => `Port \`${name}\`: column \`${old.name}\` ${text}`, at('schema', now.i), name));
  }
  const baseNames = new Set(before.schema.map((c) => c.name));
  after.schema.forEach((c, i) => {
    if (!baseNames.has(c.name)) add('column-added', 'additive', `column \`${c.name}\` added${c.required ? ' (required)' : ''}`, at('schema', i));
  });
  if (!isSameData(before.primaryKey ?? [], after.primaryKey ?? [])) {
    add(
      'primary-key-changed',
      'breaking',
      `primary key changed from [${(before.primaryKey ?? []).join(', ')}] to [${(after.primaryKey ?? []).join(', ')}]`,
      at('primaryKey'),
    );
  }
  if (before.temporal.actualTime !== after.temporal.actualTime || before.temporal.processingTime !== after.temporal.processingTime) {
    add('temporal-changed', 'breaking', 'temporal fields changed', at('temporal'));
  }
  if (retentionDays(after.retention) < retentionDays(before.retention))
    add('retention-shortened', 'breaking', `retention shortened from ${before.retention} to ${after.retention}`, at('retention'));
  else if (before.retention !== after.retention)
    add('retention-changed', 'patch', `retention changed from ${before.retention ?? 'unset'} to ${after.retention ?? 'unset'}`, at('retention'));
  if (before.description !== after.description || before.format !== after.format) add('port-docs-changed', 'patch', 'description or format changed', at());
  if (!isSameData(before.quality ?? [], after.quality ?? [])) add('quality-changed', 'patch', 'quality checks changed', at('quality'));
  if (!isSameData(before.deprecated ?? null, after.deprecated ?? null))
    add('port-deprecation-changed', 'patch', after.deprecated ? `deprecated, sunset ${after.deprecated.sunset}` : 'no longer deprecated', at());
  items.push(...compareSlos(before.slos, after.slos, name, at));
  return items;
}

function typed(c: Column): Named {
  return { name: c.name, type: describeType(c) };
}

function compareColumns(old: Column, now: Column, say: (text: string) => string, pointer: string, port: string): Item[] {
  const items: Item[] = [];
  const add = (kind: string, impact: Item['impact'], text: string, field: string): void => {
    items.push({ kind, impact, text: say(text), port, pointer: `${pointer}/${field}` });
  };
  if (describeType(old) !== describeType(now)) {
    const safe = isSafeTypeChange(old, now);
    add(
      safe ? 'type-widened' : 'type-changed',
      safe ? 'additive' : 'breaking',
      `${safe ? 'widened' : 'changed type'} from ${describeType(old)} to ${describeType(now)}`,
      'type',
    );
  }
  if (Boolean(old.required) !== Boolean(now.required))
    add(now.required ? 'became-required' : 'became-optional', 'breaking', now.required ? 'became required' : 'became optional (nulls may appear)', 'required');
  if (old.identifier !== now.identifier)
    add('identifier-changed', 'breaking', `identifier changed from ${old.identifier ?? 'none'} to ${now.identifier ?? 'none'}`, 'identifier');
  if (isRaised(old.classification, now.classification))
    add('classification-raised', 'breaking', `classification raised from ${old.classification ?? 'none'} to ${now.classification}`, 'classification');
  else if (old.classification !== now.classification)
    add('classification-lowered', 'patch', `classification changed to ${now.classification ?? 'none'}`, 'classification');
  if (old.description !== now.description) add('column-docs-changed', 'patch', 'description changed', 'description');
  return items;
}

function compareSlos(before: Slo[], after: Slo[], port: string, at: (...rest: (string | number)[]) => string): Item[] {
  const items: Item[] = [];
  const heads = new Map(after.map((s, i) => [s.name, { s, i }]));
  const say = (kind: string, text: string, pointer: string): Item => ({
    kind,
    impact: 'patch',
    text: `Port \`${port}\`: SLO \`${text}`,
    port,
    pointer,
    slo: true,
  });
  for (const old of before) {
    const now = heads.get(old.name);
    if (!now) items.push(say('slo-removed', `${old.name}\` removed`, at('slos')));
    else {
      const d = sloStrictness(now.s) - sloStrictness(old);
      if (d !== 0 || !isSameData(old, now.s))
        items.push(
          say(
            d > 0 ? 'slo-tightened' : d < 0 ? 'slo-loosened' : 'slo-changed',
            `${old.name}\` ${d > 0 ? 'tightened' : d < 0 ? 'loosened' : 'changed'}`,
            at('slos', now.i),
          ),
        );
    }
  }
  const baseNames = new Set(before.map((s) => s.name));
  after.forEach((s, i) => {
    if (!baseNames.has(s.name)) items.push(say('slo-added', `${s.name}\` added`, at('slos', i)));
  });
  return items;
}

/** A number that grows as an SLO gets stricter: a higher objective, a shorter time bound, a higher completeness. */
function sloStrictness(s: Slo): number {
  const objective = parseFloat(s.objective);
  const threshold = s.threshold ?? '';
  const bound = threshold.endsWith('%') ? parseFloat(threshold) : threshold ? -durationDays(threshold) : 0;
  return objective * 1e6 + bound;
}

function retentionDays(r: string | undefined): number {
  return r === undefined || r === 'infinite' ? Infinity : durationDays(r);
}

/** An ISO 8601 duration in days (years as 365, months as 30). */
export function durationDays(iso: string): number {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso);
  if (!m) return NaN;
  const n = (i: number): number => Number(m[i] ?? 0);
  return n(1) * 365 + n(2) * 30 + n(3) * 7 + n(4) + n(5) / 24 + n(6) / 1440 + n(7) / 86400;
}
