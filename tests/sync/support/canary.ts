/**
 * Privacy canary (issue 4, item 7b). Every sync test file registers the secrets it plants —
 * content of private items, ids of documents never shared — and records every plaintext frame
 * each peer sends (tapLink wraps the transport, so it sees exactly what leaves the engine).
 * `assertNothingLeaked` runs after each file and fails if any secret ever appeared.
 */

import { type PeerLink, type SyncTransport } from '../../../electron/main/sync/transport';
import { tapWrites } from './transportTap';

const secrets = new Set<string>();
const sent: { from: string; bytes: Uint8Array }[] = [];
let totalBytes = 0;

export function plantSecret(text: string): string {
  secrets.add(text);
  return text;
}

export function recordSent(from: string, bytes: Uint8Array): void {
  sent.push({ from, bytes: Uint8Array.from(bytes) });
  totalBytes += bytes.length;
}

export function sentFrameCount(): number {
  return sent.length;
}

/** Finds every planted secret in what was sent, as UTF-8 (how Yjs stores strings) and in JSON. */
export function leaks(): string[] {
  const found: string[] = [];
  const haystacks = sent.map(({ from, bytes }) => ({ from, text: Buffer.from(bytes).toString('latin1') }));
  for (const secret of secrets) {
    const needle = Buffer.from(secret, 'utf8').toString('latin1');
    for (const { from, text } of haystacks) {
      if (text.includes(needle)) found.push(`${secret} sent by ${from}`);
    }
  }
  return found;
}

export function canaryStats(): { frames: number; bytes: number; secrets: number } {
  return { frames: sent.length, bytes: totalBytes, secrets: secrets.size };
}

/** Wraps a transport so every write of every link is recorded under `name`. */
export function tapTransport(
  name: string,
  transport: SyncTransport,
  onLink?: (link: PeerLink) => void,
): SyncTransport {
  return tapWrites(transport, (bytes) => recordSent(name, bytes), onLink);
}

/** Everything one peer sent, in order (to find its channel numbers in tests). */
export function sentBy(name: string): Uint8Array[] {
  return sent.filter((entry) => entry.from === name).map((entry) => entry.bytes);
}
