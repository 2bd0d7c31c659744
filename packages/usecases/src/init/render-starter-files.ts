import { stringify } from 'yaml';
import { renderProductTemplate } from '../scaffold/render-product-template.js';

/** What a new catalog repository is named for: the GitHub organisation, its first domain and team, the governance team. */
export interface StarterInput {
  /** The GitHub organisation (`acme`), whose teams are `@acme/<team>`. */
  org: string;
  domain: string;
  team: string;
  /** The governance group's team slug (`data-governance`). */
  governanceTeam: string;
  /** The accountable owner of the example product, a GitHub handle (`@acme/maria`). */
  productOwner: string;
}

/** A file to write: its path in the new repository and its text. */
export interface StarterFile {
  path: string;
  text: string;
}

const MODELINE = (schema: string, depth: number): string => `# yaml-language-server: $schema=${'../'.repeat(depth)}schemas/${schema}.schema.json\n`;
const yaml = (value: unknown): string => stringify(value, { lineWidth: 0 });
const title = (slug: string): string => slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());

/**
 * The catalog of a new repository: its config, one domain, its team and the governance team, and one example product
 * (manifest and README) that pass `mesh check`. Every manifest starts with the modeline of its schema (the schemas are
 * copied beside, so an editor with the YAML language server completes and checks as you type).
 */
export function renderStarterCatalog(i: StarterInput): StarterFile[] {
  const handle = (team: string): string => `@${i.org}/${team}`;
  const config = {
    apiVersion: 'meshplane/v1',
    kind: 'Config',
    catalog: { root: 'catalog' },
    platform: { driver: 'duckdb', duckdbPath: '.meshplane/mesh.duckdb' },
    review: { governanceTeam: handle(i.governanceTeam) },
    labels: { enabled: true },
  };
  const team = (name: string, description: string) => ({
    apiVersion: 'meshplane/v1',
    kind: 'Team',
    metadata: { name, title: title(name) },
    spec: { description, github: handle(name), members: [i.productOwner], contact: `#${name}` },
  });
  const domain = {
    apiVersion: 'meshplane/v1',
    kind: 'Domain',
    metadata: { name: i.domain, title: title(i.domain) },
    spec: {
      description: `The ${title(i.domain).toLowerCase()} domain: describe what the business does here and which products it owns.`,
      owner: i.team,
      governanceRep: i.productOwner,
    },
  };
  const product = renderProductTemplate({
    domain: i.domain,
    name: 'example-events',
    title: 'Example events',
    owner: i.team,
    productOwner: i.productOwner,
    archetype: 'source-aligned',
    description: `Example events of the ${i.domain} domain: one row per event, as the operational system records it. Replace with your first product.`,
    contact: `#${i.team}`,
    locality: ['eu'],
    schemaPath: '../../../schemas/data-product.schema.json',
  });
  return [
    { path: '.github/meshplane.yml', text: MODELINE('config', 1) + yaml(config) },
    { path: `catalog/${i.domain}/domain.yaml`, text: MODELINE('domain', 2) + yaml(domain) },
    { path: `catalog/teams/${i.team}.yaml`, text: MODELINE('team', 2) + yaml(team(i.team, `The team that owns the ${i.domain} domain's data products.`)) },
    {
      path: `catalog/teams/${i.governanceTeam}.yaml`,
      text: MODELINE('team', 2) + yaml(team(i.governanceTeam, 'The federated governance group: owns the global policies, the schemas and the waivers.')),
    },
    { path: `catalog/${i.domain}/example-events/product.yaml`, text: product.manifest },
    { path: `catalog/${i.domain}/example-events/README.md`, text: product.readme },
    {
      path: '.gitignore',
      text: '# Meshplane caches (parse index, compiled policies, the embedded platform): each clone builds its own.\n.meshplane/\nnode_modules/\n',
    },
  ];
}

/**
 * A workflow of Meshplane's own (`uses: ./actions/<name>`) for a catalog repository: the same steps, with the actions
 * taken from `actions` (`owner/repo@<full commit>`), pinned by that commit.
 */
export function pinWorkflow(text: string, actions: { repository: string; commit: string }): string {
  return text.replace(/uses: \.\/actions\/([a-z-]+)[ \t]*$/gm, (_m, name: string) => `uses: ${actions.repository}/actions/${name}@${actions.commit}`);
}
