import { execFileSync, spawn } from 'node:child_process';

/** A run of a command that starts other processes, measured as a tree. */
export interface TreeRun {
  ms: number;
  /** The largest RSS of one process of the tree, and of the whole tree at once, in MiB (sampled every second). */
  peakRssMiB: number;
  peakTreeRssMiB: number;
  /** The exit code; null when it was stopped at the time limit or by a signal. */
  status: number | null;
  timedOut: boolean;
  /** The last 4 KiB of its output. */
  tail: string;
}

/**
 * Runs a command in its own process group, samples the RSS of every process below it each second (`ps`: the only
 * way to see the memory of grandchildren that a stopped run never waits for), and stops the whole group with SIGKILL
 * after `timeoutMs`. Wall time is measured around the run.
 */
export function measureProcessTree(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<TreeRun> {
  const started = performance.now();
  const child = spawn(command, [...args], { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  const keep = (chunk: Buffer): void => void (tail = (tail + chunk.toString('utf8')).slice(-4096));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let peak = 0;
  let peakTree = 0;
  const sample = (): void => {
    const rss = sampleTree(child.pid as number);
    peak = Math.max(peak, ...rss);
    peakTree = Math.max(
      peakTree,
      rss.reduce((a, b) => a + b, 0),
    );
  };
  const sampler = setInterval(sample, 1000);
  let timedOut = false;
  const limit = setTimeout(() => {
    timedOut = true;
    sample();
    process.kill(-(child.pid as number), 'SIGKILL');
  }, options.timeoutMs);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(sampler);
      clearTimeout(limit);
      resolve({ ms: performance.now() - started, peakRssMiB: peak / 1024, peakTreeRssMiB: peakTree / 1024, status: code, timedOut, tail });
    });
  });
}

/** The RSS (KiB) of `root` and every process below it. */
function sampleTree(root: number): number[] {
  let table: string;
  try {
    table = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' });
  } catch {
    return [];
  }
  const rows = table
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number) as [number, number, number]);
  const inTree = new Set([root]);
  // Parents come before children in ps's pid order except after pid wrap-around; a second pass catches those.
  for (let pass = 0; pass < 2; pass++) for (const [pid, ppid] of rows) if (inTree.has(ppid)) inTree.add(pid);
  return rows.filter(([pid]) => inTree.has(pid)).map(([, , rss]) => rss);
}
