#!/usr/bin/env node
// Makes sure the Trino server the platform tests start is unpacked in the cache folder (MESHPLANE_TRINO_HOME, default
// ~/.cache/meshplane/trino-476): downloads io.trino:trino-server:476:tar.gz from Maven Central with Maven when it is
// missing and keeps what the tests use (the server, and the hive, memory, openlineage and password-authenticators
// plugins). The OpenLineage plugin is not published on its own, so the full server tarball is fetched (821 MB; the
// plugins share jars through hard links, so it is unpacked whole and the rest deleted). Trino 476 needs Java 24+:
// without one this prints why and exits 0, and the Trino tests skip saying so. Prints one line when there is nothing
// to do; exit 2 when a download or unpacking fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

const VERSION = '476';
const PLUGINS = ['hive', 'memory', 'openlineage', 'password-authenticators'];
const home = process.env.MESHPLANE_TRINO_HOME ?? join(homedir(), '.cache', 'meshplane', `trino-${VERSION}`);

/** The newest JDK of Java 24 or later: JAVA_HOME, or one under /usr/lib/jvm (found by looking, as the tests do). */
function findJava() {
  const dirs = [process.env.JAVA_HOME, ...(existsSync('/usr/lib/jvm') ? readdirSync('/usr/lib/jvm').map((d) => join('/usr/lib/jvm', d)) : [])];
  const found = dirs
    .filter((d) => d && existsSync(join(d, 'bin', 'java')) && existsSync(join(d, 'release')))
    .map((d) => ({ d, v: Number(/^JAVA_VERSION="(\d+)/m.exec(readFileSync(join(d, 'release'), 'utf8'))?.[1] ?? 0) }))
    .filter((j) => j.v >= 24)
    .sort((a, b) => b.v - a.v);
  return found[0];
}

const java = findJava();
if (!java) {
  console.log(`Trino ${VERSION}: no Java 24+ JDK (JAVA_HOME or /usr/lib/jvm); the Trino tests will skip and say so.`);
  process.exit(0);
}
if (existsSync(join(home, '.complete'))) {
  console.log(`Trino ${VERSION}: ${home} (Java ${java.v} at ${java.d})`);
  process.exit(0);
}
if (spawnSync('sh', ['-c', 'command -v mvn'], { encoding: 'utf8' }).status !== 0) {
  console.error(`Trino ${VERSION} is not installed in ${home}, and Maven (mvn) is not on PATH to fetch it: install Debian's maven package.`);
  process.exit(2);
}
mkdirSync(dirname(home), { recursive: true });
const work = mkdtempSync(join(dirname(home), `.trino-${VERSION}-`));
const started = Date.now();
try {
  console.log(`Trino ${VERSION}: fetching io.trino:trino-server:${VERSION}:tar.gz with Maven into ${home}`);
  const mvn = spawnSync(
    'mvn',
    [
      '-q',
      '-B',
      'dependency:copy',
      `-Dartifact=io.trino:trino-server:${VERSION}:tar.gz`,
      `-DoutputDirectory=${work}`,
      `-Dmaven.repo.local=${join(work, 'm2')}`,
    ],
    { stdio: 'inherit' },
  );
  if (mvn.status !== 0) throw new Error(`mvn dependency:copy exited ${mvn.status}`);
  const tarball = join(work, `trino-server-${VERSION}.tar.gz`);
  const size = statSync(tarball).size;
  const downloaded = Date.now();
  const tar = spawnSync('tar', ['xzf', tarball, '-C', work], { stdio: 'inherit' });
  if (tar.status !== 0) throw new Error(`tar exited ${tar.status}`);
  const unpacked = join(work, `trino-server-${VERSION}`);
  const staging = join(work, 'home');
  mkdirSync(join(staging, 'plugin'), { recursive: true });
  for (const d of ['bin', 'lib', 'NOTICE', 'README.txt']) renameSync(join(unpacked, d), join(staging, d));
  for (const p of PLUGINS) renameSync(join(unpacked, 'plugin', p), join(staging, 'plugin', p));
  writeFileSync(join(staging, '.complete'), `io.trino:trino-server:${VERSION}:tar.gz ${size} bytes\n`);
  rmSync(home, { recursive: true, force: true });
  renameSync(staging, home);
  console.log(
    `Trino ${VERSION}: ${(size / 1e6).toFixed(0)} MB downloaded in ${((downloaded - started) / 1000).toFixed(1)} s, unpacked in ${((Date.now() - downloaded) / 1000).toFixed(1)} s: ${home}`,
  );
} catch (e) {
  console.error(`Installing Trino ${VERSION} failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 2;
} finally {
  rmSync(work, { recursive: true, force: true });
}
