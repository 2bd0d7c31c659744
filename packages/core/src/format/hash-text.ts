/**
 * A short, stable digest of a text (32-bit FNV-1a in base 36): for names and markers that must change when the text
 * does, never for security. Pure.
 *
 * @example hashText('podcast.podcast-listeners') // the same seven or fewer characters on every run
 */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h.toString(36);
}
