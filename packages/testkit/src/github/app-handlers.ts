import { randomBytes } from 'node:crypto';
import type { GithubServerState } from './github-state.js';
import type { HandlerResult } from './handler-types.js';

/** `POST /app/installations/{id}/access_tokens`: a new installation token valid for an hour, as GitHub issues them. */
export function createInstallationToken(state: GithubServerState, installationId: number, now: Date): HandlerResult {
  const token = `ghs_${randomBytes(18).toString('hex')}`;
  const expiresAt = new Date(now.getTime() + 3600_000).toISOString();
  state.tokens.set(token, { installationId, expiresAt });
  return {
    status: 201,
    body: {
      token,
      expires_at: expiresAt,
      permissions: { checks: 'write', contents: 'read', pull_requests: 'write', issues: 'write', deployments: 'write', metadata: 'read' },
      repository_selection: 'all',
    },
  };
}
