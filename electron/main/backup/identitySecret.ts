/**
 * Where the sharing identity's secret lives (electron/main/sharing keeps it, behind Electron's
 * safeStorage). Backup reads it only when the person asks to include it, and restore writes it
 * back only when they ask and give the right passphrase. Until sharing provides a store, main
 * passes none and the option says that there is no identity to include.
 */
export interface IdentitySecretStore {
  /** The secret bytes, or null when this installation has no identity yet. */
  read(): Promise<Uint8Array | null>;
  write(secret: Uint8Array): Promise<void>;
}
