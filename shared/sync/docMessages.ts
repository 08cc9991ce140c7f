import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

/**
 * The y-protocols sync messages of one document channel (step 1, step 2, update), read
 * defensively: y-protocols' own reader logs and swallows a bad update, and the engine needs to
 * know, to close the channel. Writing uses y-protocols itself, so the bytes are the standard ones.
 */

export type DocSyncMessage =
  | { kind: 'step1'; stateVector: Uint8Array }
  | { kind: 'step2'; update: Uint8Array }
  | { kind: 'update'; update: Uint8Array };

/** Throws on anything that is not exactly one well-formed message. */
export function readDocSyncMessage(body: Uint8Array): DocSyncMessage {
  const decoder = decoding.createDecoder(body);
  const type = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes after the sync message');
  switch (type) {
    case syncProtocol.messageYjsSyncStep1:
      Y.decodeStateVector(payload);
      return { kind: 'step1', stateVector: payload };
    case syncProtocol.messageYjsSyncStep2:
      Y.decodeUpdate(payload);
      return { kind: 'step2', update: payload };
    case syncProtocol.messageYjsUpdate:
      Y.decodeUpdate(payload);
      return { kind: 'update', update: payload };
    default:
      throw new Error(`unknown sync message type ${type}`);
  }
}

export function writeStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

export function writeStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return encoding.toUint8Array(encoder);
}

export function writeUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}
