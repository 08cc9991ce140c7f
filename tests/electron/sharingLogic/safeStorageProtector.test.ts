import { beforeEach, describe, expect, it, vi } from 'vitest';

/** Electron's safeStorage, mocked at the module boundary: what each OS backend reports. */
const safeStorage = {
  encryptionAvailable: true,
  backend: 'gnome_libsecret',
  isAsyncEncryptionAvailable: vi.fn(() => Promise.resolve(safeStorage.encryptionAvailable)),
  getSelectedStorageBackend: vi.fn(() => safeStorage.backend),
  encryptStringAsync: vi.fn((text: string) => Promise.resolve(Buffer.from(`enc(${text})`))),
  decryptStringAsync: vi.fn((sealed: Buffer) =>
    Promise.resolve({ result: sealed.toString().replace(/^enc\((.*)\)$/, '$1'), shouldReEncrypt: false }),
  ),
};
vi.mock('electron', () => ({ safeStorage }));

const { createSafeStorageProtector } =
  await import('../../../electron/main/sharingLogic/safeStorageProtector.electron');

beforeEach(() => {
  safeStorage.encryptionAvailable = true;
  safeStorage.backend = 'gnome_libsecret';
});

describe('safeStorage protector', () => {
  it('counts a real Linux keystore, macOS Keychain and Windows DPAPI as protection', async () => {
    expect(await createSafeStorageProtector('linux').isAvailable()).toBe(true);
    safeStorage.backend = 'kwallet5';
    expect(await createSafeStorageProtector('linux').isAvailable()).toBe(true);
    expect(await createSafeStorageProtector('darwin').isAvailable()).toBe(true);
    expect(await createSafeStorageProtector('win32').isAvailable()).toBe(true);
  });

  it("does not count Linux's basic_text backend (a hard-coded password) or an unknown one", async () => {
    safeStorage.backend = 'basic_text';
    expect(await createSafeStorageProtector('linux').isAvailable()).toBe(false);
    safeStorage.backend = 'unknown';
    expect(await createSafeStorageProtector('linux').isAvailable()).toBe(false);
  });

  it('is unavailable when Electron says encryption is unavailable', async () => {
    safeStorage.encryptionAvailable = false;
    expect(await createSafeStorageProtector('darwin').isAvailable()).toBe(false);
  });

  it('round-trips binary secrets through the string API', async () => {
    const protector = createSafeStorageProtector('darwin');
    const secret = Buffer.from([0, 255, 1, 128, 10, 13]);
    const sealed = await protector.encrypt(secret);
    expect(sealed.includes(secret)).toBe(false);
    expect((await protector.decrypt(sealed)).plain.equals(secret)).toBe(true);
  });
});
