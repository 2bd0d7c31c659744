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
  edges: LineageEdgeDrawing[];
}

/**
 * One drawn edge: producer, consumer, its SVG path, and optionally what kind of lineage it is (for instance declared,
 * observed or drifted), drawn as the class `edge-<kind>` beside `edge` so a stylesheet can tell kinds apart.
 */
export interface LineageEdgeDrawing {
  from: string;
  to: string;
  path: string;
  kind?: string;
}

export const NODE_HEIGHT = 34;
const CHAR_WIDTH = 7.2;

/** Width of a node for its label at the site's 12 px font, so labels are never cut. */
export function measureLabel(label: string): number {
  return Math.ceil(label.length * CHAR_WIDTH + 24);
}

/** A stable hue per domain (0–359), so a domain keeps its colour on every page and in both themes. */
export function hueOfDomain(domain: string): number {
  let h = 0;
  for (const ch of domain) h = (h * 31 + ch.charCodeAt(0)) % 360;
  return h;
}

/**
 * The light theme's pastel fill per domain (text stays dark for contrast). The drawing also carries the hue as the CSS
 * variable `--hue`, so the dark theme (components.css) darkens the fill and lightens the text for the same contrast.
 */
export function colourDomain(domain: string): string {
  return `hsl(${hueOfDomain(domain)} 70% 88%)`;
}
