// The lines of a stream, each at most `maxChars` long: a longer line is skipped as it streams
// (never held whole), and reported as too long in its place, so one huge record cannot exhaust
// the memory of a batch.
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

export type Line = { text: string } | { tooLong: true };

export async function* jsonLines(input: Readable, maxChars: number): AsyncGenerator<Line> {
  const decoder = new StringDecoder('utf8');
  let line = '';
  let skipping = false;
  const take = function* (text: string): Generator<Line> {
    let from = 0;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', from)) {
      const piece = text.slice(from, at);
      if (skipping || line.length + piece.length > maxChars) yield { tooLong: true };
      else yield { text: (line + piece).replace(/\r$/, '') };
      line = '';
      skipping = false;
      from = at + 1;
    }
    const rest = text.slice(from);
    if (skipping || line.length + rest.length > maxChars) {
      skipping = true;
      line = '';
    } else line += rest;
  };
  for await (const chunk of input) yield* take(typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer));
  yield* take(decoder.end());
  if (skipping) yield { tooLong: true };
  else if (line) yield { text: line.replace(/\r$/, '') };
}
