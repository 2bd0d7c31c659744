/**
 * The shapes shared by every lineage drawing, with no layout engine attached: the lineage explorer's browser script
 * imports this file, and must not pull elkjs (1.5 MB) in with it.
 */

/** A box to draw (a product or a domain): its id, label, domain, the page it links to, and whether the graph is about it. */
export interface LineageNodeInput {
  id: string;
  label: string;
  domain: string;
  href: string;
  focus?: boolean;
}

/** A laid-out graph, in pixels, ready to be drawn as SVG. */
export interface LineageLayout {
  width: number;
  height: number;
  nodes: { id: string; label: string; domain: string; href: string; focus: boolean; x: number; y: number; width: number; height: number }[];
  groups: { domain: string; x: number; y: number; width: number; height: number }[];
  edges: { from: string; to: string; path: string }[];
}

export const NODE_HEIGHT = 34;
const CHAR_WIDTH = 7.2;

/** Width of a node for its label at the site's 12 px font, so labels are never cut. */
export function measureLabel(label: string): number {
  return Math.ceil(label.length * CHAR_WIDTH + 24);
}

/** A stable pastel fill per domain, so a domain keeps its colour on every page (text stays dark for contrast). */
export function colourDomain(domain: string): string {
  let h = 0;
  for (const ch of domain) h = (h * 31 + ch.charCodeAt(0)) % 360;
  return `hsl(${h} 70% 88%)`;
}
