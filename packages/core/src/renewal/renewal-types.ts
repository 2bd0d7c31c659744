import type { AgreementExport } from '../agreement/describe-agreement.js';

/** A team as a renewal issue names it: its name, and its GitHub handle when its team file gives one (then mentioned). */
export interface RenewalTeam {
  team: string;
  handle?: string;
}

/** Whom a renewal pull request needs the approval of, and why (as the pull request check will ask). */
export interface RenewalApprover extends RenewalTeam {
  why: string;
}

/** One agreement that ends within the renewal window, or has ended while its file is still in the catalog. */
export interface RenewalSubject {
  /** `<provider product>/<name>`, unique across the mesh. */
  id: string;
  /** The agreement as people read it. */
  agreement: AgreementExport;
  /** Days from today to the end: 0 on the end day (the last day it grants), negative once it has ended. */
  daysLeft: number;
  /** The provider's domain (the issue's `domain:` label). */
  domain: string;
  /** The provider product's display name, when the catalog has the product. */
  providerName?: string;
  /** The provider product's owner team, and its accountable product owner (`metadata.productOwner`). */
  provider?: RenewalTeam;
  productOwner?: string;
  consumer: RenewalTeam;
  /** Whose approval a pull request that moves the end needs. */
  approvers: RenewalApprover[];
}

/** The renewal job's view of the mesh on one day. */
export interface RenewalReport {
  today: string;
  /** How many days before its end an agreement gets its renewal issue. */
  days: number;
  /** `today` plus `days`: agreements ending on or before it are due. */
  renewBy: string;
  /** Agreements ending by `renewBy` (or ended), by id. */
  due: RenewalSubject[];
  /** Every other agreement of the catalog and its end: an issue whose agreement is here was renewed. */
  later: { id: string; end?: string }[];
}

/** The label every renewal issue carries; the bot lists issues by it. */
export const RENEWAL_ISSUE_LABEL = 'meshplane-renewal';

/** Days before its end an agreement's renewal issue opens, unless `review.agreements.renewalDays` says otherwise. */
export const RENEWAL_DAYS = 14;
