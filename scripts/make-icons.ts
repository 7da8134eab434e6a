// Draws Lede's toolbar icon (a white "L" with a highlighter bar on blue) into public/icon/*.png.
// No image library: a tiny PNG encoder over node:zlib is all an icon this simple needs.
//
//   npx tsx scripts/make-icons.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icon');
const SIZES = [16, 32, 48, 96, 128];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA of the pixel at (x, y) in a unit square. */
function paint(x: number, y: number): [number, number, number, number] {
  const r = 0.2;
  const dx = Math.max(0, Math.abs(x - 0.5) - (0.5 - r));
  const dy = Math.max(0, Math.abs(y - 0.5) - (0.5 - r));
  if (dx * dx + dy * dy > r * r) return [0, 0, 0, 0];
  const stem = x > 0.28 && x < 0.42 && y > 0.18 && y < 0.8;
  const foot = x > 0.28 && x < 0.74 && y > 0.66 && y < 0.8;
  if (stem || foot) return [255, 255, 255, 255];
  const marker = x > 0.5 && x < 0.78 && y > 0.3 && y < 0.44;
  if (marker) return [255, 210, 80, 255];
  return [31, 79, 209, 255];
}

function png(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      // 4×4 supersampling for smooth edges.
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const p = paint((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
          for (let k = 0; k < 4; k++) acc[k] = (acc[k] as number) + (p[k] as number) * (k === 3 ? 1 : p[3] / 255);
        }
      const alpha = (acc[3] as number) / 16;
      for (let k = 0; k < 3; k++) row[1 + x * 4 + k] = alpha ? Math.round((acc[k] as number) / 16 / (alpha / 255)) : 0;
      row[1 + x * 4 + 3] = Math.round(alpha);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) writeFileSync(join(OUT, `${size}.png`), png(size));
console.log(`wrote ${SIZES.length} icons to public/icon/`);
