import type { DataSharingAgreement } from '@meshplane/core';

/**
 * A valid agreement for table-driven tests: `podcast-analytics` reads the `daily` port of `podcast.podcast-listeners`
 * (the product {@link buildProduct} makes) from 2026-11-01 through 2027-06-30. One changed field per case.
 */
export function buildAgreement(edit: (a: DataSharingAgreement) => void = () => {}): DataSharingAgreement {
  const a: DataSharingAgreement = {
    apiVersion: 'meshplane/v1',
    kind: 'DataSharingAgreement',
    metadata: { name: 'podcast-analytics' },
    spec: {
      provider: { product: 'podcast.podcast-listeners', ports: [{ name: 'daily' }] },
      consumer: { team: 'podcast-analytics' },
      purpose: 'Weekly audience reports for the podcast studios.',
      legalBasis: 'legitimate-interests',
      start: '2026-11-01',
      end: '2027-06-30',
    },
  };
  edit(a);
  return a;
}

/** Where an agreement lives: `catalog/<domain>/<product>/agreements/<name>.yaml`. */
export function agreementPath(a: DataSharingAgreement): string {
  return `catalog/${a.spec.provider.product.replace('.', '/')}/agreements/${a.metadata.name}.yaml`;
}
