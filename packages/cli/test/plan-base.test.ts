import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commitAll, copyExampleMesh, runMesh } from '@meshplane/testkit';

describe('mesh plan --base: what merging a pull request would provision, without a database', () => {
  const repo = copyExampleMesh();
  commitAll(repo.dir);
  afterAll(() => repo.remove());
  const file = 'catalog/podcast/podcast-listeners/product.yaml';
  const original = readFileSync(join(repo.dir, file), 'utf8');

  it('plans nothing when the head equals the base', () => {
    const r = runMesh(['plan', '--base', 'HEAD', '--today', '2026-11-22'], { cwd: repo.dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Plan for duckdb \(merging into HEAD\): No changes: the platform matches the catalog\.$/m);
    expect(r.status).toBe(0);
  });

  it('shows a new column as an addition and a narrowed type as blocked, as text and as Markdown', () => {
    const edited = original
      .replace(
        '- { name: listener_id, type: string, required: true, identifier: listener, classification: pii }',
        '- { name: listener_id, type: integer, required: true, identifier: listener, classification: pii }',
      )
      .replace(/(\n(\s+)- \{ name: processed_at)/, '\n$2- { name: device, type: string, description: "Phone, web or car" }$1');
    expect(edited).not.toBe(original);
    repo.write(file, edited);
    try {
      const text = runMesh(['plan', '--base', 'HEAD', '--today', '2026-11-22'], { cwd: repo.dir });
      expect(text.stdout + text.stderr).toContain('Blocked');
      expect(text.status).toBe(1);
      expect(text.stdout).toContain('  + add column podcast.podcast_listeners__daily_listeners.device string');
      expect(text.stdout).toContain(
        '  ! podcast.podcast_listeners__daily_listeners.listener_id: change type varchar → integer — the new type cannot hold every existing value unchanged (podcast.podcast-listeners).',
      );
      const md = runMesh(['plan', '--base', 'HEAD', '--today', '2026-11-22', '--format', 'markdown'], { cwd: repo.dir });
      expect(md.stdout).toMatch(/^### Provisioning plan$/m);
      expect(md.stdout).toContain('<details><summary>podcast.podcast-listeners');
      expect(md.stdout).toContain('**Blocked** (not done, because it would lose data):');
    } finally {
      repo.write(file, original);
    }
  });

  it('does not take a manifest with errors for a removed product', () => {
    repo.write(file, original.replace('lifecycle: active', 'lifecycle: activ'));
    try {
      const r = runMesh(['plan', '--base', 'HEAD', '--today', '2026-11-22'], { cwd: repo.dir });
      expect(r.stdout).toMatch(/^Plan for duckdb \(merging into HEAD\): No changes: the platform matches the catalog\.$/m);
      expect(r.stdout).toContain('Not planned: 1 product(s) with schema errors (podcast.podcast-listeners). Run mesh check.');
      expect(r.stdout).not.toContain('Orphaned');
    } finally {
      repo.write(file, original);
    }
  });

  it('refuses formats a plan has no renderer for', () => {
    const r = runMesh(['plan', '--base', 'HEAD', '--format', 'sarif'], { cwd: repo.dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('mesh: Plans are rendered as text, markdown or json, not sarif.\n');
  });
});
