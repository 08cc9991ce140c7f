import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AtRestStatus } from '../../../shared/atRest/atRestIpc';
import { startAtRestBoot } from '../../../renderer/src/data/atRestBoot';
import { createWindowCipher } from '../../../renderer/src/data/windowCipher';

/**
 * The window's key at start: when the preload already got it from main (synchronously, before
 * the page ran), the window starts from it without asking main again; anything malformed there
 * is ignored and the window asks main as before. Real WebCrypto: the cipher built from the
 * handed key opens what the same key sealed.
 */

function installTandem(takeAtRestStatus: () => unknown, status: () => Promise<AtRestStatus>) {
  const atRest = {
    status: vi.fn(status),
    choose: vi.fn(),
    unlock: vi.fn(),
    windowSealed: vi.fn(() => Promise.resolve({})),
  };
  Object.defineProperty(window, 'tandem', {
    value: { atRest, startup: { takeAtRestStatus } },
    configurable: true,
  });
  return atRest;
}

afterEach(() => {
  Reflect.deleteProperty(window, 'tandem');
});

const key = () => crypto.getRandomValues(new Uint8Array(32));

describe('the window key at start', () => {
  it('starts from the key the preload got, without asking main, and the cipher opens that key’s records', async () => {
    const windowKey = key();
    const handed = { state: 'ready', protection: 'keystore', windowKey, windowSealed: true };
    const atRest = installTandem(
      () => handed,
      () => Promise.reject(new Error('asked main')),
    );
    const boot = startAtRestBoot('boot-test/');
    await expect(boot.firstStatus).resolves.toMatchObject({ state: 'ready', windowSealed: true });
    const cipher = await boot.cipher;
    expect(atRest.status).not.toHaveBeenCalled();
    const sealed = await (
      await createWindowCipher(windowKey)
    ).seal(new TextEncoder().encode('kept'), 'vault');
    expect(new TextDecoder().decode(await cipher!.open(sealed, 'vault'))).toBe('kept');
  });

  it('asks main when the preload has nothing (no key yet: a passphrase to type)', async () => {
    const atRest = installTandem(
      () => null,
      () => Promise.resolve({ state: 'needs-passphrase', wrongPassphrase: false, retryInMs: 0 }),
    );
    const boot = startAtRestBoot('boot-test/');
    await expect(boot.firstStatus).resolves.toEqual({
      state: 'needs-passphrase',
      wrongPassphrase: false,
      retryInMs: 0,
    });
    expect(atRest.status).toHaveBeenCalledTimes(1);
  });

  it.each([
    [
      'a short key',
      { state: 'ready', protection: 'keystore', windowKey: new Uint8Array(16), windowSealed: true },
    ],
    ['an unknown protection', { state: 'ready', protection: 'none', windowKey: key(), windowSealed: true }],
    [
      'a key as plain numbers',
      { state: 'ready', protection: 'keystore', windowKey: [...key()], windowSealed: true },
    ],
    ['not a status', 'ready'],
  ])('ignores %s from the preload and asks main instead', async (_what, handed) => {
    const windowKey = key();
    const atRest = installTandem(
      () => handed,
      () => Promise.resolve({ state: 'ready', protection: 'keystore', windowKey, windowSealed: true }),
    );
    const boot = startAtRestBoot('boot-test/');
    await boot.cipher;
    expect(atRest.status).toHaveBeenCalledTimes(1);
  });
});
