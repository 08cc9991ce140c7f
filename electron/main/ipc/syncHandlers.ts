import { z } from 'zod';
import { AT_REST_READY_NOW_CHANNEL, readyNowResultSchema } from '../../../shared/atRest/atRestIpc';
import { describeIssues } from '../../../shared/ipc/contract';
import type { AtRestService } from '../atRest/atRestService';
import { assertTrustedFrame, type IpcSender } from './invokeHandler';

/**
 * Synchronous IPC (`ipcRenderer.sendSync`), kept to the one call that must land before the
 * page's scripts run: the window's key when main already holds it. A synchronous call blocks
 * the window, so its handler never waits: it answers from memory or says "not now" (null).
 * The same checks as every invoke channel: trusted origin, main frame, arguments parsed.
 */

export const syncIpcContract = {
  [AT_REST_READY_NOW_CHANNEL]: { args: z.object({}), result: readyNowResultSchema },
} as const;

export type SyncChannel = keyof typeof syncIpcContract;
export const syncChannels = Object.keys(syncIpcContract) as SyncChannel[];

export type SyncHandlers = {
  [C in SyncChannel]: () => z.output<(typeof syncIpcContract)[C]['result']>;
};

export function createSyncHandlers(atRest: Pick<AtRestService, 'readyNow'> | undefined): SyncHandlers {
  return { [AT_REST_READY_NOW_CHANNEL]: () => atRest?.readyNow() ?? null };
}

/** Checks the caller and the arguments, then answers; throws (like invokeHandler) on refusal. */
export function answerSync(
  handlers: SyncHandlers,
  channel: SyncChannel,
  rawArgs: unknown,
  sender: IpcSender | null,
  trustedOrigins: readonly string[],
): unknown {
  assertTrustedFrame(channel, sender, trustedOrigins);
  const { args, result } = syncIpcContract[channel];
  const parsed = args.safeParse(rawArgs);
  if (!parsed.success) throw new Error(describeIssues(`Invalid arguments for ${channel}`, parsed.error));
  return result.parse(handlers[channel]());
}
