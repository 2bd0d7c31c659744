import { stringify } from 'yaml';
import type { DataSharingAgreement } from '@meshplane/core';

/**
 * An agreement file's text: the modeline that points editors at its schema (relative to the file), a line saying
 * what merging it does, then the document.
 */
export function renderAgreementFile(agreement: DataSharingAgreement, catalogRoot: string): string {
  const up = '../'.repeat(catalogRoot.split('/').filter(Boolean).length + 3);
  const body = stringify(agreement, { lineWidth: 0, aliasDuplicateObjects: false });
  return [
    `# yaml-language-server: $schema=${up}schemas/data-sharing-agreement.schema.json`,
    `# A data sharing agreement: merged with the approval of ${agreement.spec.provider.product}'s owners, it grants ${agreement.spec.consumer.team} read access`,
    `# from ${agreement.spec.start} through ${agreement.spec.end}; the day after, the platform revokes it. See docs/agreements.md.`,
    body,
  ].join('\n');
}
