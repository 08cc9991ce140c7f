import { randomBytes } from 'node:crypto';
import DHT from 'hyperdht';
import createTestnet, { type Testnet } from 'hyperdht/testnet';
import { HyperswarmTransport } from '../../../electron/main/sync/hyperswarmTransport';
import { createTestPeer, type TestPeer } from './testPeer';

/** Complete peers over a HyperDHT testnet on 127.0.0.1 (real Noise handshakes, no mocks). */

export async function startTestnet(): Promise<Testnet> {
  return createTestnet(3);
}

export async function hyperswarmPeer(
  testnet: Testnet,
  name: string,
): Promise<TestPeer & { keyPair: { publicKey: Buffer; secretKey: Buffer } }> {
  const keyPair = DHT.keyPair();
  const peer = await createTestPeer({
    name,
    publicKey: keyPair.publicKey.toString('hex'),
    transport: new HyperswarmTransport({ keyPair, dht: testnet.createNode() }),
    timers: true,
  });
  // The identity key, for tests that sign with it as main does (summary confirmations).
  return Object.assign(peer, { keyPair });
}

export const newTopic = (): string => randomBytes(32).toString('hex');
export const newSpaceId = (): string => `space${randomBytes(6).toString('hex')}`;
