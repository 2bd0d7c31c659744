import type { DataProduct, OutputPort } from '../model/generated/types.js';
import type { Finding } from '../model/finding.js';
import { findingAt } from '../model/finding-at.js';
import { formatPointer } from '../model/pointer.js';
import type { SourceDocument } from '../model/source-document.js';
import { didYouMean } from './suggest.js';

/**
 * Rules within one schema-valid manifest that JSON Schema cannot say: names are unique where they are keys, and every
 * column a port names (temporal fields, primary key, quality checks) is one of its columns.
 */
export function checkProductConsistency(product: DataProduct, doc: SourceDocument): Finding[] {
  const productId = product.metadata.id;
  const out: Finding[] = [
    ...reportDuplicates(doc, productId, { names: product.spec.inputPorts.map((p) => p.name), at: ['spec', 'inputPorts'], what: 'Input port' }),
    ...reportDuplicates(doc, productId, { names: product.spec.outputPorts.map((p) => p.name), at: ['spec', 'outputPorts'], what: 'Output port' }),
  ];
  product.spec.outputPorts.forEach((port, p) => out.push(...checkPort(port, p, doc, productId)));
  return out;
}

function checkPort(port: OutputPort, p: number, doc: SourceDocument, productId: string): Finding[] {
  const out: Finding[] = [];
  const base = ['spec', 'outputPorts', p];
  const columns = port.schema.map((c) => c.name);
  const known = new Set(columns);
  const where = ` in port \`${port.name}\``;
  out.push(
    ...reportDuplicates(doc, productId, { names: columns, at: [...base, 'schema'], what: 'Column', where }),
    ...reportDuplicates(doc, productId, { names: (port.slos ?? []).map((s) => s.name), at: [...base, 'slos'], what: 'SLO', where }),
  );
  // Where each named column is referenced, as pointer segments: formatted only for a finding (thousands of ports).
  const refs: [(string | number)[], string][] = [
    [['temporal', 'actualTime'], port.temporal.actualTime],
    [['temporal', 'processingTime'], port.temporal.processingTime],
    ...(port.primaryKey ?? []).map((c, i): [(string | number)[], string] => [['primaryKey', i], c]),
  ];
  (port.quality ?? []).forEach((q, i) => {
    if (q.column) refs.push([['quality', i, 'column'], q.column]);
    (q.columns ?? []).forEach((c, j) => refs.push([['quality', i, 'columns', j], c]));
  });
  for (const [at, name] of refs) {
    if (known.has(name)) continue;
    out.push(
      findingAt(doc, formatPointer([...base, ...at]), {
        ruleId: 'product.unknown-column',
        message: `Column \`${name}\` is not in the schema of port \`${port.name}\`.`,
        hint: `${didYouMean(name, columns)}Name one of its columns: ${columns.join(', ')}.`,
        productId,
      }),
    );
  }
  port.schema.forEach((c, i) => {
    if (c.precision === undefined && c.scale === undefined) return;
    const at = formatPointer([...base, 'schema', i]);
    if (c.type !== 'decimal') {
      out.push(
        findingAt(doc, at + '/type', {
          ruleId: 'product.decimal-only',
          message: `Column \`${c.name}\` has precision or scale but is of type ${c.type}.`,
          hint: 'Use type `decimal`, or remove precision and scale.',
          productId,
        }),
      );
    }
    if (c.precision !== undefined && c.scale !== undefined && c.scale > c.precision) {
      out.push(
        findingAt(doc, at + '/scale', {
          ruleId: 'product.decimal-scale',
          message: `Column \`${c.name}\` has scale ${c.scale} above its precision ${c.precision}.`,
          hint: 'Scale counts digits after the point and cannot exceed precision.',
          productId,
        }),
      );
    }
  });
  return out;
}

/** A `product.duplicate-name` finding for every name of a list that repeats an earlier one, on the repeat's line. */
function reportDuplicates(
  doc: SourceDocument,
  productId: string,
  o: { names: readonly string[]; at: (string | number)[]; what: string; where?: string },
): Finding[] {
  return duplicates(o.names).map(([i, name]) =>
    findingAt(doc, formatPointer([...o.at, i, 'name']), {
      ruleId: 'product.duplicate-name',
      message: `${o.what} \`${name}\` is declared twice${o.where ?? ''}.`,
      hint: `${o.what} names are unique within their list; rename or remove one.`,
      productId,
    }),
  );
}

/** [index, value] of every item that repeats an earlier one. */
function duplicates(values: readonly string[]): [number, string][] {
  const seen = new Set<string>();
  const out: [number, string][] = [];
  values.forEach((v, i) => (seen.has(v) ? out.push([i, v]) : seen.add(v)));
  return out;
}
