import { safeStorage } from 'electron';
import type { SecretProtector } from './identity';

/**
 * The one Electron adapter for identity: `safeStorage` (Keychain, DPAPI, libsecret/KWallet).
 * On Linux, safeStorage "works" with the `basic_text` backend by using a hard-coded password;
 * that protects nothing, so it counts as no keystore, as does a backend Electron cannot name
 * yet (`unknown`, before the app is ready).
 */

const UNPROTECTED_LINUX_BACKENDS = new Set(['basic_text', 'unknown']);

export function createSafeStorageProtector(platform: NodeJS.Platform = process.platform): SecretProtector {
  return {
    isAvailable: async () => {
      if (!(await safeStorage.isAsyncEncryptionAvailable())) return false;
      if (platform !== 'linux') return true;
      return !UNPROTECTED_LINUX_BACKENDS.has(safeStorage.getSelectedStorageBackend());
    },
    // safeStorage encrypts strings; base64 keeps the binary key intact through it.
    encrypt: (plain) => safeStorage.encryptStringAsync(plain.toString('base64')),
    decrypt: async (encrypted) => {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(encrypted);
      return { plain: Buffer.from(result, 'base64'), reseal: shouldReEncrypt };
    },
  };
}
