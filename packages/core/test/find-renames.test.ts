import { describe, expect, it } from 'vitest';
import { classifyProductChanges, describeRenames, isSimilarName, type DataProduct } from '@meshplane/core';
import { buildProduct } from '@meshplane/testkit';

/** The base product: one table port `daily` whose schema ends with `plays` (integer) and `revenue` (decimal). */
const base = (): DataProduct =>
  buildProduct('podcast.listeners', (p) => {
    p.spec.outputPorts[0]!.schema.push({ name: 'plays', type: 'integer' }, { name: 'revenue', type: 'decimal', precision: 12, scale: 2 });
  });
const port = (p: DataProduct) => p.spec.outputPorts[0]!;
const column = (p: DataProduct, name: string) => port(p).schema.find((c) => c.name === name)!;

function renamesOf(edit: (p: DataProduct) => void) {
  const after = base();
  edit(after);
  return classifyProductChanges(base(), after)
    .filter((i) => i.impact === 'breaking')
    .map((i) => i.renamed ?? null);
}

describe('likely renames: same position, same type, similar name', () => {
  it.each<[string, (p: DataProduct) => void, ({ from: string; to: string } | null)[]]>([
    ['a column renamed in place', (p) => (column(p, 'plays').name = 'play_count'), [{ from: 'plays', to: 'play_count' }]],
    ['a column renamed in place, its type changed too', (p) => Object.assign(column(p, 'plays'), { name: 'play_count', type: 'bigint' }), [null]],
    [
      'a column removed and a similar one added at the end',
      (p) => {
        port(p).schema.splice(port(p).schema.indexOf(column(p, 'plays')), 1);
        port(p).schema.push({ name: 'play_count', type: 'integer' });
      },
      [null],
    ],
    ['a column replaced by an unrelated one in place', (p) => (column(p, 'plays').name = 'skips'), [null]],
    ['a port renamed in place', (p) => (port(p).name = 'daily-v2'), [{ from: 'daily', to: 'daily-v2' }]],
    ['a port renamed in place with another kind', (p) => Object.assign(port(p), { name: 'daily-files', kind: 'files' }), [null]],
  ])('%s', (_name, edit, renamed) => {
    expect(renamesOf(edit)).toEqual(renamed);
  });

  it.each<[string, string, boolean]>([
    ['plays', 'play_count', true],
    ['country_code', 'country_iso', true],
    ['listen_date', 'listenDate', true],
    ['revenue', 'revenues', true],
    ['plays', 'skips', false],
    ['listener_id', 'user_id', false],
  ])('%s and %s are similar: %s', (a, b, similar) => {
    expect(isSimilarName(a, b)).toBe(similar);
  });
});

describe('the rename hint', () => {
  const rules = { today: '2026-11-22', noticeDays: 30 };

  it('tells how to rename a column without breaking consumers', () => {
    const after = base();
    column(after, 'plays').name = 'play_count';
    expect(describeRenames(classifyProductChanges(base(), after), rules)).toMatchInlineSnapshot(
      `"\`plays\` → \`play_count\` looks like a rename. To rename without breaking consumers, add \`play_count\` and keep \`plays\` beside it, say in its description that it is deprecated in favour of \`play_count\`, tell the consumers, and remove it after the notice period (review.noticeDays: 30 days)."`,
    );
  });

  it('tells how to rename a port: keep the old one, deprecated with a sunset after the notice period', () => {
    const after = base();
    port(after).name = 'daily-v2';
    expect(describeRenames(classifyProductChanges(base(), after), rules)).toMatchInlineSnapshot(
      `"Port \`daily\` → \`daily-v2\` looks like a rename. To rename without breaking consumers, keep \`daily\` beside \`daily-v2\`, marked \`deprecated: { sunset: 2026-12-22, successor: daily-v2 }\` (at least review.noticeDays: 30 days ahead), and remove it after its sunset."`,
    );
  });

  it('is empty when nothing looks like a rename', () => {
    const after = base();
    column(after, 'plays').name = 'skips';
    expect(describeRenames(classifyProductChanges(base(), after), rules)).toBe('');
  });
});
