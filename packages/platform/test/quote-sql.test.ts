import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlatformError, quoteIdent, quoteLiteral } from '@meshplane/platform';

describe('quoting for SQL', () => {
  it('turns any string into exactly one allowed identifier, or refuses it', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[a-z_][a-z0-9_]{0,70}$/)), (name) => {
        try {
          const quoted = quoteIdent(name);
          return quoted === `"${name}"` && /^[a-z_][a-z0-9_]{0,62}$/.test(name);
        } catch (e) {
          return e instanceof PlatformError && e.code === 'unsafe-name';
        }
      }),
      { numRuns: 500 },
    );
  });

  it('doubles quotes in literals and drops NUL, so a comment cannot end its statement', () => {
    expect(quoteLiteral(`it's'; DROP TABLE x; --\u0000`)).toBe(`'it''s''; DROP TABLE x; --'`);
    expect(quoteLiteral(null)).toBe('NULL');
  });
});
