import type { AgreementSpec, DataSharingAgreement, SharedPort } from '../model/generated/types.js';

/** What a request for access names (`mesh access request`, or a migrated inline consumer or input port). */
export interface AgreementRequest {
  name: string;
  provider: string;
  ports: [SharedPort, ...SharedPort[]];
  team: string;
  consumerProduct?: string;
  purpose: string;
  legalBasis?: AgreementSpec['legalBasis'];
  start: string;
  end: string;
  /** The provider keeps its SLOs and tells of breaking changes this long before (`P30D`). */
  breakingChangeNotice?: string;
}

/**
 * A DataSharingAgreement document from a request, in the order people read it: who provides what, who consumes,
 * why, on what basis, when, and what the provider accepts.
 *
 * @example draftAgreement({ name: 'growth-analytics', provider: 'podcast.podcast-listeners', ports: [{ name: 'daily-listeners' }], team: 'growth-analytics', purpose: 'Churn model', start: '2026-12-01', end: '2027-05-31' })
 */
export function draftAgreement(r: AgreementRequest): DataSharingAgreement {
  return {
    apiVersion: 'meshplane/v1',
    kind: 'DataSharingAgreement',
    metadata: { name: r.name },
    spec: {
      provider: { product: r.provider, ports: r.ports },
      consumer: { team: r.team, ...(r.consumerProduct ? { product: r.consumerProduct } : {}) },
      purpose: r.purpose,
      ...(r.legalBasis ? { legalBasis: r.legalBasis } : {}),
      start: r.start,
      end: r.end,
      ...(r.breakingChangeNotice ? { obligations: { breakingChangeNotice: r.breakingChangeNotice } } : {}),
    },
  };
}

/** The path of an agreement: beside the product it shares. */
export function locateAgreementFile(catalogRoot: string, provider: string, name: string): string {
  return `${catalogRoot}/${provider.replace('.', '/')}/agreements/${name}.yaml`;
}
