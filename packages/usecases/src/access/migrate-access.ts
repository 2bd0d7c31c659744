import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addDays,
  checkAgreementCoverage,
  draftAgreement,
  holdsPersonalData,
  locateAgreementFile,
  type AgreementRequest,
  type CatalogIndex,
  type ProductNode,
  type SharedPort,
} from '@meshplane/core';
import type { Repository } from '../repository/resolve-repository.js';
import { checkRepository } from '../repository/resolve-repository.js';
import { writeFilesWhole } from '../write-files-whole.js';
import { renderAgreementFile } from './render-agreement-file.js';

/** What `mesh access migrate` wrote, and what people must still decide (legal bases it cannot know). */
export interface AccessMigration {
  agreements: string[];
  manifests: string[];
  /** Agreements sharing personal data: they need a legal basis, which a migration cannot invent. */
  needLegalBasis: string[];
}

/**
 * `mesh access migrate`: turns today's access into agreement files, so nothing a consumer reads now is revoked when
 * agreements become the only way in. Each inline `access.consumers` entry becomes an agreement with the team, its
 * purpose, ports and `until` (removed from the manifest); each input port reading another team's product without an
 * agreement in force gets one for the reading product, from `today` for `days` (default 365). All files or none.
 */
export function migrateAccess(repo: Repository, options: { today: string; days?: number; dryRun?: boolean }): AccessMigration {
  const { index } = checkRepository(repo, 'check', options.today);
  const end = addDays(options.today, options.days ?? 365);
  const taken = new Set(index.agreements.map((a) => a.id));
  const drafts: { request: AgreementRequest; pii: boolean }[] = [];
  const manifests: { file: string; text: string }[] = [];
  const take = (provider: string, wanted: string): string => {
    let name = wanted.slice(0, 63).replace(/-+$/, '');
    for (let n = 2; taken.has(`${provider}/${name}`); n++) name = `${wanted.slice(0, 58).replace(/-+$/, '')}-${n}`;
    taken.add(`${provider}/${name}`);
    return name;
  };
  for (const p of index.products.filter((x) => x.valid && x.consumers.length > 0)) {
    for (const c of p.consumers) {
      const ports = (c.ports ?? p.outputs.map((o) => o.name)).map((name) => ({ name }));
      drafts.push({
        request: {
          name: take(p.id, c.team),
          provider: p.id,
          ports: ports as [SharedPort, ...SharedPort[]],
          team: c.team,
          purpose: c.purpose ?? 'Migrated grant.',
          start: options.today,
          end: c.until ?? end,
        },
        pii: ports.some((port) => holdsPersonalData(p, port.name)),
      });
    }
    manifests.push({
      file: p.file,
      text: removeInlineConsumers(readFileSync(join(repo.root, p.file), 'utf8'), p.doc.locate('/spec/access/consumers', 'key').line),
    });
  }
  drafts.push(...draftForInputPorts(index, options.today, end, take));
  const files = drafts.map((d) => ({
    file: locateAgreementFile(repo.catalogRoot, d.request.provider, d.request.name),
    text: renderAgreementFile(draftAgreement(d.request), repo.catalogRoot),
    pii: d.pii,
  }));
  if (!options.dryRun) writeFilesWhole([...files, ...manifests].map((f) => ({ file: join(repo.root, f.file), text: f.text })));
  return { agreements: files.map((f) => f.file), manifests: manifests.map((m) => m.file), needLegalBasis: files.filter((f) => f.pii).map((f) => f.file) };
}

/** One agreement per reading product and provider, over every port it reads of that provider without one in force. */
function draftForInputPorts(index: CatalogIndex, today: string, end: string, take: (provider: string, name: string) => string) {
  const products = new Map(index.products.map((p) => [p.id, p]));
  const wanted = new Map<string, { reader: ProductNode; provider: ProductNode; ports: Set<string>; inputs: string[] }>();
  for (const f of checkAgreementCoverage(index, today)) {
    if (f.ruleId === 'access.inline-consumers' || !f.productId || !f.pointer) continue;
    const reader = products.get(f.productId);
    const input = reader?.inputs[Number(f.pointer.split('/')[3])];
    const provider = input?.product ? products.get(input.product) : undefined;
    if (!reader?.owner || !input?.port || !provider) continue;
    const key = `${provider.id}|${reader.id}`;
    const entry = wanted.get(key) ?? { reader, provider, ports: new Set<string>(), inputs: [] };
    entry.ports.add(input.port);
    entry.inputs.push(input.name);
    wanted.set(key, entry);
  }
  return [...wanted.values()].map(({ reader, provider, ports, inputs }) => ({
    request: {
      name: take(provider.id, reader.id.replace('.', '-')),
      provider: provider.id,
      ports: [...ports].map((name) => ({ name })) as [SharedPort, ...SharedPort[]],
      team: reader.owner ?? '',
      consumerProduct: reader.id,
      purpose: `Feeds ${reader.name ?? reader.id} through its input port${inputs.length > 1 ? 's' : ''} ${inputs.map((i) => `\`${i}\``).join(', ')}.`,
      start: today,
      end,
    } satisfies AgreementRequest,
    pii: [...ports].some((port) => holdsPersonalData(provider, port)),
  }));
}

/** A manifest's text without its `access.consumers` block: the key's line and every deeper-indented line after it. */
export function removeInlineConsumers(text: string, keyLine: number): string {
  const lines = text.split('\n');
  const start = keyLine - 1;
  const indent = (l: string): number => l.length - l.trimStart().length;
  const depth = indent(lines[start] ?? '');
  let end = start + 1;
  while (
    end < lines.length &&
    ((lines[end] ?? '').trim() === '' || indent(lines[end] ?? '') > depth || (/^\s*-/.test(lines[end] ?? '') && indent(lines[end] ?? '') === depth))
  )
    end++;
  // Blank lines that ended the block stay: they separate what follows.
  while (end > start + 1 && (lines[end - 1] ?? '').trim() === '') end--;
  return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
}
