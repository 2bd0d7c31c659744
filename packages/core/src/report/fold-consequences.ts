import type { Finding } from '../model/finding.js';

/** Rule families Meshplane checks itself; any other rule id is a governance policy's. */
const BUILT_IN = [
  'schema.',
  'yaml.',
  'file.',
  'identity.',
  'graph.',
  'change.',
  'waiver.',
  'policy.',
  'codeowners.',
  'platform.',
  'lifecycle.',
  'agreement.',
  'access.',
];
const isPolicyRule = (ruleId: string): boolean => !BUILT_IN.some((p) => ruleId.startsWith(p));
const named = (f: Finding): string => `\`${f.productId ?? f.file ?? f.ruleId}\``;

/**
 * One finding per cause. Consequences of an earlier finding are folded under it and counted in its message:
 * - a finding marked `cause: 'file:<path>'` (an input port reading a product whose manifest could not be read) folds
 *   under that file's first error;
 * - every YAML syntax error of a file after its first (the parser loses its place after one mistake);
 * - when the policies did not compile (`policy.compile-error` and the compiler's errors), the waiver findings that
 *   name unknown rules (no rule is known without them).
 * And the same fact found by Meshplane's own checks and by a policy (same product, same pointer, both errors) is
 * reported once, by the built-in check, which names what exists ("did you mean").
 *
 * @example foldConsequences([yamlError, danglingInputOfItsConsumer]) // → [yamlError with "(and 1 consequence: …)"]
 */
export function foldConsequences(findings: readonly Finding[]): Finding[] {
  const firstError = new Map<string, Finding>();
  for (const f of findings) if (f.severity === 'error' && f.file && !f.cause && !firstError.has(f.file)) firstError.set(f.file, f);
  const compileError = findings.find((f) => f.severity === 'error' && f.ruleId.startsWith('policy.') && f.ruleId !== 'policy.none');
  const builtIn = new Set(
    findings.filter((f) => f.severity === 'error' && !isPolicyRule(f.ruleId) && f.productId).map((f) => `${f.productId}\u0000${f.pointer ?? ''}`),
  );
  const folded = new Map<Finding, Finding[]>();
  const kept: Finding[] = [];
  for (const f of findings) {
    const under = causeOf(f);
    if (under && under !== f) folded.set(under, [...(folded.get(under) ?? []), f]);
    else if (f.severity === 'error' && isPolicyRule(f.ruleId) && builtIn.has(`${f.productId}\u0000${f.pointer ?? ''}`)) continue;
    else kept.push(f);
  }
  return kept.map((f) => {
    const more = folded.get(f);
    if (!more) return f;
    const which = [...new Set(more.map(named))];
    const list = `${which.slice(0, 5).join(', ')}${which.length > 5 ? `, and ${which.length - 5} more` : ''}`;
    const n = more.length;
    return {
      ...f,
      message: `${f.message} (and ${n} consequence${n === 1 ? '' : 's'}: ${list}; fixing this fixes ${n === 1 ? 'it' : 'them'})`,
      consequences: n,
    };
  });

  function causeOf(f: Finding): Finding | undefined {
    if (f.cause?.startsWith('file:')) return firstError.get(f.cause.slice('file:'.length));
    if (f.ruleId === 'yaml.syntax' && f.file) {
      const first = firstError.get(f.file);
      return first?.ruleId === 'yaml.syntax' ? first : undefined;
    }
    if (compileError && f.ruleId === 'waiver.unknown-rule') return compileError;
    return undefined;
  }
}
