import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import type { Finding, LoadedSource, ObservedLineage } from '@meshplane/core';
import { findOpa } from '@meshplane/policy';
import type { PolicyFiles } from '@meshplane/source';
import { fingerprintCode } from '../fingerprint-code.js';
import { keepByKey, type KeptValues } from './keep-by-key.js';
import { digestSource } from './hash-source.js';

/** Bumped whenever what a base's remembered findings hold changes. */
const BASE_FORMAT = 'meshplane-base-findings 1';
/** How many bases are kept: the default branch as it moves, and a few release branches. */
const KEPT_BASES = 8;

/** What a pull request's base is judged from, on its own. */
export interface BaseJudgementInputs {
  source: LoadedSource;
  catalogRoot: string;
  /** The policies that judge the pull request (the base's); undefined when it has none. */
  files: PolicyFiles | undefined;
  today: string;
  observed?: ObservedLineage;
}

/**
 * The key of a base's own findings (schema, mesh and policy findings, waivers applied: what judgeAgainstBase compares
 * a pull request with): a hash of its files — each document named by the bytes it was read from, so a source read
 * through a parse index — its policies, the day, the observed lineage, the OPA version and the code. Every pull
 * request on one base shares it. Undefined when a document was not read through an index, or OPA cannot be found.
 */
export function keyBaseFindings(b: BaseJudgementInputs): string | undefined {
  const hash = createHash('sha256').update(`${BASE_FORMAT}\0${fingerprintCode()}\0${b.catalogRoot}\0${b.today}\0`);
  if (b.files) {
    try {
      hash.update(`opa ${findOpa().version}\0`);
    } catch {
      return undefined;
    }
    hash.update(serialize([...b.files].sort(([x], [y]) => (x < y ? -1 : 1))));
  }
  hash.update(serialize(b.observed ?? null));
  const source = digestSource(b.source);
  return source === undefined ? undefined : hash.update(source).digest('base64url');
}

/** The bases' findings kept under a cache folder (a checkout's `.meshplane/`, or the app's data folder). */
export function keepBaseFindings(cacheRoot: string): KeptValues<Finding[]> {
  return keepByKey<Finding[]>(join(cacheRoot, 'cache/bases'), BASE_FORMAT, KEPT_BASES);
}
