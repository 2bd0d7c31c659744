import type { CheckReport, Finding } from '../model/finding.js';
import { plural } from './text-utils.js';
import { summarize } from './render-text.js';

const LEVEL: Record<Finding['severity'], string> = { error: 'error', warning: 'warning', notice: 'notice' };

/** How many annotations of each severity to print. */
export interface GithubRenderOptions {
  /**
   * At most this many workflow commands per severity; the rest are counted in one closing line. GitHub shows only 10
   * error and 10 warning annotations per step (https://docs.github.com/actions/reference/workflow-commands-for-github-actions),
   * so the actions pass 10 and put the full list in the job summary. Default: every finding.
   */
  perSeverity?: number;
}

/**
 * GitHub Actions workflow commands: one `::error file=…,line=…::message` per finding, which GitHub shows as an
 * annotation on the line (https://docs.github.com/actions/reference/workflow-commands-for-github-actions).
 * Values are escaped as the runner expects, so a hostile message cannot start a command of its own.
 *
 * @example
 * renderGithub(report, { perSeverity: 10 }); // at most 10 errors, 10 warnings and 10 notices, then the summary line
 */
export function renderGithub(report: CheckReport, options: GithubRenderOptions = {}): string {
  const limit = options.perSeverity ?? Number.POSITIVE_INFINITY;
  const shown: Record<Finding['severity'], number> = { error: 0, warning: 0, notice: 0 };
  const lines: string[] = [];
  for (const f of report.findings) {
    if (shown[f.severity] >= limit) continue;
    shown[f.severity] += 1;
    lines.push(renderCommand(f));
  }
  const omitted = report.findings.length - lines.length;
  lines.push(summarize(report));
  if (omitted > 0)
    lines.push(`${plural(omitted, 'more finding')} not shown as annotations (GitHub shows ${limit} per severity in a step): see the job summary.`);
  return lines.join('\n') + '\n';
}

function renderCommand(f: Finding): string {
  const props = [
    f.file ? `file=${escapeProperty(f.file)}` : '',
    f.line ? `line=${f.line}` : '',
    f.column ? `col=${f.column}` : '',
    `title=${escapeProperty(`Meshplane ${f.ruleId}`)}`,
  ].filter(Boolean);
  const text = f.hint ? `${f.message}\n${f.hint}` : f.message;
  return `::${LEVEL[f.severity]} ${props.join(',')}::${escapeData(text)}`;
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
