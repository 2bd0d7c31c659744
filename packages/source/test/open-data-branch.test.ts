import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GitError, openDataBranch, type DataBranch } from '@meshplane/source';
import { git } from '@meshplane/testkit';

const BRANCH = 'meshplane-data';
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** A bare repository in a temporary folder, standing in for GitHub. */
function makeRemote(): string {
  const dir = mkdtempSync(join(tmpdir(), 'meshplane-remote-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  git(dir, 'init', '-q', '--bare');
  return dir;
}

function open(remote: string): DataBranch {
  const branch = openDataBranch({ remote, branch: BRANCH });
  cleanups.push(() => branch.remove());
  return branch;
}

const tip = (remote: string) => git(remote, 'rev-parse', `refs/heads/${BRANCH}`).trim();
const count = (remote: string) => Number(git(remote, 'rev-list', '--count', `refs/heads/${BRANCH}`).trim());
const isAncestor = (remote: string, commit: string, of: string) => {
  try {
    git(remote, 'merge-base', '--is-ancestor', commit, of);
    return true;
  } catch {
    return false;
  }
};
const write = (files: Record<string, string>, remove: string[] = []) => ({ write: new Map(Object.entries(files)), remove });

function thrown(f: () => unknown): GitError {
  try {
    f();
  } catch (e) {
    if (e instanceof GitError) return e;
    throw e;
  }
  throw new Error('expected a GitError');
}

describe('openDataBranch', () => {
  it('creates the branch on the first push, then only adds commits on top: old tips stay ancestors, removed files stay in history', () => {
    const remote = makeRemote();
    const first = open(remote);
    expect(first.exists).toBe(false);
    expect(first.files.size).toBe(0);
    expect(first.commitAndPush(write({ 'observations/2026-11-01.jsonl': 'a\n', 'slo-memory.json': '{}\n' }), 'day 1').outcome).toBe('pushed');
    expect(count(remote)).toBe(1);
    const tip1 = tip(remote);

    const second = open(remote);
    expect(second.exists).toBe(true);
    expect([...second.files]).toEqual([
      ['observations/2026-11-01.jsonl', 'a\n'],
      ['slo-memory.json', '{}\n'],
    ]);
    expect(second.commitAndPush(write({ 'observations/2026-11-02.jsonl': 'b\n' }, ['observations/2026-11-01.jsonl']), 'day 2').outcome).toBe('pushed');
    expect(count(remote)).toBe(2);
    expect(isAncestor(remote, tip1, tip(remote))).toBe(true);
    expect(git(remote, 'ls-tree', '-r', '--name-only', BRANCH).trim().split('\n')).toEqual(['observations/2026-11-02.jsonl', 'slo-memory.json']);
    expect(git(remote, 'show', `${tip1}:observations/2026-11-01.jsonl`)).toBe('a\n');
    expect(git(remote, 'log', '-1', '--format=%an <%ae>', BRANCH).trim()).toBe('meshplane[bot] <meshplane[bot]@users.noreply.github.com>');
  });

  it('is rejected, not forced, when someone pushed in between; after refresh it pushes on top of their commit', () => {
    const remote = makeRemote();
    open(remote).commitAndPush(write({ 'observations/2026-11-01.jsonl': 'a\n' }), 'base');
    const mine = open(remote);
    const theirs = open(remote);
    expect(theirs.commitAndPush(write({ 'observations/2026-11-02.jsonl': 'theirs\n' }), 'theirs').outcome).toBe('pushed');
    const theirTip = tip(remote);

    const rejected = mine.commitAndPush(write({ 'observations/2026-11-03.jsonl': 'mine\n' }), 'mine');
    expect(rejected.outcome).toBe('rejected');
    expect(rejected.detail).toContain('rejected');
    expect(tip(remote)).toBe(theirTip);

    mine.refresh();
    expect(mine.files.get('observations/2026-11-02.jsonl')).toBe('theirs\n');
    expect(mine.files.has('observations/2026-11-03.jsonl')).toBe(false);
    expect(mine.commitAndPush(write({ 'observations/2026-11-03.jsonl': 'mine\n' }), 'mine again').outcome).toBe('pushed');
    expect(count(remote)).toBe(3);
    expect(isAncestor(remote, theirTip, tip(remote))).toBe(true);
  });

  it('reports a push the remote refuses (a pre-receive hook) as rejected, and the branch keeps its tip', () => {
    const remote = makeRemote();
    open(remote).commitAndPush(write({ 'observations/2026-11-01.jsonl': 'a\n' }), 'base');
    const before = tip(remote);
    writeFileSync(join(remote, 'hooks/pre-receive'), '#!/bin/sh\necho "branch is protected" >&2\nexit 1\n');
    chmodSync(join(remote, 'hooks/pre-receive'), 0o755);
    const push = open(remote).commitAndPush(write({ 'observations/2026-11-02.jsonl': 'b\n' }), 'refused');
    expect(push.outcome).toBe('rejected');
    expect(push.detail).toContain('branch is protected');
    expect(tip(remote)).toBe(before);
  });

  it('says which branch it cannot reach, without the credentials of the URL or the token', () => {
    const missing = thrown(() => openDataBranch({ remote: join(tmpdir(), 'meshplane-no-such-remote.git'), branch: BRANCH }));
    expect(missing.code).toBe('unreachable');
    expect(missing.message).toMatch(/^Cannot reach the data branch meshplane-data at .*meshplane-no-such-remote\.git: /);

    const token = 'ghs_secretToken123';
    const refused = thrown(() => openDataBranch({ remote: 'http://maria:hunter2@127.0.0.1:9/daff/mesh.git', branch: BRANCH, token }));
    expect(refused.code).toBe('unreachable');
    expect(refused.message).toContain('Cannot reach the data branch meshplane-data at http://127.0.0.1:9/daff/mesh.git');
    for (const secret of ['hunter2', 'maria', token, Buffer.from(`x-access-token:${token}`).toString('base64')]) expect(refused.message).not.toContain(secret);
  });

  it('refuses a branch name that git could read as an option or a range', () => {
    for (const name of ['--upload-pack=touch x', 'a..b', 'data/', ''])
      expect(thrown(() => openDataBranch({ remote: makeRemote(), branch: name })).code).toBe('unknown-ref');
  });

  it('sends the token as an Authorization header, not in the URL', async () => {
    // A server in another process: git runs synchronously here, so a server in this process could not answer.
    const dir = mkdtempSync(join(tmpdir(), 'meshplane-http-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const log = join(dir, 'requests.jsonl');
    const server = spawn(
      process.execPath,
      [
        '-e',
        `const fs=require('fs');require('http').createServer((q,s)=>{fs.appendFileSync(${JSON.stringify(log)},JSON.stringify({url:q.url,auth:q.headers.authorization})+'\\n');s.writeHead(403);s.end('no');}).listen(0,'127.0.0.1',function(){console.log(this.address().port)})`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    cleanups.push(() => server.kill());
    const port = await new Promise<string>((resolve) => server.stdout.once('data', (d: Buffer) => resolve(d.toString().trim())));
    const error = thrown(() => openDataBranch({ remote: `http://127.0.0.1:${port}/daff/mesh.git`, branch: BRANCH, token: 'ghs_headerToken' }));
    expect(error.code).toBe('unreachable');
    const requests = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { url: string; auth?: string });
    expect(requests[0]?.url).toBe('/daff/mesh.git/info/refs?service=git-upload-pack');
    expect(requests[0]?.auth).toBe(`basic ${Buffer.from('x-access-token:ghs_headerToken').toString('base64')}`);
    expect(error.message).not.toContain('ghs_headerToken');
  });
});
