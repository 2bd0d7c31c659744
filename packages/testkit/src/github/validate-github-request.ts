import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { GithubOpenApi, GithubRoute, OpenApiNode } from './github-openapi.js';

/** What a request carried, parsed: path parameters, query string and JSON body. */
export interface GithubRequestParts {
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
}

interface OperationValidators {
  params: ValidateFunction;
  knownQuery: Set<string>;
  body?: ValidateFunction;
  bodyRequired: boolean;
}

// Parameters arrive as strings, so their validator coerces (`issue_number=7` is an integer); bodies are JSON as sent.
const paramsAjv = new Ajv({ strict: false, allErrors: true, coerceTypes: true, logger: false });
const bodyAjv = new Ajv({ strict: false, allErrors: true, logger: false });
addFormats.default(paramsAjv);
addFormats.default(bodyAjv);
const compiled = new Map<string, OperationValidators>();

/**
 * The reasons GitHub would reject this request (path/query parameters and JSON body checked against the operation's
 * OpenAPI schemas); empty when it is valid. Validators are compiled on first use of an operation and cached.
 */
export function validateGithubRequest(api: GithubOpenApi, route: GithubRoute, parts: GithubRequestParts): string[] {
  const key = `${route.method} ${route.template}`;
  let v = compiled.get(key);
  if (!v) {
    v = compileOperation(api.spec, route.operation);
    compiled.set(key, v);
  }
  const errors: string[] = [];
  const input = { ...parts.query, ...parts.params };
  if (!v.params(input)) errors.push(...describe('parameters', v.params));
  for (const name of Object.keys(parts.query)) if (!v.knownQuery.has(name)) errors.push(`query parameter \`${name}\` is not one ${route.operationId} takes`);
  if (parts.body === undefined) {
    if (v.bodyRequired) errors.push('the request body is required');
  } else if (v.body && !v.body(parts.body)) errors.push(...describe('body', v.body));
  return errors;
}

function describe(where: string, fn: ValidateFunction): string[] {
  return (fn.errors ?? []).map((e) => `${where}${e.instancePath || ''} ${e.message ?? 'is invalid'}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}

function compileOperation(spec: OpenApiNode, operation: OpenApiNode): OperationValidators {
  const parameters = ((operation.parameters as OpenApiNode[] | undefined) ?? []).map((p) => resolveRef(spec, p));
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  const knownQuery = new Set<string>();
  for (const p of parameters) {
    if (p.in !== 'path' && p.in !== 'query') continue;
    const name = String(p.name);
    properties[name] = toJsonSchema(spec, p.schema ?? {}, new Set());
    if (p.in === 'query') knownQuery.add(name);
    if (p.required === true) required.push(name);
  }
  const params = paramsAjv.compile({ type: 'object', properties, required });
  const requestBody = operation.requestBody ? resolveRef(spec, operation.requestBody as OpenApiNode) : undefined;
  const content = requestBody?.content as Record<string, OpenApiNode> | undefined;
  const schema = content?.['application/json']?.schema;
  const body = schema ? bodyAjv.compile(toJsonSchema(spec, schema, new Set()) as object) : undefined;
  return { params, knownQuery, bodyRequired: requestBody?.required === true, ...(body ? { body } : {}) };
}

function resolveRef(spec: OpenApiNode, node: OpenApiNode): OpenApiNode {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  let at: unknown = spec;
  for (const part of ref.replace(/^#\//, '').split('/')) at = (at as OpenApiNode)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  return resolveRef(spec, at as OpenApiNode);
}

/**
 * An OpenAPI 3.0 schema as plain JSON Schema: `$ref`s inlined (a cycle becomes `{}`), and `nullable: true` turned into
 * "this schema or null" (Ajv's own `nullable` needs a sibling `type`, which GitHub's `oneOf`s lack).
 */
function toJsonSchema(spec: OpenApiNode, node: unknown, seen: Set<string>): unknown {
  if (Array.isArray(node)) return node.map((n) => toJsonSchema(spec, n, seen));
  if (node === null || typeof node !== 'object') return node;
  const obj = node as OpenApiNode;
  if (typeof obj.$ref === 'string') {
    if (seen.has(obj.$ref)) return {};
    return toJsonSchema(spec, resolveRef(spec, obj), new Set([...seen, obj.$ref]));
  }
  const out: OpenApiNode = {};
  for (const [k, v] of Object.entries(obj)) {
    if (k === 'nullable' || k === 'example' || k === 'examples' || k === 'description' || k === 'discriminator') continue;
    // `properties`' keys are names, not keywords: convert each value, keep each key.
    out[k] =
      k === 'properties' ? Object.fromEntries(Object.entries(v as OpenApiNode).map(([n, s]) => [n, toJsonSchema(spec, s, seen)])) : toJsonSchema(spec, v, seen);
  }
  return obj.nullable === true ? { anyOf: [out, { type: 'null' }] } : out;
}
