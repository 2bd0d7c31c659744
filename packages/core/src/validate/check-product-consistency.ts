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
  const out: Finding[] = [];
  const dup = (pointer: string, what: string, name: string): Finding =>
    findingAt(doc, pointer, {
      ruleId: 'product.duplicate-name',
      message: `${what} \`${name}\` is declared twice.`,
      hint: `Names of ${what.toLowerCase()}s are unique within their list; rename or remove one.`,
      productId,
    });
  for (const [i, name] of duplicates(product.spec.inputPorts.map((p) => p.name)))
    out.push(dup(formatPointer(['spec', 'inputPorts', i, 'name']), 'Input port', name));
  for (const [i, name] of duplicates(product.spec.outputPorts.map((p) => p.name)))
    out.push(dup(formatPointer(['spec', 'outputPorts', i, 'name']), 'Output port', name));
  product.spec.outputPorts.forEach((port, p) => out.push(...checkPort(port, p, doc, productId)));
  return out;
}

function checkPort(port: OutputPort, p: number, doc: SourceDocument, productId: string): Finding[] {
  const out: Finding[] = [];
  const base = ['spec', 'outputPorts', p];
  const columns = port.schema.map((c) => c.name);
  const known = new Set(columns);
  for (const [i, name] of duplicates(columns)) {
    out.push(
      findingAt(doc, formatPointer([...base, 'schema', i, 'name']), {
        ruleId: 'product.duplicate-name',
        message: `Column \`${name}\` is declared twice in port \`${port.name}\`.`,
        hint: 'Column names are unique within a port.',
        productId,
      }),
    );
  }
  for (const [i, name] of duplicates((port.slos ?? []).map((s) => s.name))) {
    out.push(
      findingAt(doc, formatPointer([...base, 'slos', i, 'name']), {
        ruleId: 'product.duplicate-name',
        message: `SLO \`${name}\` is declared twice in port \`${port.name}\`.`,
        hint: 'SLO names are unique within a port.',
        productId,
      }),
    );
  }
  const refs: [string, string][] = [
    [formatPointer([...base, 'temporal', 'actualTime']), port.temporal.actualTime],
    [formatPointer([...base, 'temporal', 'processingTime']), port.temporal.processingTime],
    ...(port.primaryKey ?? []).map((c, i): [string, string] => [formatPointer([...base, 'primaryKey', i]), c]),
  ];
  (port.quality ?? []).forEach((q, i) => {
    if (q.column) refs.push([formatPointer([...base, 'quality', i, 'column']), q.column]);
    (q.columns ?? []).forEach((c, j) => refs.push([formatPointer([...base, 'quality', i, 'columns', j]), c]));
  });
  for (const [pointer, name] of refs) {
    if (known.has(name)) continue;
    out.push(
      findingAt(doc, pointer, {
        ruleId: 'product.unknown-column',
        message: `Column \`${name}\` is not in the schema of port \`${port.name}\`.`,
        hint: `${didYouMean(name, columns)}Name one of its columns: ${columns.join(', ')}.`,
        productId,
      }),
    );
  }
  port.schema.forEach((c, i) => {
    const at = formatPointer([...base, 'schema', i]);
    if ((c.precision !== undefined || c.scale !== undefined) && c.type !== 'decimal') {
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

/** [index, value] of every item that repeats an earlier one. */
function duplicates(values: readonly string[]): [number, string][] {
  const seen = new Set<string>();
  const out: [number, string][] = [];
  values.forEach((v, i) => (seen.has(v) ? out.push([i, v]) : seen.add(v)));
  return out;
}
