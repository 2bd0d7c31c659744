import { colourDomain, hueOfDomain, type LineageEdgeDrawing, type LineageLayout } from './lineage-drawing.js';

const PAD = 8;

const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** `edge`, and `edge-<kind>` when the edge has a kind (letters, digits and `-` only: a kind is a class name). */
function classifyEdge(e: LineageEdgeDrawing): string {
  const kind = e.kind?.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  return kind ? `edge edge-${kind}` : 'edge';
}

/**
 * A laid-out lineage graph as SVG markup: every box is a link to its page, with a title naming the product. One
 * renderer for the pages (at build time) and the lineage explorer (in the browser), so both draw alike. Every text is
 * escaped: names come from manifests. Boxes carry their index (`data-node`) and edges the indexes of their ends
 * (`data-from`, `data-to`), for the drawing's script (focus on a box's neighbours, lineage-focus.ts); the SVG's
 * viewBox is the whole drawing, which the zoom script (lineage-zoom.ts) fits to its frame.
 */
export function renderLineageSvg(layout: LineageLayout, label: string): string {
  // The arrowhead's id is the drawing's own: a page with two drawings must not hold one id twice.
  const arrow = `arrow-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  const index = new Map(layout.nodes.map((n, i) => [n.id, i]));
  const groups = layout.groups.map(
    (g) =>
      `<g class="domain-box"><rect x="${g.x}" y="${g.y}" width="${g.width}" height="${g.height}" rx="8" fill="none" stroke="#999" stroke-dasharray="4 3"></rect>` +
      `<text x="${g.x + 10}" y="${g.y + 18}" class="domain-label">${escapeXml(g.domain)}</text></g>`,
  );
  const edges = layout.edges.map(
    (e) =>
      `<path d="${e.path}" class="${classifyEdge(e)}" data-from="${index.get(e.from) ?? -1}" data-to="${index.get(e.to) ?? -1}" fill="none" stroke="#555" stroke-width="1.4" marker-end="url(#${arrow})"></path>`,
  );
  const nodes = layout.nodes.map(
    (n, i) =>
      `<a href="${escapeXml(n.href)}" class="${n.focus ? 'node focus' : 'node'}" data-node="${i}" style="--hue:${hueOfDomain(n.domain)}"><title>${escapeXml(`${n.label} (${n.id})`)}</title>` +
      `<rect x="${n.x}" y="${n.y}" width="${n.width}" height="${n.height}" rx="6" fill="${colourDomain(n.domain)}" stroke="${n.focus ? '#1d4e89' : '#666'}" stroke-width="${n.focus ? 3 : 1}"></rect>` +
      `<text x="${n.x + n.width / 2}" y="${n.y + n.height / 2 + 4}" text-anchor="middle">${escapeXml(n.label)}</text></a>`,
  );
  const [w, h] = [layout.width + 2 * PAD, layout.height + 2 * PAD];
  return (
    `<svg viewBox="${-PAD} ${-PAD} ${w} ${h}" width="${w}" height="${h}" role="group" aria-label="${escapeXml(label)}">` +
    `<defs><marker id="${arrow}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#555"></path></marker></defs>` +
    `${groups.join('')}${edges.join('')}${nodes.join('')}</svg>`
  );
}
