/**
 * What the sync engine needs from a network: encrypted, authenticated byte streams to peers
 * identified by their static public key, found through a topic. Hyperswarm is the one used now
 * (hyperswarmTransport.ts); a LAN transport (mDNS + TCP wrapped in the same secret-stream) or an
 * in-memory pair for tests implements the same interface.
 */

export interface PeerLink {
  /** The authenticated static key of the other side, lowercase hex. */
  readonly remoteKey: string;
  write(bytes: Uint8Array): void;
  /** Idempotent. `onClose` fires once, whoever closed. */
  close(): void;
  onData(listener: (bytes: Uint8Array) => void): void;
  onClose(listener: () => void): void;
  /** Stops delivering data until `resume` (backpressure when frames arrive faster than handled). */
  pause?(): void;
  resume?(): void;
}

export interface SyncTransport {
  /**
   * Sets which remote keys may connect at all. Called before any join and again whenever the
   * pinned keys change; links of keys no longer admitted are closed by the engine.
   */
  setAdmittedKeys(isAdmitted: (remoteKey: string) => boolean): void;
  /** Starts finding peers on a topic (32 bytes hex). Idempotent. */
  join(topic: string): Promise<void>;
  leave(topic: string): Promise<void>;
  /** Looks for peers on a joined topic again now (after a lost connection). */
  refresh(topic: string): Promise<void>;
  onConnection(listener: (link: PeerLink) => void): void;
  destroy(): Promise<void>;
}
