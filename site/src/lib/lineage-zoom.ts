/// <reference lib="dom" />
/**
 * Zoom and pan for a lineage drawing, in the browser: the SVG's viewBox is the view. On start the drawing fits its
 * frame whole (the viewBox is the drawing's bounds and the SVG fills the frame, aspect kept), then the wheel, a pinch,
 * a drag, the buttons and the keyboard (+, -, 0, arrows) move the viewBox. Without JavaScript the drawing keeps its
 * natural size in a scrollable frame.
 */

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** How far one step of the buttons, keys or wheel zooms. */
const STEP = 1.25;
/** The closest view shows this share of the drawing's width (at least 40 units); the farthest, twice the drawing. */
const CLOSEST = 1 / 40;
const FARTHEST = 2;

const readBox = (svg: SVGSVGElement): Box => {
  const [x = 0, y = 0, w = 1, h = 1] = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  return { x, y, w, h };
};

/** A view `factor` times closer around a point given as fractions (0–1) of the frame, clamped to sane bounds. */
export function zoomBox(view: Box, whole: Box, factor: number, at: { fx: number; fy: number }): Box {
  const w = Math.min(whole.w * FARTHEST, Math.max(Math.min(whole.w, Math.max(40, whole.w * CLOSEST)), view.w / factor));
  const h = (view.h * w) / view.w;
  return { x: view.x + (view.w - w) * at.fx, y: view.y + (view.h - h) * at.fy, w, h };
}

/**
 * Makes the drawing in `frame` zoomable: fits it, adds the buttons before it, wires wheel, pointer and keys. Returns
 * the buttons' bar (undefined when there is no drawing, or it is zoomable already).
 */
export function startLineageZoom(frame: HTMLElement): HTMLElement | undefined {
  const svg = frame.querySelector('svg');
  if (!svg || frame.classList.contains('zoomable')) return undefined;
  const whole = readBox(svg);
  let view = whole;
  const show = (next: Box): void => {
    view = next;
    svg.setAttribute('viewBox', `${next.x} ${next.y} ${next.w} ${next.h}`);
  };
  frame.classList.add('zoomable');
  svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  fitFrameHeight(frame, whole);
  frame.tabIndex = 0;
  frame.setAttribute('aria-label', `${svg.getAttribute('aria-label') ?? 'Lineage'}: zoom with + and -, move with the arrow keys, 0 fits`);
  const zoom = (factor: number, at = { fx: 0.5, fy: 0.5 }): void => show(zoomBox(view, whole, factor, at));
  const tools = drawTools({ zoomIn: () => zoom(STEP), zoomOut: () => zoom(1 / STEP), fit: () => show(whole) });
  frame.before(tools);
  frame.addEventListener(
    'wheel',
    (e) => {
      e.preventDefault();
      const r = svg.getBoundingClientRect();
      zoom(e.deltaY < 0 ? STEP : 1 / STEP, { fx: (e.clientX - r.left) / r.width, fy: (e.clientY - r.top) / r.height });
    },
    { passive: false },
  );
  frame.addEventListener('keydown', (e) => {
    const pan = { ArrowLeft: [-0.1, 0], ArrowRight: [0.1, 0], ArrowUp: [0, -0.1], ArrowDown: [0, 0.1] }[e.key];
    if (pan) show({ ...view, x: view.x + (pan[0] ?? 0) * view.w, y: view.y + (pan[1] ?? 0) * view.h });
    else if (e.key === '+' || e.key === '=') zoom(STEP);
    else if (e.key === '-') zoom(1 / STEP);
    else if (e.key === '0') show(whole);
    else return;
    e.preventDefault();
  });
  trackPointers(frame, svg, {
    pan: (dx, dy) => show({ ...view, x: view.x - dx * scaleOf(svg, view), y: view.y - dy * scaleOf(svg, view) }),
    pinch: (factor, fx, fy) => zoom(factor, { fx, fy }),
  });
  window.addEventListener('resize', () => fitFrameHeight(frame, whole));
  return tools;
}

/** Drawing units per screen pixel at the current view (the SVG meets its frame, so the larger ratio applies). */
function scaleOf(svg: SVGSVGElement, view: Box): number {
  const r = svg.getBoundingClientRect();
  return Math.max(view.w / Math.max(1, r.width), view.h / Math.max(1, r.height));
}

/** The frame as tall as the drawing is at the frame's width, between 12 rem and 75 % of the window. */
function fitFrameHeight(frame: HTMLElement, whole: Box): void {
  const natural = (frame.clientWidth * whole.h) / whole.w;
  frame.style.height = `${Math.round(Math.max(192, Math.min(window.innerHeight * 0.75, natural, whole.h)))}px`;
}

function drawTools(actions: { zoomIn: () => void; zoomOut: () => void; fit: () => void }): HTMLElement {
  const tools = Object.assign(document.createElement('div'), { className: 'graph-tools' });
  const button = (text: string, label: string, run: () => void): HTMLButtonElement => {
    const b = Object.assign(document.createElement('button'), { type: 'button', textContent: text });
    b.setAttribute('aria-label', label);
    b.addEventListener('click', run);
    return b;
  };
  tools.append(button('+', 'Zoom in', actions.zoomIn), button('−', 'Zoom out', actions.zoomOut), button('Fit', 'Fit the whole drawing', actions.fit));
  return tools;
}

/**
 * One pointer drags the view, two pinch it. A drag of more than a few pixels is not a click: the box under it is not
 * opened when the button is released.
 */
function trackPointers(
  frame: HTMLElement,
  svg: SVGSVGElement,
  on: { pan: (dx: number, dy: number) => void; pinch: (f: number, fx: number, fy: number) => void },
): void {
  const down = new Map<number, { x: number; y: number }>();
  let moved = 0;
  frame.addEventListener('pointerdown', (e) => {
    down.set(e.pointerId, { x: e.clientX, y: e.clientY });
    moved = 0;
  });
  frame.addEventListener('pointermove', (e) => {
    const last = down.get(e.pointerId);
    if (!last) return;
    if (down.size === 1) {
      moved += Math.abs(e.clientX - last.x) + Math.abs(e.clientY - last.y);
      if (moved > 4) {
        frame.setPointerCapture(e.pointerId);
        on.pan(e.clientX - last.x, e.clientY - last.y);
      }
    } else if (down.size === 2) {
      const other = [...down.entries()].find(([id]) => id !== e.pointerId)?.[1];
      if (other) {
        const before = Math.hypot(last.x - other.x, last.y - other.y);
        const after = Math.hypot(e.clientX - other.x, e.clientY - other.y);
        const r = svg.getBoundingClientRect();
        if (before > 0) on.pinch(after / before, ((e.clientX + other.x) / 2 - r.left) / r.width, ((e.clientY + other.y) / 2 - r.top) / r.height);
        moved = 99;
      }
    }
    down.set(e.pointerId, { x: e.clientX, y: e.clientY });
  });
  const up = (e: PointerEvent): void => void down.delete(e.pointerId);
  frame.addEventListener('pointerup', up);
  frame.addEventListener('pointercancel', up);
  frame.addEventListener(
    'click',
    (e) => {
      if (moved > 4) e.preventDefault();
      moved = 0;
    },
    true,
  );
}
