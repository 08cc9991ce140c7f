import Hyperswarm, { type KeyPair, type NoiseSocket } from 'hyperswarm';
import type { PeerLink, SyncTransport } from './transport';

/**
 * SyncTransport over Hyperswarm: HyperDHT discovery and hole punching, Noise-encrypted
 * secret-stream connections authenticated by static key. The firewall runs during the Noise
 * handshake, so a key that is not pinned never gets a connection, let alone a byte.
 * Hyperswarm keeps reconnecting to peers it found; the engine adds topic refreshes with backoff.
 */

export interface HyperswarmTransportOptions {
  /** The installation's identity (the Noise static key). */
  keyPair: KeyPair;
  /** A HyperDHT node; tests pass `testnet.createNode()`. Default: a public DHT node. */
  dht?: unknown;
  onError?: (error: Error) => void;
}

export class HyperswarmTransport implements SyncTransport {
  private readonly swarm: Hyperswarm;
  private isAdmitted: (remoteKey: string) => boolean = () => false;
  private readonly listeners: ((link: PeerLink) => void)[] = [];

  constructor(private readonly options: HyperswarmTransportOptions) {
    this.swarm = new Hyperswarm({
      keyPair: options.keyPair,
      ...(options.dht === undefined ? {} : { dht: options.dht }),
      // Reject (true) everything not pinned; fails closed until the engine says otherwise.
      firewall: (remotePublicKey) => !this.isAdmitted(remotePublicKey.toString('hex')),
    });
    this.swarm.on('connection', (socket: NoiseSocket) => {
      const link = new SocketLink(socket, options.onError);
      // Checked again: the pinned set may have changed during the handshake.
      if (!this.isAdmitted(link.remoteKey)) {
        link.close();
        return;
      }
      for (const listener of this.listeners) listener(link);
    });
  }

  setAdmittedKeys(isAdmitted: (remoteKey: string) => boolean): void {
    this.isAdmitted = isAdmitted;
  }

  async join(topic: string): Promise<void> {
    const key = Buffer.from(topic, 'hex');
    if (this.swarm.status(key)) return;
    const discovery = this.swarm.join(key, { server: true, client: true });
    await discovery.flushed();
    // Peers that announce at the same moment can miss each other for minutes, until Hyperswarm's
    // periodic refresh: ask again once our announcement is in.
    await discovery.refresh({ client: true, server: true });
  }

  async leave(topic: string): Promise<void> {
    await this.swarm.leave(Buffer.from(topic, 'hex'));
  }

  async refresh(topic: string): Promise<void> {
    await this.swarm.status(Buffer.from(topic, 'hex'))?.refresh({ client: true, server: true });
  }

  onConnection(listener: (link: PeerLink) => void): void {
    this.listeners.push(listener);
  }

  async destroy(): Promise<void> {
    await this.swarm.destroy();
  }
}

class SocketLink implements PeerLink {
  readonly remoteKey: string;
  private closed = false;

  constructor(
    private readonly socket: NoiseSocket,
    onError?: (error: Error) => void,
  ) {
    this.remoteKey = socket.remotePublicKey.toString('hex');
    // A reset connection is normal on a network; it ends in 'close' either way.
    socket.on('error', (error: Error) => onError?.(error));
  }

  write(bytes: Uint8Array): void {
    if (!this.closed && !this.socket.destroyed) this.socket.write(bytes);
  }

  close(): void {
    this.closed = true;
    this.socket.destroy();
  }

  onData(listener: (bytes: Uint8Array) => void): void {
    this.socket.on('data', listener);
  }

  onClose(listener: () => void): void {
    this.socket.once('close', listener);
  }

  pause(): void {
    this.socket.pause();
  }

  resume(): void {
    if (!this.socket.destroyed) this.socket.resume();
  }
}
