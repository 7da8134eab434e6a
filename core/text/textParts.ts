// A very long article is read a part at a time: only one part's tokens are kept while it is read.
// Half a million tokens kept at once would fill the page's memory, and collecting them would
// stall the page for longer than a task may take. Parts end at a paragraph break, where no token
// or sentence goes on, so most articles are one part.

/** Characters after which a part ends, at the next paragraph break. */
export const PART_CHARS = 100_000;

/** The parts of the text as [start, end) offsets, in order; at least one. */
export function textParts(text: string, size = PART_CHARS): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let from = 0;
  do {
    const paragraphBreak = from + size < text.length ? text.indexOf('\n\n', from + size) : -1;
    const to = paragraphBreak < 0 ? text.length : paragraphBreak;
    parts.push([from, to]);
    from = to;
  } while (from < text.length);
  return parts;
}
