import { addDays } from '../policy/apply-waivers.js';
import type { ProductChangeItem } from './change-types.js';

/**
 * How to make each likely rename among `items` without breaking consumers: add the new name beside the old one, mark
 * the old one deprecated, and remove it after the notice period (`review.noticeDays`). Empty when none is a rename.
 *
 * @example
 * describeRenames([{ kind: 'column-removed', renamed: { from: 'plays', to: 'play_count' }, ... }], { today, noticeDays: 30 });
 * // '`plays` → `play_count` looks like a rename. To rename without breaking consumers, add `play_count` …'
 */
export function describeRenames(items: readonly ProductChangeItem[], rules: { today: string; noticeDays: number }): string {
  const notice = `review.noticeDays: ${rules.noticeDays} days`;
  return items
    .flatMap((i) => {
      if (!i.renamed) return [];
      const { from, to } = i.renamed;
      if (i.kind === 'port-removed') {
        const sunset = addDays(rules.today, rules.noticeDays);
        return [
          `Port \`${from}\` → \`${to}\` looks like a rename. To rename without breaking consumers, keep \`${from}\` beside \`${to}\`, marked \`deprecated: { sunset: ${sunset}, successor: ${to} }\` (at least ${notice} ahead), and remove it after its sunset.`,
        ];
      }
      return [
        `\`${from}\` → \`${to}\` looks like a rename. To rename without breaking consumers, add \`${to}\` and keep \`${from}\` beside it, say in its description that it is deprecated in favour of \`${to}\`, tell the consumers, and remove it after the notice period (${notice}).`,
      ];
    })
    .join(' ');
}
