import { readdirSync, readFileSync, rmSync, renameSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TempRepo } from '@meshplane/testkit';

/** Edits of the fixture repository's work tree, for the scenarios. */
export const edits = {
  /** Copies a product's files to a new id (the id and name replaced everywhere in them); not its agreements. */
  copyProduct(from: string, to: string, edit: (text: string) => string = (s) => s): (r: TempRepo) => void {
    return (r) => {
      const [domain, name] = from.split('.') as [string, string];
      const [toDomain, toName] = to.split('.') as [string, string];
      const dir = join(r.dir, 'catalog', domain, name);
      for (const file of readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isFile() ? [e.name] : []))) {
        const text = readFileSync(join(dir, file), 'utf8').replaceAll(from, to).replaceAll(name, toName);
        r.write(`catalog/${toDomain}/${toName}/${file}`, file === 'product.yaml' ? edit(text) : text);
      }
    };
  },
  /** Rewrites one file with `edit`. */
  file(path: string, edit: (text: string) => string): (r: TempRepo) => void {
    return (r) => r.write(path, edit(readFileSync(join(r.dir, path), 'utf8')));
  },
  remove(path: string): (r: TempRepo) => void {
    return (r) => rmSync(join(r.dir, path), { recursive: true, force: true });
  },
  move(from: string, to: string): (r: TempRepo) => void {
    return (r) => {
      mkdirSync(dirname(join(r.dir, to)), { recursive: true });
      renameSync(join(r.dir, from), join(r.dir, to));
    };
  },
  all(...steps: Array<(r: TempRepo) => void>): (r: TempRepo) => void {
    return (r) => {
      for (const s of steps) s(r);
    };
  },
};

/** The 1-based line of the first line of `path` containing `needle`. */
export function lineOf(r: TempRepo, path: string, needle: string): number {
  const i = readFileSync(join(r.dir, path), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`${needle} not in ${path}`);
  return i + 1;
}
