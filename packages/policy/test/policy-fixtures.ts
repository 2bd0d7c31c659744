import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@meshplane/testkit';

/** The real helpers and capabilities, plus the given rule files (path under policies/ → Rego). */
export function policyFiles(rules: Record<string, string>): Map<string, string> {
  const files = new Map<string, string>();
  for (const p of ['policies/lib/mesh.rego', 'policies/capabilities.json']) files.set(p, readFileSync(join(REPO_ROOT, p), 'utf8'));
  for (const [p, text] of Object.entries(rules)) files.set(`policies/${p}`, text);
  return files;
}

/** A one-rule global policy file: `deny` (or `warn`) when `condition` holds for `input.product`. */
export function ruleFile(o: {
  topic: string;
  name: string;
  level?: 'deny' | 'warn';
  condition: string;
  pointer?: string;
  extra?: string;
  enforceFrom?: string;
}): string {
  const level = o.level ?? 'deny';
  return `# METADATA
# title: ${o.topic}
# description: Test policies.
package meshplane.global.${o.topic}

# METADATA
# title: Rule ${o.name}
# description: A rule for tests.
# custom:
#   id: global.${o.topic}.${o.name}
#   severity: ${level}
#   owner: "@daff/data-governance"${o.enforceFrom ? `\n#   enforceFrom: "${o.enforceFrom}"` : ''}
${level} contains {"id": rego.metadata.rule().custom.id, "msg": sprintf("%s breaks ${o.name}", [input.product.metadata.id]), "pointer": "${o.pointer ?? '/metadata/id'}"} if {
	${o.condition}
}
${o.extra ?? ''}`;
}
