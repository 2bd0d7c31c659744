/** The content a bot writes for one issue: title, body (with its hidden markers) and labels. */
export interface BotIssueContent {
  fingerprint: string;
  title: string;
  body: string;
  labels: string[];
}

/** One write to GitHub for one bot issue (the SLO and expiry bots plan these; the GitHub adapter carries them out). */
export type BotIssueWrite =
  | (BotIssueContent & { kind: 'create' })
  | (BotIssueContent & { kind: 'update'; issueNumber: number; comment?: string })
  | (BotIssueContent & { kind: 'reopen'; issueNumber: number; comment: string })
  | (BotIssueContent & { kind: 'close'; issueNumber: number; comment: string });

/** An issue a bot wrote earlier, as found through the issues list API (by its label, state all). */
export interface FoundBotIssue {
  number: number;
  /** GitHub's id of the issue (not its number): what `duplicate_issue_id` names when closing another as its duplicate. */
  id?: number;
  /** The issue's web page, when the list gave it. */
  htmlUrl?: string;
  state: 'open' | 'closed';
  title: string;
  body: string;
  labels: string[];
  /** ISO instant, for a closed issue. */
  closedAt?: string;
  /** Why a closed issue was closed (`completed`, `not_planned`, `duplicate`); a duplicate is never reopened. */
  stateReason?: string;
}
