// Reading pages with clear errors: missing files, binary junk, empty files, gzip, pages too large,
// and pages in the encoding they declare (a byte order mark, or `<meta charset>`) rather than
// UTF-8 only.
import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';

export class InputError extends Error {}

/** The largest page read, in bytes, packed or not: far past any news page, short of running out of memory. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** The share of replacement characters or NULs above which a file is not text. */
const JUNK_SHARE = 0.02;
/** How far into a page its `<meta charset>` is looked for (the HTML standard's prescan reads 1,024 bytes). */
const PRESCAN_BYTES = 1024;

const MB = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;

/** The encoding a page's bytes declare: a byte order mark first, then a `<meta>` near the top; UTF-8 otherwise. */
function declaredEncoding(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = bytes.subarray(0, PRESCAN_BYTES).toString('latin1');
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta?.[1]?.toLowerCase() ?? 'utf-8';
}

function decode(bytes: Buffer, name: string): string {
  let encoding = declaredEncoding(bytes);
  // A page that declares UTF-16 in its markup is ASCII-compatible, so it is not UTF-16 (as browsers read it).
  if (encoding.startsWith('utf-16') && !(bytes[0] === 0xff || bytes[0] === 0xfe)) encoding = 'utf-8';
  // iconv-lite, not Node's TextDecoder, which reads windows-1252's 0x80–0x9F as control characters.
  const text = iconv.decode(bytes, iconv.encodingExists(encoding) ? encoding : 'utf-8');
  let junk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || c === 0) junk++;
  }
  if (junk > text.length * JUNK_SHARE)
    throw new InputError(`${name}: not an HTML or text file (binary, or not in the encoding it declares)`);
  return text;
}

/** A page's text from its bytes: unpacked where gzipped (never past MAX_INPUT_BYTES), decoded as it declares. */
function decodeHtml(bytes: Buffer, name: string): string {
  if (bytes.length === 0) throw new InputError(`${name}: the file is empty`);
  if (bytes.length > MAX_INPUT_BYTES) throw new InputError(`${name}: larger than ${MB(MAX_INPUT_BYTES)}, which Lede does not read`);
  let raw = bytes;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      raw = gunzipSync(bytes, { maxOutputLength: MAX_INPUT_BYTES });
    } catch (error) {
      const tooLarge = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError;
      throw new InputError(
        tooLarge ? `${name}: unpacks to more than ${MB(MAX_INPUT_BYTES)}, which Lede does not read` : `${name}: not a valid gzip file`,
      );
    }
  }
  return decode(raw, name);
}

export function readHtmlFile(path: string): string {
  let bytes: Buffer;
  try {
    if (statSync(path).size > MAX_INPUT_BYTES)
      throw new InputError(`${path}: larger than ${MB(MAX_INPUT_BYTES)}, which Lede does not read`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
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
