/// <reference lib="dom" />
import { findDirectNeighbours } from './direct-neighbours.js';

/**
 * Neighbourhood focus on a lineage drawing: pointing at a box or moving the keyboard focus onto it keeps that box, its
 * direct neighbours (upstream and downstream) and the edges between them bright and dims the rest; the line above the
 * drawing names it. Escape, or leaving the drawing, shows everything again. Boxes stay links: a click opens the page.
 */
export function startLineageFocus(frame: HTMLElement, status: HTMLOutputElement): void {
  const svg = frame.querySelector('svg');
  if (!svg) return;
  const boxes = Array.from(svg.querySelectorAll<SVGAElement>('a.node'));
  const lines = Array.from(svg.querySelectorAll<SVGPathElement>('path.edge'));
  const ends = lines.map((l) => [Number(l.dataset.from), Number(l.dataset.to)] as const);
  const clear = (): void => {
    frame.classList.remove('focusing');
    for (const el of [...boxes, ...lines]) el.classList.remove('near', 'selected');
    status.textContent = '';
  };
  const select = (index: number): void => {
    const near = findDirectNeighbours(ends, index);
    frame.classList.add('focusing');
    boxes.forEach((b, i) => {
      b.classList.toggle('near', near.nodes.has(i));
      b.classList.toggle('selected', i === index);
    });
    lines.forEach((l, i) => l.classList.toggle('near', near.edges.has(i)));
    const name = boxes[index]?.querySelector('text')?.textContent ?? '';
    const count = near.nodes.size - 1;
    status.textContent = `${name}: ${count} direct ${count === 1 ? 'neighbour' : 'neighbours'} highlighted`;
  };
  boxes.forEach((box, i) => {
    box.addEventListener('pointerenter', () => select(i));
    box.addEventListener('focus', () => select(i));
  });
  frame.addEventListener('pointerleave', clear);
  frame.addEventListener('focusout', (e) => {
    if (!frame.contains(e.relatedTarget as Node | null)) clear();
  });
  frame.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') clear();
  });
}
