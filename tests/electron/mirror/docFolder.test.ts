import { describe, expect, it } from 'vitest';
import { docFolderName } from '../../../electron/main/mirror/docFolder';

describe('docFolderName', () => {
  it('keeps simple ids readable and escapes the rest', () => {
    expect(docFolderName('vault')).toBe('vault');
    expect(docFolderName('search-index')).toBe('search-index');
    expect(docFolderName('item:Ab3')).toBe('item_3a_41b3');
    expect(docFolderName('space:x_y')).toBe('space_3ax_5fy');
  });

  it('keeps ids that differ only in case apart (case-insensitive disks)', () => {
    const names = ['item:abc', 'item:ABC', 'item:Abc'].map(docFolderName);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(3);
  });

  it('produces only characters that are safe on Windows, macOS and Linux', () => {
    for (const id of ['item:A-b_C', 'space:../../x', 'a\\b', 'ünïcode:Ω', 'x y']) {
      expect(docFolderName(id), id).toMatch(/^[a-z0-9_-]+$/);
    }
  });

  it('avoids Windows device names', () => {
    expect(docFolderName('con')).not.toBe('con');
    expect(docFolderName('nul')).not.toMatch(/^nul$/i);
    expect(docFolderName('console')).toBe('console');
  });

  it('hashes ids too long for a file name, distinctly', () => {
    const long1 = `item:${'A'.repeat(150)}`;
    const long2 = `item:${'A'.repeat(149)}B`;
    expect(docFolderName(long1)).toMatch(/^_h[0-9a-f]{64}$/);
    expect(docFolderName(long1)).not.toBe(docFolderName(long2));
  });
});
