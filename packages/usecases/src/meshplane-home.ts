import { fileURLToPath } from 'node:url';

/**
 * The Meshplane installation this code runs from: the folder holding `schemas/`, `policies/` (the governance group's
 * starter rules), `site/` (the Astro project) and `.github/workflows/` (the workflow templates). In this repository it
 * is the repository root (this file is `packages/usecases/{src,dist}/meshplane-home.*`).
 */
export const MESHPLANE_HOME = fileURLToPath(new URL('../../../', import.meta.url));
