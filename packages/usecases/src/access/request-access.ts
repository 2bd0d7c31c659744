import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkCatalog, draftAgreement, locateAgreementFile, type AgreementRequest, type AgreementSpec, type Finding, type SharedPort } from '@meshplane/core';
import { loadRepository, readYamlDocument } from '@meshplane/source';
import type { Repository } from '../repository/resolve-repository.js';
import { TOOL_VERSION } from '../meshplane-home.js';
import { UsageError } from '../usage-error.js';
import { writeFilesWhole } from '../write-files-whole.js';
import { runGovernanceCheck } from '../check/check-work-tree.js';
import { renderAgreementFile } from './render-agreement-file.js';

/** `mesh access request`'s flags. */
export interface AccessRequestFlags {
  team?: string;
  product?: string;
  purpose?: string;
  until?: string;
  start?: string;
  columns?: string;
  maxClassification?: string;
  legalBasis?: string;
  name?: string;
  today: string;
}

/** What a request wrote, and what the check says of it (warnings; an error stops it before anything is written). */
export interface AccessRequestResult {
  file: string;
  text: string;
  findings: Finding[];
}

const TARGET = /^([a-z][a-z0-9]*(?:-[a-z0-9]+)*\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*)\/([a-z][a-z0-9,-]*)$/;

/**
 * `mesh access request <product>/<port>[,<port>…] --team T --purpose … --until D`: drafts the agreement file beside
 * the product it shares, checks it with the whole catalog (ports, columns, team, dates, the provider not the consumer)
 * and writes it only when nothing is an error. The pull request that adds it is what the provider approves.
 */
export async function requestAccess(repo: Repository, target: string | undefined, flags: AccessRequestFlags): Promise<AccessRequestResult> {
  const m = TARGET.exec(target ?? '');
  if (!m)
    throw new UsageError(
      'Name what to read as <product>/<port>[,<port>…]: mesh access request podcast.podcast-listeners/daily-listeners --team … --purpose … --until YYYY-MM-DD.',
    );
  const [, provider, portList] = m as unknown as [string, string, string];
  const missing = (['team', 'purpose', 'until'] as const).filter((k) => !flags[k]?.trim());
  if (missing.length) throw new UsageError(`mesh access request needs ${missing.map((k) => `--${k}`).join(', ')}: who reads, why, and until when.`);
  for (const [flag, value] of [
    ['--until', flags.until],
    ['--start', flags.start],
  ] as const) {
    if (value !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))))
      throw new UsageError(`${flag} takes a date as YYYY-MM-DD, not \`${value}\`.`);
  }
  const request = toRequest(provider, portList.split(','), flags);
  const file = locateAgreementFile(repo.catalogRoot, provider, request.name);
  if (existsSync(join(repo.root, file)))
    throw new UsageError(`${file} already exists: edit it (a new end date renews it), or pass --name for another agreement.`, 'exists');
  const text = renderAgreementFile(draftAgreement(request), repo.catalogRoot);
  const findings = await checkWith(repo, file, text, flags.today);
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length) {
    const lines = errors.map((f) => `  ${f.file}:${f.line ?? 1}: ${f.message}${f.hint ? ` ${f.hint}` : ''}`);
    throw new UsageError(`The agreement was not written:\n${lines.join('\n')}`, 'invalid-agreement');
  }
  writeFilesWhole([{ file: join(repo.root, file), text }]);
  return { file, text, findings };
}

function toRequest(provider: string, ports: string[], flags: AccessRequestFlags): AgreementRequest {
  const columns = flags.columns
    ?.split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  const limit = columns?.length ? { columns } : flags.maxClassification ? { maxClassification: flags.maxClassification } : {};
  const shared = ports.filter(Boolean).map((name) => ({ name, ...limit }) as SharedPort);
  if (!shared[0]) throw new UsageError('Name at least one port after the product: <product>/<port>.');
  const name = flags.name ?? flags.team ?? '';
  return {
    name,
    provider,
    ports: shared as [SharedPort, ...SharedPort[]],
    team: flags.team ?? '',
    ...(flags.product ? { consumerProduct: flags.product } : {}),
    purpose: flags.purpose ?? '',
    ...(flags.legalBasis ? { legalBasis: flags.legalBasis as AgreementSpec['legalBasis'] } : {}),
    start: flags.start ?? flags.today,
    end: flags.until ?? '',
  };
}

/**
 * The catalog's check with the drafted file in it — schema, references, dates, and the governance policies with
 * their waivers (`mesh check`'s own path) — and the findings on that file.
 */
async function checkWith(repo: Repository, file: string, text: string, today: string): Promise<Finding[]> {
  const source = loadRepository(repo.root, { catalogRoot: repo.catalogRoot });
  const read = readYamlDocument(file, text);
  if (!read.document) return read.findings;
  source.documents.push(read.document);
  source.files.push(file);
  const checked = checkCatalog(source, { root: repo.root, catalogRoot: repo.catalogRoot, toolVersion: TOOL_VERSION, today });
  const report = await runGovernanceCheck(repo, { today, checked });
  return report.findings.filter((f) => f.file === file);
}
