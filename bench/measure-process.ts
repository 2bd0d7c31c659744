import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One timed run of a process. */
export interface ProcessRun {
  ms: number;
  /** Peak resident set size in MiB, from GNU time; absent when /usr/bin/time is missing. */
  peakRssMiB?: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs a command to completion and measures its wall time and, through GNU time (`-f %M`, written to a file so the
 * command's own stderr stays clean), the peak RSS of the process. Wall time is measured here, around the spawn.
 */
export function measureProcess(command: string, args: readonly string[], options: { cwd?: string; timeoutMs?: number } = {}): ProcessRun {
  const work = mkdtempSync(join(tmpdir(), 'meshplane-bench-time-'));
  const rssFile = join(work, 'rss');
  const viaTime = existsSync(GNU_TIME);
  const [cmd, argv] = viaTime ? [GNU_TIME, ['-f', '%M', '-o', rssFile, command, ...args]] : [command, [...args]];
  const start = performance.now();
  const r = spawnSync(cmd, argv, { cwd: options.cwd, encoding: 'utf8', timeout: options.timeoutMs ?? 900_000, maxBuffer: 512 * 1024 * 1024 });
  const ms = performance.now() - start;
  const kib = viaTime && existsSync(rssFile) ? Number(/(\d+)\s*$/.exec(readFileSync(rssFile, 'utf8'))?.[1]) : NaN;
  rmSync(work, { recursive: true, force: true });
  if (r.error) return { ms, status: null, stdout: '', stderr: r.error.message };
  return { ms, ...(Number.isFinite(kib) ? { peakRssMiB: kib / 1024 } : {}), status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The median, min and max of several runs' wall times (ms), and the largest peak RSS. */
export interface RunSummary {
  runs: number;
  median: number;
  min: number;
  max: number;
  peakRssMiB?: number;
}

/** Summarises runs: the median (the lower middle for an even count), min, max and the highest peak RSS. */
export function summarizeRuns(runs: readonly Pick<ProcessRun, 'ms' | 'peakRssMiB'>[]): RunSummary {
  const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
  const rss = runs.flatMap((r) => (r.peakRssMiB === undefined ? [] : [r.peakRssMiB]));
  return {
    runs: ms.length,
    median: ms[Math.floor((ms.length - 1) / 2)] ?? NaN,
    min: ms[0] ?? NaN,
    max: ms[ms.length - 1] ?? NaN,
    ...(rss.length > 0 ? { peakRssMiB: Math.max(...rss) } : {}),
  };
}
