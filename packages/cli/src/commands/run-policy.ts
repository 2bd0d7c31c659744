import { renderPolicyImpactMarkdown, renderPolicyImpactText } from '@meshplane/core';
import { formatPolicies, listPolicyRules, resolveRepository, runPolicyImpact, testPolicies, UsageError } from '@meshplane/usecases';
import { renderPolicyDocsMarkdown } from '../render/render-policy-docs.js';
import { renderPolicyTestText } from '../render/render-policy-test.js';

interface PolicyFlags {
  root?: string | undefined;
  base?: string | undefined;
  today: string;
  format: string;
  fix: boolean;
}

/** `mesh policy impact|test|fmt|docs`: returns what to print and the exit code. */
export async function runPolicy(args: readonly string[], flags: PolicyFlags): Promise<{ stdout: string; exitCode: number }> {
  const [sub, path = flags.root] = args;
  switch (sub) {
    case 'impact': {
      if (!flags.base) throw new UsageError('mesh policy impact needs --base <ref>: the policies to compare against.');
      const impact = await runPolicyImpact(resolveRepository(path), { base: flags.base, today: flags.today });
      const stdout =
        flags.format === 'json'
          ? JSON.stringify(impact, null, 2) + '\n'
          : flags.format === 'markdown'
            ? renderPolicyImpactMarkdown(impact)
            : renderPolicyImpactText(impact);
      return { stdout, exitCode: 0 };
    }
    case 'test': {
      const r = testPolicies(resolveRepository(path));
      if (flags.format === 'json') return { stdout: JSON.stringify(r, null, 2) + '\n', exitCode: r.ok ? 0 : 1 };
      return { stdout: renderPolicyTestText(r), exitCode: r.ok ? 0 : 1 };
    }
    case 'fmt': {
      const files = formatPolicies(resolveRepository(path), flags.fix);
      const stdout = flags.fix
        ? 'Formatted the policies with opa fmt.\n'
        : files.length
          ? `${files.map((f) => `${f}  needs formatting (mesh policy fmt --fix)`).join('\n')}\n`
          : 'All policies are formatted.\n';
      return { stdout, exitCode: files.length ? 1 : 0 };
    }
    case 'docs': {
      const rules = listPolicyRules(resolveRepository(path));
      return { stdout: flags.format === 'json' ? JSON.stringify(rules, null, 2) + '\n' : renderPolicyDocsMarkdown(rules), exitCode: 0 };
    }
    default:
      throw new UsageError('Usage: mesh policy impact --base <ref> | mesh policy test | mesh policy fmt [--fix] | mesh policy docs [--format json|markdown]');
  }
}
