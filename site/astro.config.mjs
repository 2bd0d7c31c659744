// The catalog site: static pages over the catalog export that `mesh site build` writes (MESHPLANE_EXPORT).
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
