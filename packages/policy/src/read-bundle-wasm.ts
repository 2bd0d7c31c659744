import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { PolicyError } from './policy-error.js';

/**
 * The `/policy.wasm` of a bundle written by `opa build -t wasm` (a gzipped tar). A tar archive is 512-byte headers,
 * each followed by its file's data padded to 512 bytes, so it is read here rather than through a tar binary.
 */
export function readBundleWasm(bundlePath: string): Uint8Array {
  const tar = gunzipSync(readFileSync(bundlePath));
  const field = (off: number, len: number): string =>
    tar
      .subarray(off, off + len)
      .toString('utf8')
      .replace(/\0.*$/s, '');
  for (let off = 0; off + 512 <= tar.length;) {
    const name = field(off, 100);
    if (name === '') break;
    const size = parseInt(field(off + 124, 12).trim() || '0', 8);
    if (name.replace(/^\/+/, '') === 'policy.wasm') return new Uint8Array(tar.subarray(off + 512, off + 512 + size));
    off += 512 + Math.ceil(size / 512) * 512;
  }
  throw new PolicyError('opa build produced no policy.wasm in its bundle.', 'bad-bundle');
}
