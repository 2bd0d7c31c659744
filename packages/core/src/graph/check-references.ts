import type { CatalogIndex, ProductNode } from '../catalog/catalog-index.js';
import type { Finding } from '../model/finding.js';
import { findingAt } from '../model/finding-at.js';
import { formatPointer } from '../model/pointer.js';
import { didYouMean } from '../validate/suggest.js';
import { readDomainOwner } from '../review/read-team-handles.js';
import { readWaivedProduct } from '../catalog/catalog-index.js';
import { isChecked } from './is-checked.js';

/**
 * Reference rules: every domain, team, upstream product and port, successor and documentation file a file names
 * exists. Each finding sits on the line of the reference and suggests the closest existing name.
 */
export function checkReferences(index: CatalogIndex, only?: ReadonlySet<string>): Finding[] {
  const teams = new Set(index.teams.map((t) => t.name));
  const domains = new Set(index.domains.map((d) => d.name));
  const products = new Map<string, ProductNode>();
  for (const p of index.products) if (!products.has(p.id)) products.set(p.id, p);
  const out: Finding[] = [];
  for (const p of index.products) if (isChecked(p.file, only)) out.push(...checkProductRefs(p, { teams, domains, products, files: index.files }));
  for (const d of index.domains) {
    if (!isChecked(d.file, only)) continue;
    const owner = readDomainOwner(d);
    if (owner !== undefined && !teams.has(owner)) out.push(findingAt(d.doc, '/spec/owner', unknownTeam(owner, teams)));
  }
  for (const w of index.waivers) {
    if (!isChecked(w.file, only)) continue;
    const product = readWaivedProduct(w);
    if (product !== undefined && !products.has(product)) {
      out.push(
        findingAt(w.doc, '/spec/product', {
          ruleId: 'graph.unknown-product',
          message: `Waiver names product \`${product}\`, which does not exist.`,
          hint: `${didYouMean(product, products.keys())}Name an existing product id.`,
        }),
      );
    }
  }
  return out;
}

interface Known {
  teams: Set<string>;
  domains: Set<string>;
  products: Map<string, ProductNode>;
  files: ReadonlySet<string>;
}

function checkProductRefs(p: ProductNode, k: Known): Finding[] {
  const out: Finding[] = [];
  const productId = p.id;
  if (p.domain !== undefined && !k.domains.has(p.domain)) {
    out.push(
      findingAt(p.doc, '/metadata/domain', {
        ruleId: 'graph.unknown-domain',
        message: `Domain \`${p.domain}\` has no domain.yaml.`,
        hint: `${didYouMean(p.domain, k.domains)}Create catalog/${p.domain}/domain.yaml or use an existing domain.`,
        productId,
      }),
    );
  }
  if (p.owner !== undefined && !k.teams.has(p.owner)) out.push(findingAt(p.doc, '/metadata/owner', { ...unknownTeam(p.owner, k.teams), productId }));
  for (const c of p.consumers) {
    if (!k.teams.has(c.team))
      out.push(findingAt(p.doc, formatPointer(['spec', 'access', 'consumers', c.index, 'team']), { ...unknownTeam(c.team, k.teams), productId }));
  }
  for (const input of p.inputs) {
    if (input.product === undefined) continue;
    const at = formatPointer(['spec', 'inputPorts', input.index, 'source']);
    const upstream = k.products.get(input.product);
    if (!upstream) {
      // Its manifest is there but could not be read: a consequence of that file's error, folded under it.
      const unreadable = locateManifest(input.product, k.files);
      out.push(
        findingAt(p.doc, at + '/product', {
          ruleId: 'graph.dangling-input',
          message: `Input port \`${input.name}\` reads product \`${input.product}\`, ${unreadable ? `whose manifest ${unreadable} has errors` : 'which does not exist'}.`,
          hint: `${didYouMean(input.product, k.products.keys())}Name an existing product id (\`<domain>.<name>\`), or describe an operational source with \`system\` and \`kind\`.`,
          productId,
          ...(unreadable ? { cause: `file:${unreadable}` } : {}),
        }),
      );
    } else if (input.port !== undefined && !upstream.outputs.some((o) => o.name === input.port)) {
      const ports = upstream.outputs.map((o) => o.name);
      out.push(
        findingAt(p.doc, at + '/port', {
          ruleId: 'graph.unknown-port',
          message: `Input port \`${input.name}\` reads port \`${input.port}\` of \`${input.product}\`, which has no such output port.`,
          hint: `${didYouMean(input.port, ports)}Its output ports: ${ports.join(', ') || 'none'}.`,
          productId,
        }),
      );
    }
  }
  if (p.successor !== undefined && !k.products.has(p.successor)) {
    out.push(
      findingAt(p.doc, '/metadata/successor', {
        ruleId: 'graph.unknown-successor',
        message: `Successor \`${p.successor}\` does not exist.`,
        hint: `${didYouMean(p.successor, k.products.keys())}Name the product consumers should move to.`,
        productId,
      }),
    );
  }
  out.push(...checkDocFiles(p, k.files));
  return out;
}

function checkDocFiles(p: ProductNode, files: ReadonlySet<string>): Finding[] {
  return listDocRefs(p)
    .filter((r) => r.path !== undefined && !files.has(r.path))
    .map(({ pointer, rel, path }) =>
      findingAt(p.doc, pointer, {
        ruleId: 'graph.missing-file',
        message: `${String(rel)} does not exist beside the manifest (no file ${String(path)}).`,
        hint: `Add ${String(path)}, or remove the reference.`,
        productId: p.id,
      }),
    );
}

/** The files a product's `spec.docs` name, as paths from the repository root (what the missing-file rule looks for). */
export function listDocFileRefs(p: ProductNode): string[] {
  return listDocRefs(p).flatMap((r) => (r.path === undefined ? [] : [r.path]));
}

/** Each `spec.docs` entry: its pointer, its text, and the file it names (undefined when it is no plain relative path). */
function listDocRefs(p: ProductNode): { pointer: string; rel: unknown; path: string | undefined }[] {
  const docs = ((p.data.spec as Record<string, unknown> | undefined)?.docs ?? {}) as Record<string, unknown>;
  const refs: [string, unknown][] = [];
  for (const [key, v] of Object.entries(docs)) {
    if (typeof v === 'string') refs.push([formatPointer(['spec', 'docs', key]), v]);
    else if (Array.isArray(v)) v.forEach((x, i) => refs.push([formatPointer(['spec', 'docs', key, i]), x]));
  }
  // A manifest at the root has no folder part: '' (slicing to lastIndexOf('/') = -1 would cut its last letter).
  const dir = p.file.includes('/') ? p.file.slice(0, p.file.lastIndexOf('/')) : '';
  return refs.map(([pointer, rel]) => ({
    pointer,
    rel,
    path: typeof rel === 'string' && !rel.split('/').includes('..') ? joinPosix(dir, rel) : undefined,
  }));
}

function joinPosix(dir: string, rel: string): string {
  const file = rel.replace(/^\.\//, '');
  return dir ? `${dir}/${file}` : file;
}

function unknownTeam(team: string, teams: Set<string>) {
  return {
    ruleId: 'graph.unknown-team',
    message: `Team \`${team}\` has no file in catalog/teams/.`,
    hint: `${didYouMean(team, teams)}Create catalog/teams/${team}.yaml or name an existing team.`,
  };
}

/** The manifest file of a product id (`<domain>.<name>` → `…/<domain>/<name>/product.yaml`) among the listed files. */
/** The manifest file of product `id` among the catalog's files, when one is there (parsed or not). */
export function locateManifest(id: string, files: ReadonlySet<string>): string | undefined {
  const [domain, name, ...rest] = id.split('.');
  if (!domain || !name || rest.length > 0) return undefined;
  const tail = `/${domain}/${name}/product.yaml`;
  for (const f of files) if (f.endsWith(tail) || f === tail.slice(1)) return f;
  return undefined;
}
