import { initCatalogRepository, UsageError, type Ask } from '@meshplane/usecases';
import type { Outcome } from '../outcome.js';

/** The flags of `mesh init`, as typed. */
export interface InitFlags {
  org?: string | undefined;
  domain?: string | undefined;
  team?: string | undefined;
  governanceTeam?: string | undefined;
  productOwner?: string | undefined;
  actions?: string | undefined;
  force: boolean;
}

/**
 * `mesh init [dir]`: asks on a terminal for what the flags do not say (Enter takes the default), then writes the new
 * catalog repository and says what to do next.
 */
export async function runInitCommand(dir: string | undefined, flags: InitFlags, ask?: Ask): Promise<Outcome> {
  const pick = async (value: string | undefined, question: string, fallback: string): Promise<string> =>
    value ?? (ask ? await ask(question, fallback) : fallback);
  const org = await pick(flags.org, 'GitHub organisation', '');
  if (!org) throw new UsageError('Name the GitHub organisation whose teams own the products: mesh init [dir] --org acme.', 'init-input');
  const domain = await pick(flags.domain, 'First domain', 'sales');
  const team = await pick(flags.team, 'Team owning it (GitHub team slug)', `${domain}-data`);
  const governanceTeam = await pick(flags.governanceTeam, 'Governance team (GitHub team slug)', 'data-governance');
  const productOwner = await pick(flags.productOwner, 'Accountable owner of the example product (GitHub handle)', `@${org}/${team}`);
  const actions =
    flags.actions ?? (ask ? (await ask('Meshplane actions to pin in the workflows (owner/repo@commit; empty: none)', '')) || undefined : undefined);
  const r = initCatalogRepository({
    dir: dir ?? '.',
    org,
    domain,
    team,
    governanceTeam,
    productOwner,
    ...(actions ? { actions } : {}),
    force: flags.force,
  });
  const lines = [`Created a Meshplane catalog repository in ${r.dir}:`, ...r.files.map((f) => `  ${f}`), ''];
  if (!actions)
    lines.push(
      'No workflows were written: name the Meshplane actions to pin with --actions OWNER/REPO@COMMIT_SHA (a full commit), or copy them from docs/actions.md.',
      '',
    );
  lines.push(
    'Next:',
    `  cd ${dir ?? '.'}`,
    '  npx mesh check            # the catalog, its schemas and the policies',
    "  npx mesh policy test      # the policies' own tests",
    '  git init && git add -A && git commit -m "A Meshplane catalog"',
  );
  return { stdout: lines.join('\n') + '\n', exitCode: 0 };
}
