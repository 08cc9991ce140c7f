import { z } from 'zod';
import { pdfPageSizeSchema } from './pdfPageSize';

/**
 * A one-on-one meeting to PDF (issue 17, point 4): the channel's arguments, and the print
 * view's address that main's hidden window loads. The print window has no preload, so it cannot
 * ask main whether a summary confirmation's signature checks: main checks the confirmations
 * first and puts the signatures that do into the address. The print view then shows a stored
 * confirmation as confirmed only when its signature is in that list.
 */

export const urlSafeId = (what: string) => z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, `must be a ${what} id`);
const signatureSchema = z.string().regex(/^[0-9a-f]{128}$/, 'must be 64 bytes of hex');

/** A summary confirmation as the window read it from the space, for main to check. */
export const storedConfirmationArgSchema = z.object({
  role: z.enum(['employee', 'manager']),
  version: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex'),
  at: z.number().int().nonnegative(),
  name: z.string().max(80),
  paraphrase: z.string().max(2000).nullable(),
  signature: z.string().max(200),
});

export const exportMeetingPdfArgsSchema = z.object({
  spaceId: urlSafeId('space'),
  meetingId: urlSafeId('meeting'),
  pageSize: pdfPageSizeSchema,
  /** The confirmations stored for this meeting, as the window read them, for main to check. */
  confirmations: z.array(storedConfirmationArgSchema).max(2),
});
export type ExportMeetingPdfArgs = z.infer<typeof exportMeetingPdfArgsSchema>;

export interface MeetingPrintRequest {
  spaceId: string;
  meetingId: string;
  pageSize: z.infer<typeof pdfPageSizeSchema>;
  /** Signatures main checked and found good. */
  signed: readonly string[];
}

/** `/print/meetings/<spaceId>/<meetingId>?size=A4&signed=<hex>,<hex>` (every part url-safe). */
export function meetingPrintPath({ spaceId, meetingId, pageSize, signed }: MeetingPrintRequest): string {
  return `/print/meetings/${spaceId}/${meetingId}?size=${pageSize}&signed=${signatureList(signed)}`;
}

/** Signatures for a print address, comma-separated; anything that is not one is dropped. */
export function signatureList(signed: readonly string[]): string {
  return signed.filter((s) => signatureSchema.safeParse(s).success).join(',');
}

/** The signatures in a print address; anything that is not one is dropped. */
export function signedFromSearch(value: string | null): string[] {
  return (value ?? '').split(',').filter((s) => signatureSchema.safeParse(s).success);
}

export const meetingPdfIpcContract = {
  /** Print a meeting (agenda, shared notes, action items, summary and confirmations) to PDF. */
  'tandem:meeting:exportPdf': {
    args: exportMeetingPdfArgsSchema,
    result: z.discriminatedUnion('status', [
      z.object({ status: z.literal('saved'), path: z.string() }),
      z.object({ status: z.literal('cancelled') }),
      z.object({ status: z.literal('failed'), message: z.string() }),
    ]),
  },
} as const;
