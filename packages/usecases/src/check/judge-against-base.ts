import {
  classifyAgainstBase,
  foldConsequences,
  listTouched,
  sortFindings,
  type CatalogChanges,
  type CatalogCheck,
  type CheckReport,
  type Config,
  type Finding,
  type ObservedLineage,
} from '@meshplane/core';
import type { PolicyFiles } from '@meshplane/source';
import { evaluateGovernance } from './evaluate-governance.js';
import { withWaivers } from './waive-findings.js';

/** A pull request's report and both sides it was checked from. */
export interface BaseJudgement {
  report: CheckReport;
  head: CatalogCheck;
  base: CatalogCheck;
  changes: CatalogChanges;
  /** The policies that judged the pull request (the base's), absent when the base has none. */
  files: PolicyFiles | undefined;
  config: Config;
  cacheRoot: string;
  today: string;
  /** The observed runtime lineage the head was judged with (the base is judged with the same). */
  observed?: ObservedLineage;
  /** The base's own findings, remembered from an earlier pull request on it (then `base.report` holds none of them). */
  baseFindings?: Finding[];
  /** Told the base's own findings when they were worked out here, to remember them. */
  keepBaseFindings?: (findings: Finding[]) => void;
}

/**
 * Marks each finding of a pull request `introduced` or `existing` by checking the base on its own with the same rules
 * (its schema and mesh findings, its policies with its waivers; remembered results make this cheap: the base is the
 * same for every pull request on it), and lets existing errors block only as `review.blockOn` says.
 */
export async function judgeAgainstBase(j: BaseJudgement): Promise<CheckReport> {
  const blockOn = j.config.review?.blockOn ?? 'touched';
  const classified = classifyAgainstBase(
    j.report.findings,
    j.baseFindings ?? (await judgeBase(j)),
    listTouched(j.changes, j.base.index, j.head.index),
    blockOn,
  );
  return { ...j.report, findings: sortFindings(classified.findings), baseline: { blockOn, resolved: sortFindings(classified.resolved) } };
}

/** The base's own findings: its schema and mesh findings, its policies' with its waivers (and remembers them). */
async function judgeBase(j: BaseJudgement): Promise<Finding[]> {
  const baseFindings: Finding[] = [...j.base.report.findings];
  if (j.files) {
    const run = await evaluateGovernance({
      cacheRoot: j.cacheRoot,
      files: j.files,
      head: j.base,
      today: j.today,
      ...(j.observed ? { observed: j.observed } : {}),
    });
    baseFindings.push(...withWaivers(run.findings, j.base.index.waivers, run.rules, j.today));
  }
  const judged = foldConsequences(sortFindings(baseFindings));
  j.keepBaseFindings?.(judged);
  return judged;
}
