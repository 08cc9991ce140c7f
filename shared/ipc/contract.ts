import { z } from 'zod';
import {
  reminderSnoozeArgsSchema,
  reminderSnoozeResultSchema,
  reminderSyncArgsSchema,
  reminderSyncResultSchema,
} from '../cadence/reminderSchemas';
import { atRestIpcContract } from '../atRest/atRestIpc';
import { recoveryIpcContract } from '../atRest/recoveryIpc';
import { lockSettingsIpcContract } from '../atRest/lockSettings';
import { sharingIpcContract } from '../sharing/sharingIpc';
import { backupIpc, exportIpc } from '../export/exportIpc';
import { localPresenceSchema, remotePeopleSchema } from '../sync/presenceRelay';
import { uiLocaleSchema } from '../i18n/locales';
import {
  meetingPdfIpcContract,
  signatureList,
  storedConfirmationArgSchema,
  urlSafeId,
} from './meetingPdfIpc';
import { pdfPageSizeSchema, type PdfPageSize } from './pdfPageSize';
import { englishIssueMessage } from '../schema/validation';

/**
 * The one IPC contract between the renderer and main. Every channel is named
 * `tandem:<domain>:<verb>`, takes one argument object and returns one result, both described
 * here with zod. Main parses arguments from `unknown` with these schemas; the preload exposes
 * exactly these channels as `window.tandem.<domain>.<verb>(args)`.
 */

/** Document ids: `vault`, `item:<id>`, `space:<id>`, `search-index`; ids are url-safe. */
export const docIdSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z][a-z-]*(:[A-Za-z0-9_-]+)?$/, 'must look like "vault" or "item:<id>"');

/** Largest single update the renderer may hand to the disk mirror (a 1 MB paste plus structure). */
export const MAX_MIRROR_UPDATE_BYTES = 16 * 1024 * 1024;

const bytesSchema = z.custom<Uint8Array>(
  (value) => value instanceof Uint8Array,
  'must be bytes (a Uint8Array)',
);

/** Longest text the renderer may put on the clipboard (an invitation code is a few hundred characters). */
export const MAX_CLIPBOARD_TEXT = 100_000;

export { pdfPageSizeSchema, type PdfPageSize } from './pdfPageSize';

/** Meetings are at most this many on one plan's PDF (about a year of weekly one-on-ones, four times). */
export const MAX_PLAN_CONVERSATIONS = 200;

export const exportPlanPdfArgsSchema = z.object({
  planId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a plan id'),
  pageSize: pdfPageSizeSchema,
  /** Signature lines for the employee and the manager at the end. */
  includeAcknowledgement: z.boolean(),
  /**
   * The closed one-on-ones that discussed this plan (issue 17), as the window found them, with
   * their summaries' stored confirmations for main to check. Absent from older windows: the
   * PDF then has no conversations section.
   */
  conversations: z
    .array(
      z.object({
        spaceId: urlSafeId('space'),
        meetingId: urlSafeId('meeting'),
        confirmations: z.array(storedConfirmationArgSchema).max(2),
      }),
    )
    .max(MAX_PLAN_CONVERSATIONS)
    .optional(),
});
export type ExportPlanPdfArgs = z.infer<typeof exportPlanPdfArgsSchema>;

/** What main's print window loads: the plan, and the meetings with the signatures main checked. */
export interface PlanPrintRequest {
  planId: string;
  pageSize: PdfPageSize;
  includeAcknowledgement: boolean;
  meetings?: readonly { spaceId: string; meetingId: string }[];
  signed?: readonly string[];
}

/**
 * The print view's address inside the app (hash route), shared by main's print window and the
 * renderer's route so the two cannot disagree:
 * `/print/plans/<id>?size=A4&ack=1&meetings=<space>.<meeting>,…&signed=<hex>,…`.
 */
export function planPrintPath({
  planId,
  pageSize,
  includeAcknowledgement,
  meetings = [],
  signed = [],
}: PlanPrintRequest): string {
  // Every part is already url-safe: the ids by their schemas, the size an enum, the
  // signatures hex ('.' and ',' are in none of them).
  const base = `/print/plans/${planId}?size=${pageSize}&ack=${includeAcknowledgement ? '1' : '0'}`;
  if (meetings.length === 0) return base;
  const listed = meetings.map((m) => `${m.spaceId}.${m.meetingId}`).join(',');
  return `${base}&meetings=${listed}&signed=${signatureList(signed)}`;
}

/** The meetings a plan's print address names; anything malformed is dropped. */
export function meetingsFromSearch(value: string | null): { spaceId: string; meetingId: string }[] {
  const id = urlSafeId('any');
  return (value ?? '').split(',').flatMap((pair) => {
    const parts = pair.split('.');
    const [spaceId, meetingId] = parts;
    return parts.length === 2 && id.safeParse(spaceId).success && id.safeParse(meetingId).success
      ? [{ spaceId: String(spaceId), meetingId: String(meetingId) }]
      : [];
  });
}

export const ipcContract = {
  'tandem:app:getInfo': {
    args: z.object({}),
    result: z.object({
      name: z.string(),
      version: z.string(),
      platform: z.enum(['darwin', 'win32', 'linux', 'other']),
    }),
  },
  /** The language in use and the person's choice (null: follow the system), as main keeps them. */
  'tandem:app:getLocale': {
    args: z.object({}),
    result: z.object({ locale: uiLocaleSchema, choice: uiLocaleSchema.nullable() }),
  },
  /** Settings → Language: main keeps the choice (locale.json) and speaks it from now on. */
  'tandem:app:setLocale': {
    args: z.object({ choice: uiLocaleSchema.nullable() }),
    result: z.object({ locale: uiLocaleSchema }),
  },
  /** Encryption at rest: the window's key, and the passphrase choices (shared/atRest/atRestIpc.ts). */
  ...atRestIpcContract,
  /** The recovery key: made in Settings, typed at start (shared/atRest/recoveryIpc.ts). */
  ...recoveryIpcContract,
  /** When Tandem locks by itself (shared/atRest/lockSettings.ts). */
  ...lockSettingsIpcContract,
  /** Append one Yjs update to the durable on-disk copy of a document. */
  'tandem:mirror:append': {
    args: z.object({
      docId: docIdSchema,
      update: bytesSchema.refine((u) => u.byteLength > 0 && u.byteLength <= MAX_MIRROR_UPDATE_BYTES, {
        message: `must be 1 byte to ${MAX_MIRROR_UPDATE_BYTES} bytes`,
      }),
    }),
    result: z.object({ bytesOnDisk: z.number().int().nonnegative() }),
  },
  /** The durable copy of a document as one merged update, or null when there is none. */
  'tandem:mirror:load': {
    args: z.object({ docId: docIdSchema }),
    result: z.object({ update: bytesSchema.nullable(), damagedRecords: z.number().int().nonnegative() }),
  },
  /**
   * Emptying the trash: everything stored on disk for one item goes. Only items: the vault and
   * shared documents are never purged from the window.
   */
  'tandem:mirror:purge': {
    args: z.object({
      docId: docIdSchema.refine((id) => id.startsWith('item:'), { message: 'must be an item ("item:<id>")' }),
    }),
    result: z.object({}),
  },
  /** After a purge: the document rewritten without deleted content (the purged item's record). */
  'tandem:mirror:compactCollected': {
    args: z.object({ docId: docIdSchema }),
    result: z.object({}),
  },
  /** Open an http(s) or mailto link from an entry in the user's browser. */
  'tandem:shell:openExternal': {
    args: z.object({
      url: z
        .string()
        .max(4096)
        .refine((u) => /^(https?:|mailto:)/i.test(u), { message: 'must be an http, https or mailto link' }),
    }),
    result: z.object({ opened: z.boolean() }),
  },
  /**
   * Puts text the person asked to copy (an invitation code) on the system clipboard. Main does
   * it: the window's permission handler denies every web permission, the clipboard's included.
   */
  'tandem:clipboard:writeText': {
    args: z.object({ text: z.string().min(1).max(MAX_CLIPBOARD_TEXT) }),
    result: z.object({ copied: z.boolean() }),
  },
  /** The reminders that are (or will be) due; replaces the previous set. Main raises them. */
  'tandem:reminders:sync': {
    args: reminderSyncArgsSchema,
    result: reminderSyncResultSchema,
  },
  /** Holds one reminder until an instant (see `snoozeUntil` in shared/cadence). */
  'tandem:reminders:snooze': {
    args: reminderSnoozeArgsSchema,
    result: reminderSnoozeResultSchema,
  },
  /**
   * The desktop reminder the person clicked, if the window has not opened it yet (null when
   * none): asked as the window starts, since a click that reopened the window came before it
   * listened, and after each `openReminder` event so a click is opened once.
   */
  'tandem:reminders:takeClicked': {
    args: z.object({}),
    result: z.object({ reminderId: z.string().min(1).max(300).nullable() }),
  },
  /** Identity, invitations, spaces and per-item consent (shared/sharing/sharingIpc.ts). */
  ...sharingIpcContract,
  /**
   * This user's presence (name, colour, cursor) in a document, or null on leaving it; main hands
   * it to the sync engine. Answers with the other person's clients present there now, so a
   * meeting opened after they arrived shows them at once.
   */
  'tandem:presence:set': {
    args: z.object({ docId: docIdSchema, presence: localPresenceSchema }),
    result: z.object({ people: remotePeopleSchema }),
  },
  /**
   * Print a plan to PDF (main renders the print view in a hidden window) and save it where the
   * user picks. A failure comes back as a message to show; no half-written file is left.
   */
  'tandem:plan:exportPdf': {
    args: exportPlanPdfArgsSchema,
    result: z.discriminatedUnion('status', [
      z.object({ status: z.literal('saved'), path: z.string() }),
      z.object({ status: z.literal('cancelled') }),
      z.object({ status: z.literal('failed'), message: z.string() }),
    ]),
  },
  ...meetingPdfIpcContract,
  /** Journal exports (Markdown .zip, JSON) and JSON import; see shared/export/exportIpc.ts. */
  'tandem:export:chooseTarget': exportIpc.chooseTarget,
  'tandem:export:write': exportIpc.write,
  'tandem:export:openJson': exportIpc.openJson,
  /** Full backup and restore; see shared/export/exportIpc.ts. */
  'tandem:backup:status': backupIpc.status,
  'tandem:backup:write': backupIpc.write,
  'tandem:backup:open': backupIpc.open,
  'tandem:backup:unlock': backupIpc.unlock,
  'tandem:backup:restore': backupIpc.restore,
  'tandem:backup:discard': backupIpc.discard,
} as const;

export type IpcContract = typeof ipcContract;
export type IpcChannel = keyof IpcContract;
export type IpcArgs<C extends IpcChannel> = z.input<IpcContract[C]['args']>;
/** Arguments as main's handler sees them: already parsed by the channel's schema. */
export type IpcParsedArgs<C extends IpcChannel> = z.output<IpcContract[C]['args']>;
export type IpcResult<C extends IpcChannel> = z.output<IpcContract[C]['result']>;

/** What main answers on each channel, derived from the contract like `TandemApi`. */
export type MainHandlers = {
  [C in IpcChannel]: (args: IpcParsedArgs<C>) => Promise<IpcResult<C>>;
};

type DomainOf<C extends string> = C extends `tandem:${infer D}:${string}` ? D : never;
type VerbOf<C extends string, D extends string> = C extends `tandem:${D}:${infer V}` ? V : never;

/** The shape of `window.tandem`, derived from the contract so the two cannot drift. */
export type TandemApi = {
  [D in DomainOf<IpcChannel>]: {
    [V in VerbOf<IpcChannel, D>]: (
      args: IpcArgs<`tandem:${D}:${V}` & IpcChannel>,
    ) => Promise<IpcResult<`tandem:${D}:${V}` & IpcChannel>>;
  };
};

export const ipcChannels = Object.keys(ipcContract) as IpcChannel[];

/** Splits `tandem:mirror:append` into its domain and verb. */
export function channelParts(channel: IpcChannel): { domain: string; verb: string } {
  const [, domain, verb] = channel.split(':');
  if (!domain || !verb) throw new Error(`Malformed IPC channel name: ${channel}`);
  return { domain, verb };
}

/**
 * Formats a zod error so the message names the offending field, e.g.
 * `Invalid arguments for tandem:mirror:append: docId must look like "vault" or "item:<id>"`.
 */
export function describeIssues(context: string, error: z.ZodError): string {
  const parts = error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(arguments)';
    return `${field} ${englishIssueMessage(issue)}`;
  });
  return `${context}: ${parts.join('; ')}`;
}
