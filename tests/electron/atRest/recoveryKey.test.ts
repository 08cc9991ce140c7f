import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_KEY_FILE, DataKeyStore } from '../../../electron/main/atRest/dataKeyStore';
import { parseRecoveryKey } from '../../../electron/main/atRest/recoveryKey';
import { fakeKeystore } from '../sharingLogic/fakeKeystore';
import { withTempDir } from '../mirror/mirrorTestKit';

/**
 * The recovery key: a second wrap of the same data key, shown once; it opens the journal where
 * the passphrase is forgotten or the keystore that sealed the key is gone (the folder copied to
 * another computer), and protects the key again there. Wrong keys are slowed and change nothing.
 */

function store(dir: string, keystore = fakeKeystore(), now = () => 0) {
  return new DataKeyStore({
    path: join(dir, DATA_KEY_FILE),
    protector: keystore,
    hasLegacyData: () => Promise.resolve(false),
    now,
  });
}

/** Another computer's keystore: it cannot open what this one sealed. */
function otherKeystore() {
  const other = fakeKeystore();
  return { ...other, decrypt: () => Promise.reject(new Error('not sealed by this keystore')) };
}

describe('recovery key', () => {
  it('is 32 base-32 characters in groups of four, read back forgivingly', () =>
    withTempDir(async (dir) => {
      const keys = store(dir);
      await keys.status();
      expect(await keys.recoveryStatus()).toEqual({ hasRecoveryKey: false, needsNewPassphrase: false });
      const { recoveryKey } = await keys.newRecoveryKey();
      expect(recoveryKey).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$/);
      expect(await keys.recoveryStatus()).toMatchObject({ hasRecoveryKey: true });
      const sloppy = recoveryKey.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
      expect(parseRecoveryKey(sloppy)).toEqual(parseRecoveryKey(recoveryKey));
      // Only its wrap of the data key is kept: the text itself is in no file.
      const file = await readFile(join(dir, DATA_KEY_FILE), 'utf8');
      expect(file).not.toContain(recoveryKey);
      expect(file).not.toContain(recoveryKey.replace(/-/g, ''));
      expect(file).not.toContain(parseRecoveryKey(recoveryKey).toString('base64'));
    }));

  it('opens the journal on a computer whose keystore cannot, and protects the key with that keystore', () =>
    withTempDir(async (dir) => {
      const first = store(dir);
      await first.status();
      const key = await first.dataKey();
      const { recoveryKey } = await first.newRecoveryKey();

      const moved = store(dir, otherKeystore());
      expect(await moved.status()).toMatchObject({ state: 'unreadable', reason: 'keystore-refused' });
      const recovered = await moved.recover(recoveryKey, null);
      expect(recovered).toMatchObject({
        status: 'recovered',
        atRest: { state: 'ready', protection: 'keystore' },
      });
      expect((await moved.dataKey()).equals(key)).toBe(true);
      // The recovery key keeps working after it was used.
      expect(await moved.recoveryStatus()).toMatchObject({ hasRecoveryKey: true });
    }));

  it(
    'replaces a forgotten passphrase: wrong keys are slowed and change nothing, the right one asks for a new passphrase',
    { timeout: 60_000 },
    () =>
      withTempDir(async (dir) => {
        let now = 0;
        const first = store(dir, fakeKeystore(false), () => now);
        await first.choose({ kind: 'passphrase', passphrase: 'forgotten passphrase' });
        const key = await first.dataKey();
        const { recoveryKey } = await first.newRecoveryKey();
        const path = join(dir, DATA_KEY_FILE);
        const before = await readFile(path, 'utf8');

        const restarted = store(dir, fakeKeystore(false), () => now);
        expect(await restarted.status()).toMatchObject({ state: 'needs-passphrase' });
        expect(await restarted.recoveryStatus()).toEqual({ hasRecoveryKey: true, needsNewPassphrase: true });
        expect(await restarted.recover('not a key', 'new passphrase')).toEqual({ status: 'malformed' });
        const wrong = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789';
        expect(await restarted.recover(wrong, 'new passphrase')).toEqual({
          status: 'wrong',
          retryInMs: 1000,
        });
        // The right key during the wait is not even tried.
        expect(await restarted.recover(recoveryKey, 'new passphrase')).toEqual({
          status: 'wrong',
          retryInMs: 1000,
        });
        now += 1000;
        expect(await restarted.recover(recoveryKey, null)).toEqual({ status: 'needs-new-passphrase' });
        expect(await readFile(path, 'utf8')).toBe(before);

        expect(await restarted.recover(recoveryKey, 'a brand new passphrase')).toMatchObject({
          status: 'recovered',
          atRest: { state: 'ready', protection: 'passphrase' },
        });
        expect((await restarted.dataKey()).equals(key)).toBe(true);

        const next = store(dir, fakeKeystore(false), () => now);
        expect(await next.unlock('forgotten passphrase')).toMatchObject({
          state: 'needs-passphrase',
          wrongPassphrase: true,
        });
        now += 10_000;
        expect(await next.unlock('a brand new passphrase')).toMatchObject({ state: 'ready' });
        expect((await next.dataKey()).equals(key)).toBe(true);
      }),
  );

  it('made again, the earlier one opens nothing', () =>
    withTempDir(async (dir) => {
      const first = store(dir);
      await first.status();
      const { recoveryKey: old } = await first.newRecoveryKey();
      const { recoveryKey: current } = await first.newRecoveryKey();
      expect(current).not.toBe(old);
      const moved = store(dir, otherKeystore());
      await moved.status();
      expect(await moved.recover(old, null)).toMatchObject({ status: 'wrong' });
    }));

  it('says so when the journal never had one, and cannot be made before the journal is open', () =>
    withTempDir(async (dir) => {
      const first = store(dir);
      await first.status();
      const moved = store(dir, otherKeystore());
      await moved.status();
      expect(await moved.recover('ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789', null)).toEqual({
        status: 'no-recovery-key',
      });
      await expect(moved.newRecoveryKey()).rejects.toThrow(/not unlocked/);
    }));
});
