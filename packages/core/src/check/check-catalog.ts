import { foldConsequences } from '../report/fold-consequences.js';
import type { CatalogIndex } from '../catalog/catalog-index.js';
import { indexCatalog } from '../catalog/index-catalog.js';
import type { CheckReport, Finding } from '../model/finding.js';
import type { LoadedSource } from '../model/source-document.js';
import { buildMeshGraph, type MeshGraph } from '../graph/build-mesh-graph.js';
import { checkCycles } from '../graph/check-cycles.js';
import { checkIdentity } from '../graph/check-identity.js';
import { checkReferences } from '../graph/check-references.js';
import { sortFindings } from '../report/decide-verdict.js';
import { checkPlatformNames } from '../platform/check-platform-names.js';
import { checkAgreements } from '../agreement/check-agreements.js';
import { checkAgreementCoverage } from '../agreement/check-agreement-coverage.js';

export interface CheckOptions {
  /** The repository root as the user named it (shown in reports). */
  root: string;
  /** The catalog folder relative to the root. Default `catalog`. */
  catalogRoot?: string;
  /** `validate` checks each file against its schema; `check` adds the whole-mesh rules. Default `check`. */
  mode?: 'validate' | 'check';
  toolVersion: string;
  /**
   * Today as `YYYY-MM-DD`: whether agreements are in force (an input port needs one in force; one past its end is
   * reported). Without it, any agreement covers its ports (commands that list or draw, and do not judge).
   */
  today?: string;
}

/** A check's report, with the index and graph it built (for commands that go on to use them). */
export interface CatalogCheck {
  report: CheckReport;
  index: CatalogIndex;
  graph: MeshGraph;
}

/**
 * Checks a loaded catalog: every file against its schema, then (in `check` mode) the whole mesh: ids, domains,
 * teams, references between products, lineage cycles. Pure: the source did all the reading.
 *
 * @example
 * const { report } = checkCatalog(loadRepository('.'), { root: '.', toolVersion: '0.1.0' });
 * decideVerdict(report); // 'pass' | 'fail'
 */
export function checkCatalog(source: LoadedSource, options: CheckOptions): CatalogCheck {
  const { index, findings: schemaFindings } = indexCatalog(source);
  const graph = buildMeshGraph(index.products, index.agreements);
  const findings: Finding[] = [...source.findings, ...schemaFindings];
  if ((options.mode ?? 'check') === 'check') {
    findings.push(
      ...checkIdentity(index, { catalogRoot: options.catalogRoot ?? 'catalog' }),
      ...checkReferences(index),
      ...checkCycles(graph),
      ...checkPlatformNames(index),
      ...checkAgreements(index, { catalogRoot: options.catalogRoot ?? 'catalog' }),
      ...checkAgreementCoverage(index, options.today),
    );
  }
  const report: CheckReport = {
    tool: { name: 'meshplane', version: options.toolVersion },
    root: options.root,
    mode: options.mode ?? 'check',
    stats: {
      files: source.documents.length + countUnparsed(source),
      products: index.products.length,
      domains: index.domains.length,
      teams: index.teams.length,
      waivers: index.waivers.length,
      edges: graph.edges.length,
    },
    findings: foldConsequences(sortFindings(findings)),
  };
  return { report, index, graph };
}

function countUnparsed(source: LoadedSource): number {
  const parsed = new Set(source.documents.map((d) => d.file));
  return new Set(source.findings.map((f) => f.file).filter((f): f is string => f !== undefined && !parsed.has(f))).size;
}
