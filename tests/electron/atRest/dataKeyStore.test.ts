import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_KEY_FILE, DataKeyStore } from '../../../electron/main/atRest/dataKeyStore';
import { fakeKeystore } from '../sharingLogic/fakeKeystore';
import { withTempDir } from '../mirror/mirrorTestKit';

/**
 * The data key: sealed by the keystore where there is one; where there is none, nothing until
 * the person chooses a passphrase (asked at every start, wrong guesses slowed) or an
 * unprotected key; a damaged file or a refusing keystore is reported, never replaced.
 */

function store(dir: string, keystore = fakeKeystore(), now = () => 0, legacy = false) {
  return new DataKeyStore({
    path: join(dir, DATA_KEY_FILE),
    protector: keystore,
    hasLegacyData: () => Promise.resolve(legacy),
    now,
  });
}

describe('DataKeyStore', () => {
  it('makes a key sealed by the keystore, and finds the same key after a restart', () =>
    withTempDir(async (dir) => {
      const first = store(dir);
      // Before the key is loaded a synchronous ask gets nothing rather than waiting.
      expect(first.readyNow()).toBeNull();
      const status = await first.status();
      expect(first.readyNow()).toEqual(status);
      expect(status).toMatchObject({ state: 'ready', protection: 'keystore', windowSealed: true });
      const key = await first.dataKey();
      const file = await readFile(join(dir, DATA_KEY_FILE), 'utf8');
      expect(file).not.toContain(key.toString('base64'));
      expect(file).not.toContain(key.toString('hex'));
      const again = store(dir);
      expect(await again.status()).toEqual(status);
      expect((await again.dataKey()).equals(key)).toBe(true);
    }));

  it(
    'with no keystore waits for the person: a passphrase, then asked for at every start',
    { timeout: 60_000 },
    () =>
      withTempDir(async (dir) => {
        let now = 0;
        const first = store(dir, fakeKeystore(false), () => now);
        expect(await first.status()).toEqual({ state: 'needs-choice' });
        const ready = await first.choose({ kind: 'passphrase', passphrase: 'correct horse battery' });
        expect(ready).toMatchObject({ state: 'ready', protection: 'passphrase' });
        const key = await first.dataKey();

        const restarted = store(dir, fakeKeystore(false), () => now);
        expect(await restarted.status()).toEqual({
          state: 'needs-passphrase',
          wrongPassphrase: false,
          retryInMs: 0,
        });
        expect(restarted.readyNow()).toBeNull();
        expect(await restarted.unlock('wrong guess')).toEqual({
          state: 'needs-passphrase',
          wrongPassphrase: true,
          retryInMs: 1000,
        });
        // A second guess before the wait is over is not even tried.
        expect(await restarted.unlock('correct horse battery')).toMatchObject({ retryInMs: 1000 });
        now += 1000;
        expect(await restarted.unlock('another wrong')).toMatchObject({ retryInMs: 2000 });
        now += 2000;
        expect(await restarted.unlock('correct horse battery')).toMatchObject({ state: 'ready' });
        expect(restarted.readyNow()).toMatchObject({ state: 'ready', protection: 'passphrase' });
        expect((await restarted.dataKey()).equals(key)).toBe(true);
        expect(ready.state === 'ready' && ready.windowKey).toEqual(
          (await restarted.status()).state === 'ready' &&
            ((await restarted.status()) as { windowKey: Uint8Array }).windowKey,
        );
      }),
  );

  it('keeps an unprotected key only when the person chose it', () =>
    withTempDir(async (dir) => {
      const first = store(dir, fakeKeystore(false));
      expect(await first.choose({ kind: 'unprotected' })).toMatchObject({
        state: 'ready',
        protection: 'unprotected',
      });
      expect(await store(dir, fakeKeystore(false)).status()).toMatchObject({
        state: 'ready',
        protection: 'unprotected',
      });
    }));

  it('reports a damaged key file and a locked or refusing keystore, and never makes a new key over them', () =>
    withTempDir(async (dir) => {
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, DATA_KEY_FILE), '{"version":1,"protection":"keystore"');
      expect(await store(dir).status()).toMatchObject({ state: 'unreadable', reason: 'damaged' });
      expect(await readFile(join(dir, DATA_KEY_FILE), 'utf8')).toBe('{"version":1,"protection":"keystore"');

      await writeFile(join(dir, DATA_KEY_FILE), '');
      const sealed = store(join(dir, 'b'));
      await mkdir(join(dir, 'b'));
      await sealed.status();
      expect(await store(join(dir, 'b'), fakeKeystore(false)).status()).toMatchObject({
        state: 'unreadable',
        reason: 'keystore-locked',
      });
      const refusing = { ...fakeKeystore(), decrypt: () => Promise.reject(new Error('user denied access')) };
      expect(await store(join(dir, 'b'), refusing).status()).toMatchObject({
        state: 'unreadable',
        reason: 'keystore-refused',
        detail: 'user denied access',
      });
    }));

  it('reads plain records of an older journal only until its store is marked sealed', () =>
    withTempDir(async (dir) => {
      const keys = store(dir, fakeKeystore(), () => 0, true);
      expect(await keys.status()).toMatchObject({ state: 'ready', windowSealed: false });
      const legacy = Uint8Array.of(1, 2, 3);
      const cipher = await keys.mirrorCipher();
      expect(cipher.open(legacy, 'mirror:vault')).toEqual(legacy);
      await keys.markSealed('mirror');
      expect(() => cipher.open(legacy, 'mirror:vault')).toThrow(/integrity check/);
      await keys.markSealed('window');
      expect(await store(dir, fakeKeystore(), () => 0, true).status()).toMatchObject({ windowSealed: true });
    }));

  it(
    'says a passphrase-wrapped key that is damaged is damaged, not that the passphrase is wrong',
    { timeout: 60_000 },
    () =>
      withTempDir(async (dir) => {
        await store(dir, fakeKeystore(false)).choose({
          kind: 'passphrase',
          passphrase: 'correct horse battery',
        });
        const path = join(dir, DATA_KEY_FILE);
        const file = JSON.parse(await readFile(path, 'utf8')) as { key: string };
        const wrapped = JSON.parse(file.key) as { salt: string };
        await writeFile(
          path,
          JSON.stringify({ ...file, key: JSON.stringify({ ...wrapped, salt: 'not base64 at all!' }) }),
        );
        const restarted = store(dir, fakeKeystore(false));
        expect(await restarted.status()).toMatchObject({ state: 'needs-passphrase' });
        expect(await restarted.unlock('correct horse battery')).toMatchObject({
          state: 'unreadable',
          reason: 'damaged',
        });
      }),
  );

  it('locks: a keystore key is refused until the keystore opens it again; locking twice does nothing', () =>
    withTempDir(async (dir) => {
      const keys = store(dir);
      const ready = await keys.status();
      expect(keys.lock()).toBe(true);
      expect(keys.lock()).toBe(false);
      expect(keys.isLocked).toBe(true);
      expect(await keys.status()).toEqual({ state: 'locked' });
      expect(keys.readyNow()).toBeNull();
      // The passphrase channel cannot open a keystore lock.
      expect(await keys.unlock('anything at all')).toEqual({ state: 'locked' });
      expect(await keys.resume()).toEqual(ready);
      expect(keys.isLocked).toBe(false);
      expect(keys.readyNow()).toEqual(ready);
    }));

  it('locks with nothing unlocked yet: nothing to lock', () =>
    withTempDir(async (dir) => {
      const keys = store(dir, fakeKeystore(false));
      expect(await keys.status()).toEqual({ state: 'needs-choice' });
      expect(keys.lock()).toBe(false);
    }));

  it(
    'locks a passphrase key by forgetting it: only the passphrase opens it again, wrong guesses slowed',
    { timeout: 60_000 },
    () =>
      withTempDir(async (dir) => {
        let now = 0;
        const keys = store(dir, fakeKeystore(false), () => now);
        const ready = await keys.choose({ kind: 'passphrase', passphrase: 'correct horse battery' });
        expect(keys.lock()).toBe(true);
        expect(await keys.status()).toEqual({
          state: 'needs-passphrase',
          wrongPassphrase: false,
          retryInMs: 0,
        });
        // Resuming without the passphrase does not open it.
        expect(await keys.resume()).toMatchObject({ state: 'needs-passphrase' });
        expect(keys.readyNow()).toBeNull();
        expect(await keys.unlock('wrong guess')).toMatchObject({ wrongPassphrase: true, retryInMs: 1000 });
        expect(await keys.unlock('correct horse battery')).toMatchObject({ retryInMs: 1000 });
        now += 1000;
        expect(await keys.unlock('correct horse battery')).toEqual(ready);
        expect(keys.isLocked).toBe(false);
      }),
  );
});
