import type { CatalogIndex } from '../catalog/catalog-index.js';
import { findingAt } from '../model/finding-at.js';
import type { Finding } from '../model/finding.js';
import { isChecked } from '../graph/is-checked.js';
import { explainUnsafeIdentifier, nameLatestView, nameRole, nameSchema, nameTable } from './name-platform-objects.js';

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});

/**
 * Checks every name provisioning derives from the catalog — schemas, tables, "latest" views, team roles — before it
 * can reach SQL: a plain lower-case name of at most 63 bytes, reported on the line that produces it.
 */
export function checkPlatformNames(index: CatalogIndex, only?: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  for (const p of index.products) {
    if (!p.valid || !p.domain || !isChecked(p.file, only)) continue;
    const ports = Array.isArray(rec(p.data.spec).outputPorts) ? (rec(p.data.spec).outputPorts as unknown[]) : [];
    ports.forEach((raw, i) => {
      const port = rec(raw);
      if (port.kind !== 'table' || typeof port.name !== 'string') return;
      const table = nameTable(p.id, port.name);
      for (const [what, name] of [
        ['schema', nameSchema(p.domain ?? '')],
        ['table', table],
        ['view', nameLatestView(table)],
      ] as const) {
        const why = explainUnsafeIdentifier(name);
        if (!why) continue;
        findings.push(
          findingAt(p.doc, `/spec/outputPorts/${i}/name`, {
            ruleId: 'platform.unsafe-name',
            message: `The port's ${what} name ${why}.`,
            hint: 'Shorten the product or port name (the table is `<product>__<port>` with hyphens as underscores, the view adds `__latest`).',
            productId: p.id,
          }),
        );
      }
    });
  }
  for (const t of index.teams) {
    const why = t.valid && isChecked(t.file, only) ? explainUnsafeIdentifier(nameRole(t.name)) : undefined;
    if (why)
      findings.push(
        findingAt(t.doc, '/metadata/name', {
          ruleId: 'platform.unsafe-name',
          message: `The team's role name ${why}.`,
          hint: 'Shorten the team name to at most 58 characters.',
        }),
      );
  }
  return findings;
}
