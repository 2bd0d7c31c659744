import type { AgreementNode } from './read-agreement-node.js';
import { addDays } from '../policy/apply-waivers.js';
import type { ProductNode } from '../catalog/catalog-index.js';
import type { MeshGraph } from '../graph/build-mesh-graph.js';
import { sharesPersonalData } from './list-port-columns.js';

/** Where an agreement stands on a day: granting, about to end (within `soonDays`), ended, or still to start. */
export type AgreementStatus = 'in-force' | 'ending-soon' | 'ended' | 'not-started';

/** An agreement as people read it (the site, the catalog API, the pull request comment). */
export interface AgreementExport {
  name: string;
  file: string;
  provider: string;
  ports: { name: string; columns?: string[]; maxClassification?: string }[];
  team: string;
  consumerProduct?: string;
  purpose: string;
  legalBasis?: string;
  start: string;
  end: string;
  status: AgreementStatus;
  /** True when a shared column holds personal data: changes to it need the governance group's approval too. */
  personalData?: boolean;
  obligations?: { slos?: string[]; breakingChangeNotice?: string; terms?: string };
}

/** The status of an agreement on `today`; `ending-soon` when its end is within `soonDays` (default 14). */
export function readAgreementStatus(a: Pick<AgreementNode, 'start' | 'end'>, today: string, soonDays = 14): AgreementStatus {
  if (!a.start || !a.end || a.end < today) return 'ended';
  if (a.start > today) return 'not-started';
  return a.end <= addDays(today, soonDays) ? 'ending-soon' : 'in-force';
}

/** An agreement node as {@link AgreementExport}, judged on `today`; `provider` tells whether it shares personal data. */
export function describeAgreement(a: AgreementNode, today: string, options: { soonDays?: number; provider?: ProductNode } = {}): AgreementExport {
  const spec = (a.data.spec ?? {}) as { obligations?: AgreementExport['obligations'] };
  return {
    name: a.name,
    file: a.file,
    provider: a.provider ?? '',
    ports: a.ports.map((p) => ({
      name: p.name,
      ...(p.columns ? { columns: p.columns } : {}),
      ...(p.maxClassification ? { maxClassification: p.maxClassification } : {}),
    })),
    team: a.team ?? '',
    ...(a.consumerProduct ? { consumerProduct: a.consumerProduct } : {}),
    purpose: a.purpose ?? '',
    ...(a.legalBasis ? { legalBasis: a.legalBasis } : {}),
    start: a.start ?? '',
    end: a.end ?? '',
    status: readAgreementStatus(a, today, options.soonDays),
    ...(options.provider && sharesPersonalData(options.provider, a) ? { personalData: true } : {}),
    ...(spec.obligations ? { obligations: spec.obligations } : {}),
  };
}

/** The valid agreements that share `product`, as people read them on `today` (the site, the catalog API, ODCS roles). */
export function describeProductAgreements(graph: Pick<MeshGraph, 'agreements'>, product: ProductNode, today: string): AgreementExport[] {
  return (graph.agreements.get(product.id) ?? []).filter((a) => a.valid).map((a) => describeAgreement(a, today, { provider: product }));
}
