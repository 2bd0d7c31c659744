/// <reference lib="dom" />
import { matchNames, type NameEntry } from './match-names.js';
import { loadPagefind, renderExcerpt, type Pagefind, type SearchHit } from './pagefind-client.js';

/** Results drawn at once; "More results" draws the next as many. */
const PAGE = 10;
/** Products listed by name above the full-text results. */
const NAMED = 5;
/** The filters offered, in this order, as the search records name them (packages/usecases build-search-records). */
const FILTERS = ['domain', 'archetype', 'lifecycle', 'classification', 'SLO state', 'tag'];

interface SearchView {
  input: HTMLInputElement;
  filters: HTMLElement;
  names: HTMLElement;
  nameList: HTMLOListElement;
  status: HTMLElement;
  textTitle: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
}

/**
 * Starts the home page's search on its form: Pagefind and the names list load at once (not on the first keystroke),
 * every keystroke searches without a debounce (an answer to an older query is dropped). Without filters, the products
 * whose names match are listed at once from the names list; the full-text results follow as Pagefind ranks them, each
 * drawn as soon as its record arrives.
 */
export function startSearch(form: HTMLFormElement, base: string): void {
  const view: SearchView = {
    input: form.querySelector('input[type="search"]')!,
    filters: form.querySelector('.search-filters')!,
    names: form.querySelector('.search-names')!,
    nameList: form.querySelector('.search-name-results')!,
    status: form.querySelector('.search-status')!,
    textTitle: form.querySelector('.search-text-title')!,
    list: form.querySelector('.search-text-results')!,
    more: form.querySelector('.search-more')!,
  };
  const ready = loadPagefind(base);
  let names: readonly NameEntry[] = [];
  void loadNames(base).then((loaded) => (names = loaded));
  let latest = 0;
  let hits: SearchHit[] = [];
  const run = async (): Promise<void> => {
    const asked = ++latest;
    const pagefind = await ready;
    const term = view.input.value.trim();
    const filters = readFilters(view.filters);
    const filtered = Object.keys(filters).length > 0;
    if (!term && !filtered) return clearResults(view);
    drawNames(view, filtered ? [] : matchNames(names, term, NAMED), base);
    const found = await pagefind.search(term || null, { filters });
    if (asked !== latest || !found) return;
    hits = found.results;
    view.list.replaceChildren();
    view.status.textContent = hits.length === 0 ? 'No product matches.' : `${hits.length} ${hits.length === 1 ? 'result' : 'results'}`;
    view.textTitle.hidden = view.names.hidden || hits.length === 0;
    drawHits(view, hits);
  };
  form.addEventListener('submit', (e) => e.preventDefault());
  view.input.addEventListener('input', () => void run());
  view.filters.addEventListener('change', () => void run());
  view.more.addEventListener('click', () => drawHits(view, hits));
  view.more.hidden = true;
  void ready.then((pagefind) => drawFilters(view.filters, pagefind));
  form.hidden = false;
  if (view.input.value) void run();
}

function clearResults(view: SearchView): void {
  drawNames(view, [], '');
  view.textTitle.hidden = true;
  view.list.replaceChildren();
  view.status.textContent = '';
  view.more.hidden = true;
}

/** Appends the next {@link PAGE} hits as list items at once (in order) and fills each as its record arrives. */
function drawHits(view: SearchView, hits: readonly SearchHit[]): void {
  const from = view.list.children.length;
  for (const hit of hits.slice(from, from + PAGE)) {
    const item = document.createElement('li');
    view.list.append(item);
    void hit.data().then((d) => {
      const link = Object.assign(document.createElement('a'), { href: d.url, textContent: d.meta.title ?? d.url });
      const excerpt = document.createElement('p');
      excerpt.append(renderExcerpt(d.excerpt));
      item.append(link, excerpt);
      item.dataset.searchResult = '';
    });
  }
  view.more.hidden = view.list.children.length >= hits.length;
}

/** The names list (`<base>search/names.json`); an empty one when it cannot load (the full-text search still works). */
async function loadNames(base: string): Promise<readonly NameEntry[]> {
  try {
    const response = await fetch(`${base}search/names.json`);
    return response.ok ? ((await response.json()) as NameEntry[]) : [];
  } catch {
    return [];
  }
}

/** The products found by name, each a link to its page with its id, domain and owner; the section hidden when none. */
function drawNames(view: SearchView, found: readonly NameEntry[], base: string): void {
  view.nameList.replaceChildren(
    ...found.map(([id, name, domain, owner]) => {
      const item = document.createElement('li');
      const link = Object.assign(document.createElement('a'), { href: `${base}products/${encodeURIComponent(id)}/`, textContent: name });
      const facts = Object.assign(document.createElement('p'), { textContent: `${id} · ${domain} domain · owned by ${owner}` });
      item.append(link, facts);
      item.dataset.nameResult = '';
      return item;
    }),
  );
  view.names.hidden = found.length === 0;
}

/** One select per filter, each value with its count; "any" first. */
async function drawFilters(box: HTMLElement, pagefind: Pagefind): Promise<void> {
  const all = await pagefind.filters();
  for (const name of FILTERS) {
    const values = all[name];
    if (!values) continue;
    const select = Object.assign(document.createElement('select'), { name });
    select.append(new Option('any', ''));
    for (const [value, count] of Object.entries(values).sort(([a], [b]) => a.localeCompare(b))) select.append(new Option(`${value} (${count})`, value));
    const label = document.createElement('label');
    label.append(name, select);
    box.append(label);
  }
}

/** The chosen filters, by name (Pagefind's `filters` option). */
function readFilters(box: HTMLElement): Record<string, string> {
  return Object.fromEntries(
    Array.from(box.querySelectorAll('select'))
      .filter((s) => s.value)
      .map((s) => [s.name, s.value]),
  );
}
