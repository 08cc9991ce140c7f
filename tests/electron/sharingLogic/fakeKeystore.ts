import type { SecretProtector } from '../../../electron/main/sharingLogic/identity';

/** Plays the OS keystore: reversible, but the stored bytes differ from the secret; can be "locked". */
export function fakeKeystore(available = true): SecretProtector & { available: boolean } {
  return {
    available,
    isAvailable() {
      return Promise.resolve(this.available);
    },
    encrypt: (plain) =>
      Promise.resolve(Buffer.concat([Buffer.from('sealed:'), Buffer.from(plain.map((b) => b ^ 0x5a))])),
    decrypt: (sealed) => {
      if (!sealed.subarray(0, 7).equals(Buffer.from('sealed:')))
        return Promise.reject(new Error('wrong keystore'));
      return Promise.resolve({ plain: Buffer.from(sealed.subarray(7).map((b) => b ^ 0x5a)), reseal: false });
    },
  };
}

/** The forms a leaked secret key could take in a file: raw, hex, base64, and the seed alone. */
export function secretForms(secretKey: Uint8Array): Buffer[] {
  const key = Buffer.from(secretKey);
  const seed = key.subarray(0, 32);
  return [
    key,
    seed,
    ...[key, seed].flatMap((b) => [Buffer.from(b.toString('hex')), Buffer.from(b.toString('base64'))]),
  ];
}

/** True when any 12-byte stretch of the raw secret (or a whole encoded form) occurs in `bytes`. */
export function leaksSecret(bytes: Uint8Array, secretKey: Uint8Array): boolean {
  const haystack = Buffer.from(bytes);
  const key = Buffer.from(secretKey);
  for (let i = 0; i + 12 <= key.length; i++) if (haystack.includes(key.subarray(i, i + 12))) return true;
  return secretForms(secretKey).some((form) => haystack.includes(form));
}
