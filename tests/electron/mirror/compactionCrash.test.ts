import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentMirror } from '../../../electron/main/mirror/DocumentMirror';
import { LOG_FILE, SNAPSHOT_FILE } from '../../../electron/main/mirror/documentFiles';
import { nodeMirrorFs, type MirrorFileHandle, type MirrorFs } from '../../../electron/main/mirror/mirrorFs';
import { entriesOf, entryUpdate, withTempDir } from './mirrorTestKit';

/**
 * The process dies in the middle of a compaction — after any one of its file operations, or
 * half-way through a write. A dead process does nothing more, so from that step on every file
 * operation fails (no cleanup runs). A new mirror on the same folder must still load every
 * acknowledged update.
 */

class ProcessDied extends Error {}

/** Real file operations until `budget` of them have run; then half a write, then nothing. */
function dyingFs(budget: number): { fs: MirrorFs; dead: () => boolean; operations: () => number } {
  let used = 0;
  let dead = false;
  const step = (): void => {
    if (dead) throw new ProcessDied('the process has died');
    used++;
    if (used > budget) {
      dead = true;
      throw new ProcessDied('the process died here');
    }
  };
  const wrap = (handle: MirrorFileHandle): MirrorFileHandle => ({
    async write(buffer, offset, length, position) {
      if (!dead && used + 1 > budget) {
        // Torn write: half the bytes reach the file before the process dies.
        await handle.write(buffer, offset, Math.floor(length / 2), position);
      }
      step();
      return handle.write(buffer, offset, length, position);
    },
    sync: async () => {
      step();
      await handle.sync();
    },
    truncate: async (length) => {
      step();
      await handle.truncate(length);
    },
    close: () => handle.close(),
  });
  return {
    fs: {
      open: async (path, flags) => {
        step();
        return wrap(await nodeMirrorFs.open(path, flags));
      },
      readFile: async (path) => {
        step();
        return nodeMirrorFs.readFile(path);
      },
      mkdir: async (path, options) => {
        step();
        return nodeMirrorFs.mkdir(path, options);
      },
      rename: async (from, to) => {
        step();
        await nodeMirrorFs.rename(from, to);
      },
      unlink: async (path) => {
        step();
        await nodeMirrorFs.unlink(path);
      },
    },
    dead: () => dead,
    operations: () => used,
  };
}

const ENTRIES = 40;
/** Small thresholds so the last append triggers a compaction. */
const tiny = { minLogBytes: 512, maxLogBytes: 4096 };

/** Appends everything but the last entry with a healthy disk (acknowledged, so it must survive). */
async function seed(dir: string): Promise<Record<string, string>> {
  const mirror = new DocumentMirror({ documentsDir: dir, minLogBytes: 1 << 30, maxLogBytes: 1 << 30 });
  const expected: Record<string, string> = {};
  for (let i = 0; i < ENTRIES - 1; i++) {
    expected[`k${i}`] = `value ${i} — written before the crash`;
    await mirror.append('vault', entryUpdate(`k${i}`, expected[`k${i}`]!));
  }
  await mirror.whenIdle();
  return expected;
}

describe('DocumentMirror killed during a compaction', () => {
  it('loses no acknowledged update whichever file operation the process dies at', async () => {
    // How many operations an undisturbed compacting append takes.
    let total = 0;
    await withTempDir(async (dir) => {
      await seed(dir);
      const counting = dyingFs(Number.MAX_SAFE_INTEGER);
      const mirror = new DocumentMirror({ documentsDir: dir, fs: counting.fs, ...tiny });
      await mirror.append('vault', entryUpdate('last', 'the append that compacts'));
      total = counting.operations();
      // It did compact: the log was folded into a snapshot and emptied.
      const folder = mirror.folderFor('vault');
      expect((await stat(join(folder, SNAPSHOT_FILE))).size).toBeGreaterThan(0);
      expect((await stat(join(folder, LOG_FILE))).size).toBe(0);
    });
    expect(total).toBeGreaterThan(8);

    for (let budget = 0; budget <= total; budget++) {
      await withTempDir(async (dir) => {
        const expected = await seed(dir);
        const dying = dyingFs(budget);
        const mirror = new DocumentMirror({ documentsDir: dir, fs: dying.fs, ...tiny });
        let acknowledged = false;
        try {
          await mirror.append('vault', entryUpdate('last', 'the append that compacts'));
          acknowledged = true;
        } catch {
          // The process died before the append was acknowledged.
        }
        const restarted = await new DocumentMirror({ documentsDir: dir }).load('vault');
        const loaded = entriesOf(restarted.update);
        const { last, ...before } = loaded;
        expect(before, `died after ${budget} of ${total} operations`).toEqual(expected);
        if (acknowledged)
          expect(last, `died after ${budget}: acknowledged append lost`).toBe('the append that compacts');
      });
    }
    // One restart per file operation of a compaction: 3–5 s on a quiet 2-core machine.
  }, 30_000);
});
