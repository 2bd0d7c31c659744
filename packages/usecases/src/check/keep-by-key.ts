import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/**
 * A folder of values kept by key between runs (`<key>.v8`, written whole and renamed into place), holding the `keep`
 * most recently used. A value that is missing, unreadable, or written in another format reads as undefined: the
 * caller works it out again. Nothing here is ever a source of truth.
 */
export interface KeptValues<T> {
  read(key: string): T | undefined;
  write(key: string, value: T): void;
}

export function keepByKey<T>(dir: string, format: string, keep: number): KeptValues<T> {
  return {
    read(key) {
      const file = join(dir, `${key}.v8`);
      try {
        const stored = deserialize(readFileSync(file)) as { format?: string; key?: string; value?: T };
        if (stored.format !== format || stored.key !== key || stored.value === undefined) return undefined;
        const now = new Date();
        utimesSync(file, now, now);
        return stored.value;
      } catch {
        return undefined;
      }
    },
    write(key, value) {
      try {
        mkdirSync(dir, { recursive: true });
        const file = join(dir, `${key}.v8`);
        writeFileSync(`${file}.${process.pid}.tmp`, serialize({ format, key, value }));
        renameSync(`${file}.${process.pid}.tmp`, file);
        const kept = readdirSync(dir)
          .filter((f) => f.endsWith('.v8'))
          .map((f) => ({ f, at: statSync(join(dir, f)).mtimeMs }))
          .sort((a, b) => b.at - a.at);
        for (const { f } of kept.slice(keep)) rmSync(join(dir, f), { force: true });
      } catch {
        // A value that cannot be kept only costs the next run the time to work it out.
      }
    },
  };
}
