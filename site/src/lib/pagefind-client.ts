/**
 * The few calls of Pagefind's JS API the site's search uses (https://pagefind.app/docs/api/), loaded once from the
 * site's own bundle (`<base>pagefind/pagefind.js`, written by `mesh site build`) and started early: the wasm, the
 * index entry and the filter index then load while the page is read, not after the first keystroke.
 */

/** One result's stored record: its link, an excerpt with `<mark>` around the words found, and its title. */
export interface SearchHitData {
  url: string;
  excerpt: string;
  meta: { title?: string; owner?: string };
}

export interface SearchHit {
  id: string;
  data(): Promise<SearchHitData>;
}

/** The part of the `pagefind` module the site calls. */
export interface Pagefind {
  options(o: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string | null, o?: { filters?: Record<string, string> }): Promise<{ results: SearchHit[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;

/** Imports and initialises Pagefind from `<base>pagefind/`, once per page; later calls share the first promise. */
export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // Result links start with the base path (the records' URLs start at `/`).
    await pagefind.options({ baseUrl: base, excerptLength: 24 });
    await pagefind.init();
    // init() only starts Pagefind: its wasm and the index's metadata load on the first search. A search for a word no
    // product holds loads them now, so the reader's first search finds them ready.
    await pagefind.search('meshplane-warm-up');
    return pagefind;
  })();
  return loading;
}

/**
 * An excerpt as DOM nodes: only its text and Pagefind's `<mark>` highlights, whatever else the indexed text held. The
 * excerpt is parsed in an inert document (DOMParser runs no script and loads nothing), then rebuilt from text nodes.
 */
export function renderExcerpt(excerpt: string): DocumentFragment {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body;
  const out = document.createDocumentFragment();
  for (const node of Array.from(parsed.firstChild?.childNodes ?? [])) {
    const text = document.createTextNode(node.textContent ?? '');
    if (node.nodeName === 'MARK') out.append(Object.assign(document.createElement('mark'), { textContent: text.data }));
    else out.append(text);
  }
  return out;
}
