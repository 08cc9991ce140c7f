/**
 * The `electron` module as main's sharing code sees it in these Node tests (the one module they
 * mock, at its boundary): `safeStorage` says an OS keystore exists and seals reversibly.
 * Use as `vi.mock('electron', () => import('./support/electronWithKeystore'))`.
 */
export const safeStorage = {
  isAsyncEncryptionAvailable: () => Promise.resolve(true),
  getSelectedStorageBackend: () => 'gnome_libsecret',
  encryptStringAsync: (text: string) => Promise.resolve(Buffer.from(text, 'utf8').reverse()),
  decryptStringAsync: (sealed: Buffer) =>
    Promise.resolve({ result: Buffer.from(sealed).reverse().toString('utf8'), shouldReEncrypt: false }),
};
