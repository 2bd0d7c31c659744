import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const manifest = parse(readFileSync(new URL('../app.yml', import.meta.url), 'utf8')) as {
  default_permissions: Record<string, string>;
  default_events: string[];
  hook_attributes: { url: string };
  public: boolean;
};

describe('the app manifest (app/app.yml)', () => {
  it('asks for exactly the permissions the app uses, no more', () => {
    expect(manifest.default_permissions).toEqual({
      checks: 'write',
      contents: 'read',
      deployments: 'write',
      issues: 'write',
      metadata: 'read',
      pull_requests: 'write',
    });
  });

  it('subscribes to exactly the events the app handles', () => {
    expect([...manifest.default_events].sort()).toEqual(['check_run', 'check_suite', 'issue_comment', 'pull_request', 'pull_request_review', 'push']);
  });

  it('is private and delivers to the webhook path the server listens on', () => {
    expect(manifest.public).toBe(false);
    expect(new URL(manifest.hook_attributes.url).pathname).toBe('/api/github/webhooks');
  });
});
