import type { AgreementChange } from './list-agreement-changes.js';
import type { AgreementNode } from './read-agreement-node.js';

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});
const code = (s: string): string => `\`${s.replace(/`/g, "'")}\``;
/** Free text on one line, without Markdown that could make a link or a mention. */
const plain = (s: string): string =>
  s
    .replace(/\s+/g, ' ')
    .replace(/[[\]<>@`*_|]/g, (c) => `\\${c}`)
    .trim()
    .replace(/\.+$/, '');

/** An agreement as a person reads it: who may read what of which product, when, why, on what basis, for what in return. */
export function describeAgreementTerms(a: AgreementNode): string {
  const ports = a.ports
    .map(
      (p) =>
        `${code(p.name)} (${p.columns ? `columns ${p.columns.join(', ')}` : p.maxClassification ? `columns up to ${p.maxClassification}` : 'the whole port'})`,
    )
    .join(' and ');
  const obligations = rec(rec(a.data.spec).obligations);
  const slos = Array.isArray(obligations.slos) ? obligations.slos.filter((s): s is string => typeof s === 'string') : undefined;
  const promise = [
    slos ? `the provider keeps the SLOs ${slos.join(', ')}` : undefined,
    typeof obligations.breakingChangeNotice === 'string' ? `breaking changes are told ${obligations.breakingChangeNotice} ahead` : undefined,
    typeof obligations.terms === 'string' ? plain(obligations.terms) : undefined,
  ].filter(Boolean);
  return [
    `${code(a.team ?? '?')}${a.consumerProduct ? ` (for ${code(a.consumerProduct)})` : ''} may read ${ports} of ${code(a.provider ?? '?')} from ${a.start ?? '?'} through ${a.end ?? '?'}, for: ${plain(a.purpose ?? '')}.`,
    a.legalBasis ? ` Legal basis: ${a.legalBasis}.` : '',
    promise.length ? ` In return: ${promise.join('; ')}.` : '',
  ].join('');
}

/**
 * The pull request comment's lines for the agreements it adds, changes or removes: each in words, a change with what
 * it was before, a removal with what the next apply revokes.
 */
export function renderAgreementChanges(changes: readonly AgreementChange[]): string[] {
  return changes.map((c) => {
    if (c.status === 'added' && c.head) return `- ➕ ${describeAgreementTerms(c.head)}`;
    if (c.status === 'modified' && c.head && c.base) return `- ✏️ Now: ${describeAgreementTerms(c.head)} Before: ${describeAgreementTerms(c.base)}`;
    const a = c.base as AgreementNode;
    return `- ➖ ${code(a.team ?? '?')} no longer reads ${code(a.provider ?? '?')} under ${code(a.name)}: the next apply revokes it.`;
  });
}
