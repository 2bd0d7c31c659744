/** A GitHub user as the REST API shows it (the fields clients read). */
export interface GithubUser {
  login: string;
  id: number;
  node_id: string;
  type: 'User' | 'Bot';
  html_url: string;
}

/** A label object, as GitHub returns it inside issues. */
export interface GithubLabel {
  id: number;
  node_id: string;
  url: string;
  name: string;
  color: string;
  default: boolean;
  description: string | null;
}

/** An issue of the local server, kept in GitHub's own JSON shape. */
export interface GithubIssue {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  comments_url: string;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: string | null;
  user: GithubUser;
  labels: GithubLabel[];
  assignee: GithubUser | null;
  assignees: GithubUser[];
  milestone: null;
  locked: boolean;
  comments: number;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  author_association: 'OWNER';
  /** Present when the issue is a pull request (GitHub lists pull requests among issues). */
  pull_request?: { url: string; html_url: string };
}

/** A pull request of the local server: its branches resolved to commits of the repository's git folder. */
export interface GithubPull {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  merged: boolean;
  draft: boolean;
  user: GithubUser;
  base: { ref: string; sha: string; repo: string };
  /** `repo` differs from the base's for a pull request from a fork. */
  head: { ref: string; sha: string; repo: string };
  created_at: string;
  updated_at: string;
}

/** An issue comment of the local server. */
export interface GithubIssueComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  issue_number: number;
  body: string;
  user: GithubUser;
  created_at: string;
  updated_at: string;
  author_association: 'OWNER';
}

/** A check run with its annotations (all of them, across the requests that sent them). */
export interface GithubCheckRun {
  id: number;
  node_id: string;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  started_at: string;
  completed_at: string | null;
  output: { title: string | null; summary: string | null; text: string | null; annotations_count: number };
  annotations: Record<string, unknown>[];
  details_url: string | null;
  external_id: string | null;
  html_url: string;
}

/** A deployment with its statuses (in the order they were created). */
export interface GithubDeployment {
  id: number;
  node_id: string;
  url: string;
  statuses_url: string;
  /** The ref as given: the harness resolves no commits. */
  sha: string;
  ref: string;
  task: string;
  payload: unknown;
  environment: string;
  description: string | null;
  creator: GithubUser;
  created_at: string;
  updated_at: string;
  statuses: Array<{ id: number; state: string; description: string; environment: string; log_url: string; created_at: string }>;
}

/** A pull-request review, kept with its pull number. */
export interface GithubReview {
  id: number;
  pull_number: number;
  state: string;
  body: string;
  [key: string]: unknown;
}

/** Everything one repository holds on the local server. */
export interface GithubRepoState {
  owner: string;
  repo: string;
  issues: GithubIssue[];
  comments: GithubIssueComment[];
  labels: GithubLabel[];
  checkRuns: GithubCheckRun[];
  reviews: GithubReview[];
  /** Requested reviewers by pull number: user logins and team slugs. */
  reviewRequests: Map<number, { users: string[]; teams: string[] }>;
  deployments: GithubDeployment[];
  /** The local git repository whose objects the contents, trees, blobs, compare and pull files routes serve. */
  gitDir?: string;
  defaultBranch: string;
  pulls: GithubPull[];
}

/** The local server's state: repositories by `owner/repo`, and one id sequence (GitHub ids are unique across kinds). */
export interface GithubServerState {
  repos: Map<string, GithubRepoState>;
  nextId: number;
  /** Installation access tokens handed out, by token. */
  tokens: Map<string, { installationId: number; expiresAt: string }>;
}

/** The repository `owner/repo`, created empty on first use (any repository exists on the local server). */
export function openRepo(state: GithubServerState, owner: string, repo: string): GithubRepoState {
  const key = `${owner}/${repo}`.toLowerCase();
  let r = state.repos.get(key);
  if (!r) {
    r = {
      owner,
      repo,
      issues: [],
      comments: [],
      labels: [],
      checkRuns: [],
      reviews: [],
      reviewRequests: new Map(),
      deployments: [],
      defaultBranch: 'main',
      pulls: [],
    };
    state.repos.set(key, r);
  }
  return r;
}

/** A new unique id. */
export function takeId(state: GithubServerState): number {
  state.nextId += 1;
  return state.nextId;
}

/** A node id in GitHub's style, deterministic for a kind and id. */
export function nodeId(kind: string, id: number): string {
  return Buffer.from(`${kind}:${id}`).toString('base64url');
}

/** The user every request acts as (the token's owner). */
export const BOT_USER: GithubUser = { login: 'meshplane[bot]', id: 1, node_id: nodeId('Bot', 1), type: 'Bot', html_url: 'https://github.com/apps/meshplane' };

/** A user by login, as GitHub embeds it in assignees. */
export function describeUser(login: string): GithubUser {
  let id = 0;
  for (const ch of login) id = (id * 31 + ch.charCodeAt(0)) % 1_000_000;
  return { login, id: id + 1000, node_id: nodeId('User', id + 1000), type: 'User', html_url: `https://github.com/${login}` };
}

/** A new open issue (or the issue GitHub keeps for a pull request) as the REST API shows it; the caller adds it. */
export function buildIssue(
  state: GithubServerState,
  repo: GithubRepoState,
  fields: { title: string; body: string | null; user: GithubUser; now: string; apiUrl: string; pull?: boolean },
): GithubIssue {
  const id = takeId(state);
  const number = repo.issues.length + 1;
  const full = `${repo.owner}/${repo.repo}`;
  const url = `${fields.apiUrl}/repos/${full}/issues/${number}`;
  const web = `https://github.com/${full}/${fields.pull ? 'pull' : 'issues'}/${number}`;
  return {
    id,
    node_id: nodeId(fields.pull ? 'PullRequest' : 'Issue', id),
    url,
    html_url: web,
    comments_url: `${url}/comments`,
    number,
    title: fields.title,
    body: fields.body,
    state: 'open',
    state_reason: null,
    user: fields.user,
    labels: [],
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    comments: 0,
    created_at: fields.now,
    updated_at: fields.now,
    closed_at: null,
    author_association: 'OWNER',
    ...(fields.pull ? { pull_request: { url: `${fields.apiUrl}/repos/${full}/pulls/${number}`, html_url: web } } : {}),
  };
}
