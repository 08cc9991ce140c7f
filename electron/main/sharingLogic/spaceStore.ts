import { randomBytes } from 'node:crypto';
import { describeFirstIssue } from '../../../shared/schema/validation';
import type { SpaceAnnouncement } from '../../../shared/sync/spaceAnnouncement';
import {
  itemKindSchema,
  MAX_TITLE_LENGTH,
  offerableDocIdSchema,
} from '../../../shared/sync/spaceAnnouncement';
import { spaceIdSchema } from '../../../shared/sharing/inviteCode';
import { preserveDamagedConsentFile, readConsentFile, writeConsentFile } from './consentFile';
import {
  announcementFor,
  isOver,
  reconcileAnnouncement,
  spaceMayExchange,
  spaceRecordSchema,
  spaceTakesIn,
  type ConsentFile,
  type SharedItem,
  type SpaceRecord,
} from './spaceConsent';

/**
 * Local consent state for sharing (docs/ARCHITECTURE.md, Consent and sync), one JSON file. Electron-free.
 *
 * Fails closed: a missing, unreadable or invalid file loads as "no spaces, nothing shared"; the
 * reason goes to `onProblem` and the damaged file is copied aside before anything replaces it.
 *
 * Changes run one after another. A change that narrows what flows (pause, unshare, decline,
 * leave) takes effect in memory at once, even if saving it fails (the failure is reported); a
 * change that widens it (turn on, propose, accept, pair) takes effect only once it is saved.
 */

export type { SharedItem, SpaceRecord } from './spaceConsent';

export interface SpaceStoreOptions {
  /** `<userData>/sharing/spaces.json` */
  path: string;
  /** Told about an unreadable consent file and about saves that failed after a narrowing change. */
  onProblem?: (message: string) => void;
  /**
   * True for documents that exist in this user's own vault. A peer offering one of those is
   * ignored, so nobody can get this user to "accept" (and so send) their own private document.
   */
  isLocalDocument?: (docId: string) => boolean;
  now?: () => Date;
  /** 32 random bytes as hex; the topic a left space is moved to. */
  randomTopic?: () => string;
  /** Told of each change to a space as it takes effect (the consent record derives its events). */
  onChanged?: (before: SpaceRecord | undefined, after: SpaceRecord) => void;
}

export interface NewPairedSpace {
  spaceId: string;
  topic: string;
  myRole: 'employee' | 'manager';
  peerName: string;
  peerPublicKey: string;
}

export type SpaceStoreListener = (spaceId: string) => void;

type Effect = 'narrows' | 'widens';

export class SpaceStore {
  private readonly spaces = new Map<string, SpaceRecord>();
  private readonly listeners = new Set<SpaceStoreListener>();
  private queue: Promise<unknown> = Promise.resolve();
  private damagedFileToPreserve = false;

  private constructor(private readonly options: SpaceStoreOptions) {}

  /** Never throws: an unusable file gives an empty store and a reported problem. */
  static async open(options: SpaceStoreOptions): Promise<SpaceStore> {
    const store = new SpaceStore(options);
    const read = await readConsentFile(options.path);
    if (read.ok) {
      for (const space of read.file.spaces) store.spaces.set(space.spaceId, deepFreeze(space));
    } else {
      store.damagedFileToPreserve = true;
      options.onProblem?.(`${read.problem} Nothing is shared until sharing is set up again.`);
    }
    return store;
  }

  list(): readonly SpaceRecord[] {
    return [...this.spaces.values()];
  }

  get(spaceId: string): SpaceRecord | undefined {
    return this.spaces.get(spaceId);
  }

  /** The one question the sync engine asks before any document byte leaves or is taken in. */
  mayExchange(spaceId: string, docId: string): boolean {
    return spaceMayExchange(this.spaces.get(spaceId), docId);
  }

  /** Asked for each change the peer sends: may it be applied here? (A reflection I wrote: no.) */
  mayTakeIn(spaceId: string, docId: string): boolean {
    return spaceTakesIn(this.spaces.get(spaceId), docId);
  }

  subscribe(listener: SpaceStoreListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Records a space after pairing. Pairing again with the same key and topic returns the
   * existing space; a space that was left (by either person) is replaced by the new pairing,
   * with fresh consent: a new invitation is the only way back.
   */
  addPairedSpace(input: NewPairedSpace): Promise<SpaceRecord> {
    const candidate = spaceRecordSchema.parse({
      ...input,
      topic: input.topic.toLowerCase(),
      peerPublicKey: input.peerPublicKey.toLowerCase(),
      sharing: 'on',
      peerSharing: 'unknown',
      left: false,
      items: {},
    });
    return this.change(candidate.spaceId, 'widens', (existing) => {
      if (existing && !isOver(existing)) {
        if (existing.peerPublicKey === candidate.peerPublicKey && existing.topic === candidate.topic) {
          return existing;
        }
        throw new Error(`Space ${candidate.spaceId} is already paired with someone else.`);
      }
      return candidate;
    }).then(() => {
      const saved = this.spaces.get(candidate.spaceId);
      if (!saved) throw new Error(`Space ${candidate.spaceId} was not saved.`);
      return saved;
    });
  }

  setSharing(spaceId: string, on: boolean): Promise<void> {
    return this.change(spaceId, on ? 'widens' : 'narrows', (space) => {
      const current = this.requireActive(spaceId, space);
      return { ...current, sharing: on ? 'on' : 'paused' };
    });
  }

  /** Offers one of my items into the space (or offers it again after unsharing). */
  proposeItem(spaceId: string, docId: string, item: { kind: string; title: string }): Promise<void> {
    offerableDocIdSchema.parse(docId);
    const kind = itemKindSchema.parse(item.kind);
    const title = item.title.slice(0, MAX_TITLE_LENGTH);
    return this.change(spaceId, 'widens', (space) => {
      const current = this.requireActive(spaceId, space);
      const existing = ownItem(current, docId);
      if (existing?.offeredBy === 'peer') throw new Error('That item was offered by the other person.');
      for (const other of this.spaces.values()) {
        const there = other.spaceId === spaceId ? undefined : ownItem(other, docId);
        if (there?.offeredBy === 'peer') throw new Error('That item belongs to someone else.');
      }
      const state = existing && existing.state !== 'withdrawn' ? existing.state : 'proposed';
      return withItem(current, docId, { kind, title, offeredBy: 'me', state });
    });
  }

  /** Accepts or declines an item the other person offered; a decision can be changed later. */
  respondToProposal(spaceId: string, docId: string, accept: boolean): Promise<void> {
    return this.change(spaceId, accept ? 'widens' : 'narrows', (space) => {
      const current = this.requireActive(spaceId, space);
      const item = ownItem(current, docId);
      if (!item || item.offeredBy !== 'peer') throw new Error('There is no such proposal in this space.');
      if (item.state === 'withdrawn') {
        if (accept) throw new Error(`${current.peerName} has stopped sharing that item.`);
        return current;
      }
      return withItem(current, docId, { ...item, state: accept ? 'accepted' : 'declined' });
    });
  }

  /** Stops an item flowing: my own offer is withdrawn, a received one is no longer accepted. */
  unshareItem(spaceId: string, docId: string): Promise<void> {
    return this.change(spaceId, 'narrows', (space) => {
      const current = this.requireActive(spaceId, space);
      const item = ownItem(current, docId);
      if (!item) return current;
      const state =
        item.offeredBy === 'me' ? 'withdrawn' : item.state === 'withdrawn' ? 'withdrawn' : 'declined';
      return withItem(current, docId, { ...item, state });
    });
  }

  /** Leaves for good: nothing flows, the pinned key is dropped by the engine, the topic rotates. */
  leave(spaceId: string): Promise<void> {
    return this.change(spaceId, 'narrows', (space) => {
      if (!space) throw new Error('There is no such space.');
      if (space.left) return space;
      return { ...space, left: true, sharing: 'paused', topic: this.randomTopic() };
    });
  }

  /**
   * Replaces every space with `records` (a backup restored with its identity). Every record is
   * checked first and a bad one is refused with its reason, changing nothing; the new set is
   * saved before it applies (like any widening change). Listeners hear of each space that
   * appeared, changed or went away, so the engine re-pins keys and joins the topics.
   */
  replaceAll(records: readonly SpaceRecord[]): Promise<void> {
    const run = this.queue.then(async () => {
      const next = new Map<string, SpaceRecord>();
      for (const [index, record] of records.entries()) {
        const parsed = spaceRecordSchema.safeParse(record);
        if (!parsed.success) {
          throw new Error(
            `Space record ${index + 1} is not valid (${describeFirstIssue(parsed.error, 'record')}); no space was changed.`,
          );
        }
        if (next.has(parsed.data.spaceId))
          throw new Error(`Space ${parsed.data.spaceId} is listed twice; no space was changed.`);
        next.set(parsed.data.spaceId, deepFreeze(parsed.data));
      }
      await this.save(next);
      const before = new Map(this.spaces);
      this.spaces.clear();
      for (const [spaceId, space] of next) this.spaces.set(spaceId, space);
      for (const spaceId of new Set([...before.keys(), ...next.keys()])) {
        if (JSON.stringify(before.get(spaceId)) !== JSON.stringify(next.get(spaceId))) this.notify(spaceId);
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** What this side tells the peer about a space, or null for an unknown space. */
  announcementFor(spaceId: string): SpaceAnnouncement | null {
    const space = this.spaces.get(spaceId);
    return space ? announcementFor(space) : null;
  }

  /** Folds in what the peer announced (the engine calls this; zod-parsed already). */
  applyPeerAnnouncement(announcement: SpaceAnnouncement): Promise<void> {
    // The peer's own switch and answers are its truth; applying them at once is never wider
    // than what both people have agreed to.
    return this.change(announcement.spaceId, 'narrows', (space) => {
      if (!space) return space;
      return reconcileAnnouncement(space, announcement, {
        isOwnDocument: (docId) =>
          (this.options.isLocalDocument?.(docId) ?? false) ||
          [...this.spaces.values()].some(
            (other) => other.spaceId !== space.spaceId && ownItem(other, docId) !== undefined,
          ),
      });
    });
  }

  /** Resolves once every change asked for so far is saved (or failed). */
  whenSaved(): Promise<void> {
    return this.queue.then(
      () => undefined,
      () => undefined,
    );
  }

  private requireActive(spaceId: string, space: SpaceRecord | undefined): SpaceRecord {
    if (!space)
      throw new Error(`There is no space ${spaceIdSchema.safeParse(spaceId).success ? spaceId : ''}.`);
    if (space.left) throw new Error(`You have left the space with ${space.peerName}.`);
    return space;
  }

  private randomTopic(): string {
    return this.options.randomTopic?.() ?? randomBytes(32).toString('hex');
  }

  private change(
    spaceId: string,
    effect: Effect,
    update: (space: SpaceRecord | undefined) => SpaceRecord | undefined,
  ): Promise<void> {
    const run = this.queue.then(async () => {
      const before = this.spaces.get(spaceId);
      const after = update(before);
      if (!after || after === before) return;
      const frozen = deepFreeze(spaceRecordSchema.parse(after));
      if (effect === 'narrows') {
        this.commit(spaceId, frozen, before);
        try {
          await this.save();
        } catch (error) {
          this.options.onProblem?.(
            `A sharing change could not be saved (${describe(error)}). It applies until Tandem restarts.`,
          );
        }
        return;
      }
      await this.save(new Map(this.spaces).set(spaceId, frozen));
      this.commit(spaceId, frozen, before);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private commit(spaceId: string, space: SpaceRecord, before: SpaceRecord | undefined): void {
    this.spaces.set(spaceId, space);
    try {
      this.options.onChanged?.(before, space);
    } catch (error) {
      this.options.onProblem?.(`A sharing change could not be recorded: ${describe(error)}`);
    }
    this.notify(spaceId);
  }

  private notify(spaceId: string): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(spaceId);
      } catch (error) {
        this.options.onProblem?.(`A sharing listener failed: ${describe(error)}`);
      }
    }
  }

  private async save(spaces: Map<string, SpaceRecord> = this.spaces): Promise<void> {
    if (this.damagedFileToPreserve) {
      await preserveDamagedConsentFile(this.options.path, this.options.now?.() ?? new Date());
      this.damagedFileToPreserve = false;
    }
    const file: ConsentFile = { version: 1, spaces: [...spaces.values()] };
    await writeConsentFile(this.options.path, file);
  }
}

function ownItem(space: SpaceRecord, docId: string): SharedItem | undefined {
  return Object.prototype.hasOwnProperty.call(space.items, docId) ? space.items[docId] : undefined;
}

function withItem(space: SpaceRecord, docId: string, item: SharedItem): SpaceRecord {
  return { ...space, items: { ...space.items, [docId]: item } };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
