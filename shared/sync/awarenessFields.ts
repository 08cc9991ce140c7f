import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { z } from 'zod';

/**
 * Presence crosses the wire with three fields only — name, colour, cursor — whatever else a
 * renderer puts in its awareness state. An awareness update (the y-protocols format: count, then
 * per client id, clock and JSON state) is decoded, each state parsed with zod and stripped to
 * those fields, and encoded again; anything malformed throws so the channel can be closed.
 */

export const MAX_CURSOR_JSON = 2048;

export const presenceSchema = z.object({
  name: z.string().max(80).optional(),
  colour: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .optional(),
  cursor: z
    .unknown()
    .refine(
      (value) => value === undefined || JSON.stringify(value).length <= MAX_CURSOR_JSON,
      'cursor too large',
    )
    .optional(),
});
export type Presence = z.infer<typeof presenceSchema>;

/** Keeps only the allowed fields of a state (null stays null: that client went away). */
export function stripPresence(state: unknown): Presence | null {
  if (state === null) return null;
  const parsed = presenceSchema.parse(state);
  const out: Presence = {};
  if (parsed.name !== undefined) out.name = parsed.name;
  if (parsed.colour !== undefined) out.colour = parsed.colour;
  if (parsed.cursor !== undefined) out.cursor = parsed.cursor;
  return out;
}

/**
 * Re-encodes an awareness update with every state stripped, and names the clients it is about;
 * throws on malformed input. Entries `admit` refuses are left out without their state being
 * parsed (a flood of new client ids costs a read of their ids, not of their states).
 */
export function sanitizeAwarenessUpdate(
  update: Uint8Array,
  admit: (client: number) => boolean = () => true,
): { update: Uint8Array; clients: number[]; refused: number } {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (count > 1000) throw new Error('too many awareness entries');
  const kept: { client: number; clock: number; state: string }[] = [];
  let refused = 0;
  for (let i = 0; i < count; i++) {
    const client = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const raw = decoding.readVarString(decoder);
    if (!admit(client)) {
      refused++;
      continue;
    }
    kept.push({ client, clock, state: JSON.stringify(stripPresence(JSON.parse(raw) as unknown)) });
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes after the awareness update');
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kept.length);
  for (const { client, clock, state } of kept) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return { update: encoding.toUint8Array(encoder), clients: kept.map((k) => k.client), refused };
}
