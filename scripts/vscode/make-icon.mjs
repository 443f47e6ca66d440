// Draws the extension's 128x128 icon (images/icon.png) without any image library: a page of
// text with a margin note on a blue tile, rendered with 4x4 supersampling and written as a
// PNG with node:zlib. Run once with `node scripts/vscode/make-icon.mjs`; the PNG is committed.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const N = 128;
const SS = 4;

const roundRect = (x, y, x0, y0, x1, y1, r) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const rect = (x, y, x0, y0, x1, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const circle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const segment = (x, y, ax, ay, bx, by, w) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return (x - ax - t * (bx - ax)) ** 2 + (y - ay - t * (by - ay)) ** 2 <= w * w;
};

// Layers, last wins. Each returns an RGBA colour or null at a sub-pixel.
const layers = [
  (x, y) => (roundRect(x, y, 4, 4, 124, 124, 22) ? [31, 58, 95, 255] : null),
  // The page, with its top-right corner folded.
  (x, y) => (rect(x, y, 30, 18, 98, 110) && !(x - 80 > y - 18) ? [250, 250, 247, 255] : null),
  (x, y) => (x >= 80 && y <= 36 && x - 80 <= y - 18 && rect(x, y, 80, 18, 98, 36) ? [205, 212, 222, 255] : null),
  // Lines of text.
  (x, y) => {
    const lines = [[40, 44, 72], [40, 56, 88], [40, 68, 82], [40, 80, 88], [40, 92, 70]];
    return lines.some(([x0, yy, x1]) => rect(x, y, x0, yy - 2.5, x1, yy + 2.5)) ? [150, 160, 175, 255] : null;
  },
  // The margin note: an amber bar beside one line, as a reviewer marks a gap.
  (x, y) => (rect(x, y, 33, 62, 36, 74) ? [230, 150, 30, 255] : null),
  // A green check badge.
  (x, y) => (circle(x, y, 96, 98, 20) ? [255, 255, 255, 255] : null),
  (x, y) => (circle(x, y, 96, 98, 17) ? [46, 160, 90, 255] : null),
  (x, y) => (segment(x, y, 87, 98, 93.5, 105, 2.6) || segment(x, y, 93.5, 105, 106, 91, 2.6) ? [255, 255, 255, 255] : null),
];

const raw = Buffer.alloc(N * (N * 4 + 1));
for (let py = 0; py < N; py++) {
  raw[py * (N * 4 + 1)] = 0; // filter: none
  for (let px = 0; px < N; px++) {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < SS; sy++)
      for (let sx = 0; sx < SS; sx++) {
        const x = px + (sx + 0.5) / SS;
        const y = py + (sy + 0.5) / SS;
        let c = [0, 0, 0, 0];
        for (const l of layers) c = l(x, y) ?? c;
        // Premultiplied accumulation keeps the tile's anti-aliased edge clean.
        acc[0] += (c[0] * c[3]) / 255;
        acc[1] += (c[1] * c[3]) / 255;
        acc[2] += (c[2] * c[3]) / 255;
        acc[3] += c[3];
      }
    const a = acc[3] / (SS * SS);
    const o = py * (N * 4 + 1) + 1 + px * 4;
    raw[o] = a ? Math.round((acc[0] / (SS * SS)) * 255 / a) : 0;
    raw[o + 1] = a ? Math.round((acc[1] / (SS * SS)) * 255 / a) : 0;
    raw[o + 2] = a ? Math.round((acc[2] / (SS * SS)) * 255 / a) : 0;
    raw[o + 3] = Math.round(a);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0);
ihdr.writeUInt32BE(N, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
mkdirSync(new URL('../../images/', import.meta.url), { recursive: true });
writeFileSync(new URL('../../images/icon.png', import.meta.url), png);
console.log(`images/icon.png: ${N}x${N}, ${png.length} bytes`);
