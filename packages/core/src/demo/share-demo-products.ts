import type { DataProduct, DataSharingAgreement } from '../model/index.js';
import { addDays } from './build-demo-product.js';
import type { DemoFile } from './generate-demo-mesh.js';

const holdsPii = (p: DataProduct): boolean => p.spec.outputPorts.some((o) => o.schema.some((c) => c.classification === 'pii'));

/**
 * The agreements of a generated mesh, so it passes `mesh check`: each consumer grant the generator drew becomes an
 * agreement (and leaves the manifest), and every product read from another domain gets one agreement per reading
 * domain team, in force from 30 days before `today` for a year. Personal data is shared on legitimate interests, for a
 * year at most (the global policy's limit).
 */
export function shareDemoProducts(products: DataProduct[], today: string): DemoFile[] {
  const byId = new Map(products.map((p) => [p.metadata.id, p]));
  const files = new Map<string, DemoFile>();
  const start = addDays(today, -30);
  const yearOn = addDays(start, 365);
  const share = (provider: DataProduct, team: string, purpose: string, until: string): void => {
    const end = holdsPii(provider) && until > yearOn ? yearOn : until;
    const [domain, name] = provider.metadata.id.split('.') as [string, string];
    const path = `catalog/${domain}/${name}/agreements/${team}.yaml`;
    if (files.has(path)) return;
    const document: DataSharingAgreement = {
      apiVersion: 'meshplane/v1',
      kind: 'DataSharingAgreement',
      metadata: { name: team },
      spec: {
        provider: { product: provider.metadata.id, ports: [{ name: 'main' }] },
        consumer: { team },
        purpose,
        ...(holdsPii(provider) ? { legalBasis: 'legitimate-interests' as const } : {}),
        start,
        end,
      },
    };
    files.set(path, { path, document });
  };
  for (const p of products) {
    for (const c of p.spec.access.consumers ?? []) share(p, c.team, c.purpose, c.until ?? yearOn);
    delete p.spec.access.consumers;
  }
  for (const p of products) {
    for (const input of p.spec.inputPorts) {
      const provider = input.source.product ? byId.get(input.source.product) : undefined;
      if (provider && provider.metadata.owner !== p.metadata.owner) share(provider, p.metadata.owner, `Feeds the products of ${p.metadata.domain}.`, yearOn);
    }
  }
  return [...files.values()];
}
