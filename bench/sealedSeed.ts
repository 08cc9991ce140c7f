import { createRecordCipher } from '../electron/main/atRest/recordCipher';
import type { HarnessMainProcess } from '../tests/e2e/harness/mainProcess';

/**
 * Documents as an encrypted profile stores them in IndexedDB: each update sealed with the
 * window's key (the one main hands the window), bound to its database `tandem/<docId>`. The
 * layout is the same in node:crypto and WebCrypto (shared/atRest/sealedRecord.ts), so the bench
 * seeds a profile the app reads as its own without typing it in.
 */
export async function sealForWindow(
  main: HarnessMainProcess,
  docs: ReadonlyMap<string, Uint8Array>,
): Promise<Map<string, Uint8Array>> {
  const status = await main.atRest.keys.status();
  if (status.state !== 'ready') throw new Error(`The harness's data key is not ready (${status.state})`);
  const cipher = createRecordCipher(status.windowKey);
  return new Map([...docs].map(([docId, update]) => [docId, cipher.seal(update, `tandem/${docId}`)]));
}
