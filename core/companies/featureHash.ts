// The tagger's features are 32-bit hashes, not strings: a feature such as "the word before is
// `shares`" is the hash of its template mixed with the hash of the word, so reading a sentence
// builds no strings, and the stored weights are keyed by numbers. With tens of thousands of
// features, two colliding is rare and costs no more than a little noise.

/** FNV-1a over the string's UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Two hashes combined into one (order matters), spread over all 32 bits. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
