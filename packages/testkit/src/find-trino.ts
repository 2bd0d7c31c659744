import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The Trino release the tests run: the newest Maven Central serves as a server tarball. */
export const TRINO_VERSION = '476';
/** Trino 476 runs on Java 24 or newer. */
export const TRINO_MIN_JAVA = 24;

/** Where scripts/setup-trino.mjs unpacks Trino: `MESHPLANE_TRINO_HOME`, or `~/.cache/meshplane/trino-476`. */
export function findTrinoHome(): string {
  return process.env.MESHPLANE_TRINO_HOME ?? join(homedir(), '.cache', 'meshplane', `trino-${TRINO_VERSION}`);
}

/** True when the unpacked server is complete (the setup script writes `.complete` last). */
export function isTrinoInstalled(home = findTrinoHome()): boolean {
  return existsSync(join(home, '.complete'));
}

/** The major Java version of a JDK folder, from its `release` file. */
function readJavaMajor(jdk: string): number | undefined {
  try {
    const m = /^JAVA_VERSION="(\d+)/m.exec(readFileSync(join(jdk, 'release'), 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A JDK that runs Trino: `JAVA_HOME` when it is new enough, else the newest under /usr/lib/jvm (Debian's and Temurin's
 * packages install there) — found by looking, so a machine whose second JDK sits elsewhere can point JAVA_HOME at it.
 */
export function findTrinoJava(): string | undefined {
  const candidates = [process.env.JAVA_HOME, ...(existsSync('/usr/lib/jvm') ? readdirSync('/usr/lib/jvm').map((d) => join('/usr/lib/jvm', d)) : [])];
  const usable = candidates
    .filter((d): d is string => !!d && existsSync(join(d, 'bin', 'java')))
    .map((d) => ({ d, v: readJavaMajor(d) ?? 0 }))
    .filter((j) => j.v >= TRINO_MIN_JAVA)
    .sort((a, b) => b.v - a.v);
  return usable[0]?.d;
}

/** Why Trino tests cannot run here, or undefined when they can. */
export function explainTrinoMissing(): string | undefined {
  if (!findTrinoJava()) return `no Java ${TRINO_MIN_JAVA}+ JDK (JAVA_HOME or /usr/lib/jvm) to run Trino ${TRINO_VERSION}`;
  if (!isTrinoInstalled()) return `Trino ${TRINO_VERSION} is not installed in ${findTrinoHome()} (run node scripts/setup-trino.mjs)`;
  return undefined;
}
