import { describeIssues, ipcContract, type IpcChannel } from '../../../shared/ipc/contract';
import { originOf } from '../security/urls';
import type { MainHandlers } from '../../../shared/ipc/contract';

/**
 * The one path every IPC call takes, in order: channel prefix, sender frame present, main
 * frame, trusted origin; then arguments parsed from `unknown`; then the handler; then the
 * result checked against the contract. Electron-free, so the Electron wrapper
 * (registerIpcHandlers) and the e2e harness share it.
 */

/** What is known about the frame that sent a call; null when Electron no longer has it. */
export interface IpcSender {
  url: string;
  isMainFrame: boolean;
}

export const CHANNEL_PREFIX = 'tandem:';

export function isContractChannel(channel: string): channel is IpcChannel {
  return channel.startsWith(CHANNEL_PREFIX) && Object.hasOwn(ipcContract, channel);
}

/** Throws unless the call comes from a trusted origin's main frame on a contract channel. */
export function assertTrustedSender(
  channel: string,
  sender: IpcSender | null,
  trustedOrigins: readonly string[],
): asserts channel is IpcChannel {
  if (!channel.startsWith(CHANNEL_PREFIX)) throw new Error(`Refused ${channel}: not a Tandem channel`);
  if (!isContractChannel(channel)) throw new Error(`Refused ${channel}: no such channel`);
  assertTrustedFrame(channel, sender, trustedOrigins);
}

/** The frame checks alone: present, the main frame, a trusted origin (every channel, sync ones too). */
export function assertTrustedFrame(
  channel: string,
  sender: IpcSender | null,
  trustedOrigins: readonly string[],
): asserts sender is IpcSender {
  if (sender === null) throw new Error(`Refused ${channel}: the sending frame is gone`);
  if (!sender.isMainFrame) throw new Error(`Refused ${channel} from a subframe (${sender.url})`);
  const origin = originOf(sender.url);
  if (origin === null || !trustedOrigins.includes(origin)) {
    throw new Error(`Refused ${channel} from untrusted origin ${origin ?? sender.url}`);
  }
}

/** Parses raw arguments with the channel's schema; the error names the offending field. */
export function parseArgs(channel: IpcChannel, rawArgs: unknown): unknown {
  const parsed = ipcContract[channel].args.safeParse(rawArgs);
  if (!parsed.success) throw new Error(describeIssues(`Invalid arguments for ${channel}`, parsed.error));
  return parsed.data;
}

function checkResult(channel: IpcChannel, result: unknown): unknown {
  const parsed = ipcContract[channel].result.safeParse(result);
  if (!parsed.success) throw new Error(describeIssues(`Invalid result from ${channel}`, parsed.error));
  return parsed.data;
}

export async function invokeHandler(
  handlers: MainHandlers,
  channel: string,
  rawArgs: unknown,
  sender: IpcSender | null,
  trustedOrigins: readonly string[],
): Promise<unknown> {
  assertTrustedSender(channel, sender, trustedOrigins);
  const args = parseArgs(channel, rawArgs);
  // The handler map is keyed by channel, but TypeScript cannot correlate a union key with its
  // handler's parameter type; the schema above is what makes this call well-typed.
  const handler = handlers[channel] as (args: unknown) => Promise<unknown>;
  return checkResult(channel, await handler(args));
}
