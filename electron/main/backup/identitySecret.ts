/**
 * Where the sharing identity's secret lives (electron/main/sharing keeps it, behind Electron's
 * safeStorage; identityBackup.ts adapts it to this). Backup reads it only when the person asks to
 * include it, and restore writes it back only when they ask and give the right passphrase.
 */
export interface IdentitySecretStore {
  /** True when this installation has an identity whose secret can be read now. */
  exists(): Promise<boolean>;
  /** The secret bytes, or null when there is no identity (or it is locked). */
  read(): Promise<Uint8Array | null>;
  /**
   * Why `secret` could not be stored here (not a key, no keystore to seal it), or null. Restore
   * asks before it changes anything, so a refused identity leaves the documents untouched too.
   */
  problemWith(secret: Uint8Array): Promise<string | null>;
  /** Replaces the identity with `secret`; throws (changing nothing) when `problemWith` would refuse it. */
  write(secret: Uint8Array): Promise<void>;
}
