import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCatalog, didYouMean, type CheckReport, type NamedEntry } from '@meshplane/core';
import { loadRepository, readYamlDocument } from '@meshplane/source';
import type { Repository } from '../repository/resolve-repository.js';
import { TOOL_VERSION } from '../meshplane-home.js';
import { UsageError } from '../usage-error.js';
import { renderProductTemplate, type ProductTemplateInput } from './render-product-template.js';

/** Flags of `mesh new product`; anything missing is asked for (when `ask` is given) or defaulted from the domain. */
export interface NewProductFlags {
  name?: string;
  owner?: string;
  productOwner?: string;
  archetype?: string;
  description?: string;
  locality?: string;
}

/** Asks the user for a value; absent when stdin is not a terminal. */
export type Ask = (question: string, fallback: string) => Promise<string>;

/** What `mesh new product` did. */
export interface NewProductResult {
  files: string[];
  report: CheckReport;
}

/**
 * `mesh new product <domain>/<name>`: writes `catalog/<domain>/<name>/product.yaml` (and a README.md) that passes
 * `mesh check`, with the owner team and contact taken from the domain. Refuses to overwrite anything.
 */
export async function scaffoldProduct(repo: Repository, target: string | undefined, flags: NewProductFlags, ask?: Ask): Promise<NewProductResult> {
  const m = /^([a-z][a-z0-9]*(?:-[a-z0-9]+)*)[/.]([a-z][a-z0-9]*(?:-[a-z0-9]+)*)$/.exec(target ?? '');
  if (!m) throw new UsageError('Name the product as <domain>/<name>, lowercase with hyphens: mesh new product podcast/top-episodes.');
  const [, domain, name] = m as unknown as [string, string, string];
  const source = loadRepository(repo.root, { catalogRoot: repo.catalogRoot });
  const { index } = checkCatalog(source, { root: repo.root, catalogRoot: repo.catalogRoot, toolVersion: TOOL_VERSION });
  const domainEntry = index.domains.find((d) => d.name === domain);
  if (!domainEntry)
    throw new UsageError(
      `Domain \`${domain}\` has no ${repo.catalogRoot}/${domain}/domain.yaml. ${didYouMean(
        domain,
        index.domains.map((d) => d.name),
      )}`.trim(),
      'unknown-domain',
    );
  const dir = `${repo.catalogRoot}/${domain}/${name}`;
  if (existsSync(join(repo.root, dir))) throw new UsageError(`${dir} already exists; choose another name.`, 'exists');
  const input = await gatherInput({ domain, name, flags, domainEntry, teams: index.teams, dir, ...(ask ? { ask } : {}) });
  const { manifest, readme } = renderProductTemplate(input);
  const check = readYamlDocument(`${dir}/product.yaml`, manifest);
  if (!check.document) throw new Error(`the product template did not parse: ${check.findings[0]?.message ?? ''}`);
  mkdirSync(join(repo.root, dir), { recursive: true });
  writeFileSync(join(repo.root, dir, 'product.yaml'), manifest);
  writeFileSync(join(repo.root, dir, 'README.md'), readme);
  const after = checkCatalog(loadRepository(repo.root, { catalogRoot: repo.catalogRoot }), {
    root: repo.root,
    catalogRoot: repo.catalogRoot,
    toolVersion: TOOL_VERSION,
  });
  const mine = after.report.findings.filter((f) => f.file?.startsWith(`${dir}/`));
  return { files: [`${dir}/product.yaml`, `${dir}/README.md`], report: { ...after.report, findings: mine } };
}

interface Gather {
  domain: string;
  name: string;
  flags: NewProductFlags;
  domainEntry: NamedEntry;
  teams: NamedEntry[];
  dir: string;
  ask?: Ask;
}

async function gatherInput(g: Gather): Promise<ProductTemplateInput> {
  const domainSpec = (g.domainEntry.data.spec ?? {}) as { owner?: string };
  const pick = async (flag: string | undefined, question: string, fallback: string): Promise<string> =>
    flag ?? (g.ask ? await g.ask(question, fallback) : fallback);
  const title = g.name.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
  const owner = await pick(g.flags.owner, 'Owner team', domainSpec.owner ?? '');
  const team = g.teams.find((t) => t.name === owner);
  if (!team)
    throw new UsageError(
      `Team \`${owner}\` has no file in catalog/teams/. ${didYouMean(
        owner,
        g.teams.map((t) => t.name),
      )}`.trim(),
      'unknown-team',
    );
  const teamSpec = (team.data.spec ?? {}) as { members?: string[]; contact?: string };
  const productOwner = await pick(g.flags.productOwner, 'Product owner (GitHub handle)', teamSpec.members?.[0] ?? '');
  if (!/^@[A-Za-z0-9]/.test(productOwner)) throw new UsageError('Name the accountable product owner: --product-owner @org/person.', 'missing-product-owner');
  const archetype = await pick(g.flags.archetype, 'Archetype (source-aligned, aggregate, consumer-aligned)', 'source-aligned');
  if (!['source-aligned', 'aggregate', 'consumer-aligned'].includes(archetype))
    throw new UsageError(`Archetype \`${archetype}\` is not one of source-aligned, aggregate, consumer-aligned.`, 'bad-archetype');
  return {
    domain: g.domain,
    name: g.name,
    title: await pick(g.flags.name, 'Display name', title),
    owner,
    productOwner,
    archetype: archetype as ProductTemplateInput['archetype'],
    description: await pick(g.flags.description, 'One-line description', `${title}: describe what one row means and where the data comes from.`),
    contact: teamSpec.contact ?? `#${owner}`,
    locality: (await pick(g.flags.locality, 'Regions where the data may live (comma-separated)', 'eu'))
      .split(',')
      .map((r) => r.trim())
      .filter(Boolean),
    schemaPath: `${'../'.repeat(g.dir.split('/').length)}schemas/data-product.schema.json`,
  };
}
