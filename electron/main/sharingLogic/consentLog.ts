import { createHash } from 'node:crypto';
import { appendFile, mkdir, open, readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  consentEventSchema,
  type ChainStatus,
  type ConsentEvent,
} from '../../../shared/sharing/consentRecord';
import type { DerivedEvent } from './consentEvents';

/**
 * The consent record on disk: one append-only file of JSON lines for all spaces, each event
 * chained to the previous event of its space by SHA-256 (docs/ARCHITECTURE.md, Consent and
 * sync). Appends are written and fsynced one after another. Reading checks the chain: an event
 * changed, removed or inserted after it was written breaks it at that place, and the record says
 * where, instead of quietly showing a rewritten history. Electron-free.
 */

export const GENESIS = '0'.repeat(64);

export function eventHash(event: Omit<ConsentEvent, 'hash'>): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        event.prev,
        event.seq,
        event.spaceId,
        event.at,
        event.actor,
        event.event,
        event.docId,
        event.kind,
        event.title,
      ]),
    )
    .digest('hex');
}

/** Checks one space's events in order: each must name the hash of the one before and match its own. */
export function checkChain(lines: readonly (ConsentEvent | null)[]): ChainStatus {
  let prev = GENESIS;
  for (const [index, event] of lines.entries()) {
    if (!event) return { ok: false, brokenAt: index + 1, reason: 'This event cannot be read.' };
    if (event.prev !== prev)
      return { ok: false, brokenAt: index + 1, reason: 'It does not follow from the event before it.' };
    const { hash, ...rest } = event;
    if (eventHash(rest) !== hash)
      return { ok: false, brokenAt: index + 1, reason: 'It was changed after it was written.' };
    prev = hash;
  }
  return { ok: true };
}

export class ConsentLog {
  private queue: Promise<unknown> = Promise.resolve();
  private lastHash = new Map<string, string>();
  private nextSeq = 0;
  private loaded: Promise<void> | null = null;
  /** The file's lines as last parsed, with its size and change time: reread only when they differ. */
  private parsed: { size: number; mtimeMs: number; lines: ParsedLine[] } | null = null;

  constructor(
    private readonly path: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** Appends events of one space (one change); never throws, reports a failed write. */
  record(
    spaceId: string,
    events: readonly DerivedEvent[],
    onProblem?: (message: string) => void,
  ): Promise<void> {
    if (events.length === 0) return this.queue.then(() => undefined);
    const run = this.queue.then(async () => {
      await this.load();
      const at = this.now();
      const lines: string[] = [];
      let prev = this.lastHash.get(spaceId) ?? GENESIS;
      for (const derived of events) {
        const body = { seq: this.nextSeq++, spaceId, at, ...derived, prev };
        const event: ConsentEvent = { ...body, hash: eventHash(body) };
        lines.push(JSON.stringify(event));
        prev = event.hash;
      }
      await mkdir(dirname(this.path), { recursive: true });
      await appendFile(this.path, `${lines.join('\n')}\n`, { mode: 0o600 });
      const handle = await open(this.path, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      this.lastHash.set(spaceId, prev);
    });
    this.queue = run.catch((error: unknown) =>
      onProblem?.(
        `The consent record could not be written (${error instanceof Error ? error.message : String(error)}).`,
      ),
    );
    return this.queue.then(() => undefined);
  }

  /** One space's events in order, and whether their chain holds. */
  async read(spaceId: string): Promise<{ events: ConsentEvent[]; chain: ChainStatus }> {
    await this.queue;
    const lines = await this.readLines();
    const mine = lines.filter((line) => line.spaceId === spaceId || line.spaceId === null);
    const events = mine.flatMap((line) => (line.event ? [line.event] : []));
    return { events, chain: checkChain(mine.map((line) => line.event)) };
  }

  private load(): Promise<void> {
    this.loaded ??= this.readLines().then((lines) => {
      for (const line of lines) {
        if (!line.event) continue;
        this.lastHash.set(line.event.spaceId, line.event.hash);
        this.nextSeq = Math.max(this.nextSeq, line.event.seq + 1);
      }
    });
    return this.loaded;
  }

  /**
   * Every line, parsed; a line that does not parse keeps its place (its space, if it says). The
   * chain is checked on every read; parsing is skipped while the file's size and change time are
   * those of the last parse (any edit on disk changes them, so it is read again and checked).
   */
  private async readLines(): Promise<ParsedLine[]> {
    let text: string;
    let size: number;
    let mtimeMs: number;
    try {
      ({ size, mtimeMs } = await stat(this.path));
      if (this.parsed?.size === size && this.parsed.mtimeMs === mtimeMs) return this.parsed.lines;
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as { code?: unknown } | null)?.code === 'ENOENT') return [];
      throw error;
    }
    const lines = parseLines(text);
    this.parsed = { size, mtimeMs, lines };
    return lines;
  }
}

type ParsedLine = { spaceId: string | null; event: ConsentEvent | null };

function parseLines(text: string): ParsedLine[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        return { spaceId: null, event: null };
      }
      const parsed = consentEventSchema.safeParse(value);
      if (parsed.success) return { spaceId: parsed.data.spaceId, event: parsed.data };
      const spaceId = (value as { spaceId?: unknown } | null)?.spaceId;
      return { spaceId: typeof spaceId === 'string' ? spaceId : null, event: null };
    });
}
