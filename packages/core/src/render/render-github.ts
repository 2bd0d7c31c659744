import type { CheckReport, Finding } from '../model/finding.js';
import { summarize } from './render-text.js';

const LEVEL: Record<Finding['severity'], string> = { error: 'error', warning: 'warning', notice: 'notice' };

/**
 * GitHub Actions workflow commands: one `::error file=…,line=…::message` per finding, which GitHub shows as an
 * annotation on the line (https://docs.github.com/actions/reference/workflow-commands-for-github-actions).
 * Values are escaped as the runner expects, so a hostile message cannot start a command of its own.
 */
export function renderGithub(report: CheckReport): string {
  const lines = report.findings.map((f) => {
    const props = [
      f.file ? `file=${escapeProperty(f.file)}` : '',
      f.line ? `line=${f.line}` : '',
      f.column ? `col=${f.column}` : '',
      `title=${escapeProperty(`Meshplane ${f.ruleId}`)}`,
    ].filter(Boolean);
    const text = f.hint ? `${f.message}\n${f.hint}` : f.message;
    return `::${LEVEL[f.severity]} ${props.join(',')}::${escapeData(text)}`;
  });
  lines.push(summarize(report));
  return lines.join('\n') + '\n';
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
