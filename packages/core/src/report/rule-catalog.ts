/** A rule's title and why it exists, for renderers that list rules (SARIF) and for `mesh explain`. */
export interface RuleInfo {
  title: string;
  description: string;
}

/** The built-in rules: reader, schemas, mesh graph, change safety, policy toolchain, waivers. Policy rules bring their own metadata. */
export const BUILTIN_RULES: Readonly<Record<string, RuleInfo>> = {
  'yaml.syntax': { title: 'YAML syntax', description: 'The file must be valid YAML 1.2.' },
  'yaml.duplicate-key': { title: 'Duplicate key', description: 'A key may appear once per mapping; YAML parsers disagree on which copy wins.' },
  'yaml.alias': { title: 'Anchors and aliases', description: 'Aliases are refused: they hide content and can expand exponentially (billion laughs).' },
  'yaml.tag': { title: 'Custom tags', description: 'Only the YAML 1.2 core schema is read; custom tags are refused.' },
  'yaml.too-large': { title: 'File too large', description: 'A manifest is a human-sized file; very large files are refused before parsing.' },
  'yaml.too-deep': { title: 'Nesting too deep', description: 'Nesting is capped to keep every reader safe from stack exhaustion.' },
  'yaml.empty': { title: 'Empty file', description: 'A Meshplane file holds one document.' },
  'yaml.multiple-documents': { title: 'Several documents', description: 'A Meshplane file holds exactly one YAML document.' },
  'yaml.not-a-mapping': { title: 'Not a mapping', description: 'A Meshplane file is a mapping with apiVersion, kind, metadata and spec.' },
  'file.encoding': { title: 'Encoding', description: 'Files are UTF-8.' },
  'file.symlink': { title: 'Symbolic link', description: 'Links are not followed: a link could point outside the repository.' },
  'file.unreadable': { title: 'Unreadable file', description: 'The file could not be read.' },
  'schema.unknown-kind': { title: 'Unknown kind', description: 'Every file names its kind: DataProduct, Domain, Team, Waiver or Config.' },
  'schema.unknown-key': { title: 'Unknown key', description: 'Only keys of the schema are allowed, so typos are caught.' },
  'schema.missing-key': { title: 'Missing key', description: 'A required key is missing.' },
  'schema.invalid-value': { title: 'Value not allowed', description: 'The value is not one of those the schema allows.' },
  'schema.wrong-type': { title: 'Wrong type', description: 'The value has the wrong type.' },
  'schema.invalid-format': { title: 'Wrong format', description: 'The value is not in the expected form.' },
  'schema.out-of-range': { title: 'Out of range', description: 'The value or list size is outside its limits.' },
  'schema.duplicate-item': { title: 'Duplicate item', description: 'The list may not repeat an item.' },
  'schema.invalid': { title: 'Invalid value', description: 'The value does not match the schema.' },
  'product.duplicate-name': { title: 'Duplicate name', description: 'Ports, columns and SLOs are named uniquely.' },
  'product.unknown-column': { title: 'Unknown column', description: 'Temporal fields, keys and quality checks name columns of the port.' },
  'product.decimal-only': { title: 'Precision on a non-decimal', description: 'Precision and scale apply to decimal columns.' },
  'product.decimal-scale': { title: 'Scale above precision', description: 'A decimal scale cannot exceed its precision.' },
  'graph.duplicate-id': { title: 'Duplicate product id', description: 'Product ids are the global, permanent address of a product and are unique.' },
  'graph.id-folder-mismatch': { title: 'Id does not match folder', description: 'A product with id <domain>.<name> lives in catalog/<domain>/<name>/.' },
  'graph.domain-mismatch': { title: 'Domain does not match id', description: 'metadata.domain is the first part of the id.' },
  'graph.duplicate-name': { title: 'Duplicate name', description: 'Domains, teams and waivers are defined once.' },
  'graph.reserved-name': { title: 'Reserved name', description: 'Some names are reserved by the catalog layout.' },
  'graph.name-location-mismatch': { title: 'Name does not match file', description: 'Domains, teams and waivers live at the path their name gives.' },
  'graph.unknown-domain': { title: 'Unknown domain', description: 'Every product belongs to a domain with a domain.yaml.' },
  'graph.unknown-team': { title: 'Unknown team', description: 'Owners and consumers are teams of catalog/teams/.' },
  'graph.unknown-product': { title: 'Unknown product', description: 'References name existing products.' },
  'graph.dangling-input': { title: 'Dangling input port', description: 'An input port reads an existing product.' },
  'graph.unknown-port': { title: 'Unknown output port', description: 'An input port reads an existing output port of its upstream product.' },
  'graph.unknown-successor': { title: 'Unknown successor', description: 'A successor is an existing product.' },
  'graph.missing-file': { title: 'Missing documentation file', description: 'Documentation a manifest names exists beside it.' },
  'graph.cycle': { title: 'Lineage cycle', description: 'Lineage is acyclic: a product cannot read itself, directly or through others.' },
  'platform.unsafe-name': {
    title: 'Name unfit for the platform',
    description:
      'Every schema, table, view and role name Meshplane derives must be a plain SQL name of at most 63 bytes: PostgreSQL silently truncates longer ones, so two ports could share a table.',
  },
  'observation.malformed': {
    title: 'Malformed observation',
    description: 'An observation line must be a JSON object with the documented fields (docs/observations.md).',
  },
  'observation.unknown-slo': { title: 'Observation for an unknown SLO', description: 'Observations name a product, output port and SLO of the catalog.' },
  'observation.future': {
    title: 'Observation from the future',
    description: 'An observation dated ahead of the clock is refused: it would hide breaches until then.',
  },
  'observation.failed-run': { title: 'Failed run', description: 'A pipeline reported a failed run; its outputs were not observed.' },
  'slo.probe-failed': { title: 'Probe failed', description: 'A measurement could not run on the platform (a missing table, a failing query).' },
  'change.id-changed': { title: 'Id changed', description: 'Product ids are permanent addresses; a new id is a new product.' },
  'change.version-bump': {
    title: 'Version bump too small',
    description: 'The declared version bump covers what the changes require: breaking → major, additive → minor, else patch.',
  },
  'change.version-backwards': { title: 'Version went down', description: 'Versions only go up.' },
  'change.breaking-consumers': {
    title: 'Breaking change with consumers',
    description: 'A breaking change to a port that has consumers keeps the old port, deprecated with notice, or is waived.',
  },
  'change.removed-with-consumers': {
    title: 'Removed while read',
    description: 'Nothing is dropped because a file disappeared: products leave through the lifecycle.',
  },
  'change.retired-with-consumers': { title: 'Retired while read', description: 'A product with consumers is not retired.' },
  'change.lifecycle-transition': {
    title: 'Lifecycle transition',
    description: 'Lifecycle moves follow proposed → experimental → active → deprecated → dormant → retired, with documented shortcuts.',
  },
  'change.deprecation-notice': { title: 'Deprecation notice', description: "A deprecated port's sunset gives consumers the configured notice." },
  'slo.budget-exhausted': {
    title: 'Error budget exhausted',
    description: 'A change to a product whose SLO error budget is spent waits until it recovers, unless it is a reliability fix or waived.',
  },
  'policy.compile-error': {
    title: 'Policy does not compile',
    description: 'Policies compile to WebAssembly with only the allowed built-ins; the check fails until they do.',
  },
  'policy.metadata': { title: 'Policy metadata', description: 'Every rule carries METADATA with its id, severity, title, description and owner.' },
  'policy.evaluation-error': { title: 'Policy evaluation failed', description: 'A rule that errors fails the check (fail closed).' },
  'policy.none': { title: 'No policies', description: 'The repository has no policies/ folder: only schema and mesh checks ran.' },
  'waiver.expired': { title: 'Waiver expired', description: 'An expired waiver waives nothing.' },
  'waiver.expiring': { title: 'Waiver expiring', description: 'A waiver expires within 14 days.' },
  'waiver.unused': { title: 'Waiver unused', description: 'A waiver that matches no finding should be deleted.' },
  'waiver.unknown-rule': { title: 'Waiver for an unknown rule', description: 'A waiver names a rule that exists.' },
};
