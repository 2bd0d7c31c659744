import { stringify } from 'yaml';

/** What the scaffold needs to write a product. */
export interface ProductTemplateInput {
  domain: string;
  name: string;
  title: string;
  owner: string;
  productOwner: string;
  archetype: 'source-aligned' | 'aggregate' | 'consumer-aligned';
  description: string;
  contact: string;
  /** Regions where the data may be stored and processed, such as `eu`. */
  locality: string[];
  /** The schema's path relative to the new manifest, for editor completion. */
  schemaPath: string;
}

/**
 * A new product's manifest and README: one table port with both temporal fields, a freshness SLO and a primary key,
 * reading one operational system. It passes `mesh check` as written; the team then edits the columns and inputs.
 * Values go through the YAML serializer, so any text (quotes, colons, `#`) is escaped correctly.
 */
export function renderProductTemplate(i: ProductTemplateInput): { manifest: string; readme: string } {
  const key = i.name.replace(/-/g, '_');
  const doc = {
    apiVersion: 'meshplane/v1',
    kind: 'DataProduct',
    metadata: {
      id: `${i.domain}.${i.name}`,
      name: i.title,
      domain: i.domain,
      archetype: i.archetype,
      owner: i.owner,
      productOwner: i.productOwner,
      version: '0.1.0',
      lifecycle: 'proposed',
      tags: [i.domain],
    },
    spec: {
      description: i.description,
      purpose: 'Who uses this product and for what.',
      inputPorts: [{ name: `${i.domain}-events`, source: { system: `${i.domain}-service`, kind: 'event-log' }, mode: 'subscribe' }],
      outputPorts: [
        {
          name: 'daily',
          kind: 'table',
          description: `One row per ${key} and day.`,
          temporal: { actualTime: 'event_date', processingTime: 'processed_at' },
          schema: [
            { name: `${key}_id`, type: 'string', required: true, description: 'The row identifier.' },
            { name: 'event_date', type: 'date', required: true, description: 'The day the facts describe (actual time).' },
            { name: 'processed_at', type: 'timestamp', required: true, description: 'When the row was processed (processing time).' },
          ],
          primaryKey: [`${key}_id`, 'event_date'],
          retention: 'P1Y',
          slos: [{ name: 'fresh-daily', type: 'freshness', threshold: 'PT24H', objective: '99%', window: '28d' }],
        },
      ],
      access: { classification: 'internal' },
      policies: { locality: i.locality },
      docs: { readme: './README.md' },
      support: { channel: i.contact, issues: 'github' },
    },
  };
  const header = `# yaml-language-server: $schema=${i.schemaPath}\n`;
  const manifest = header + stringify(doc, { lineWidth: 120, flowCollectionPadding: true });
  const readme = [
    `# ${i.title}`,
    '',
    i.description,
    '',
    '## Ports',
    '',
    `- \`daily\` (table): one row per ${key} and day; \`event_date\` is the actual time, \`processed_at\` the processing time.`,
    '',
    `Owner: ${i.owner} (${i.productOwner}). Questions: ${i.contact}.`,
    '',
  ].join('\n');
  return { manifest, readme };
}
