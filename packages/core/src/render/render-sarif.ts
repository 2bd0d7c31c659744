import type { CheckReport, Finding } from '../model/finding.js';
import { BUILTIN_RULES, type RuleInfo } from '../report/rule-catalog.js';

const LEVEL: Record<Finding['severity'], 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

/** Options for SARIF output. */
export interface SarifOptions {
  /** Titles and descriptions of rules that are not built in (policy rules), by id. */
  rules?: Readonly<Record<string, RuleInfo>>;
}

/**
 * SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html), the format GitHub code scanning
 * and most editors read. Paths are relative to `%SRCROOT%`, the repository root.
 */
export function renderSarif(report: CheckReport, options: SarifOptions = {}): string {
  // On a pull request the base's findings this change resolves are results too, with baselineState `absent`.
  const resolved = report.baseline?.resolved ?? [];
  const ids = [...new Set([...report.findings, ...resolved].map((f) => f.ruleId))].sort();
  const ruleIndex = new Map(ids.map((id, i) => [id, i]));
  const rules = ids.map((id) => {
    const info = options.rules?.[id] ?? report.rules?.[id] ?? BUILTIN_RULES[id];
    return {
      id,
      ...(info ? { name: toPascal(id), shortDescription: { text: info.title }, fullDescription: { text: info.description } } : {}),
      helpUri: `https://meshplane.dev/rules/${encodeURIComponent(id)}`,
    };
  });
  const state = (f: Finding, absent: boolean): { baselineState?: 'new' | 'unchanged' | 'absent' } =>
    report.baseline ? { baselineState: absent ? 'absent' : f.baseline === 'existing' ? 'unchanged' : 'new' } : {};
  const results = [...report.findings.map((f) => [f, false] as const), ...resolved.map((f) => [f, true] as const)].map(([f, absent]) => ({
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId) as number,
    level: LEVEL[f.severity],
    message: { text: f.hint ? `${f.message} ${f.hint}` : f.message },
    ...(f.file
      ? {
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeUri(f.file), uriBaseId: '%SRCROOT%' },
                ...(f.line ? { region: { startLine: f.line, ...(f.column ? { startColumn: f.column } : {}) } } : {}),
              },
            },
          ],
        }
      : {}),
    ...(f.pointer !== undefined || f.productId
      ? { properties: { ...(f.pointer !== undefined ? { pointer: f.pointer } : {}), ...(f.productId ? { productId: f.productId } : {}) } }
      : {}),
    ...state(f, absent),
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Meshplane', version: report.tool.version, informationUri: 'https://meshplane.dev', rules } },
        ...(report.policy ? { properties: { policyBundleDigest: report.policy.digest, policySource: report.policy.source } } : {}),
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** A relative URI reference for a repository path: each segment percent-encoded, slashes kept. */
function encodeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function toPascal(id: string): string {
  return id.replace(/(^|[.-])([a-z0-9])/g, (_, _s: string, c: string) => c.toUpperCase());
}
