/** Every internal link of the site is built here, so the link test and the pages agree on one shape. */
export const productPath = (id: string): string => `/products/${encodeURIComponent(id)}/`;
export const domainPath = (name: string): string => `/domains/${encodeURIComponent(name)}/`;
export const teamPath = (name: string): string => `/teams/${encodeURIComponent(name)}/`;
export const productJsonPath = (id: string): string => `/api/products/${encodeURIComponent(id)}.json`;
export const rulePath = (id: string): string => `/governance/#rule-${ruleAnchor(id)}`;

/** An HTML id for a rule (`global.ownership.owner-team` → `global-ownership-owner-team`). */
export function ruleAnchor(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}
