import { readInput, type RunnerEnv } from './read-input.js';
import { writeOutputs, writeSummary } from './write-command-files.js';

/** What one action run decided: its log (workflow commands included), step outputs, job summary and exit code. */
export interface ActionResult {
  log: string;
  outputs: Record<string, string | number>;
  summary: string;
  exitCode: number;
}

/** Where the summary says the full report is, when the summary is cut. */
const FULL_REPORT = 'The full report is in the file the `report-path` output names.';

/**
 * The edge every action's main.ts calls: runs `body` with the step's environment, prints its log, writes its outputs
 * and job summary, and sets the exit code. A fault (unreadable config, unreachable platform or GitHub, a bad input)
 * becomes one `::error::` line and exit 2, the CLI's code for faults, so a broken setup is never a silent pass.
 */
export async function runAction(body: (env: RunnerEnv) => Promise<ActionResult>, env: RunnerEnv = process.env): Promise<void> {
  try {
    const result = await body(env);
    process.stdout.write(result.log);
    writeOutputs(env, result.outputs);
    writeSummary(env, result.summary, FULL_REPORT);
    process.exitCode = result.exitCode;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    process.stdout.write(`::error title=Meshplane::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
    if (readInput(env, 'debug') === 'true' && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
    process.exitCode = 2;
  }
}
