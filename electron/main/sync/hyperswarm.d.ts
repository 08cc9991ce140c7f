// The parts of Hyperswarm / HyperDHT the sync engine and its tests use (they ship no types).

declare module 'hyperswarm' {
  import type { EventEmitter } from 'node:events';
  import type { Duplex } from 'node:stream';

  export interface KeyPair {
    publicKey: Buffer;
    secretKey: Buffer;
  }

  export interface NoiseSocket extends Duplex {
    readonly remotePublicKey: Buffer;
    readonly publicKey: Buffer;
  }

  export interface PeerDiscovery {
    flushed(): Promise<void>;
    refresh(options?: { client?: boolean; server?: boolean }): Promise<void>;
    destroy(): Promise<void>;
  }

  export interface PeerInfo {
    readonly publicKey: Buffer;
  }

  export interface HyperswarmOptions {
    keyPair?: KeyPair;
    seed?: Buffer;
    maxPeers?: number;
    /** Return true to reject. */
    firewall?: (remotePublicKey: Buffer) => boolean;
    dht?: unknown;
  }

  export default class Hyperswarm extends EventEmitter {
    constructor(options?: HyperswarmOptions);
    readonly connections: Set<NoiseSocket>;
    readonly keyPair: KeyPair;
    join(topic: Buffer, options?: { server?: boolean; client?: boolean }): PeerDiscovery;
    leave(topic: Buffer): Promise<void>;
    status(topic: Buffer): PeerDiscovery | undefined;
    joinPeer(publicKey: Buffer): void;
    leavePeer(publicKey: Buffer): void;
    flush(): Promise<void>;
    destroy(): Promise<void>;
    on(event: 'connection', listener: (socket: NoiseSocket, info: PeerInfo) => void): this;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }
}

declare module 'hyperdht' {
  import type { KeyPair } from 'hyperswarm';
  export default class DHT {
    static keyPair(seed?: Buffer): KeyPair;
    destroy(): Promise<void>;
  }
}

declare module 'hyperdht/testnet' {
  import type DHT from 'hyperdht';
  export interface Testnet {
    nodes: DHT[];
    bootstrap: { host: string; port: number }[];
    createNode(options?: Record<string, unknown>): DHT;
    destroy(): Promise<void>;
  }
  export default function createTestnet(size?: number, options?: Record<string, unknown>): Promise<Testnet>;
}
