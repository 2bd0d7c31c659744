import type { ErrorObject } from 'ajv';
import type { Finding } from '../model/finding.js';
import type { SourceDocument } from '../model/source-document.js';
import { describePointer, formatPointer } from '../model/pointer.js';
import { didYouMean, suggestClosest } from './suggest.js';

type SchemaNode = Record<string, unknown>;

interface Explanation {
  ruleId: string;
  message: string;
  hint?: string;
  /** Where the finding points, when not at the error's own value. */
  pointer?: string;
  part?: 'key' | 'value';
}

/**
 * Turns ajv's errors for one document into findings a domain engineer can act on: what is wrong, on which line, and
 * what to write instead. Errors inside the branches of `oneOf`/`anyOf` are folded into one finding for the whole
 * value, and `if` errors are dropped (their `then` errors say what is missing).
 */
export function explainSchemaErrors(errors: readonly ErrorObject[], doc: SourceDocument, productId?: string): Finding[] {
  const composites = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  // Errors inside a composite's branches say why each alternative failed; the composite's own finding says it better.
  // Branches reached through a `$ref` have schema paths of their own, so errors on the very same value count too.
  const isBranchError = (e: ErrorObject): boolean =>
    composites.some(
      (c) =>
        c !== e &&
        (e.schemaPath.startsWith(c.schemaPath + '/') ||
          (e.instancePath === c.instancePath && e.keyword !== c.keyword && !['required', 'additionalProperties'].includes(e.keyword))),
    );
  const typos = findTypos(errors);
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const e of errors) {
    if (e.keyword === 'if' || isBranchError(e)) continue;
    if (e.keyword === 'required' && typos.has(`${e.instancePath}|${String(e.params.missingProperty)}`)) continue;
    const x = explainError(e);
    if (e.keyword === 'additionalProperties') {
      const meant = typos.get(`${e.instancePath}|${String(e.params.additionalProperty)}`);
      if (meant) x.message = x.message.replace(/\.$/, `; the required key ${code(meant)} is missing.`);
    }
    const pointer = x.pointer ?? e.instancePath;
    const key = `${x.ruleId}|${pointer}|${x.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const pos = doc.locate(pointer, x.part ?? 'value');
    findings.push({
      ruleId: x.ruleId,
      severity: 'error',
      message: x.message,
      ...(x.hint ? { hint: x.hint } : {}),
      file: doc.file,
      line: pos.line,
      column: pos.column,
      pointer,
      ...(productId ? { productId } : {}),
    });
  }
  return findings;
}

/**
 * Pairs each unknown key with the missing required key it is a typo of (`ownr` for `owner`), so that one finding
 * says both instead of two findings on two lines. Keys in both directions: `path|missing` and `path|unknown`.
 */
function findTypos(errors: readonly ErrorObject[]): Map<string, string> {
  const out = new Map<string, string>();
  const missing = errors.filter((e) => e.keyword === 'required');
  for (const e of errors) {
    if (e.keyword !== 'additionalProperties') continue;
    const unknown = String(e.params.additionalProperty);
    const candidates = missing.filter((m) => m.instancePath === e.instancePath).map((m) => String(m.params.missingProperty));
    const meant = suggestClosest(unknown, candidates);
    if (!meant) continue;
    out.set(`${e.instancePath}|${meant}`, unknown);
    out.set(`${e.instancePath}|${unknown}`, meant);
  }
  return out;
}

const quote = (v: unknown): string => (typeof v === 'string' ? `"${v.length > 60 ? v.slice(0, 57) + '…' : v}"` : (JSON.stringify(v) ?? String(v)));
const code = (v: unknown): string => `\`${String(v)}\``;

function explainError(e: ErrorObject): Explanation {
  const at = describePointer(e.instancePath);
  const parent = (e.parentSchema ?? {}) as SchemaNode;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const allowed = Object.keys((parent.properties ?? {}) as SchemaNode);
      const where = e.instancePath === '' ? 'at the top level' : `in ${at}`;
      return {
        ruleId: 'schema.unknown-key',
        message: `Unknown key ${code(key)} ${where}.`,
        hint: `${didYouMean(key, allowed)}Allowed keys: ${allowed.join(', ')}.`,
        pointer: e.instancePath + formatPointer([key]),
        part: 'key',
      };
    }
    case 'required': {
      const key = String(p.missingProperty);
      const prop = ((parent.properties ?? {}) as Record<string, SchemaNode>)[key];
      const why = typeof prop?.description === 'string' ? ` ${prop.description}` : '';
      const where = e.instancePath === '' ? 'at the top level' : `in ${at}`;
      return { ruleId: 'schema.missing-key', message: `Missing required key ${code(key)} ${where}.`, hint: `Add ${code(key + ':')}.${why}`, part: 'key' };
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      return {
        ruleId: 'schema.invalid-value',
        message: `${at} is ${quote(e.data)}, which is not one of the allowed values.`,
        hint: `${typeof e.data === 'string' ? didYouMean(e.data, allowed) : ''}Use one of: ${allowed.join(', ')}.`,
      };
    }
    case 'const':
      return {
        ruleId: 'schema.invalid-value',
        message: `${at} is ${quote(e.data)} but must be ${code(p.allowedValue)}.`,
        hint: `Write ${code(p.allowedValue)}.`,
      };
    case 'type':
      return explainType(at, e.data, String(p.type));
    case 'pattern':
    case 'format':
      return {
        ruleId: 'schema.invalid-format',
        message: `${at} ${quote(e.data)} is not in the expected form${e.keyword === 'format' ? ` (${String(p.format)})` : ''}.`,
        hint:
          typeof parent.description === 'string'
            ? parent.description
            : `Expected ${e.keyword === 'format' ? String(p.format) : `to match ${String(p.pattern)}`}.`,
      };
    case 'minItems':
    case 'maxItems':
    case 'minLength':
    case 'maxLength':
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return explainLimit(at, e.keyword, p.limit);
    case 'uniqueItems':
      return {
        ruleId: 'schema.duplicate-item',
        message: `${at} lists the same item twice (items ${Number(p.j) + 1} and ${Number(p.i) + 1}).`,
        hint: 'Remove the duplicate.',
        pointer: e.instancePath + formatPointer([Number(p.i)]),
      };
    case 'oneOf':
    case 'anyOf':
      return explainComposite(at, e.data, parent, e.keyword);
    case 'propertyNames':
      return {
        ruleId: 'schema.invalid-format',
        message: `${at} has a key ${quote(p.propertyName)} that is not allowed.`,
        hint: 'Keys here are rule ids such as `global.ownership.owner-team`.',
      };
    default:
      return { ruleId: 'schema.invalid', message: `${at} ${e.message ?? 'is not valid'}.` };
  }
}

function explainType(at: string, data: unknown, expected: string): Explanation {
  const actual = data === null ? 'empty' : Array.isArray(data) ? 'a list' : typeof data === 'object' ? 'a mapping' : `a ${typeof data}`;
  const wanted = expected === 'object' ? 'a mapping (key: value pairs)' : expected === 'array' ? 'a list' : `a ${expected}`;
  let hint = `Write ${wanted} here.`;
  if (expected === 'string' && (typeof data === 'number' || typeof data === 'boolean')) {
    hint = `YAML read the value as the ${typeof data} ${String(data)}; write it in quotes exactly as you mean it (for a version: "1.0.0").`;
  }
  return { ruleId: 'schema.wrong-type', message: `${at} is ${actual}, but must be ${wanted}.`, hint };
}

function explainLimit(at: string, keyword: string, limit: unknown): Explanation {
  const n = Number(limit);
  const text: Record<string, string> = {
    minItems: `needs at least ${n} item${n === 1 ? '' : 's'}`,
    maxItems: `may have at most ${n} items`,
    minLength: n === 1 ? 'must not be empty' : `must be at least ${n} characters long`,
    maxLength: `must be at most ${n} characters long`,
    minimum: `must be at least ${n}`,
    maximum: `must be at most ${n}`,
    exclusiveMinimum: `must be greater than ${n}`,
    exclusiveMaximum: `must be less than ${n}`,
  };
  return { ruleId: 'schema.out-of-range', message: `${at} ${text[keyword] ?? 'is out of range'}.`, hint: 'Change the value to fit the limit.' };
}

function explainComposite(at: string, data: unknown, parent: SchemaNode, keyword: string): Explanation {
  const branches = (parent[keyword] ?? []) as SchemaNode[];
  const requiredSets = branches.map((b) => b.required).filter((r): r is string[] => Array.isArray(r));
  if (requiredSets.length === branches.length && requiredSets.length > 0) {
    const forms = requiredSets.map((r) => r.map(code).join(' and ')).join(keyword === 'oneOf' ? ', or ' : ' or ');
    const present = data && typeof data === 'object' ? Object.keys(data).map(code).join(', ') : '';
    return {
      ruleId: 'schema.invalid',
      message: `${at} must have ${keyword === 'oneOf' ? 'exactly one of' : 'at least one of'}: ${forms}${present ? ` (it has ${present})` : ''}.`,
      hint: typeof parent.description === 'string' ? parent.description : `Write ${forms}.`,
    };
  }
  return {
    ruleId: 'schema.invalid-format',
    message: `${at} ${quote(data)} is not in any accepted form.`,
    hint: typeof parent.description === 'string' ? parent.description : 'See the schema reference in docs/reference/.',
  };
}
