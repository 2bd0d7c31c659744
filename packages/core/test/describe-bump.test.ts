import { describe, expect, it } from 'vitest';
import { describeBump, renderChangesText, type Bump, type ProductChange } from '@meshplane/core';

/** A modified product whose changes require `required`, going from `base` to `head`. */
const change = (base: string, head: string, required: Bump): ProductChange => ({
  id: 'podcast.listeners',
  status: 'modified',
  baseVersion: base,
  headVersion: head,
  items: [],
  requiredBump: required,
});

describe('the bump made and the bump required', () => {
  it.each<[string, string, Bump, string]>([
    ['2.1.1', '3.0.0', 'patch', 'major bump made, patch required'],
    ['2.1.1', '2.1.2', 'patch', 'patch bump made, patch required'],
    ['2.1.1', '2.1.2', 'major', 'patch bump made, major required, use 3.0.0'],
    ['4.0.0', '4.0.0', 'major', 'no bump made, major required, use 5.0.0'],
    ['1.2.0', '1.1.0', 'minor', 'version went down, minor required, use 1.3.0'],
    ['0.4.1', '0.5.0', 'major', 'minor bump made, minor required'],
    ['1.0.0', '1.0.0', 'none', 'no bump required'],
  ])('%s → %s with %s changes: %s', (base, head, required, words) => {
    expect(describeBump(change(base, head, required))).toBe(words);
  });

  it('is empty for an added or removed product', () => {
    expect(describeBump({ ...change('1.0.0', '1.0.0', 'minor'), status: 'added' })).toBe('');
  });

  it('mesh diff says a bigger bump than needed suffices, instead of asking for the smaller one', () => {
    const text = renderChangesText({ products: [change('2.1.1', '3.0.0', 'patch')], affected: [], affectedTeams: [] });
    expect(text).toBe('Changes: 1 product\n  podcast.listeners (modified, 2.1.1 → 3.0.0: major bump made, patch required)\n');
    expect(text).not.toContain('needs a patch bump');
  });
});
