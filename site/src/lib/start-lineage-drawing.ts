/// <reference lib="dom" />
import { startLineageFocus } from './lineage-focus.js';
import { startLineageZoom } from './lineage-zoom.js';

/** Zoom, pan and neighbourhood focus for one drawn lineage graph (a `.graph` frame around an SVG). */
export function startLineageDrawing(frame: HTMLElement): void {
  const tools = startLineageZoom(frame);
  if (!tools) return;
  const status = document.createElement('output');
  status.setAttribute('aria-live', 'polite');
  tools.append(status);
  startLineageFocus(frame, status);
}
