import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A JSON value of GitHub's OpenAPI description, as read from disk. */
export type OpenApiNode = { [key: string]: unknown };

/** One operation of GitHub's REST API: method, path template and its OpenAPI operation object. */
export interface GithubRoute {
  method: string;
  template: string;
  operationId: string;
  operation: OpenApiNode;
  pattern: RegExp;
  paramNames: string[];
}

/** The parsed description and the routes it declares, most specific template first. */
export interface GithubOpenApi {
  spec: OpenApiNode;
  routes: GithubRoute[];
}

let cached: GithubOpenApi | undefined;

/**
 * Reads `generated/api.github.com.json` of @octokit/openapi with fs. The package's index is never loaded: it reads
 * all ten descriptions (880 MB resident; see the tech spike). Parsed once per process.
 */
export function loadGithubOpenApi(): GithubOpenApi {
  if (cached) return cached;
  const pkg = createRequire(import.meta.url).resolve('@octokit/openapi/package.json');
  const spec = JSON.parse(readFileSync(join(dirname(pkg), 'generated', 'api.github.com.json'), 'utf8')) as OpenApiNode;
  const routes: GithubRoute[] = [];
  for (const [template, item] of Object.entries(spec.paths as Record<string, OpenApiNode>)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete', 'head'].includes(method)) continue;
      const op = operation as OpenApiNode;
      const paramNames: string[] = [];
      const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, name: string) => {
        paramNames.push(name);
        return name === 'path' ? '(.+)' : '([^/]+)';
      });
      routes.push({
        method: method.toUpperCase(),
        template,
        operationId: String(op.operationId),
        operation: op,
        pattern: new RegExp(`^${source}$`),
        paramNames,
      });
    }
  }
  // A literal segment beats a parameter: `/repos/{o}/{r}/issues/comments` before `/repos/{o}/{r}/issues/{issue_number}`.
  routes.sort((a, b) => a.paramNames.length - b.paramNames.length);
  cached = { spec, routes };
  return cached;
}

/** The operation a request is for, with its decoded path parameters; undefined when GitHub has no such route. */
export function findGithubRoute(api: GithubOpenApi, method: string, pathname: string): { route: GithubRoute; params: Record<string, string> } | undefined {
  for (const route of api.routes) {
    if (route.method !== method) continue;
    const m = route.pattern.exec(pathname);
    if (!m) continue;
    const params = Object.fromEntries(route.paramNames.map((n, i) => [n, decodeURIComponent(m[i + 1] ?? '')]));
    return { route, params };
  }
  return undefined;
}
