import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupWSConnection } from '@y/websocket-server/utils';
import DHT from 'hyperdht';
import createTestnet, { type Testnet } from 'hyperdht/testnet';
import WebSocket, { WebSocketServer } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { DocumentMirror } from '../electron/main/mirror/DocumentMirror';
import { SpaceStore } from '../electron/main/sharingLogic/spaceStore';
import { HyperswarmTransport } from '../electron/main/sync/hyperswarmTransport';
import { mirrorReplicaStore } from '../electron/main/sync/mirrorReplicaStore';
import { SyncEngine } from '../electron/main/sync/SyncEngine';
import type { PeerLink, SyncTransport } from '../electron/main/sync/transport';
import { readDocSyncMessage } from '../shared/sync/docMessages';
import { tapWrites } from '../tests/sync/support/transportTap';
import { FrameReader, FrameType } from '../shared/sync/wireFrames';
import { summarise, type Summary } from './stats';

/**
 * Issue 4 item 9: Tandem's peer-to-peer sync beside a stock y-websocket relay
 * (@y/websocket-server 0.1.1 on loopback, y-websocket clients with `disableBc`), same edits, same
 * run, rounds interleaved:
 *  - converge: one side makes 2,000 edits while the other is away; time from the moment the
 *    connection is up (Tandem: the Noise link exists, the returning peer's engine having just
 *    started; relay: the editing client's socket is open again) until the other side has all of
 *    them. Target ≤ 2 × relay.
 *  - live: one edit at a time, from the edit until the other side's document has it; p50/p95.
 *    Target p50 < 5 ms.
 *  - bytes: everything Tandem writes to the connection (frames of both sides, control included)
 *    divided by the Yjs update bytes those frames carry. Target ≤ 1.15. secret-stream adds 20
 *    bytes of encryption header and tag to every write on top; reported separately.
 *  - connection set-up over the HyperDHT testnet (start → Noise link up), reported on its own.
 * Measures and reports; never fails on a slow number.
 */

export const OFFLINE_EDITS = 2000;
const LIVE_EDITS = 200;
const ROUNDS = 5;
const SECRET_STREAM_OVERHEAD_PER_WRITE = 20;
const CONVERGE_TARGET_RATIO = 2;
const LIVE_P50_TARGET_MS = 5;
const BYTES_TARGET_RATIO = 1.15;

export interface SyncBenchReport {
  offlineEdits: number;
  liveEdits: number;
  rounds: number;
  tandem: {
    connectionSetupMs: Summary;
    convergeMs: Summary;
    liveMs: Summary;
    bytes: ByteCount & { ratio: number; ratioWithEncryption: number };
    convergeBytes: ByteCount & { ratio: number };
    liveBytes: ByteCount & { ratio: number };
  };
  relay: { convergeMs: Summary; liveMs: Summary };
  convergeRatio: number;
  verdicts: { converge: string; liveP50: string; bytes: string };
}

interface ByteCount {
  written: number;
  writes: number;
  updateBytes: number;
}

/** The same typing for both setups: a position and a character per edit (seeded). */
function editScript(count: number, seed: number): { at: number; char: string }[] {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const out: { at: number; char: string }[] = [];
  for (let i = 0; i < count; i++) {
    // Mostly typing at the end, sometimes elsewhere, like editing a plan.
    const at = next() < 0.8 ? i : Math.floor(next() * (i + 1));
    out.push({ at, char: 'abcdefghijklmnopqrstuvwxyz '.charAt(Math.floor(next() * 27)) });
  }
  return out;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what: string, condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Resolves at the first moment `doc` satisfies `condition` (checked on every update). */
function whenDoc(doc: Y.Doc, condition: () => boolean, timeoutMs = 30_000): Promise<number> {
  return new Promise((resolve, reject) => {
    if (condition()) return resolve(performance.now());
    const timer = setTimeout(() => {
      doc.off('update', check);
      reject(new Error('document did not converge'));
    }, timeoutMs);
    const check = (): void => {
      if (!condition()) return;
      const at = performance.now();
      clearTimeout(timer);
      doc.off('update', check);
      resolve(at);
    };
    doc.on('update', check);
  });
}

// ---------- Tandem ----------

class ByteTap {
  written = 0;
  writes = 0;
  updateBytes = 0;
  private readonly readers = new Map<string, FrameReader>();

  record(name: string, bytes: Uint8Array): void {
    this.written += bytes.length;
    this.writes++;
    let reader = this.readers.get(name);
    if (!reader) {
      reader = new FrameReader((event) => {
        if (event.kind !== 'frame' || event.type !== FrameType.Sync) return;
        const message = readDocSyncMessage(event.body);
        if (message.kind !== 'step1') this.updateBytes += message.update.length;
      });
      this.readers.set(name, reader);
    }
    reader.push(bytes);
  }

  reset(): void {
    this.written = 0;
    this.writes = 0;
    this.updateBytes = 0;
  }

  snapshot(): ByteCount {
    return { written: this.written, writes: this.writes, updateBytes: this.updateBytes };
  }
}

function tapped(
  name: string,
  transport: SyncTransport,
  tap: ByteTap,
  onLink: (link: PeerLink) => void,
): SyncTransport {
  return tapWrites(transport, (bytes, index) => tap.record(`${name}#${index}`, bytes), onLink);
}

interface BenchPeer {
  dir: string;
  keyPair: ReturnType<typeof DHT.keyPair>;
  store: SpaceStore;
  mirror: DocumentMirror;
  doc: Y.Doc;
  engine: SyncEngine | null;
  linkUpAt: number | null;
}

const FROM_PEER = Symbol('from peer');
const PLAN = 'item:benchPlan';

async function benchPeer(name: string): Promise<BenchPeer> {
  const dir = await mkdtemp(join(tmpdir(), `tandem-syncbench-${name}-`));
  const mirror = new DocumentMirror({ documentsDir: join(dir, 'documents') });
  const store = await SpaceStore.open({ path: join(dir, 'spaces.json') });
  const doc = new Y.Doc();
  const peer: BenchPeer = { dir, keyPair: DHT.keyPair(), store, mirror, doc, engine: null, linkUpAt: null };
  // The renderer: every local edit goes to the mirror and to the engine.
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === FROM_PEER) return;
    void mirror.append(PLAN, update);
    peer.engine?.applyLocalUpdate(PLAN, update);
  });
  return peer;
}

async function startEngine(peer: BenchPeer, name: string, testnet: Testnet, tap: ByteTap): Promise<void> {
  peer.linkUpAt = null;
  const engine = new SyncEngine({
    store: peer.store,
    replicaStore: mirrorReplicaStore(peer.mirror),
    transport: tapped(
      name,
      new HyperswarmTransport({ keyPair: peer.keyPair, dht: testnet.createNode() }),
      tap,
      () => {
        peer.linkUpAt ??= performance.now();
      },
    ),
    onRemoteUpdate: (_docId, update) => Y.applyUpdate(peer.doc, update, FROM_PEER),
    timers: { setTimeout, clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout) },
    backoff: { initialMs: 200, maxMs: 2000 },
  });
  peer.engine = engine;
  await engine.start();
}

async function tandemRound(testnet: Testnet, script: { at: number; char: string }[]) {
  const tap = new ByteTap();
  const a = await benchPeer('a');
  const b = await benchPeer('b');
  try {
    await startEngine(a, 'a', testnet, tap);
    await startEngine(b, 'b', testnet, tap);
    const spaceId = `bench${randomBytes(6).toString('hex')}`;
    const topic = randomBytes(32).toString('hex');
    await a.store.addPairedSpace({
      spaceId,
      topic,
      myRole: 'employee',
      peerName: 'b',
      peerPublicKey: b.keyPair.publicKey.toString('hex'),
    });
    await b.store.addPairedSpace({
      spaceId,
      topic,
      myRole: 'manager',
      peerName: 'a',
      peerPublicKey: a.keyPair.publicKey.toString('hex'),
    });
    a.doc.getText('body').insert(0, '#');
    await until('connection', () => a.engine?.status(spaceId)?.connected === true);
    await a.store.proposeItem(spaceId, PLAN, { kind: 'plan', title: 'Bench plan' });
    await until('proposal', () => b.store.get(spaceId)?.items[PLAN]?.state === 'proposed');
    await b.store.respondToProposal(spaceId, PLAN, true);
    await until('first sync', () => b.doc.getText('body').toJSON() === '#');

    // B goes offline; A types meanwhile (A's app keeps running, as with the relay's client).
    await b.engine?.stop();
    b.engine = null;
    await until('A to see B gone', () => a.engine?.status(spaceId)?.connected === false);
    for (const { at, char } of script) {
      const body = a.doc.getText('body');
      body.insert(Math.min(at + 1, body.length), char);
    }
    await a.mirror.whenIdle();
    const expected = a.doc.getText('body').toJSON();

    tap.reset();
    const startedAt = performance.now();
    const converged = whenDoc(b.doc, () => b.doc.getText('body').toJSON() === expected, 60_000);
    await startEngine(b, 'b', testnet, tap);
    const convergedAt = await converged;
    const linkUpAt = b.linkUpAt ?? startedAt;
    await sleep(200);
    const convergeBytes = tap.snapshot();

    // Live edits, one at a time.
    tap.reset();
    const live: number[] = [];
    for (let i = 0; i < LIVE_EDITS; i++) {
      const body = a.doc.getText('body');
      const target = `${body.toJSON()}x`;
      const arrived = whenDoc(b.doc, () => b.doc.getText('body').length === target.length, 10_000);
      const t0 = performance.now();
      body.insert(body.length, 'x');
      live.push((await arrived) - t0);
      await sleep(2);
    }
    await sleep(100);
    const liveBytes = tap.snapshot();
    return {
      connectMs: linkUpAt - startedAt,
      convergeMs: convergedAt - linkUpAt,
      live,
      convergeBytes,
      liveBytes,
    };
  } finally {
    await a.engine?.stop();
    await b.engine?.stop();
    await a.mirror.whenIdle();
    await b.mirror.whenIdle();
    await rm(a.dir, { recursive: true, force: true });
    await rm(b.dir, { recursive: true, force: true });
  }
}

// ---------- relay ----------

async function startRelay(): Promise<{ url: string; server: Server; wss: WebSocketServer }> {
  const server = createServer((_request, response) => response.end('okay'));
  const wss = new WebSocketServer({ noServer: true });
  wss.on('connection', (socket, request) => setupWSConnection(socket, request));
  server.on('upgrade', (request, socket, head) => {
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `ws://127.0.0.1:${port}`, server, wss };
}

function provider(url: string, room: string, doc: Y.Doc, connect: boolean): WebsocketProvider {
  return new WebsocketProvider(url, room, doc, {
    connect,
    disableBc: true,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  });
}

async function relayRound(url: string, script: { at: number; char: string }[]) {
  const room = `bench-${randomBytes(6).toString('hex')}`;
  const docA = new Y.Doc();
  const docB = new Y.Doc();
  docA.getText('body').insert(0, '#');
  const providerB = provider(url, room, docB, true);
  const providerA = provider(url, room, docA, true);
  try {
    await until('relay first sync', () => docB.getText('body').toJSON() === '#');
    providerA.disconnect();
    for (const { at, char } of script) {
      const body = docA.getText('body');
      body.insert(Math.min(at + 1, body.length), char);
    }
    const expected = docA.getText('body').toJSON();
    let openAt = 0;
    providerA.on('status', ({ status }: { status: string }) => {
      if (status === 'connected' && openAt === 0) openAt = performance.now();
    });
    const converged = whenDoc(docB, () => docB.getText('body').toJSON() === expected, 60_000);
    providerA.connect();
    const convergedAt = await converged;
    await sleep(200);
    const live: number[] = [];
    for (let i = 0; i < LIVE_EDITS; i++) {
      const body = docA.getText('body');
      const length = body.length + 1;
      const arrived = whenDoc(docB, () => docB.getText('body').length === length, 10_000);
      const t0 = performance.now();
      body.insert(body.length, 'x');
      live.push((await arrived) - t0);
      await sleep(2);
    }
    return { convergeMs: convergedAt - openAt, live };
  } finally {
    providerA.destroy();
    providerB.destroy();
  }
}

// ---------- run ----------

function withRatio<T extends ByteCount>(count: T): T & { ratio: number } {
  return { ...count, ratio: Math.round((count.written / Math.max(1, count.updateBytes)) * 1000) / 1000 };
}

function add(a: ByteCount, b: ByteCount): ByteCount {
  return {
    written: a.written + b.written,
    writes: a.writes + b.writes,
    updateBytes: a.updateBytes + b.updateBytes,
  };
}

export async function measureSync(log: (line: string) => void): Promise<SyncBenchReport> {
  const script = editScript(OFFLINE_EDITS, 7);
  const testnet = await createTestnet(3);
  const relay = await startRelay();
  const tandem: Awaited<ReturnType<typeof tandemRound>>[] = [];
  const relayRuns: Awaited<ReturnType<typeof relayRound>>[] = [];
  try {
    // One unmeasured round each first: JIT warm-up of both stacks (the relay's first round was
    // 5–20 × its later ones).
    await relayRound(relay.url, script);
    await tandemRound(testnet, script);
    for (let round = 0; round < ROUNDS; round++) {
      relayRuns.push(await relayRound(relay.url, script));
      tandem.push(await tandemRound(testnet, script));
      const t = tandem.at(-1)!;
      const r = relayRuns.at(-1)!;
      log(
        `  round ${round + 1}: converge Tandem ${t.convergeMs.toFixed(1)} ms / relay ${r.convergeMs.toFixed(1)} ms; ` +
          `connection set-up ${t.connectMs.toFixed(0)} ms`,
      );
    }
  } finally {
    for (const client of relay.wss.clients) client.terminate();
    relay.wss.close();
    relay.server.close();
    await testnet.destroy();
  }
  const zero: ByteCount = { written: 0, writes: 0, updateBytes: 0 };
  const convergeBytes = tandem.map((t) => t.convergeBytes).reduce(add, zero);
  const liveBytes = tandem.map((t) => t.liveBytes).reduce(add, zero);
  const bytes = add(convergeBytes, liveBytes);
  const withEncryption =
    (bytes.written + bytes.writes * SECRET_STREAM_OVERHEAD_PER_WRITE) / Math.max(1, bytes.updateBytes);
  const tandemConverge = summarise(tandem.map((t) => t.convergeMs));
  const relayConverge = summarise(relayRuns.map((r) => r.convergeMs));
  const liveMs = summarise(tandem.flatMap((t) => t.live));
  const convergeRatio = Math.round((tandemConverge.median / relayConverge.median) * 100) / 100;
  const bytesReport = { ...withRatio(bytes), ratioWithEncryption: Math.round(withEncryption * 1000) / 1000 };
  return {
    offlineEdits: OFFLINE_EDITS,
    liveEdits: LIVE_EDITS,
    rounds: ROUNDS,
    tandem: {
      connectionSetupMs: summarise(tandem.map((t) => t.connectMs)),
      convergeMs: tandemConverge,
      liveMs: { ...liveMs, samples: liveMs.samples.slice(0, 20) },
      bytes: bytesReport,
      convergeBytes: withRatio(convergeBytes),
      liveBytes: withRatio(liveBytes),
    },
    relay: {
      convergeMs: relayConverge,
      liveMs: (() => {
        const s = summarise(relayRuns.flatMap((r) => r.live));
        return { ...s, samples: s.samples.slice(0, 20) };
      })(),
    },
    convergeRatio,
    verdicts: {
      converge: convergeRatio <= CONVERGE_TARGET_RATIO ? 'PASS' : 'MISS',
      liveP50: liveMs.median < LIVE_P50_TARGET_MS ? 'PASS' : 'MISS',
      bytes: bytesReport.ratio <= BYTES_TARGET_RATIO ? 'PASS' : 'MISS',
    },
  };
}

export function describeSyncReport(report: SyncBenchReport): string[] {
  const { tandem, relay } = report;
  return [
    `(i) sync, ${report.offlineEdits} offline edits, ${report.rounds} rounds: converge once connected ` +
      `Tandem median ${tandem.convergeMs.median} ms vs relay ${relay.convergeMs.median} ms ` +
      `(ratio ${report.convergeRatio}, target ≤ ${CONVERGE_TARGET_RATIO}) → ${report.verdicts.converge}`,
    `    live edit: Tandem p50 ${tandem.liveMs.median} ms, p95 ${tandem.liveMs.p95} ms ` +
      `(relay p50 ${relay.liveMs.median} ms, p95 ${relay.liveMs.p95} ms; target p50 < ${LIVE_P50_TARGET_MS}) → ${report.verdicts.liveP50}`,
    `    bytes written / Yjs update bytes: ${tandem.bytes.ratio} overall (target ≤ ${BYTES_TARGET_RATIO}) → ${report.verdicts.bytes}; ` +
      `converge ${tandem.convergeBytes.ratio}, live ${tandem.liveBytes.ratio}; ` +
      `with secret-stream's 20 B per write ${tandem.bytes.ratioWithEncryption}`,
    `    connection set-up over the HyperDHT testnet: median ${tandem.connectionSetupMs.median} ms, ` +
      `p95 ${tandem.connectionSetupMs.p95} ms`,
  ];
}

// `node --import tsx bench/syncBench.ts` runs this part alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  measureSync((line) => process.stdout.write(`${line}\n`)).then(
    (report) => {
      for (const line of describeSyncReport(report)) process.stdout.write(`${line}\n`);
      process.stdout.write(`${JSON.stringify({ ...report }, null, 2)}\n`);
      process.exit(0);
    },
    (error: unknown) => {
      process.stderr.write(`sync bench failed: ${String(error)}\n`);
      process.exit(1);
    },
  );
}
