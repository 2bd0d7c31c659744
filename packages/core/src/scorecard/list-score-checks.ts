import type { ProductNode } from '../catalog/catalog-index.js';
import { listOperationalChecks, type OperationalEvidence } from './list-operational-checks.js';

/** The baseline usability attributes of a data product (Data Mesh ch. 3), and the maturity factors as one more. */
export const ATTRIBUTES = [
  'discoverable',
  'addressable',
  'understandable',
  'trustworthy',
  'natively-accessible',
  'interoperable',
  'valuable',
  'secure',
  'maturity',
] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

/** One check of a product's scorecard: what it asks, whether it holds, and why. */
export interface ScoreCheck {
  id: string;
  attribute: Attribute;
  passed: boolean;
  /** What was found, in words (`2 of 12 columns undescribed`). */
  evidence: string;
  /** True when what the check reads was not there (no SLO statuses, no policy run): it neither passes nor counts. */
  unknown?: true;
}

/** What the checks read besides the manifest: who reads the product, per the whole catalog; how it runs. */
export interface ScoreContext extends OperationalEvidence {
  /** Products that read one of its ports. */
  readers: number;
  /** Products it reads. */
  reads: number;
  /** Teams that read it under data sharing agreements naming no reading product (those count as readers). */
  agreementTeams?: number;
}

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});
const list = (v: unknown): Rec[] => (Array.isArray(v) ? v.map(rec) : []);
const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const size = (v: unknown): number => (Array.isArray(v) ? v.length : 0);

/**
 * The checks of one product, each from its manifest and its place in the mesh: discoverable (described, tagged,
 * documented), addressable, understandable, trustworthy (SLOs, quality checks, keys), natively accessible (access
 * modes, support), interoperable (global identifiers, time semantics), valuable on its own (readers), secure
 * (classification, regulations), and the maturity factors (usage, life cycle, diversity of access, linkage); then
 * the operational checks (SLOs met, error budget, governance findings: {@link listOperationalChecks}).
 */
export function listScoreChecks(p: ProductNode, context: ScoreContext): ScoreCheck[] {
  const spec = rec(p.data.spec);
  const meta = rec(p.data.metadata);
  const ports = list(spec.outputPorts);
  const tables = ports.filter((o) => o.kind === 'table');
  const columns = ports.flatMap((o) => list(o.schema));
  const undescribed = columns.filter((c) => !text(c.description) && !c.identifier).length;
  const consumers = list(rec(spec.access).consumers).length + (context.agreementTeams ?? 0);
  const kinds = new Set(ports.map((o) => text(o.kind)).filter((k) => k !== ''));
  const pii = columns.filter((c) => c.classification === 'pii');
  const declared = declaredSlos(ports);
  const c = (attribute: Attribute, id: string, passed: boolean, evidence: string): ScoreCheck => ({ id, attribute, passed, evidence });
  const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;
  return [
    c('discoverable', 'description', text(spec.description).length >= 40, `description of ${text(spec.description).length} characters (40 needed)`),
    c('discoverable', 'purpose', text(spec.purpose) !== '', text(spec.purpose) ? 'purpose stated' : 'no purpose'),
    c('discoverable', 'tags', size(meta.tags) > 0, count(size(meta.tags), 'tag')),
    c('discoverable', 'readme', text(rec(spec.docs).readme) !== '', text(rec(spec.docs).readme) ? 'a README' : 'no README in docs'),
    c('addressable', 'output-ports', ports.length > 0, count(ports.length, 'output port')),
    c(
      'addressable',
      'ports-described',
      ports.length > 0 && ports.every((o) => text(o.description) !== ''),
      `${ports.filter((o) => text(o.description)).length} of ${ports.length} ports described`,
    ),
    c('understandable', 'columns-described', columns.length > 0 && undescribed === 0, `${undescribed} of ${columns.length} columns undescribed`),
    c('understandable', 'limitations', text(spec.limitations) !== '', text(spec.limitations) ? 'limitations stated' : 'no limitations stated'),
    c('understandable', 'examples', size(rec(spec.docs).examples) > 0, count(size(rec(spec.docs).examples), 'example')),
    c(
      'trustworthy',
      'slos',
      ports.length > 0 && ports.every((o) => list(o.slos).length > 0),
      `${ports.filter((o) => list(o.slos).length > 0).length} of ${ports.length} ports with SLOs`,
    ),
    c(
      'trustworthy',
      'quality-checks',
      tables.every((o) => list(o.quality).length > 0),
      `${tables.filter((o) => list(o.quality).length > 0).length} of ${tables.length} tables with quality checks`,
    ),
    c(
      'trustworthy',
      'primary-keys',
      tables.every((o) => Array.isArray(o.primaryKey) && o.primaryKey.length > 0),
      `${tables.filter((o) => Array.isArray(o.primaryKey)).length} of ${tables.length} tables with a primary key`,
    ),
    c('natively-accessible', 'support', text(rec(spec.support).channel) !== '', text(rec(spec.support).channel) ? 'a support channel' : 'no support channel'),
    c('natively-accessible', 'access-modes', kinds.size >= 2 || ports.length >= 2, `${count(kinds.size, 'access mode')} over ${count(ports.length, 'port')}`),
    c(
      'interoperable',
      'global-identifiers',
      columns.some((col) => text(col.identifier) !== ''),
      `${columns.filter((col) => text(col.identifier)).length} columns carry a global identifier`,
    ),
    c(
      'interoperable',
      'time-semantics',
      tables.every((o) => rec(o.temporal).actualTime !== undefined),
      `${tables.filter((o) => rec(o.temporal).actualTime !== undefined).length} of ${tables.length} tables declare their time`,
    ),
    c('valuable', 'readers', context.readers + consumers > 0, `${count(context.readers, 'reading product')}, ${count(consumers, 'consumer team')}`),
    c('secure', 'classification', text(rec(spec.access).classification) !== '', text(rec(spec.access).classification) || 'no classification'),
    c(
      'secure',
      'regulations',
      pii.length === 0 || size(rec(spec.policies).regulations) > 0,
      pii.length === 0
        ? 'no personal data'
        : `${count(pii.length, 'personal-data column')}, ${count(size(rec(spec.policies).regulations), 'regulation')} named`,
    ),
    c('maturity', 'usage', context.readers + consumers >= 2, `${context.readers + consumers} readers (2 for a used product)`),
    c('maturity', 'life-cycle', p.lifecycle === 'active', `lifecycle ${p.lifecycle ?? 'unset'}`),
    c('maturity', 'linkage', context.reads + context.readers > 0, `reads ${count(context.reads, 'product')}, read by ${count(context.readers, 'product')}`),
    // Statuses of SLOs the manifest no longer declares (the change removes one) say nothing about the product now.
    ...listOperationalChecks({ ...context, slo: context.slo?.filter((st) => declared.has(`${st.port}/${st.slo}`)) }),
  ];
}

function declaredSlos(ports: readonly Rec[]): Set<string> {
  return new Set(ports.flatMap((o) => list(o.slos).map((slo) => `${text(o.name)}/${text(slo.name)}`)));
}
