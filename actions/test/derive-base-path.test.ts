import { describe, expect, it } from 'vitest';
import { derivePagesBasePath } from '../src/publish-site/derive-base-path.js';

describe('derivePagesBasePath', () => {
  it.each([
    ['daff/catalog', '/catalog/'],
    ['daff/meshplane.catalog-v2', '/meshplane.catalog-v2/'],
    ['daff/daff.github.io', '/'],
    ['Daff/daff.GitHub.io', '/'],
    ['daff/other.github.io', '/other.github.io/'],
  ])('serves the Pages site of %s under %s', (repository, basePath) => {
    expect(derivePagesBasePath({ GITHUB_REPOSITORY: repository })).toEqual({ basePath, from: 'repository' });
  });

  it.each([
    ['/', '/'],
    ['/catalog/', '/catalog/'],
    ['/catalog', '/catalog/'],
  ])('takes the input base-path %s over the repository, as %s', (input, basePath) => {
    expect(derivePagesBasePath({ GITHUB_REPOSITORY: 'daff/catalog', 'INPUT_BASE-PATH': input })).toEqual({ basePath, from: 'input' });
  });

  it('refuses a base-path input without slashes, naming the input and the form', () => {
    expect(() => derivePagesBasePath({ GITHUB_REPOSITORY: 'daff/catalog', 'INPUT_BASE-PATH': 'catalog' })).toThrowErrorMatchingInlineSnapshot(
      `[UsageError: Input \`base-path\` takes the path the site is served under, such as /demo/ (or / for the root of a host); \`catalog\` does not start with a slash (did you mean /catalog/?).]`,
    );
  });

  it('needs GITHUB_REPOSITORY when no base-path is given', () => {
    expect(() => derivePagesBasePath({})).toThrow('GITHUB_REPOSITORY must name the repository as owner/repo');
  });
});
