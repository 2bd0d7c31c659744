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
import { tabulateMesh, type IdentifyDocument, type MeshTable } from '../graph/tabulate-mesh.js';
import { findNeighbourhood, type BaseMesh } from '../graph/find-neighbourhood.js';

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
  /** In `check` mode: the mesh table to keep ({@link tabulateMesh}), or a base's table to check against. */
  table?: TableOptions;
}

/** How a check uses mesh tables (kept per base commit, to check only what a pull request changed). */
export type TableOptions =
  /** Return this catalog's table with the check. */
  | { tabulate: true }
  /**
   * The catalog this one was changed from, with its table (from a check with the same options), and how to tell a
   * file's bytes: the mesh checks run only over the changed files and their neighbourhood ({@link findNeighbourhood}).
   * The findings are those of a whole check.
   */
  | { previous: BaseMesh; identify: IdentifyDocument };

/** A check's report, with the index and graph it built (for commands that go on to use them). */
export interface CatalogCheck {
  report: CheckReport;
  index: CatalogIndex;
  graph: MeshGraph;
  /** The catalog's mesh table, when asked for. */
  table?: MeshTable;
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
  let table: MeshTable | undefined;
  if ((options.mode ?? 'check') === 'check') {
    const near = options.table && 'previous' in options.table ? findNeighbourhood(options.table.previous, index, options.table.identify) : undefined;
    const only = near?.files;
    const catalogRoot = options.catalogRoot ?? 'catalog';
    const mesh = [
      ...checkIdentity(index, { catalogRoot }, only),
      ...checkReferences(index, only),
      ...(near && !near.cycles ? [] : checkCycles(graph)),
      ...checkPlatformNames(index, only),
      ...checkAgreements(index, { catalogRoot }, only),
      ...checkAgreementCoverage(index, options.today, only),
    ];
    findings.push(...mesh);
    if (options.table && 'tabulate' in options.table) table = tabulateMesh(index, mesh);
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
  return { report, index, graph, ...(table ? { table } : {}) };
}

function countUnparsed(source: LoadedSource): number {
  const parsed = new Set(source.documents.map((d) => d.file));
  return new Set(source.findings.map((f) => f.file).filter((f): f is string => f !== undefined && !parsed.has(f))).size;
}
