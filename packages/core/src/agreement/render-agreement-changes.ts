import type { AgreementChange } from './list-agreement-changes.js';
import type { AgreementExport } from './describe-agreement.js';
import type { AgreementNode } from './read-agreement-node.js';
import { escapeCode } from '../issues/issue-text.js';

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});
const code = (s: string): string => `\`${escapeCode(s)}\``;
/** Free text on one line, without Markdown that could make a link or a mention (`@` gets a zero-width joiner). */
const plain = (s: string): string =>
  s
    .replace(/\s+/g, ' ')
    .replace(/[\\[\]<>`*_|]/g, (c) => `\\${c}`)
    .replace(/@/g, '@\u200d')
    .trim()
    .replace(/\.+$/, '');

/**
 * An agreement as a person reads it: who may read what of which product, when, why, on what basis, for what in return.
 * Takes the catalog's node or its export (`describeAgreement`); every value is a code span or escaped text, so a file
 * that breaks its schema still cannot mention anyone or make a link.
 */
export function describeAgreementTerms(a: AgreementNode | AgreementExport): string {
  const ports = a.ports
    .map(
      (p) =>
        `${code(p.name)} (${p.columns ? `columns ${p.columns.map(code).join(', ')}` : p.maxClassification ? `columns up to ${plain(p.maxClassification)}` : 'the whole port'})`,
    )
    .join(' and ');
  const obligations = rec('data' in a ? rec(a.data.spec).obligations : a.obligations);
  const slos = Array.isArray(obligations.slos) ? obligations.slos.filter((s): s is string => typeof s === 'string') : undefined;
  const promise = [
    slos ? `the provider keeps the SLOs ${slos.map(plain).join(', ')}` : undefined,
    typeof obligations.breakingChangeNotice === 'string' ? `breaking changes are told ${plain(obligations.breakingChangeNotice)} ahead` : undefined,
    typeof obligations.terms === 'string' ? plain(obligations.terms) : undefined,
  ].filter(Boolean);
  return [
    `${code(a.team || '?')}${a.consumerProduct ? ` (for ${code(a.consumerProduct)})` : ''} may read ${ports} of ${code(a.provider || '?')} from ${plain(a.start || '?')} through ${plain(a.end || '?')}, for: ${plain(a.purpose ?? '')}.`,
    a.legalBasis ? ` Legal basis: ${plain(a.legalBasis)}.` : '',
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
