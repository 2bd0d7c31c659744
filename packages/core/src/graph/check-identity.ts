import type { CatalogIndex, NamedEntry, ProductNode } from '../catalog/catalog-index.js';
import type { Finding } from '../model/finding.js';
import { findingAt } from '../model/finding-at.js';
import { isChecked } from './is-checked.js';

/** Where each file kind must live, relative to the repository root. */
export interface CatalogLayout {
  /** The catalog folder, `catalog` by default. */
  catalogRoot: string;
}

const RESERVED_DOMAINS = new Set(['teams']);
const PRODUCT_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*\.[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * Identity rules: product ids are unique and match their folder (`catalog/<domain>/<name>/product.yaml` has id
 * `<domain>.<name>`), `metadata.domain` agrees with the id, and domain and team names match their files.
 */
export function checkIdentity(index: CatalogIndex, layout: CatalogLayout, only?: ReadonlySet<string>): Finding[] {
  return [
    ...checkProductIds(index.products, layout, only),
    ...checkNames(index.domains, 'Domain', (n) => `${layout.catalogRoot}/${n}/domain.yaml`, only),
    ...checkNames(index.teams, 'Team', (n) => `${layout.catalogRoot}/teams/${n}.yaml`, only),
    ...checkNames(index.waivers, 'Waiver', (n) => `policies/waivers/${n}.yaml`, only),
  ];
}

function checkProductIds(products: readonly ProductNode[], layout: CatalogLayout, only: ReadonlySet<string> | undefined): Finding[] {
  const out: Finding[] = [];
  const first = new Map<string, ProductNode>();
  for (const p of products) {
    const productId = p.id;
    const earlier = first.get(p.id);
    if (!earlier) first.set(p.id, p);
    if (!isChecked(p.file, only)) continue;
    if (earlier) {
      out.push(
        findingAt(p.doc, '/metadata/id', {
          ruleId: 'graph.duplicate-id',
          message: `Product id \`${p.id}\` is already used by ${earlier.file}:${earlier.doc.locate('/metadata/id').line}.`,
          hint: 'Product ids are unique across the mesh. Give this product its own id (and folder).',
          productId,
        }),
      );
    }
    // An id that fails its schema pattern (already an error) says nothing about where the file belongs.
    if (!PRODUCT_ID.test(p.id)) continue;
    const [domain, name] = p.id.split('.');
    const expected = `${layout.catalogRoot}/${domain}/${name}/product.yaml`;
    if (!sameFile(p.file, expected)) {
      out.push(
        findingAt(p.doc, '/metadata/id', {
          ruleId: 'graph.id-folder-mismatch',
          message: `Product id \`${p.id}\` does not match its location ${p.file}.`,
          hint: `Ids are permanent addresses: move the file to ${expected}. To change the id, deprecate this product and create a successor.`,
          productId,
        }),
      );
    }
    if (p.domain !== undefined && p.domain !== domain) {
      out.push(
        findingAt(p.doc, '/metadata/domain', {
          ruleId: 'graph.domain-mismatch',
          message: `metadata.domain is \`${p.domain}\` but the id \`${p.id}\` places the product in domain \`${domain}\`.`,
          hint: `Set \`domain: ${domain}\`; a product lives in the folder of its domain.`,
          productId,
        }),
      );
    }
  }
  return out;
}

function checkNames(entries: readonly NamedEntry[], kind: string, pathOf: (name: string) => string, only: ReadonlySet<string> | undefined): Finding[] {
  const out: Finding[] = [];
  const first = new Map<string, NamedEntry>();
  for (const e of entries) {
    const earlier = first.get(e.name);
    if (!earlier) first.set(e.name, e);
    if (!isChecked(e.file, only)) continue;
    if (earlier) {
      out.push(
        findingAt(e.doc, '/metadata/name', {
          ruleId: 'graph.duplicate-name',
          message: `${kind} \`${e.name}\` is already defined in ${earlier.file}.`,
          hint: `Each ${kind.toLowerCase()} is defined once; remove or rename one of them.`,
        }),
      );
    }
    if (kind === 'Domain' && RESERVED_DOMAINS.has(e.name)) {
      out.push(
        findingAt(e.doc, '/metadata/name', {
          ruleId: 'graph.reserved-name',
          message: `\`${e.name}\` is reserved and cannot name a domain.`,
          hint: 'Choose another domain name; `catalog/teams/` holds the teams.',
        }),
      );
    } else if (!sameFile(e.file, pathOf(e.name))) {
      out.push(
        findingAt(e.doc, '/metadata/name', {
          ruleId: 'graph.name-location-mismatch',
          message: `${kind} \`${e.name}\` is defined in ${e.file}.`,
          hint: `Move it to ${pathOf(e.name)}, or make metadata.name match the file's place.`,
        }),
      );
    }
  }
  return out;
}

/** `x.yaml` and `x.yml` are the same place. */
function sameFile(actual: string, expected: string): boolean {
  return actual === expected || actual === expected.replace(/\.yaml$/, '.yml');
}
