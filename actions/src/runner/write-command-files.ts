import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import type { RunnerEnv } from './read-input.js';

/** GitHub rejects a step summary over 1 MiB (https://docs.github.com/actions/reference/workflow-commands-for-github-actions). */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/**
 * Appends step outputs to the file `GITHUB_OUTPUT` names, in the multi-line form (`name<<DELIMITER`) with a random
 * delimiter, as @actions/core does, so a value holding a newline or a delimiter-like line cannot forge another output.
 */
export function writeOutputs(env: RunnerEnv, outputs: Record<string, string | number>): void {
  const file = env.GITHUB_OUTPUT;
  if (!file) return;
  const text = Object.entries(outputs)
    .map(([name, value]) => {
      const delimiter = `ghadelimiter_${randomUUID()}`;
      return `${name}<<${delimiter}\n${String(value)}\n${delimiter}\n`;
    })
    .join('');
  appendFileSync(file, text);
}

/**
 * Appends Markdown to the job summary (`GITHUB_STEP_SUMMARY`). Past GitHub's 1 MiB limit the text is cut at a line
 * and a closing note says where the whole report is, instead of GitHub dropping the summary.
 */
export function writeSummary(env: RunnerEnv, markdown: string, fullReportNote: string): void {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  appendFileSync(file, fitSummary(markdown, fullReportNote));
}

/** The summary as written: whole when it fits in the limit, otherwise cut at a line boundary with the note after it. */
export function fitSummary(markdown: string, fullReportNote: string, limit = SUMMARY_LIMIT_BYTES): string {
  if (Buffer.byteLength(markdown) <= limit) return markdown;
  const note = `\n\n> The summary was cut at GitHub's size limit. ${fullReportNote}\n`;
  const room = limit - Buffer.byteLength(note);
  const cut = Buffer.from(markdown).subarray(0, room).toString('utf8');
  return cut.slice(0, Math.max(0, cut.lastIndexOf('\n'))) + note;
}
