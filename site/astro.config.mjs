// The catalog site: static pages over the catalog export that `mesh site build` writes (MESHPLANE_EXPORT).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';

// In the installed package there is no @meshplane/core workspace package: scripts/pack-mesh.mjs bundles it beside
// this file. In the repository the file is absent and the workspace package resolves as usual.
const packagedCore = fileURLToPath(new URL('./meshplane-core.js', import.meta.url));

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: {
    // Every script a file of its own (never inlined): a page's HTML then holds no script text at all, which the
    // hostile-content test checks, and the search's dynamic import of Pagefind keeps Vite's preload helper.
    build: { assetsInlineLimit: 0 },
    ...(existsSync(packagedCore) ? { resolve: { alias: { '@meshplane/core': packagedCore } } } : {}),
  },
});
