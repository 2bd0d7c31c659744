import {
  buildDesiredState,
  diffScorecards,
  listAgreementChanges,
  renderAgreementChanges,
  scoreProducts,
  mapTeamHandles,
  planChanges,
  planPullReview,
  renderPlanMarkdown,
  renderPullComment,
  simulateActualState,
  type CatalogIndex,
  type CheckReport,
  type Config,
  type Finding,
  type PullReview,
  type ScoreOptions,
} from '@meshplane/core';

/** What a pull request's summary is made of: the report, both catalogs, the changed paths, the config. */
export interface PullRequestFacts {
  report: CheckReport;
  head: CatalogIndex;
  base: CatalogIndex;
  changedFiles: readonly string[];
  config: Config;
  headSha: string;
  baseRef: string;
  today: string;
  author?: string;
  detailsUrl?: string;
  /** The latest SLO statuses (the error-budget gate's), when read: the scorecard delta's SLO checks. */
  sloStatuses?: ScoreOptions['slo'];
}

/** The summary, the routing it shows, and the provisioning preview on its own (for `/meshplane plan`). */
export interface PullRequestSummary {
  markdown: string;
  review: PullReview;
  planMarkdown: string;
}

/**
 * The pull request summary every entry point shows — the app's sticky comment and the check action's job summary:
 * the verdict, what is needed to merge, changes, affected consumers (mentioned by their team handles), what merging
 * would provision, waivers, and the policy impact.
 */
export function summarizePullRequest(facts: PullRequestFacts): PullRequestSummary {
  const review = planPullReview({
    report: facts.report,
    head: facts.head,
    base: facts.base,
    changedFiles: facts.changedFiles,
    config: facts.config,
    ...(facts.author ? { author: facts.author } : {}),
  });
  const engine = facts.config.platform?.driver ?? 'duckdb';
  const desired = (index: CatalogIndex) => buildDesiredState(index, { engine, today: facts.today });
  const plan = planChanges(desired(facts.head), simulateActualState(desired(facts.base)));
  const planMarkdown = renderPlanMarkdown(plan, { target: `${engine} after merging into ${facts.baseRef}` });
  const mentions = mapTeamHandles(facts.head);
  const modified = (facts.report.changes?.products ?? []).filter((p) => p.status === 'modified').map((p) => p.id);
  const scorecards = modified.length ? diffPullScorecards(facts, modified) : [];
  const agreements = renderAgreementChanges(listAgreementChanges(facts.base, facts.head));
  const markdown = renderPullComment({
    report: facts.report,
    review,
    headSha: facts.headSha,
    planMarkdown,
    mentions,
    scorecards,
    agreements,
    ...(facts.detailsUrl ? { detailsUrl: facts.detailsUrl } : {}),
  });
  return { markdown, review, planMarkdown };
}

/**
 * The scorecard delta of the modified products. Both sides read the same SLO statuses; the governance check reads the
 * head's findings, and for the base the findings it shares with the head (`existing`) plus those the change resolves.
 */
function diffPullScorecards(facts: PullRequestFacts, modified: string[]): string[] {
  const only = new Set(modified);
  const slo = facts.sloStatuses ? { slo: facts.sloStatuses } : {};
  const { baseline } = facts.report;
  // Without a baseline the base's findings are not known: the governance check is then unknown on both sides.
  const baseFindings: Finding[] | undefined = baseline && [...facts.report.findings.filter((f) => f.baseline === 'existing'), ...baseline.resolved];
  return diffScorecards(
    scoreProducts(facts.base, facts.config.scorecard, { only, ...slo, ...(baseFindings ? { findings: baseFindings } : {}) }),
    scoreProducts(facts.head, facts.config.scorecard, { only, ...slo, ...(baseFindings ? { findings: facts.report.findings } : {}) }),
    modified,
  );
}
