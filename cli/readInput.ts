// Reading pages from disk with clear errors: missing files, binary junk, empty files, gzip.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export class InputError extends Error {}

/** The share of replacement characters or NULs above which a file is not text. */
const JUNK_SHARE = 0.02;

function decodeHtml(bytes: Buffer, name: string): string {
  if (bytes.length === 0) throw new InputError(`${name}: the file is empty`);
  const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  const text = raw.toString('utf8');
  let junk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || c === 0) junk++;
  }
  if (junk > text.length * JUNK_SHARE) throw new InputError(`${name}: not an HTML or text file (binary or not UTF-8)`);
  return text;
}

export function readHtmlFile(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT'
        ? `${path}: no such file`
        : code === 'EISDIR'
          ? `${path}: is a directory`
          : `${path}: cannot read (${code ?? 'error'})`,
    );
  }
  return decodeHtml(bytes, path);
}
