import type { NamedEntry } from '../catalog/catalog-index.js';
import type { Finding } from '../model/finding.js';
import { findingAt } from '../model/finding-at.js';

/** How close to its expiry a waiver starts to warn. */
export const WAIVER_WARNING_DAYS = 14;

interface WaiverSpec {
  rule: string;
  product: string;
  reason: string;
  approvedBy: string;
  expires: string;
}

/**
 * Applies waivers (policies/waivers/*.yaml) to policy findings. A valid waiver turns its rule's findings for its
 * product into notices that say so and until when; an expired waiver waives nothing and is itself an error; one that
 * expires within {@link WAIVER_WARNING_DAYS} days warns; one that matches nothing warns as unused; one naming a rule
 * that does not exist is an error. Only findings of waivable rules can be waived: the policy rules, and the change
 * rules that name one (`change.breaking-consumers`, …).
 */
export function applyWaivers(findings: readonly Finding[], waivers: readonly NamedEntry[], waivable: Iterable<string>, now: string): Finding[] {
  const ruleIds = new Set(waivable);
  const out = [...findings];
  const soon = addDays(now, WAIVER_WARNING_DAYS);
  for (const w of waivers) {
    if (!w.valid) continue;
    const spec = w.data.spec as WaiverSpec;
    const at = (pointer: string, ruleId: string, severity: Finding['severity'], message: string, hint: string): Finding =>
      findingAt(w.doc, pointer, { ruleId, severity, message, hint, productId: spec.product });
    if (!ruleIds.has(spec.rule)) {
      out.push(
        at(
          '/spec/rule',
          'waiver.unknown-rule',
          'error',
          `Waiver \`${w.name}\` names rule \`${spec.rule}\`, which no policy defines.`,
          'Name the id of an existing rule (`mesh policy docs` lists them), or delete the waiver.',
        ),
      );
      continue;
    }
    if (spec.expires < now) {
      out.push(
        at(
          '/spec/expires',
          'waiver.expired',
          'error',
          `Waiver \`${w.name}\` expired on ${spec.expires}; it no longer waives \`${spec.rule}\` for \`${spec.product}\`.`,
          'Fix the product, or renew the waiver with a new expiry approved by the governance group.',
        ),
      );
      continue;
    }
    let used = false;
    for (let i = 0; i < out.length; i++) {
      const f = out[i] as Finding;
      if (f.ruleId !== spec.rule || f.productId !== spec.product || f.severity === 'notice') continue;
      used = true;
      out[i] = { ...f, severity: 'notice', message: `Waived until ${spec.expires} by ${w.file} (approved by ${spec.approvedBy}): ${f.message}` };
    }
    if (!used) {
      out.push(
        at(
          '',
          'waiver.unused',
          'warning',
          `Waiver \`${w.name}\` matches no finding of \`${spec.rule}\` for \`${spec.product}\`.`,
          'The product complies now: delete the waiver.',
        ),
      );
    } else if (spec.expires <= soon) {
      out.push(
        at(
          '/spec/expires',
          'waiver.expiring',
          'warning',
          `Waiver \`${w.name}\` expires on ${spec.expires}, within ${WAIVER_WARNING_DAYS} days.`,
          `Fix \`${spec.product}\` before then, or ask the governance group to renew the waiver.`,
        ),
      );
    }
  }
  return out;
}

/** `YYYY-MM-DD` plus `days`, in UTC. Pure date arithmetic: no clock is read. */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
