import type { DemoResult } from '@meshplane/usecases';

/** What `mesh demo generate` wrote, and how to check it. */
export function renderDemoSummary(r: DemoResult): string {
  return (
    `Wrote a synthetic mesh to ${r.out}: ${r.products} products in ${r.domains} domains, ${r.teams} teams, the policies and .github/meshplane.yml.\n` +
    `Wrote ${r.observations} SLO observations in ${r.observationFiles} files under observations/ (one JSON object per line).\n` +
    `Check it with: mesh check ${r.out}\n`
  );
}
