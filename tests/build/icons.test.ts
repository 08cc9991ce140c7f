import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICNS_TYPES, ICO_SIZES, LINUX_SIZES, sourceDigest } from '../../build/makeIcons';
import { PROJECT_ROOT } from './support/buildOutputs';

/**
 * The app icon: one source (build/icon.svg), and every size and format the installers take,
 * made from that very source by `npm run icons`. Each file is read as its platform reads it.
 */

const BUILD = join(PROJECT_ROOT, 'build');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk; throws unless it is a PNG. */
function pngSize(bytes: Buffer, what: string): { width: number; height: number } {
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error(`${what} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Bit depth 8, colour type 6 (RGBA): the icon's rounded corners stay transparent. */
function hasAlpha(bytes: Buffer): boolean {
  return bytes.readUInt8(24) === 8 && bytes.readUInt8(25) === 6;
}

describe('the app icon', () => {
  it('was made from the current build/icon.svg (run `npm run icons` after changing it)', async () => {
    const recorded = (await readFile(join(BUILD, 'icons', 'source.sha256'), 'utf8')).split(/\s+/)[0];
    expect(recorded).toBe(sourceDigest(await readFile(join(BUILD, 'icon.svg'))));
  });

  it('has a transparent PNG of every size Linux desktops ask for', async () => {
    for (const size of LINUX_SIZES) {
      const file = join(BUILD, 'icons', `${size}x${size}.png`);
      const bytes = await readFile(file);
      expect(pngSize(bytes, file), file).toEqual({ width: size, height: size });
      expect(hasAlpha(bytes), file).toBe(true);
    }
    expect(pngSize(await readFile(join(BUILD, 'icon.png')), 'icon.png')).toEqual({
      width: 1024,
      height: 1024,
    });
  });

  it('has a Windows .ico whose directory lists each size with a PNG of that size', async () => {
    const ico = await readFile(join(BUILD, 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i++) {
      const entry = 6 + 16 * i;
      const declared = ico.readUInt8(entry) || 256;
      const length = ico.readUInt32LE(entry + 8);
      const offset = ico.readUInt32LE(entry + 12);
      const image = ico.subarray(offset, offset + length);
      expect(image.length).toBe(length);
      expect(pngSize(image, `icon.ico entry ${i}`)).toEqual({ width: declared, height: declared });
      sizes.push(declared);
    }
    expect(sizes).toEqual([...ICO_SIZES]);
  });

  it('has a macOS .icns with every type from 16 px to 1024 px, each the size its type says', async () => {
    const icns = await readFile(join(BUILD, 'icon.icns'));
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const found: Record<string, number> = {};
    for (let offset = 8; offset < icns.length;) {
      const type = icns.toString('latin1', offset, offset + 4);
      const length = icns.readUInt32BE(offset + 4);
      expect(length).toBeGreaterThan(8);
      found[type] = pngSize(icns.subarray(offset + 8, offset + length), `icon.icns ${type}`).width;
      offset += length;
    }
    expect(found).toEqual(ICNS_TYPES);
  });
});
