import type { CheckReport, Finding } from '../model/finding.js';
import { countFindings, decideVerdict, isBlocking } from '../report/decide-verdict.js';
import { renderMarkdown } from '../render/render-markdown.js';
import { plural } from '../render/text-utils.js';
import { truncateMarkdown } from './truncate-markdown.js';

/** A check-run annotation as GitHub's API takes it. */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  message: string;
  title: string;
  raw_details?: string;
}

/** Everything a completed check run says. */
export interface CheckRunOutput {
  conclusion: 'success' | 'failure';
  title: string;
  summary: string;
  text: string;
  annotations: CheckAnnotation[];
}

/** Where a check ran: the commits it judged, for the details. */
export interface CheckRunContext {
  headSha: string;
  baseSha?: string;
  /** The commit the policies and config came from, when it is not the base. */
  policySha?: string;
}

const LEVEL: Record<Finding['severity'], CheckAnnotation['annotation_level']> = { error: 'failure', warning: 'warning', notice: 'notice' };

/** GitHub takes at most 50 annotations per request; the caller sends them in batches of this size. */
export const ANNOTATION_BATCH = 50;

/**
 * The check run for a report: the core's verdict as the conclusion, a title with the counts, the Markdown report as
 * summary (cut under GitHub's 65 535 characters with a note), the policy bundle and commits in the details, and one
 * annotation per finding that has a file, on its line.
 */
export function buildCheckRunOutput(report: CheckReport, context: CheckRunContext): CheckRunOutput {
  const c = countFindings(report.findings);
  const pass = decideVerdict(report) === 'pass';
  const blocking = report.findings.filter(isBlocking).length;
  const existing = c.error - blocking > 0 ? ` (and ${c.error - blocking} existing, not blocking)` : '';
  const title = `${pass ? 'Passed' : 'Failed'}: ${plural(blocking, 'error')}${existing}, ${plural(c.warning, 'warning')}, ${plural(c.notice, 'notice')}`;
  const summary = truncateMarkdown(renderMarkdown(report), '… The report is longer than GitHub allows here; every finding is still annotated on its line.');
  const details = [
    `- Head commit: \`${context.headSha}\``,
    ...(context.baseSha ? [`- Base commit (catalog compared against): \`${context.baseSha}\``] : []),
    ...(context.policySha ? [`- Policies and waivers from: \`${context.policySha}\``] : []),
    `- Policy bundle: ${report.policy ? `\`${report.policy.digest}\` (${plural(report.policy.rules, 'rule')}, ${report.policy.source})` : 'none'}`,
    `- ${report.tool.name} ${report.tool.version}`,
  ];
  return {
    conclusion: pass ? 'success' : 'failure',
    title,
    summary,
    text: `### Details\n\n${details.join('\n')}\n`,
    annotations: report.findings.filter((f) => f.file).map(annotate),
  };
}

function annotate(f: Finding): CheckAnnotation {
  const line = f.line ?? 1;
  return {
    path: f.file as string,
    start_line: line,
    end_line: line,
    annotation_level: LEVEL[f.severity],
    message: cleanText(f.message).slice(0, 60_000),
    title: f.ruleId,
    ...(f.hint ? { raw_details: cleanText(f.hint).slice(0, 60_000) } : {}),
  };
}

/** Control characters other than line breaks cannot reach GitHub's UI from a manifest. */
function cleanText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '\ufffd');
}
