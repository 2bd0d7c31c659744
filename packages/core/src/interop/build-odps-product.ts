import { MESHPLANE_PREFIX, type OdcsCustomProperty } from './odcs-types.js';
import { buildTeamBlock, nameContractId } from './interop-parts.js';

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});
const list = (v: unknown): Rec[] => (Array.isArray(v) ? v.map(rec) : []);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/** An ODPS v1 data product as plain data (https://bitol-io.github.io/open-data-product-standard/). */
export type OdpsProduct = Record<string, unknown>;

/** The ODPS version Meshplane writes. */
export const ODPS_API_VERSION = 'v1.0.0';

/** What the export needs beside the manifest: the owner team's manifest, and the version of each product read. */
export interface OdpsExportOptions {
  team?: unknown;
  /** The version of a product an input port reads (its manifest's), for the input port's `version`. */
  versionOf?: (productId: string) => string | undefined;
}

/**
 * A product as an ODPS v1.0.0 data product: identity, status, domain, purpose and limitations, tags, the owner team
 * with the product owner, support channels with a URL, an input port per product it reads and an output port per
 * port it serves, each naming its ODCS contract (`<product>.<port>`, the id `mesh export odcs` gives it). What ODPS has
 * no field for (archetype, owner team, description, source systems, classification, support as written, …) travels as `meshplane.*`
 * custom properties. Pure.
 *
 * @example buildOdpsProduct(manifest).outputPorts[0].contractId // 'podcast.podcast-listeners.daily-listeners'
 */
export function buildOdpsProduct(manifest: unknown, options: OdpsExportOptions = {}): OdpsProduct {
  const meta = rec(rec(manifest).metadata);
  const spec = rec(rec(manifest).spec);
  const id = String(meta.id);
  const version = String(meta.version ?? '');
  const custom: OdcsCustomProperty[] = [];
  for (const k of ['archetype', 'owner', 'productOwner', 'classification', 'subdomain', 'successor', 'sunset'])
    if (meta[k] !== undefined) custom.push({ property: `${MESHPLANE_PREFIX}${k}`, value: meta[k] });
  const systems = list(spec.inputPorts).filter((p) => text(rec(p.source).system));
  if (systems.length > 0) custom.push({ property: `${MESHPLANE_PREFIX}sourceSystems`, value: systems });
  if (spec.support !== undefined) custom.push({ property: `${MESHPLANE_PREFIX}support`, value: spec.support });
  const inputPorts = list(spec.inputPorts).flatMap((p): Rec[] => {
    const source = rec(p.source);
    const product = text(source.product);
    const port = text(source.port);
    if (!product || !port) return [];
    const extras: OdcsCustomProperty[] = ['mode', 'schedule', 'query', 'description']
      .filter((k) => p[k] !== undefined)
      .map((k) => ({ property: `${MESHPLANE_PREFIX}${k}`, value: p[k] }));
    return [
      {
        name: String(p.name),
        version: options.versionOf?.(product) ?? 'unknown',
        contractId: nameContractId(product, port),
        ...(extras.length ? { customProperties: extras } : {}),
      },
    ];
  });
  const outputPorts = list(spec.outputPorts).map((p) => ({
    name: String(p.name),
    ...(text(p.description) ? { description: p.description } : {}),
    type: String(p.kind ?? 'table'),
    version,
    contractId: nameContractId(id, String(p.name)),
  }));
  const description = {
    ...(text(spec.purpose) ? { purpose: spec.purpose } : {}),
    ...(text(spec.limitations) ? { limitations: spec.limitations } : {}),
    ...(text(spec.description) ? { customProperties: [{ property: `${MESHPLANE_PREFIX}description`, value: spec.description }] } : {}),
  };
  const support = buildSupport(spec.support);
  return {
    apiVersion: ODPS_API_VERSION,
    kind: 'DataProduct',
    id,
    ...(text(meta.name) ? { name: meta.name } : {}),
    ...(version ? { version } : {}),
    status: String(meta.lifecycle ?? 'draft'),
    ...(text(meta.domain) ? { domain: meta.domain } : {}),
    ...(Object.keys(description).length ? { description } : {}),
    ...(Array.isArray(meta.tags) && meta.tags.length ? { tags: meta.tags.map(String) } : {}),
    ...(inputPorts.length ? { inputPorts } : {}),
    outputPorts,
    ...(support.length ? { support } : {}),
    team: buildTeamBlock(String(meta.owner ?? ''), meta.productOwner, options.team),
    ...(custom.length ? { customProperties: custom } : {}),
  };
}

/** Support channels ODPS can hold (a channel with a URL): an https channel; a chat name without a URL has no place. */
function buildSupport(support: unknown): Rec[] {
  const s = rec(support);
  const channel = text(s.channel);
  return channel?.startsWith('https://') ? [{ channel, url: channel }] : [];
}
