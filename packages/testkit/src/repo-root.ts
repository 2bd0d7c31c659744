import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

/** The Meshplane repository's root folder (where `catalog/` holds the example mesh). */
export const REPO_ROOT: string = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
