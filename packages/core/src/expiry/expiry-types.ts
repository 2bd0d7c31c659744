import type { Finding } from '../model/finding.js';

/** One product's time-based findings: what has expired (today) and what will within the look-ahead. */
export interface ExpirySubject {
  productId: string;
  productName?: string;
  domain: string;
  /** The owner team's name, and its GitHub handle when the team file gives one (then the issue mentions it). */
  owner: string;
  ownerHandle?: string;
  /** The product's manifest. */
  file: string;
  /** Errors and warnings there only because of today's date. */
  current: Finding[];
  /** Those that appear by `upcomingBy`. */
  upcoming: Finding[];
}

/** What the expiry job found across the mesh on one day. */
export interface ExpiryReport {
  today: string;
  /** The last day of the look-ahead (`today` plus its days). */
  upcomingBy: string;
  /** Every product with an expiry, by product id. */
  products: ExpirySubject[];
  /** Time-based findings no product owns (a broken file, a domain file): listed, but no owner gets an issue. */
  unowned: Finding[];
}

/** The label every expiry issue carries; the bot lists issues by it. */
export const EXPIRY_ISSUE_LABEL = 'meshplane-expiry';
