import { describe, expect, it } from 'vitest';
import { runOpa } from '@meshplane/policy';
import { REPO_ROOT } from '@meshplane/testkit';

describe('the conftest policy of the bench (bench/conftest)', () => {
  it('passes a valid product and denies one case per rule', () => {
    const r = runOpa(['test', 'bench/conftest'], { cwd: REPO_ROOT });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('PASS: 16/16');
    expect(r.status).toBe(0);
  });
});
