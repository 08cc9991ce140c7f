import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/**
 * `npm run icons`: renders build/icon.svg — the one source of Tandem's icon — to every size
 * and format the installers need, with Chromium (Debian's, as the tests use):
 *   build/icons/<N>x<N>.png   Linux (AppImage, deb), electron-builder's icon folder
 *   build/icon.ico            Windows (NSIS, the executable): PNG images in an ICO directory
 *   build/icon.icns           macOS (dmg, the app bundle): PNG images in an ICNS container
 *   build/icon.png            1024 px, for anything else that asks for one picture
 * and records the source's SHA-256 in build/icons/source.sha256, so a test can tell when the
 * SVG changed without the icons being made again.
 */

const BUILD_DIR = import.meta.dirname;
const SOURCE = join(BUILD_DIR, 'icon.svg');
const CHROMIUM = process.env.TANDEM_CHROMIUM ?? '/usr/bin/chromium';

export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;
/** ICNS types holding PNG data, and the pixel size of each (the @2x types hold double). */
export const ICNS_TYPES = {
  icp4: 16,
  icp5: 32,
  icp6: 64,
  ic07: 128,
  ic08: 256,
  ic09: 512,
  ic10: 1024,
  ic11: 32,
  ic12: 64,
  ic13: 256,
  ic14: 512,
} as const;

async function renderPngs(svg: Buffer, sizes: readonly number[]): Promise<Map<number, Buffer>> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const rendered = new Map<number, Buffer>();
    for (const size of sizes) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;
      await page.setContent(
        `<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
      );
      // Wait for the SVG to be decoded before the screenshot (the function runs in the page).
      await page.waitForFunction("document.querySelector('img').complete");
      rendered.set(size, await page.screenshot({ omitBackground: true, type: 'png' }));
      await page.close();
    }
    return rendered;
  } finally {
    await browser.close();
  }
}

/** An ICO directory of PNG images (Windows Vista and later read PNG entries). */
export function icoOf(images: readonly { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}

/** An ICNS container of PNG images (big-endian lengths that include each 8-byte header). */
export function icnsOf(images: readonly { type: string; png: Buffer }[]): Buffer {
  const chunks = images.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

export function sourceDigest(svg: Buffer): string {
  return createHash('sha256').update(svg).digest('hex');
}

async function main(): Promise<void> {
  const svg = await readFile(SOURCE);
  const sizes = [...new Set<number>([...LINUX_SIZES, ...ICO_SIZES, ...Object.values(ICNS_TYPES)])];
  const png = await renderPngs(svg, sizes);
  const at = (size: number): Buffer => {
    const image = png.get(size);
    if (!image) throw new Error(`no ${size}px rendering`);
    return image;
  };
  const iconsDir = join(BUILD_DIR, 'icons');
  await rm(iconsDir, { recursive: true, force: true });
  await mkdir(iconsDir, { recursive: true });
  for (const size of LINUX_SIZES) await writeFile(join(iconsDir, `${size}x${size}.png`), at(size));
  await writeFile(join(BUILD_DIR, 'icon.png'), at(1024));
  await writeFile(join(BUILD_DIR, 'icon.ico'), icoOf(ICO_SIZES.map((size) => ({ size, png: at(size) }))));
  await writeFile(
    join(BUILD_DIR, 'icon.icns'),
    icnsOf(Object.entries(ICNS_TYPES).map(([type, size]) => ({ type, png: at(size) }))),
  );
  await writeFile(join(iconsDir, 'source.sha256'), `${sourceDigest(svg)}  icon.svg\n`);
  console.log(`Icons written from ${SOURCE}: ${sizes.length} sizes, .png, .ico and .icns`);
}

if (process.argv[1] === import.meta.filename) await main();
