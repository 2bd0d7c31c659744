import type { Finding } from '../model/finding.js';
import { CLOCK_SKEW_MS, normalizeDatasetName, readEventLines, reportNotJson } from './read-event-lines.js';

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});

/** What one completed run read and wrote, as its OpenLineage events say, with where the evidence is. */
export interface RuntimeRun {
  /** `namespace/name` of the OpenLineage job, or its name without a namespace. */
  job: string;
  jobName: string;
  runId: string;
  /** ISO instant of the COMPLETE event. */
  time: string;
  /** Dataset names (`schema.table`, or `<productId>/<port>`). */
  inputs: string[];
  outputs: string[];
  file: string;
  line: number;
}

const MAX_NAME = 300;

/**
 * Reads OpenLineage run events (one JSON object per line) into completed runs: a COMPLETE event's inputs and outputs,
 * merged with those of the run's earlier events (START and RUNNING often carry the datasets). A line that is not an
 * event, or an event dated in the future (clock skew), is a finding, never a crash; repeated COMPLETE events of one run
 * id are merged into one run and counted in a single notice. Pure: the time to judge skew by is given.
 */
export function readRuntimeRuns(file: string, text: string, now: string): { runs: RuntimeRun[]; findings: Finding[] } {
  const byRun = new Map<string, { run: RuntimeRun; complete: boolean }>();
  const findings: Finding[] = [];
  let repeated = 0;
  for (const { at, event } of readEventLines(file, text)) {
    if (!event) {
      findings.push(reportNotJson('lineage.malformed-event', 'warning', at));
      continue;
    }
    const job = rec(event.job);
    const runId = String(rec(event.run).runId ?? '').slice(0, MAX_NAME);
    const time = typeof event.eventTime === 'string' ? Date.parse(event.eventTime) : NaN;
    if (!runId || typeof job.name !== 'string' || Number.isNaN(time)) {
      findings.push({
        ruleId: 'lineage.malformed-event',
        severity: 'warning',
        message: 'Not an OpenLineage run event: job.name, run.runId and eventTime are needed.',
        ...at,
      });
      continue;
    }
    if (time > Date.parse(now) + CLOCK_SKEW_MS) {
      findings.push({
        ruleId: 'lineage.future-event',
        severity: 'warning',
        message: `The event of run ${runId} is dated ${new Date(time).toISOString()}, after ${now}: a clock is skewed; the event is not used as evidence.`,
        ...at,
      });
      continue;
    }
    const names = (v: unknown): string[] =>
      Array.isArray(v) ? v.map((d) => normalizeDatasetName(String(rec(d).name ?? '').slice(0, MAX_NAME))).filter((n) => n !== '') : [];
    const jobName = job.name.slice(0, MAX_NAME);
    const namespace = typeof job.namespace === 'string' && job.namespace ? `${job.namespace.slice(0, MAX_NAME)}/` : '';
    const seen = byRun.get(runId);
    const complete = event.eventType === 'COMPLETE';
    if (seen?.complete && complete) repeated += 1;
    const run: RuntimeRun = seen?.run ?? { job: `${namespace}${jobName}`, jobName, runId, time: new Date(time).toISOString(), inputs: [], outputs: [], ...at };
    for (const n of names(event.inputs)) if (!run.inputs.includes(n)) run.inputs.push(n);
    for (const n of names(event.outputs)) if (!run.outputs.includes(n)) run.outputs.push(n);
    if (complete) Object.assign(run, { time: new Date(time).toISOString(), line: at.line });
    byRun.set(runId, { run, complete: (seen?.complete ?? false) || complete });
  }
  if (repeated > 0) {
    findings.push({
      ruleId: 'lineage.repeated-run',
      severity: 'notice',
      message: `${repeated} COMPLETE events repeat a run id already read; each run is counted once, with the datasets of all its events.`,
      file,
    });
  }
  return { runs: [...byRun.values()].filter((r) => r.complete).map((r) => r.run), findings };
}
