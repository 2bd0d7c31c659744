import type { CatalogIndex, ProductNode } from '../catalog/catalog-index.js';
import type { Finding } from '../model/finding.js';
import { findingAt } from '../model/finding-at.js';
import { isChecked } from '../graph/is-checked.js';
import { isAgreementActive, type AgreementNode } from './read-agreement-node.js';

/**
 * Every input port that reads another team's product is covered by an agreement in force: one whose consumer team
 * owns the reading product (naming that product, or none), sharing the port, between its start and end. Otherwise
 * an error on the input port's line, with the command that drafts the agreement. Products of the same team, retired
 * readers and references to missing products or ports (reported by the reference checks) need none.
 * Inline `access.consumers` are read for one more version, with a warning that says how to move them.
 */
export function checkAgreementCoverage(index: CatalogIndex, today: string | undefined, only?: ReadonlySet<string>): Finding[] {
  const products = new Map<string, ProductNode>();
  for (const p of index.products) if (!products.has(p.id)) products.set(p.id, p);
  const byProvider = new Map<string, AgreementNode[]>();
  for (const a of index.agreements) {
    if (!a.provider) continue;
    const list = byProvider.get(a.provider);
    if (list) list.push(a);
    else byProvider.set(a.provider, [a]);
  }
  const out: Finding[] = [];
  const teams = new Set(index.teams.map((t) => t.name));
  for (const p of index.products) {
    if (!isChecked(p.file, only)) continue;
    if (p.consumers.length > 0) out.push(deprecateInlineConsumers(p));
    // An owner that is no team is its own finding (graph.unknown-team): whom to grant is not known.
    if (!p.owner || !teams.has(p.owner) || p.lifecycle === 'retired') continue;
    for (const input of p.inputs) {
      const provider = input.product ? products.get(input.product) : undefined;
      if (!provider || !input.port || !provider.outputs.some((o) => o.name === input.port)) continue;
      if (!provider.owner || !teams.has(provider.owner) || provider.owner === p.owner) continue;
      const candidates = (byProvider.get(provider.id) ?? []).filter(
        (a) => a.team === p.owner && (a.consumerProduct === undefined || a.consumerProduct === p.id) && a.ports.some((s) => s.name === input.port),
      );
      // Without a day (commands that do not judge), any agreement covers its ports.
      if (candidates.some((a) => (today === undefined ? true : isAgreementActive(a, today)))) continue;
      out.push(uncovered(p, input, provider, candidates, today ?? ''));
    }
  }
  return out;
}

/**
 * The finding of an uncovered input port. Three rule ids, so the expiry job tells time apart (it compares with a check
 * at a frozen, early day, when every agreement is still to start): `agreement.missing` (none), `agreement.ended` (the
 * newest ended: time-based), `agreement.not-started` (a warning: the grant begins on its start day).
 */
function uncovered(p: ProductNode, input: ProductNode['inputs'][number], provider: ProductNode, candidates: AgreementNode[], today: string): Finding {
  const latest = [...candidates].sort((a, b) => ((a.end ?? '') < (b.end ?? '') ? 1 : -1))[0];
  const command = `npx mesh access request ${provider.id}/${input.port} --team ${p.owner} --product ${p.id} --purpose "…" --until YYYY-MM-DD`;
  const reads = `Input port \`${input.name}\` reads \`${provider.id}.${input.port}\``;
  const place = (ruleId: string, message: string, hint: string, severity: 'error' | 'warning' = 'error'): Finding =>
    findingAt(p.doc, `/spec/inputPorts/${input.index}/source`, { ruleId, severity, productId: p.id, message, hint });
  if (!latest)
    return place(
      'agreement.missing',
      `${reads}, but no agreement with \`${provider.owner}\` covers it: the platform does not grant \`${p.owner}\` that read.`,
      `Request one, for \`${provider.owner}\` to approve: ${command}`,
    );
  if (latest.start && latest.start > today)
    return place(
      'agreement.not-started',
      `${reads}; its agreement (${latest.file}) starts on ${latest.start}: until then the platform does not grant the read.`,
      'Nothing to do if the pipeline starts reading then; otherwise move the start earlier, approved by the provider.',
      'warning',
    );
  return place(
    'agreement.ended',
    `${reads}, but its agreement (${latest.file}) ended on ${latest.end ?? '?'}: the platform no longer grants \`${p.owner}\` that read.`,
    `Renew it with a new end date, approved by \`${provider.owner}\`, or request a new one: ${command}`,
  );
}

function deprecateInlineConsumers(p: ProductNode): Finding {
  return findingAt(
    p.doc,
    '/spec/access/consumers',
    {
      ruleId: 'access.inline-consumers',
      severity: 'warning',
      productId: p.id,
      message: `Inline \`access.consumers\` are deprecated (still granted in this version): each grant becomes a data sharing agreement in ${p.file.replace(/product\.ya?ml$/, 'agreements/')}.`,
      hint: 'Run `npx mesh access migrate` to move them into agreement files, then review the purpose, legal basis and dates it drafts.',
    },
    'key',
  );
}
