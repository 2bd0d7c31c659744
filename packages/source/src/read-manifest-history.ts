import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import type { ChangelogEntry } from '@meshplane/core';
import { GitError } from './read-git-tree.js';

const RECORD = '\x1e';
const FIELD = '\x1f';

/**
 * Every product manifest's history from one `git log -p` over the catalog: per file, its commits newest first, each
 * with the `metadata.version` the manifest declared after that commit. Not a repository (a plain folder, an archive)
 * means no history: an empty map, never an error, since a site without changelogs is still a site.
 *
 * Started now and read when awaited: `git log` runs beside this process's own work (the site build checks the catalog
 * meanwhile) and writes to `scratchFile`, not a pipe, so it never waits for a busy process to read its output.
 */
export function startManifestHistory(root: string, catalogRoot: string, scratchFile: string): Promise<Map<string, ChangelogEntry[]>> {
  const out = openSync(scratchFile, 'w');
  return new Promise<number | null>((resolve, reject) => {
    const child = spawn('git', logArguments(catalogRoot), { cwd: root, stdio: ['ignore', out, 'ignore'] });
    child.on('error', (e) => reject(new GitError(`git could not run: ${e.message}`, 'git-failed')));
    child.on('close', resolve);
  })
    .finally(() => closeSync(out))
    .then((status) => (status === 0 ? parseManifestLog(readFileSync(scratchFile, 'utf8')) : new Map<string, ChangelogEntry[]>()));
}

function logArguments(catalogRoot: string): string[] {
  return [
    'log',
    `--format=${RECORD}%H${FIELD}%aI${FIELD}%s`,
    '-p',
    '--unified=0',
    '--no-renames',
    '--no-color',
    '--relative',
    '--',
    `:(glob)${catalogRoot}/**/product.yaml`,
  ];
}

/**
 * Parses `git log -p --unified=0` output (records separated by U+001E, fields by U+001F). A commit that does not touch
 * the version line inherits the version of the commit before it, so every entry says which version it belongs to.
 */
export function parseManifestLog(log: string): Map<string, ChangelogEntry[]> {
  const byFile = new Map<string, ChangelogEntry[]>();
  for (const record of log.split(RECORD).filter((r) => r.trim())) {
    const [header = '', ...body] = record.split('\n');
    const [commit = '', date = '', subject = ''] = header.split(FIELD);
    let file: string | undefined;
    const versions = new Map<string, string | undefined>();
    for (const line of body) {
      const target = /^\+\+\+ b\/(.+)$/.exec(line);
      if (target) file = target[1];
      else if (line.startsWith('+++ /dev/null')) file = undefined;
      else if (line.startsWith('diff --git ')) file = undefined;
      const version = /^\+ {2}version:\s*["']?([^"'\s#]+)/.exec(line);
      if (file && !versions.has(file)) versions.set(file, undefined);
      if (file && version) versions.set(file, version[1]);
    }
    for (const [f, version] of versions) {
      const list = byFile.get(f) ?? [];
      list.push({ commit, date: date.slice(0, 10), subject, ...(version ? { version } : {}) });
      byFile.set(f, list);
    }
  }
  for (const list of byFile.values()) inheritVersions(list);
  return byFile;
}

/** Oldest to newest, a commit that left the version alone carries the one before it. */
function inheritVersions(newestFirst: ChangelogEntry[]): void {
  let current: string | undefined;
  for (let i = newestFirst.length - 1; i >= 0; i--) {
    const e = newestFirst[i] as ChangelogEntry;
    if (e.version) current = e.version;
    else if (current) e.version = current;
  }
}
