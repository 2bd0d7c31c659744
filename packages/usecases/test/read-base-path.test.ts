import { describe, expect, it } from 'vitest';
import { readBasePath, stripBasePath, UsageError } from '@meshplane/usecases';

describe('readBasePath', () => {
  it.each([
    [undefined, '/'],
    ['/', '/'],
    ['/demo/', '/demo/'],
    ['/demo', '/demo/'],
    ['/meshplane-catalog/', '/meshplane-catalog/'],
    ['/org/catalog.v2/', '/org/catalog.v2/'],
    ['/a_b~c/', '/a_b~c/'],
  ])('takes %j as %j', (raw, path) => {
    expect(readBasePath(raw)).toBe(path);
  });

  it.each([
    ['demo', 'does not start with a slash (did you mean /demo/?)'],
    ['demo/', 'does not start with a slash (did you mean /demo/?)'],
    ['', 'is empty'],
    [' ', 'is empty'],
    ['https://owner.github.io/demo/', 'is a URL: give only its path'],
    ['//owner.github.io/demo/', 'is a URL: give only its path'],
    ['javascript:alert(1)', 'is a URL: give only its path'],
    ['/../demo/', 'has a `.` or `..` segment'],
    ['/demo/../', 'has a `.` or `..` segment'],
    ['/./demo/', 'has a `.` or `..` segment'],
    ['/demo//', 'has an empty segment (`//`)'],
    ['/a//b/', 'has an empty segment (`//`)'],
    ['/my demo/', 'has a character other than letters, digits, `-`, `.`, `_` and `~` in `my demo`'],
    ['/demo/?x=1', 'has a character other than letters, digits, `-`, `.`, `_` and `~` in `?x=1`'],
    ['/demo#top', 'has a character other than letters, digits, `-`, `.`, `_` and `~` in `demo#top`'],
    ['/de%2fmo/', 'has a character other than letters, digits, `-`, `.`, `_` and `~` in `de%2fmo`'],
    ['/demo\\x/', 'has a character other than letters, digits, `-`, `.`, `_` and `~` in `demo\\x`'],
    ['/"><script>/', 'has a character other than letters, digits, `-`, `.`, `_` and `~` in `"><script>`'],
  ])('refuses %j: it %s', (raw, problem) => {
    expect(() => readBasePath(raw)).toThrow(UsageError);
    expect(() => readBasePath(raw)).toThrow(`\`${raw}\` ${problem}.`);
  });

  it('names the expected form and the value it was given as', () => {
    expect(() => readBasePath('demo')).toThrowErrorMatchingInlineSnapshot(
      `[UsageError: --base takes the path the site is served under, such as /demo/ (or / for the root of a host); \`demo\` does not start with a slash (did you mean /demo/?).]`,
    );
    expect(() => readBasePath('demo', 'Input `base-path`')).toThrow(/^Input `base-path` takes the path/);
  });
});

describe('stripBasePath', () => {
  it.each([
    ['/demo/', '/demo/', '/'],
    ['/demo/products/a.b/', '/demo/', '/products/a.b/'],
    ['/demo/api/products.json?x=1', '/demo/', '/api/products.json?x=1'],
    ['/products/a.b/', '/', '/products/a.b/'],
    ['/products/a.b/', '/demo/', undefined],
    ['/demonstration/', '/demo/', undefined],
    ['/', '/demo/', undefined],
  ])('%s under %s is %s', (url, base, inside) => {
    expect(stripBasePath(url, base)).toBe(inside);
  });
});
