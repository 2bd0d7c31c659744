import type { ProductChange } from './change-types.js';
import { covers, declaredBump, effectiveBump, nextVersion } from './classify-product-changes.js';

/**
 * The bump a modified product made and the bump its changes require, in words; the version to use when it falls
 * short. Empty for an added or removed product, which has no bump to judge.
 *
 * @example
 * describeBump({ status: 'modified', baseVersion: '2.1.1', headVersion: '3.0.0', requiredBump: 'patch', ... });
 * // 'major bump made, patch required'
 */
export function describeBump(p: ProductChange): string {
  if (p.status !== 'modified' || !p.baseVersion || !p.headVersion) return '';
  const required = effectiveBump(p.baseVersion, p.requiredBump);
  const made = declaredBump(p.baseVersion, p.headVersion);
  if (required === 'none') return made === 'none' ? 'no bump required' : `${made === 'backwards' ? 'version went down' : `${made} bump made`}, none required`;
  const use = `use ${nextVersion(p.baseVersion, p.requiredBump)}`;
  if (made === 'backwards') return `version went down, ${required} required, ${use}`;
  if (made === 'none') return `no bump made, ${required} required, ${use}`;
  return `${made} bump made, ${required} required${covers(made, required) ? '' : `, ${use}`}`;
}
