import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes the files all or none: each to a temporary name beside it first, then every one renamed into place, so a
 * failure half-way (a full disk, a bad path) leaves no half-written file under its real name.
 */
export function writeFilesWhole(files: readonly { file: string; text: string }[]): void {
  for (const f of files) {
    mkdirSync(dirname(f.file), { recursive: true });
    writeFileSync(`${f.file}.tmp`, f.text);
  }
  for (const f of files) renameSync(`${f.file}.tmp`, f.file);
}
