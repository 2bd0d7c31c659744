import type { CatalogIndex, ProductNode } from '../catalog/catalog-index.js';
import type { Finding } from '../model/finding.js';
import { findingAt, type FindingText } from '../model/finding-at.js';
import { didYouMean } from '../validate/suggest.js';
import { locateManifest } from '../graph/check-references.js';
import { isChecked } from '../graph/is-checked.js';
import type { AgreementNode, SharedPortRef } from './read-agreement-node.js';
import { listPortColumns } from './list-port-columns.js';
import { explainUnsafeIdentifier, nameShareView, nameTable } from '../platform/name-platform-objects.js';

export interface AgreementCheckOptions {
  catalogRoot: string;
}

/**
 * Every agreement is where it belongs and names what exists: the file sits in the folder of the product it shares and
 * is named as its `metadata.name`; the ports and columns are the product's; the consumer team exists, is not the
 * provider's owner, and owns the consuming product it names; the end is not before the start.
 */
export function checkAgreements(index: CatalogIndex, options: AgreementCheckOptions, only?: ReadonlySet<string>): Finding[] {
  const products = new Map<string, ProductNode>();
  for (const p of index.products) if (!products.has(p.id)) products.set(p.id, p);
  const teams = new Set(index.teams.map((t) => t.name));
  const out: Finding[] = [];
  const seen = new Map<string, AgreementNode>();
  for (const a of index.agreements) {
    const at = (pointer: string, text: FindingText): void =>
      void out.push(findingAt(a.doc, pointer, { ...text, ...(a.provider ? { productId: a.provider } : {}) }));
    const earlier = seen.get(a.id);
    if (!earlier) seen.set(a.id, a);
    if (!isChecked(a.file, only)) continue;
    if (earlier)
      at('/metadata/name', {
        ruleId: 'agreement.duplicate',
        message: `Agreement \`${a.id}\` is already defined in ${earlier.file}.`,
        hint: 'Remove one of the two files.',
      });
    checkPlace(a, options.catalogRoot, at);
    const provider = a.provider ? products.get(a.provider) : undefined;
    if (a.provider && !provider) {
      // Its manifest is there but could not be read: a consequence of that file's error, folded under it.
      const unreadable = locateManifest(a.provider, index.files);
      at('/spec/provider/product', {
        ruleId: 'agreement.unknown-product',
        message: `The agreement shares product \`${a.provider}\`, ${unreadable ? `whose manifest ${unreadable} has errors` : 'which does not exist'}.`,
        hint: `${didYouMean(a.provider, products.keys())}An agreement lives in the folder of the product it shares.`,
        ...(unreadable ? { cause: `file:${unreadable}` } : {}),
      });
    }
    if (provider) for (const port of a.ports) checkPort(provider, port, at);
    if (provider && a.team) checkShareViewNames(provider, a.ports, a.team, at);
    checkConsumer(a, { provider, products, teams, files: index.files }, at);
    checkDates(a, at);
  }
  return out;
}

type At = (pointer: string, text: FindingText) => void;

function checkPlace(a: AgreementNode, catalogRoot: string, at: At): void {
  const parts = a.file.split('/');
  const [folderDomain, folderProduct] = parts.slice(-4, -2);
  const inFolder = parts.length >= 4 && parts.at(-2) === 'agreements' && a.file.startsWith(`${catalogRoot}/`);
  const expected = a.provider ? `${catalogRoot}/${a.provider.replace('.', '/')}/agreements/${a.name}.yaml` : undefined;
  if (!inFolder || !expected) {
    at('/metadata/name', {
      ruleId: 'agreement.location',
      message: `Agreement \`${a.name}\` is at ${a.file}; agreements live in an \`agreements/\` folder beside the product they share.`,
      hint: expected ? `Move it to ${expected}.` : 'Name the shared product in spec.provider.product and move the file to its folder.',
    });
    return;
  }
  if (a.provider && `${folderDomain}.${folderProduct}` !== a.provider) {
    at('/spec/provider/product', {
      ruleId: 'agreement.location',
      message: `The agreement shares \`${a.provider}\` but sits in the folder of \`${folderDomain}.${folderProduct}\`.`,
      hint: `Move it to ${expected}: the owners of the shared product approve it there.`,
    });
  } else if (parts.at(-1)?.replace(/\.ya?ml$/, '') !== a.name) {
    at('/metadata/name', {
      ruleId: 'agreement.location',
      message: `Agreement \`${a.name}\` is in ${a.file}; its name and file name differ.`,
      hint: `Rename the file to ${a.name}.yaml, or make metadata.name match it.`,
    });
  }
}

function checkPort(provider: ProductNode, port: SharedPortRef, at: At): void {
  const base = `/spec/provider/ports/${port.index}`;
  const names = provider.outputs.map((o) => o.name);
  if (!names.includes(port.name)) {
    at(`${base}/name`, {
      ruleId: 'agreement.unknown-port',
      message: `\`${provider.id}\` has no output port \`${port.name}\` (it has ${names.map((n) => `\`${n}\``).join(', ') || 'none'}).`,
      hint: `${didYouMean(port.name, names)}Name one of the product's output ports.`,
    });
    return;
  }
  const { kind, columns } = listPortColumns(provider, port.name);
  if ((port.columns || port.maxClassification) && kind !== 'table') {
    at(base, {
      ruleId: 'agreement.limit-not-enforced',
      severity: 'warning',
      message: `Port \`${port.name}\` is of kind \`${kind ?? 'unknown'}\`: a limit on columns is enforced only on table ports, through a view.`,
      hint: 'Share the whole port, or make sure the service that serves it enforces the limit.',
    });
  }
  const known = columns.map((c) => c.name);
  (port.columns ?? []).forEach((c, j) => {
    if (known.includes(c)) return;
    at(`${base}/columns/${j}`, {
      ruleId: 'agreement.unknown-column',
      message: `Port \`${port.name}\` of \`${provider.id}\` has no column \`${c}\`.`,
      hint: `${didYouMean(c, known)}Name columns of the port's schema.`,
    });
  });
}

/** A column-limited share becomes a view `<table>__for_<team>`: its name must reach SQL whole. */
function checkShareViewNames(provider: ProductNode, ports: readonly SharedPortRef[], team: string, at: At): void {
  for (const port of ports) {
    if (!port.columns && !port.maxClassification) continue;
    if (listPortColumns(provider, port.name).kind !== 'table') continue;
    const problem = explainUnsafeIdentifier(nameShareView(nameTable(provider.id, port.name), team));
    if (!problem) continue;
    at(`/spec/provider/ports/${port.index}`, {
      ruleId: 'platform.unsafe-name',
      message: `The view of the agreed columns cannot be made: ${problem}.`,
      hint: 'Share the whole port, or ask the platform team to shorten the port or team name.',
    });
  }
}

interface Known {
  provider: ProductNode | undefined;
  products: Map<string, ProductNode>;
  teams: Set<string>;
  files: ReadonlySet<string>;
}

function checkConsumer(a: AgreementNode, k: Known, at: At): void {
  if (a.team && !k.teams.has(a.team)) {
    at('/spec/consumer/team', {
      ruleId: 'agreement.unknown-team',
      message: `Consumer team \`${a.team}\` is not a team of the mesh.`,
      hint: `${didYouMean(a.team, k.teams)}Name a team of catalog/teams/ (or add the team there first): its members are who read.`,
    });
  } else if (a.team && a.team === k.provider?.owner) {
    at('/spec/consumer/team', {
      ruleId: 'agreement.consumer-is-provider',
      message: `\`${a.team}\` owns \`${k.provider.id}\`: the owner team reads its own product without an agreement.`,
      hint: 'An agreement is between the provider and another team; remove this file, or name the consuming team.',
    });
  }
  if (!a.consumerProduct) return;
  const consumer = k.products.get(a.consumerProduct);
  if (!consumer) {
    const unreadable = locateManifest(a.consumerProduct, k.files);
    // A warning: the agreement still grants the team (a removed consumer product must not cut a team off by surprise).
    at('/spec/consumer/product', {
      ruleId: 'agreement.unknown-consumer-product',
      severity: 'warning',
      message: `Consuming product \`${a.consumerProduct}\` ${unreadable ? `has errors in its manifest ${unreadable}` : 'does not exist'}; the agreement still grants \`${a.team ?? '?'}\` until its end.`,
      hint: `${didYouMean(a.consumerProduct, k.products.keys())}Name the product whose input ports read the shared ports, leave consumer.product out, or remove the agreement once nobody reads through it.`,
      ...(unreadable ? { cause: `file:${unreadable}` } : {}),
    });
  } else if (a.team && consumer.owner && k.teams.has(consumer.owner) && consumer.owner !== a.team) {
    at('/spec/consumer/product', {
      ruleId: 'agreement.consumer-product-owner',
      message: `\`${consumer.id}\` is owned by \`${consumer.owner}\`, not by the consumer team \`${a.team}\`.`,
      hint: `Name the team that owns the consuming product (\`${consumer.owner}\`): its role reads for the product's pipelines.`,
    });
  }
  if (a.consumerProduct === a.provider) {
    at('/spec/consumer/product', {
      ruleId: 'agreement.consumer-is-provider',
      message: `The agreement shares \`${a.provider}\` with itself.`,
      hint: 'Name the product that reads the shared ports.',
    });
  }
}

/** An end before the start. (An end that has passed is the governance policies' to judge: `global.agreements.*`.) */
function checkDates(a: AgreementNode, at: At): void {
  if (!a.start || !a.end) return;
  if (a.end < a.start) {
    at('/spec/end', {
      ruleId: 'agreement.end-before-start',
      message: `The agreement ends on ${a.end}, before it starts (${a.start}).`,
      hint: 'Set an end on or after the start.',
    });
  }
}
