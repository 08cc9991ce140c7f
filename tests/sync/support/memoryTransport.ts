import type { PeerLink, SyncTransport } from '../../../electron/main/sync/transport';

/**
 * An in-memory SyncTransport: transports on one MemoryNetwork that share a topic and admit each
 * other's keys get a link pair. Every write is delivered asynchronously through `faults`, which
 * may drop, duplicate, delay (and so reorder) it. Used for the seeded fault runs, where hundreds
 * of runs must stay fast; the real Noise transport is covered by the testnet tests.
 */

export interface Faults {
  /** Decides what happens to one write: deliver after `delaysMs` (one entry per copy; none = dropped). */
  plan(bytes: Uint8Array): number[];
}

const deliverOnce: Faults = { plan: () => [0] };

export class MemoryNetwork {
  faults: Faults = deliverOnce;
  private readonly members = new Map<string, MemoryTransport>();
  private readonly links = new Set<MemoryLink>();

  register(transport: MemoryTransport): void {
    this.members.set(transport.key, transport);
  }

  /** Connects every pair on a common topic that admits each other and is not connected yet. */
  connectAll(): void {
    const all = [...this.members.values()];
    for (const a of all) {
      for (const b of all) {
        if (a.key >= b.key || a.destroyed || b.destroyed) continue;
        if (![...a.topics].some((topic) => b.topics.has(topic))) continue;
        if (!a.admits(b.key) || !b.admits(a.key)) continue;
        if ([...this.links].some((link) => link.local === a.key && link.remoteKey === b.key)) continue;
        const ab = new MemoryLink(this, a.key, b.key);
        const ba = new MemoryLink(this, b.key, a.key);
        ab.other = ba;
        ba.other = ab;
        this.links.add(ab);
        this.links.add(ba);
        a.emit(ab);
        b.emit(ba);
      }
    }
  }

  /** Drops every connection (both sides see it close). */
  disconnectAll(): void {
    for (const link of [...this.links]) link.close();
  }

  linkCount(): number {
    return this.links.size;
  }

  forget(link: MemoryLink): void {
    this.links.delete(link);
  }
}

export class MemoryLink implements PeerLink {
  other: MemoryLink | null = null;
  private closed = false;
  private readonly dataListeners: ((bytes: Uint8Array) => void)[] = [];
  private readonly closeListeners: (() => void)[] = [];

  constructor(
    private readonly network: MemoryNetwork,
    readonly local: string,
    readonly remoteKey: string,
  ) {}

  write(bytes: Uint8Array): void {
    if (this.closed) return;
    const copy = Uint8Array.from(bytes);
    for (const delay of this.network.faults.plan(copy)) {
      setTimeout(() => this.other?.receive(copy), delay);
    }
  }

  receive(bytes: Uint8Array): void {
    if (this.closed) return;
    for (const listener of this.dataListeners) listener(bytes);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.network.forget(this);
    for (const listener of this.closeListeners) listener();
    this.other?.close();
  }

  onData(listener: (bytes: Uint8Array) => void): void {
    this.dataListeners.push(listener);
  }

  onClose(listener: () => void): void {
    this.closeListeners.push(listener);
  }
}

export class MemoryTransport implements SyncTransport {
  readonly topics = new Set<string>();
  destroyed = false;
  private isAdmitted: (remoteKey: string) => boolean = () => false;
  private readonly listeners: ((link: PeerLink) => void)[] = [];

  constructor(
    private readonly network: MemoryNetwork,
    readonly key: string,
  ) {
    network.register(this);
  }

  admits(remoteKey: string): boolean {
    return this.isAdmitted(remoteKey);
  }

  emit(link: PeerLink): void {
    for (const listener of this.listeners) listener(link);
  }

  setAdmittedKeys(isAdmitted: (remoteKey: string) => boolean): void {
    this.isAdmitted = isAdmitted;
  }

  join(topic: string): Promise<void> {
    this.topics.add(topic);
    this.network.connectAll();
    return Promise.resolve();
  }

  leave(topic: string): Promise<void> {
    this.topics.delete(topic);
    return Promise.resolve();
  }

  refresh(): Promise<void> {
    this.network.connectAll();
    return Promise.resolve();
  }

  onConnection(listener: (link: PeerLink) => void): void {
    this.listeners.push(listener);
  }

  destroy(): Promise<void> {
    this.destroyed = true;
    return Promise.resolve();
  }
}
