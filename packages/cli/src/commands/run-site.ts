import { buildSite, defaultSiteDir, resolveRepository, serveSite, UsageError } from '@meshplane/usecases';

interface SiteFlags {
  root?: string | undefined;
  out?: string | undefined;
  port?: string | undefined;
  today: string;
  format: string;
  sloStatus?: string | undefined;
  observed?: string | undefined;
  base?: string | undefined;
}

/** `mesh site build|serve`: what to print and the exit code. `serve` leaves its server listening until the process ends. */
export async function runSite(args: readonly string[], flags: SiteFlags): Promise<{ stdout: string; exitCode: number }> {
  const [sub, path = flags.root] = args;
  const out = flags.out ? { out: flags.out } : {};
  const base = flags.base ? { basePath: flags.base } : {};
  switch (sub) {
    case 'build': {
      const r = await buildSite(resolveRepository(path), {
        ...out,
        ...base,
        today: flags.today,
        ...(flags.sloStatus ? { sloStatus: flags.sloStatus } : {}),
        ...(flags.observed ? { observed: flags.observed } : {}),
      });
      if (flags.format === 'json') return { stdout: JSON.stringify(r, null, 2) + '\n', exitCode: 0 };
      const skipped = r.skipped > 0 ? ` (${r.skipped} product${r.skipped === 1 ? '' : 's'} with schema errors left out; run mesh check)` : '';
      const verdict = r.verdict === 'fail' ? '\nThe catalog has error findings: run mesh check to see them.' : '';
      const under = r.basePath === '/' ? '' : `\nIts links start with ${r.basePath}: preview it with mesh site serve --base ${r.basePath}`;
      const kept =
        r.pagesKept > 0 ? `\n${r.pagesKept} of ${r.products} product pages were unchanged since the last build there: kept, not rendered again.` : '';
      return {
        stdout: `Built the catalog site: ${r.products} products${skipped}, ${r.indexedPages} pages indexed for search, in ${(r.milliseconds / 1000).toFixed(1)} s.\n${r.outDir}${kept}${under}${verdict}\n`,
        exitCode: 0,
      };
    }
    case 'serve': {
      const port = flags.port === undefined ? 4321 : Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port takes a port number (0 picks a free one).');
      const { url } = await serveSite({ dir: flags.out ?? defaultSiteDir(resolveRepository(path).root), port, ...base });
      return { stdout: `Serving the catalog site at ${url} (Ctrl-C stops it)\n`, exitCode: 0 };
    }
    default:
      throw new UsageError(
        'Usage: mesh site build [path] [--out DIR] [--slo-status FILE] [--observed FILE] [--base /PATH/] | mesh site serve [path] [--out DIR] [--port N] [--base /PATH/]',
      );
  }
}
