/// <reference lib="dom" />
// Functions passed to page.evaluate run in the browser, so this file also sees the DOM types.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { findSeriousA11yViolations, launchChromium, serveSite } from './browser.js';

// The portal's look in Chromium: dark mode and the theme switch, tables that keep ids and dates on one line, no page
// wider than a phone, and the lineage map fitted into its frame, zoomable and focusable.

let browser: Browser;
let site: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  site = await serveSite(inject('siteDir'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function openPage(options: { width: number; dark?: boolean; js?: boolean }, path: string): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({
    viewport: { width: options.width, height: 800 },
    colorScheme: options.dark ? 'dark' : 'light',
    javaScriptEnabled: options.js ?? true,
  });
  const page = await context.newPage();
  await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
  return { page, context };
}

/** The body's background and text colours as computed, and their WCAG contrast ratio. */
const readColours = (page: Page) =>
  page.evaluate(() => {
    const rgb = (c: string): number[] => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: number[]): number =>
      c.map((v) => v / 255).reduce((sum, v, i) => sum + [0.2126, 0.7152, 0.0722][i]! * (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4), 0);
    const style = getComputedStyle(document.body);
    const [a, b] = [lum(rgb(style.backgroundColor)), lum(rgb(style.color))];
    return { background: style.backgroundColor, text: style.color, contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05), bgLuminance: a };
  });

const MAIN_PAGES = ['/', '/products/podcast.podcast-listeners/', '/lineage/', '/slo/', '/domains/podcast/', '/governance/'];

describe('dark mode', () => {
  it('follows the system preference: other background and text colours, contrast kept, no serious axe violation', async () => {
    const light = await openPage({ width: 1280 }, '/');
    const dark = await openPage({ width: 1280, dark: true }, '/');
    const [l, d] = [await readColours(light.page), await readColours(dark.page)];
    expect(d.background).not.toBe(l.background);
    expect(d.text).not.toBe(l.text);
    expect(d.bgLuminance).toBeLessThan(0.05);
    expect(l.bgLuminance).toBeGreaterThan(0.8);
    for (const c of [l, d]) expect(c.contrast).toBeGreaterThanOrEqual(7);
    const found: string[] = [];
    for (const path of MAIN_PAGES) {
      await dark.page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
      found.push(...(await findSeriousA11yViolations(dark.page)).map((v) => `dark ${path} ${v}`));
    }
    await dark.page.goto(`${site.url}/`, { waitUntil: 'networkidle' });
    await dark.page.getByLabel('Search data products').fill('podcast');
    await dark.page.locator('#search [data-search-result]').first().waitFor();
    found.push(...(await findSeriousA11yViolations(dark.page)).map((v) => `dark search results ${v}`));
    expect(found).toEqual([]);
    await light.context.close();
    await dark.context.close();
  });

  it('has a switch that overrides the system and is remembered; without JavaScript the system theme applies', async () => {
    const { page, context } = await openPage({ width: 1280 }, '/slo/');
    const lightBg = (await readColours(page)).background;
    const button = page.locator('#theme-switch');
    expect(await button.textContent()).toBe('Theme: system');
    while ((await button.textContent()) !== 'Theme: dark') await button.click();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect((await readColours(page)).bgLuminance).toBeLessThan(0.05);
    await page.goto(`${site.url}/governance/`, { waitUntil: 'networkidle' });
    expect((await readColours(page)).bgLuminance).toBeLessThan(0.05);
    expect(await findSeriousA11yViolations(page)).toEqual([]);
    await button.click();
    expect(await button.textContent()).toBe('Theme: system');
    expect((await readColours(page)).background).toBe(lightBg);
    await context.close();
    const noJs = await openPage({ width: 1280, dark: true, js: false }, '/');
    expect((await readColours(noJs.page)).bgLuminance).toBeLessThan(0.05);
    expect(await noJs.page.locator('#theme-switch').isHidden()).toBe(true);
    await noJs.context.close();
  });
});

describe('layout', () => {
  it('keeps every id, date, state and value of /slo/ on one line, at phone and desktop width', async () => {
    for (const width of [390, 1280]) {
      const { page, context } = await openPage({ width }, '/slo/');
      const wrapped = await page.evaluate(() => {
        const cells = Array.from(document.querySelectorAll('main td.nowrap, main td time, main td .state, main td code'));
        return {
          checked: cells.length,
          wrapped: cells.flatMap((el) => {
            const range = document.createRange();
            range.selectNodeContents(el);
            const tops = new Set(
              Array.from(range.getClientRects())
                .filter((r) => r.height > 0)
                .map((r) => Math.round(r.top / 4)),
            );
            return tops.size > 1 ? [el.textContent ?? ''] : [];
          }),
        };
      });
      expect(wrapped.checked).toBeGreaterThan(40);
      expect(wrapped.wrapped, `width ${width}`).toEqual([]);
      await context.close();
    }
  });

  it('scrolls no page sideways at 360 px (tables and drawings scroll inside their frames)', async () => {
    const wide: string[] = [];
    for (const path of MAIN_PAGES) {
      const { page, context } = await openPage({ width: 360 }, path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) wide.push(`${path}: ${overflow} px`);
      await context.close();
    }
    expect(wide).toEqual([]);
  });
});

describe('the mesh map', () => {
  it('fits every box of every drawing on /lineage/ inside the visible drawing, at desktop and phone width', async () => {
    for (const width of [1280, 390]) {
      const { page, context } = await openPage({ width }, '/lineage/');
      const outside = await page.evaluate(() => {
        const bad: string[] = [];
        const frames = Array.from(document.querySelectorAll<HTMLElement>('[data-lineage-drawing].zoomable'));
        for (const frame of frames) {
          const view = frame.getBoundingClientRect();
          if (view.right > window.innerWidth + 1) bad.push(`frame wider than the window: ${view.right}`);
          for (const rect of Array.from(frame.querySelectorAll('.node rect'))) {
            const r = rect.getBoundingClientRect();
            if (r.left < view.left - 1 || r.right > view.right + 1 || r.top < view.top - 1 || r.bottom > view.bottom + 1)
              bad.push(rect.parentElement?.textContent ?? '?');
          }
        }
        return { frames: frames.length, boxes: frames.reduce((n, f) => n + f.querySelectorAll('.node').length, 0), bad };
      });
      expect(outside.frames).toBe(2);
      expect(outside.boxes).toBeGreaterThan(40);
      expect(outside.bad, `width ${width}`).toEqual([]);
      await context.close();
    }
  });

  it('zooms with the buttons, the keyboard and the wheel, and fits again', async () => {
    const { page, context } = await openPage({ width: 1280 }, '/lineage/');
    const frame = page.locator('[data-lineage-drawing]').first();
    const width = async (): Promise<number> => Number((await frame.locator('svg').getAttribute('viewBox'))?.split(' ')[2]);
    const whole = await width();
    await page.getByRole('button', { name: 'Zoom in' }).first().click();
    expect(await width()).toBeCloseTo(whole / 1.25, 1);
    await frame.focus();
    await page.keyboard.press('+');
    expect(await width()).toBeCloseTo(whole / 1.25 ** 2, 1);
    const box = (await frame.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 200);
    await expect.poll(width).toBeCloseTo(whole / 1.25, 1);
    await page.keyboard.press('0');
    expect(await width()).toBe(whole);
    await context.close();
  });

  it("focuses on a box's direct neighbours and dims the rest", async () => {
    const { page, context } = await openPage({ width: 1280 }, '/lineage/');
    const frame = page.locator('[data-lineage-drawing]').nth(1);
    const node = frame.locator('a.node[href="/products/podcast.podcast-listeners/"]');
    await node.hover();
    const state = await frame.evaluate((f) => ({
      focusing: f.classList.contains('focusing'),
      selected: Array.from(f.querySelectorAll('a.node.selected')).map((a) => a.getAttribute('href')),
      near: f.querySelectorAll('a.node.near').length,
      dimmed: Array.from(f.querySelectorAll('a.node:not(.near)')).filter((a) => Number(getComputedStyle(a).opacity) < 0.5).length,
      all: f.querySelectorAll('a.node').length,
    }));
    expect(state.focusing).toBe(true);
    expect(state.selected).toEqual(['/products/podcast.podcast-listeners/']);
    // Podcast listeners reads two products and is read by one (the example mesh).
    expect(state.near).toBeGreaterThanOrEqual(3);
    expect(state.dimmed).toBe(state.all - state.near);
    expect(await page.locator('.graph-tools output').nth(1).textContent()).toMatch(/^Podcast listeners: \d+ direct neighbours highlighted$/);
    await page.keyboard.press('Escape');
    await page.mouse.move(0, 0);
    expect(await frame.evaluate((f) => f.classList.contains('focusing'))).toBe(false);
    await context.close();
  });
});
