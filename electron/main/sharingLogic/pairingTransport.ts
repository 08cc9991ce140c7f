import type { KeyPair } from './ed25519Keys';

/**
 * The slice of HyperDHT that pairing uses, typed here because hyperdht ships no typings. In the
 * app it is the sync engine's own DHT node (Hyperswarm's `swarm.dht`); in tests a node of a
 * loopback testnet. A second transport (LAN) only has to offer the same two calls.
 */

/** A Noise secret stream: encrypted, and `remotePublicKey` is proven by the handshake. */
export interface PairingSocket {
  readonly remotePublicKey: Buffer | null;
  write(data: Buffer): boolean;
  end(): void;
  destroy(error?: Error): void;
  on(event: 'data', listener: (data: Buffer) => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
  on(event: 'close' | 'open', listener: () => void): this;
  off(event: 'data', listener: (data: Buffer) => void): this;
}

export interface PairingServer {
  listen(keyPair: KeyPair): Promise<void>;
  close(): Promise<void>;
}

export interface PairingDht {
  createServer(
    options: { firewall: (remotePublicKey: Buffer) => boolean },
    onConnection: (socket: PairingSocket) => void,
  ): PairingServer;
  connect(remotePublicKey: Buffer, options: { keyPair: KeyPair }): PairingSocket;
}
